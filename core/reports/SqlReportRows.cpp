#include "SqlReportRows.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>

#include <sqlite3.h>

namespace {

// A forward-only result over a statement prepared on the driver's own sqlite3 handle, for a
// QSqlQuery: next() steps, value(i) converts column i then (as QSQLITE would, but only the
// columns asked for). Owns the statement.
class NativeResult : public QSqlResult
{
public:
    NativeResult(const QSqlDriver *driver, sqlite3 *handle, sqlite3_stmt *statement)
        : QSqlResult(driver)
        , m_handle(handle)
        , m_statement(statement)
    {
        setForwardOnly(true);
        setSelect(true);
        setActive(true);
        setAt(QSql::BeforeFirstRow);
    }
    ~NativeResult() override { sqlite3_finalize(m_statement); }
    NativeResult(const NativeResult &) = delete;
    NativeResult &operator=(const NativeResult &) = delete;

    // The statement with its parameters bound as QSQLITE binds them; an error names SQLite's.
    static Result<sqlite3_stmt *> prepare(sqlite3 *handle,
                                          const QString &sql,
                                          const QVariantList &binds)
    {
        sqlite3_stmt *statement = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr)
            != SQLITE_OK)
            return failure(handle, statement);
        for (int i = 0; i < binds.size(); ++i) {
            if (bind(statement, i + 1, binds.at(i)) != SQLITE_OK)
                return failure(handle, statement);
        }
        return statement;
    }

protected:
    QVariant data(int i) override
    {
        switch (sqlite3_column_type(m_statement, i)) {
        case SQLITE_INTEGER:
            return qint64(sqlite3_column_int64(m_statement, i));
        case SQLITE_FLOAT:
            return sqlite3_column_double(m_statement, i);
        case SQLITE_NULL:
            return QVariant(QMetaType::fromType<QString>());
        case SQLITE_BLOB: {
            const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, i));
            return QByteArray(bytes, sqlite3_column_bytes(m_statement, i));
        }
        default: {
            const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, i));
            return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, i));
        }
        }
    }
    bool isNull(int i) override { return sqlite3_column_type(m_statement, i) == SQLITE_NULL; }
    bool fetchNext() override
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            setAt(at() < 0 ? 0 : at() + 1);
            return true;
        }
        if (rc != SQLITE_DONE)
            setLastError(QSqlError(QString(),
                                   QString::fromUtf8(sqlite3_errmsg(m_handle)),
                                   QSqlError::StatementError,
                                   QString::number(rc)));
        setAt(QSql::AfterLastRow);
        return false;
    }
    bool fetchFirst() override { return at() == QSql::BeforeFirstRow && fetchNext(); }
    bool fetch(int index) override { return index == at() + 1 && fetchNext(); }
    bool fetchPrevious() override { return false; }
    bool fetchLast() override { return false; }
    bool reset(const QString &) override { return false; }
    int size() override { return -1; }
    int numRowsAffected() override { return -1; }

private:
    static int bind(sqlite3_stmt *statement, int index, const QVariant &value)
    {
        if (value.isNull())
            return sqlite3_bind_null(statement, index);
        switch (value.metaType().id()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            return sqlite3_bind_int64(statement, index, value.toLongLong());
        case QMetaType::Double:
            return sqlite3_bind_double(statement, index, value.toDouble());
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return sqlite3_bind_blob64(statement,
                                       index,
                                       bytes.constData(),
                                       sqlite3_uint64(bytes.size()),
                                       SQLITE_TRANSIENT);
        }
        case QMetaType::QDateTime: // as QSQLITE writes them
            return bindText(statement, index, value.toDateTime().toString(Qt::ISODateWithMs));
        case QMetaType::QTime:
            return bindText(statement, index, value.toTime().toString(u"hh:mm:ss.zzz"));
        default:
            return bindText(statement, index, value.toString());
        }
    }
    static int bindText(sqlite3_stmt *statement, int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        return sqlite3_bind_text64(statement,
                                   index,
                                   utf8.constData(),
                                   sqlite3_uint64(utf8.size()),
                                   SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }
    static Error failure(sqlite3 *handle, sqlite3_stmt *statement)
    {
        const QSqlError error(QString(),
                              QString::fromUtf8(sqlite3_errmsg(handle)),
                              QSqlError::StatementError,
                              QString::number(sqlite3_extended_errcode(handle)));
        sqlite3_finalize(statement);
        return Database::storageError(error);
    }

    sqlite3 *m_handle;
    sqlite3_stmt *m_statement;
};

// While it lives, SQLite reads the archive through a memory map (up to the limit it was built
// with) instead of a read() per page: a walk over a million rows jumps from the index to the
// table row by row, and copying each page out of the kernel was a third of its time. The
// connection's own setting comes back afterwards.
class MemoryMapped
{
public:
    explicit MemoryMapped(sqlite3 *handle)
        : m_handle(handle)
        , m_previous(pragma(handle, "PRAGMA mmap_size"))
    {
        if (m_previous >= 0)
            pragma(handle, "PRAGMA mmap_size = 17179869184"); // 16 GiB; SQLite caps it
    }
    ~MemoryMapped()
    {
        if (m_previous >= 0)
            pragma(m_handle,
                   QByteArray("PRAGMA mmap_size = " + QByteArray::number(m_previous)).constData());
    }
    MemoryMapped(const MemoryMapped &) = delete;
    MemoryMapped &operator=(const MemoryMapped &) = delete;

private:
    // The value the pragma returns, -1 when it fails.
    static qint64 pragma(sqlite3 *handle, const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        qint64 value = -1;
        if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }

    sqlite3 *m_handle;
    qint64 m_previous;
};

} // namespace

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

Status SqlReportRows::forEach(const RowSink &sink,
                              const CancelCheck &cancel,
                              int sortColumn,
                              bool descending)
{
    if (sortColumn >= m_columns.size() || sortColumn < -1)
        return badColumn(sortColumn);
    const QString sql = QStringLiteral("SELECT * FROM (") + m_query.select + QStringLiteral(") r")
                        + orderBy(sortColumn, descending);
    if (sqlite3 *handle = m_db.sqliteHandle(); handle && m_reader == Reader::Native) {
        const MemoryMapped mapped(handle);
        Result<sqlite3_stmt *> statement = NativeResult::prepare(handle, sql, m_query.binds);
        if (!statement)
            return statement.error();
        QSqlQuery q(new NativeResult(m_db.connection().driver(), handle, statement.value()));
        return walk(q, sink, cancel);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(m_query.binds))
        q.addBindValue(v);
    if (!q.exec())
        return Database::storageError(q.lastError());
    return walk(q, sink, cancel);
}

// The one loop both readers share.
Status SqlReportRows::walk(QSqlQuery &q, const RowSink &sink, const CancelCheck &cancel) const
{
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
