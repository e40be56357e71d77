#include "BulkLoadScope.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

BulkLoadScope::BulkLoadScope(Database &db, const QStringList &tables)
    : m_db(db)
    , m_tables(tables)
{ }

Status BulkLoadScope::begin()
{
    QSqlQuery q(m_db.connection());
    QStringList drops;
    for (const QString &table : std::as_const(m_tables)) {
        q.prepare(m_db.dialect().secondaryIndexes());
        q.addBindValue(table);
        if (!q.exec())
            return Database::storageError(q.lastError());
        while (q.next()) {
            drops.append(QStringLiteral("DROP %1 %2")
                                 .arg(q.value(0).toString().toUpper(), q.value(1).toString()));
            m_recreate.append(q.value(2).toString());
        }
    }
    for (const QString &drop : std::as_const(drops))
        if (!q.exec(drop))
            return Database::storageError(q.lastError());
    return Done {};
}

Status BulkLoadScope::end(const QStringList &ftsTables)
{
    QSqlQuery q(m_db.connection());
    for (const QString &sql : std::as_const(m_recreate))
        if (!q.exec(sql))
            return Database::storageError(q.lastError());
    m_recreate.clear();
    if (m_db.isServer())
        return Done {};
    for (const QString &fts : ftsTables)
        if (!q.exec(QStringLiteral("INSERT INTO %1(%1) VALUES('rebuild')").arg(fts)))
            return Database::storageError(q.lastError());
    return Done {};
}
