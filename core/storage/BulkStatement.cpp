#include "BulkStatement.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

struct BulkStatement::Fallback
{
    QSqlQuery query;
};

BulkStatement::BulkStatement(Database &db, const QString &sql)
    : m_db(db)
{
    if (sqlite3 *handle = db.sqliteHandle()) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_stmt, nullptr)
            != SQLITE_OK)
            m_prepared = makeError(Error::Code::Storage, QString::fromUtf8(sqlite3_errmsg(handle)));
        return;
    }
    m_fallback = std::make_unique<Fallback>(Fallback {QSqlQuery(db.connection())});
    if (!m_fallback->query.prepare(sql))
        m_prepared = Database::storageError(m_fallback->query.lastError());
}

BulkStatement::~BulkStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Status BulkStatement::execute(const QVariantList &values)
{
    if (!m_prepared)
        return m_prepared;
    if (m_fallback) {
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            // As on the native path: a null QString is an empty text, only QVariant() is NULL.
            const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
            m_fallback->query.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
        }
        if (!m_fallback->query.exec())
            return Database::storageError(m_fallback->query.lastError());
        return Done {};
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int column = i + 1;
        if (v.isNull()) {
            sqlite3_bind_null(m_stmt, column);
        } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong
                   || v.typeId() == QMetaType::Bool) {
            sqlite3_bind_int64(m_stmt, column, v.toLongLong());
        } else if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = v.toByteArray();
            sqlite3_bind_blob(m_stmt, column, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        } else {
            const QString text = v.toString();
            sqlite3_bind_text16(m_stmt,
                                column,
                                text.utf16(),
                                int(text.size() * sizeof(char16_t)),
                                SQLITE_TRANSIENT);
        }
    }
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        return makeError(Error::Code::Storage,
                         QString::fromUtf8(sqlite3_errmsg(m_db.sqliteHandle())));
    return Done {};
}

BulkLoadScope::BulkLoadScope(Database &db, const QStringList &tables)
    : m_db(db)
    , m_tables(tables)
{ }

Status BulkLoadScope::begin()
{
    if (!m_db.sqliteHandle())
        return Done {};
    QSqlQuery q(m_db.connection());
    QStringList names;
    for (const QString &table : std::as_const(m_tables)) {
        q.prepare(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ?"
                                 " AND type IN ('index', 'trigger') AND sql IS NOT NULL"
                                 " ORDER BY type"));
        q.addBindValue(table);
        if (!q.exec())
            return Database::storageError(q.lastError());
        while (q.next()) {
            names.append(QStringLiteral("DROP %1 %2")
                                 .arg(q.value(0).toString().toUpper(), q.value(1).toString()));
            m_recreate.append(q.value(2).toString());
        }
    }
    for (const QString &drop : std::as_const(names))
        if (!q.exec(drop))
            return Database::storageError(q.lastError());
    return Done {};
}

Status BulkLoadScope::end(const QStringList &ftsTables)
{
    if (!m_db.sqliteHandle())
        return Done {};
    QSqlQuery q(m_db.connection());
    for (const QString &sql : std::as_const(m_recreate))
        if (!q.exec(sql))
            return Database::storageError(q.lastError());
    m_recreate.clear();
    for (const QString &fts : ftsTables)
        if (!q.exec(QStringLiteral("INSERT INTO %1(%1) VALUES('rebuild')").arg(fts)))
            return Database::storageError(q.lastError());
    return Done {};
}
