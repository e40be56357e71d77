#pragma once

#include "ReportRows.h"

#include <QSqlQuery>
#include <QStringList>

class Database;

// A row report read straight from the archive (up to a million rows: the customer list, customer
// value, stale profiles, complaint history). The report's SELECT is wrapped as a subquery for
// counting and for each page (ORDER BY one column's sort key, then the row key; LIMIT/OFFSET),
// and run on its own, forward only, for forEach. The same SQL runs on SQLite and PostgreSQL.
//
// On SQLite, forEach (the CSV export) steps the statement through the driver's own handle
// (Database::sqliteHandle(), the one libsqlite3 the QSQLITE plugin uses): the rows come through
// a QSqlQuery all the same, so Query::read is the one code path for both back ends, but a value
// is made only for the columns read, from the UTF-8 SQLite holds, instead of QSQLITE's copy of
// every column of every row. Values are the ones QSQLITE gives (qint64, double, QString, a
// QByteArray for a blob, a null QString for NULL); PostgreSQL keeps the QSqlQuery walk.
class SqlReportRows : public ReportRows
{
public:
    // How a column sorts: an expression over the SELECT's output names (the subquery is named
    // r), e.g. "r.received_at"; empty when the column cannot be sorted. nullable: the
    // expression may be NULL (then sorted last; a NOT NULL key keeps the ORDER BY plain, so an
    // index can serve it). inverted: the value falls as the expression rises (recency in days
    // sorts by the last purchase, newest first).
    struct SortKey
    {
        QString expression;
        bool nullable = false;
        bool inverted = false;
    };

    struct Query
    {
        // Its output must include a column named row_key, unique per row (the tie breaker).
        QString select;
        QVariantList binds; // positional (?)
        QList<SortKey> sortKeys; // one per report column
        int defaultSort = 0; // the report's own order
        bool defaultDescending = false;
        // One report row from the current row of the query (no further queries: on PostgreSQL
        // a forward-only walk holds the connection).
        std::function<Row(const QSqlQuery &)> read;
    };

    SqlReportRows(Database &db, QList<ReportColumn> columns, Query query, bool masked);

    Result<qint64> rowCount() override;
    Result<QList<Row>> page(int sortColumn, bool descending, qint64 offset, int limit) override;
    Status forEach(const RowSink &sink,
                   const CancelCheck &cancel = {},
                   int sortColumn = -1,
                   bool descending = false) override;

    // The statement page() runs (tests check its plan).
    QString pageSql(int sortColumn, bool descending) const;

    // How forEach reads: Native (the default) steps SQLite through its own handle; Driver reads
    // through QSQLITE (what PostgreSQL always does). Tests compare the two.
    enum class Reader { Native, Driver };
    void setReader(Reader reader) { m_reader = reader; }

private:
    QString orderBy(int sortColumn, bool descending) const;
    Status walk(QSqlQuery &q, const RowSink &sink, const CancelCheck &cancel) const;

    Database &m_db;
    Query m_query;
    Reader m_reader = Reader::Native;
};
