#pragma once

#include "Result.h"
#include "csv/CsvOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

// One column of a report: a stable key (for the command line and saved views), the translated
// header, and what its values are. Every value of a column is a QVariant of the type's C++ type,
// or a null QVariant for "no value" (an empty cell):
//   Text, Identifier -> QString;  Integer -> qint64;  Money -> qint64 minor units (fen);
//   Date -> QDate (local day);  DateTime -> QDateTime in UTC (shown in local time);
//   Decimal -> double (durations in hours, means);  Percent -> double in percentage points.
struct ReportColumn
{
    QString key;
    QString header; // translated
    CsvColumnType type = CsvColumnType::Text;
    // Phone and ID numbers: masked (138****5678) unless the report ran with the reveal right
    // and was asked to reveal (Report::RunOptions).
    bool sensitive = false;

    CsvColumn csv() const { return CsvColumn {header, type}; }
    // Right-aligned in a table.
    bool isNumeric() const
    {
        return type == CsvColumnType::Integer || type == CsvColumnType::Money
               || type == CsvColumnType::Decimal || type == CsvColumnType::Percent;
    }
};

// The result of running a report: counted, paged and sorted for a table view, or streamed
// forward for the CSV writer. Nothing is loaded whole unless the report is an aggregate of a few
// hundred rows at most (months × reasons, one row per handler...).
//
// A ReportRows reads through the Database it was run on: use it on that connection's thread,
// while the Database lives. page() and rowCount() run their queries anew each time, so they see
// what other desks wrote since; forEach() reads one snapshot from start to end.
class ReportRows
{
    Q_DECLARE_TR_FUNCTIONS(ReportRows)

public:
    using Row = QVariantList; // one value per column, in column order
    // Asked between rows; true stops the walk (Error::Code::Cancelled).
    using CancelCheck = std::function<bool()>;
    // Called for each row in turn; an error stops the walk and is returned by forEach().
    using RowSink = std::function<Status(const Row &)>;

    explicit ReportRows(QList<ReportColumn> columns, bool masked)
        : m_columns(std::move(columns))
        , m_masked(masked)
    { }
    virtual ~ReportRows() = default;
    ReportRows(const ReportRows &) = delete;
    ReportRows &operator=(const ReportRows &) = delete;

    const QList<ReportColumn> &columns() const { return m_columns; }
    // Whether the sensitive columns hold masked values.
    bool masked() const { return m_masked; }

    virtual Result<qint64> rowCount() = 0;
    // Rows [offset, offset + limit) in the order of one column (-1: the report's own order);
    // ties are broken the same way on every call, so consecutive pages never repeat or skip a
    // row. Empty values sort last in both directions.
    virtual Result<QList<Row>> page(int sortColumn, bool descending, qint64 offset, int limit) = 0;
    // Every row, one at a time (forward only: the CSV writer), in the order page() gives for the
    // same column and direction (-1: the report's own order).
    virtual Status forEach(const RowSink &sink,
                           const CancelCheck &cancel = {},
                           int sortColumn = -1,
                           bool descending = false)
            = 0;

    static Error cancelled();
    static Error badColumn(int column);

protected:
    QList<ReportColumn> m_columns;
    bool m_masked = false;
};

// Rows worked out in C++ and held in memory: aggregates (medians, percentiles and month buckets
// that SQL cannot portably compute) whose row count is small. Rows are kept in the report's own
// order; page() sorts a copy of the row order.
class MaterializedRows : public ReportRows
{
public:
    MaterializedRows(QList<ReportColumn> columns, QList<Row> rows, bool masked = false);

    Result<qint64> rowCount() override { return qint64(m_rows.size()); }
    Result<QList<Row>> page(int sortColumn, bool descending, qint64 offset, int limit) override;
    Status forEach(const RowSink &sink,
                   const CancelCheck &cancel = {},
                   int sortColumn = -1,
                   bool descending = false) override;

    // Orders a and b by the values of one column: empty values last, then by value.
    static int compareValues(const QVariant &a, const QVariant &b);

private:
    // Indexes of m_rows in the order of one column (-1: as they are).
    QList<qsizetype> order(int sortColumn, bool descending) const;

    QList<Row> m_rows;
};
