#include "SqlReportRows.h"

#include "storage/Database.h"

#include <QSqlError>

SqlReportRows::SqlReportRows(Database &db, QList<ReportColumn> columns, Query query, bool masked)
    : ReportRows(std::move(columns), masked)
    , m_db(db)
    , m_query(std::move(query))
{
    Q_ASSERT(m_query.sortKeys.size() == m_columns.size());
}

QString SqlReportRows::orderBy(int sortColumn, bool descending) const
{
    if (sortColumn < 0) {
        sortColumn = m_query.defaultSort;
        descending = m_query.defaultDescending;
    }
    const SortKey &key = m_query.sortKeys.at(sortColumn);
    const bool down = descending != key.inverted;
    const QString dir = down ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Empty values last in both directions (SQLite puts NULL first, PostgreSQL last: say it).
    if (key.nullable)
        return QStringLiteral(" ORDER BY (%1 IS NULL), %1%2, r.row_key%2").arg(key.expression, dir);
    return QStringLiteral(" ORDER BY %1%2, r.row_key%2").arg(key.expression, dir);
}

QString SqlReportRows::pageSql(int sortColumn, bool descending) const
{
    return QStringLiteral("SELECT * FROM (") + m_query.select + QStringLiteral(") r")
           + orderBy(sortColumn, descending) + QStringLiteral(" LIMIT ? OFFSET ?");
}

Result<qint64> SqlReportRows::rowCount()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM (") + m_query.select + QStringLiteral(") r"));
    for (const QVariant &v : std::as_const(m_query.binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<ReportRows::Row>> SqlReportRows::page(int sortColumn,
                                                   bool descending,
                                                   qint64 offset,
                                                   int limit)
{
    if (sortColumn >= m_columns.size() || sortColumn < -1
        || (sortColumn >= 0 && m_query.sortKeys.at(sortColumn).expression.isEmpty()))
        return badColumn(sortColumn);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(pageSql(sortColumn, descending));
    for (const QVariant &v : std::as_const(m_query.binds))
        q.addBindValue(v);
    q.addBindValue(qint64(std::max(limit, 0)));
    q.addBindValue(std::max<qint64>(offset, 0));
    if (!q.exec())
        return Database::storageError(q.lastError());
    QList<Row> out;
    while (q.next())
        out.append(m_query.read(q));
    if (q.lastError().isValid())
        return Database::storageError(q.lastError());
    return out;
}

Status SqlReportRows::forEach(const RowSink &sink, const CancelCheck &cancel)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM (") + m_query.select + QStringLiteral(") r")
              + orderBy(-1, false));
    for (const QVariant &v : std::as_const(m_query.binds))
        q.addBindValue(v);
    if (!q.exec())
        return Database::storageError(q.lastError());
    while (q.next()) {
        if (cancel && cancel())
            return cancelled();
        if (Status s = sink(m_query.read(q)); !s)
            return s;
    }
    if (q.lastError().isValid())
        return Database::storageError(q.lastError());
    return Done {};
}
