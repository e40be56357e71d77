#include "BulkLoader.h"

#include "Database.h"
#include "PostgresCopy.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace {

// Flush PostgreSQL's collected rows once they take this much memory.
constexpr qsizetype FlushBytes = 32 << 20;

Status bindAndStep(sqlite3 *handle, sqlite3_stmt *stmt, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int column = i + 1;
        if (v.isNull()) {
            sqlite3_bind_null(stmt, column);
        } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong
                   || v.typeId() == QMetaType::Bool) {
            sqlite3_bind_int64(stmt, column, v.toLongLong());
        } else if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = v.toByteArray();
            sqlite3_bind_blob(stmt, column, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        } else {
            // UTF-8 as the archive stores it: SQLite's own UTF-16 translation is slower.
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text(stmt, column, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
    }
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        return makeError(Error::Code::Storage, QString::fromUtf8(sqlite3_errmsg(handle)));
    return Done {};
}

} // namespace

struct BulkLoader::Table
{
    QString name;
    QStringList columns;
    sqlite3_stmt *stmt = nullptr;
    QByteArray rows; // PostgreSQL: COPY text collected so far

    ~Table()
    {
        if (stmt)
            sqlite3_finalize(stmt);
    }
};

BulkLoader::BulkLoader(Database &db)
    : m_db(db)
{ }

BulkLoader::~BulkLoader() = default;

int BulkLoader::addTable(const QString &table, const QStringList &columns)
{
    auto t = std::make_unique<Table>();
    t->name = table;
    t->columns = columns;
    if (sqlite3 *handle = m_db.sqliteHandle(); handle && m_status) {
        const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','));
        const QByteArray sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                                       .arg(table, columns.join(QStringLiteral(", ")), marks)
                                       .toUtf8();
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &t->stmt, nullptr)
            != SQLITE_OK)
            m_status = makeError(Error::Code::Storage, QString::fromUtf8(sqlite3_errmsg(handle)));
    } else if (!handle && !m_db.isServer()) {
        m_status = makeError(Error::Code::Storage, QStringLiteral("no SQLite handle"));
    }
    m_tables.push_back(std::move(t));
    return int(m_tables.size()) - 1;
}

Status BulkLoader::add(int table, const QVariantList &values)
{
    if (!m_status)
        return m_status;
    Table &t = *m_tables.at(std::size_t(table));
    Q_ASSERT(values.size() == t.columns.size());
    if (t.stmt) {
        // As QtSql does not: a null QString is stored as '' (only a null variant is NULL).
        return bindAndStep(m_db.sqliteHandle(), t.stmt, values);
    }
    const qsizetype before = t.rows.size();
    PostgresCopy::appendRow(t.rows, values);
    m_buffered += t.rows.size() - before;
    if (m_buffered >= FlushBytes)
        return flush();
    return Done {};
}

Status BulkLoader::flush()
{
    for (const auto &t : m_tables) {
        if (t->rows.isEmpty())
            continue;
        const Status sent = PostgresCopy::send(m_db, t->name, t->columns, t->rows);
        t->rows.clear();
        if (!sent) {
            m_status = sent;
            return sent;
        }
    }
    m_buffered = 0;
    return Done {};
}

Status BulkLoader::finish()
{
    if (!m_status)
        return m_status;
    return flush();
}
