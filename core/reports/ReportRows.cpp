#include "ReportRows.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <numeric>

Error ReportRows::cancelled()
{
    return makeError(Error::Code::Cancelled, tr("The report was cancelled."));
}

Error ReportRows::badColumn(int column)
{
    return makeError(Error::Code::Invalid,
                     tr("The report has no column %1 to sort by.").arg(column + 1));
}

MaterializedRows::MaterializedRows(QList<ReportColumn> columns, QList<Row> rows, bool masked)
    : ReportRows(std::move(columns), masked)
    , m_rows(std::move(rows))
{ }

int MaterializedRows::compareValues(const QVariant &a, const QVariant &b)
{
    const bool aNull = a.isNull();
    const bool bNull = b.isNull();
    if (aNull || bNull)
        return aNull == bNull ? 0 : (aNull ? 1 : -1);
    switch (a.typeId()) {
    case QMetaType::Double: {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    case QMetaType::LongLong:
    case QMetaType::Int: {
        const qint64 x = a.toLongLong();
        const qint64 y = b.toLongLong();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    case QMetaType::QDate: {
        const QDate x = a.toDate();
        const QDate y = b.toDate();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    case QMetaType::QDateTime: {
        const QDateTime x = a.toDateTime();
        const QDateTime y = b.toDateTime();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    default:
        break;
    }
    return a.toString().compare(b.toString());
}

Result<QList<ReportRows::Row>> MaterializedRows::page(int sortColumn,
                                                      bool descending,
                                                      qint64 offset,
                                                      int limit)
{
    if (sortColumn >= m_columns.size() || sortColumn < -1)
        return badColumn(sortColumn);
    const QList<qsizetype> sorted = order(sortColumn, descending);
    QList<Row> out;
    const qint64 end = std::min<qint64>(m_rows.size(), offset + std::max(limit, 0));
    for (qint64 i = std::max<qint64>(offset, 0); i < end; ++i)
        out.append(m_rows.at(sorted.at(i)));
    return out;
}

Status MaterializedRows::forEach(const RowSink &sink,
                                 const CancelCheck &cancel,
                                 int sortColumn,
                                 bool descending)
{
    if (sortColumn >= m_columns.size() || sortColumn < -1)
        return badColumn(sortColumn);
    for (const qsizetype i : order(sortColumn, descending)) {
        if (cancel && cancel())
            return cancelled();
        if (Status s = sink(m_rows.at(i)); !s)
            return s;
    }
    return Done {};
}

QList<qsizetype> MaterializedRows::order(int sortColumn, bool descending) const
{
    QList<qsizetype> order(m_rows.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    if (sortColumn >= 0) {
        // Ties keep the report's own order (ascending) or its reverse (descending), so that a
        // descending sort is exactly the ascending one read backwards, empty values aside.
        std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
            const QVariant &a = m_rows.at(x).at(sortColumn);
            const QVariant &b = m_rows.at(y).at(sortColumn);
            if (a.isNull() != b.isNull())
                return b.isNull();
            const int c = compareValues(a, b);
            if (c != 0)
                return descending ? c > 0 : c < 0;
            return descending ? x > y : x < y;
        });
    }
    return order;
}
