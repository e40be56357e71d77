#include "ComplaintFilter.h"

#include "storage/SqlDialect.h"
#include "storage/StoredTime.h"

#include <QStringList>
#include <QTime>

namespace {

// The start of a local day, as stored (UTC).
QVariant dayStart(const QDate &day)
{
    return StoredTime::fromDateTime(QDateTime(day, QTime(0, 0), Qt::LocalTime));
}

struct Where
{
    QStringList conditions;
    QVariantList binds;

    QString text() const
    {
        return conditions.isEmpty()
                       ? QString()
                       : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

// Every condition of the filter; the statuses and overdueOnly only when asked for.
Where conditions(const ComplaintFilter &f,
                 const SqlDialect &dialect,
                 const QDateTime &now,
                 bool withStatus)
{
    Where w;
    if (f.receivedFrom.isValid()) {
        w.conditions.append(QStringLiteral("k.received_at >= ?"));
        w.binds << dayStart(f.receivedFrom);
    }
    if (f.receivedTo.isValid()) {
        w.conditions.append(QStringLiteral("k.received_at < ?"));
        w.binds << dayStart(f.receivedTo.addDays(1));
    }
    if (withStatus && !f.statuses.isEmpty()) {
        QList<int> codes;
        for (const ComplaintStatus s : f.statuses)
            if (!codes.contains(int(s)))
                codes.append(int(s));
        // Every status named: no condition (the planner keeps its choice of index).
        if (codes.size() < 5) {
            w.conditions.append(
                    codes.size() == 1 ? QStringLiteral("k.status = ?")
                                      : QStringLiteral("k.status IN (%1)")
                                                .arg(QStringList(codes.size(), QStringLiteral("?"))
                                                             .join(QLatin1Char(','))));
            for (const int code : codes)
                w.binds << code;
        }
    }
    if (!f.reason.isEmpty()) {
        w.conditions.append(QStringLiteral("k.reason = ?"));
        w.binds << f.reason;
    }
    if (!f.subReason.isEmpty()) {
        w.conditions.append(QStringLiteral("k.sub_reason = ?"));
        w.binds << f.subReason;
    }
    if (f.severity) {
        w.conditions.append(QStringLiteral("k.severity = ?"));
        w.binds << int(*f.severity);
    }
    if (f.handler) {
        w.conditions.append(QStringLiteral("k.handler = ?"));
        w.binds << (f.handler->isNull() ? QStringLiteral("") : *f.handler);
    }
    if (f.customerId > 0) {
        w.conditions.append(QStringLiteral("k.customer_id = ?"));
        w.binds << f.customerId;
    }
    if (withStatus && f.overdueOnly) {
        w.conditions.append(ComplaintFilter::overdueCondition());
        const QVariant at = StoredTime::fromDateTime(now);
        w.binds << at << at;
    }
    const QString term = f.text.trimmed();
    if (!term.isEmpty()) {
        // The matching ids first, in a pass of their own: on SQLite one scan of the table (the
        // other conditions and the order then come from an index, without a seek per row); on
        // PostgreSQL the index complaints_text, whose expression this is exactly.
        w.conditions.append(QStringLiteral("k.id IN (SELECT id FROM complaints WHERE %1)")
                                    .arg(dialect.containsText(
                                            QStringLiteral("(description || ' ' || resolution)"))));
        w.binds << SqlDialect::containsPattern(term);
    }
    return w;
}

// The tables a sort needs besides complaints k.
QString sortJoins(ComplaintColumn column)
{
    return column == ComplaintColumn::Customer
                   ? QStringLiteral(" JOIN customers c ON c.id = k.customer_id")
                   : QString();
}

// Each sort ends in the time received and the id, in the same direction: paging is stable.
QString orderBy(ComplaintColumn column, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString tail = QStringLiteral("k.received_at") + dir + QStringLiteral(", k.id") + dir;
    QStringList keys;
    switch (column) {
    case ComplaintColumn::CustomerCode:
        keys << QStringLiteral("k.customer_id"); // codes are handed out in id order
        break;
    case ComplaintColumn::Customer:
        keys << QStringLiteral("c.name_key") << QStringLiteral("c.id");
        break;
    case ComplaintColumn::Reason:
        // By code (an index walk), which keeps each reason's complaints together; the labels'
        // order differs by language and the list's positions would need a join per row.
        keys << QStringLiteral("k.reason") << QStringLiteral("k.sub_reason");
        break;
    case ComplaintColumn::Severity:
        keys << QStringLiteral("k.severity");
        break;
    case ComplaintColumn::Status:
        keys << QStringLiteral("k.status");
        break;
    case ComplaintColumn::Handler:
        keys << QStringLiteral("k.handler");
        break;
    case ComplaintColumn::ResolutionDue:
        keys << QStringLiteral("k.resolution_due_at");
        break;
    case ComplaintColumn::Received:
    case ComplaintColumn::Count:
        break;
    }
    QString order;
    for (const QString &key : std::as_const(keys))
        order += key + dir + QStringLiteral(", ");
    return QStringLiteral(" ORDER BY ") + order + tail;
}

} // namespace

QString ComplaintFilter::overdueCondition()
{
    return QStringLiteral("k.status IN (%1, %2, %3) AND ((k.responded_at IS NULL AND"
                          " k.response_due_at < ?) OR (k.resolved_at IS NULL AND"
                          " k.resolution_due_at < ?))")
            .arg(int(ComplaintStatus::Open))
            .arg(int(ComplaintStatus::InProgress))
            .arg(int(ComplaintStatus::Reopened));
}

QString ComplaintFilter::selectColumns()
{
    return QStringLiteral(
            "k.id, k.customer_id, c.code, c.name, k.received_at, k.channel, k.reason,"
            " k.sub_reason, k.severity, k.status, k.handler, k.description, k.response_due_at,"
            " k.resolution_due_at, k.responded_at, k.resolved_at, k.closed_at,"
            " k.response_missed, k.resolution_missed, k.version");
}

QString ComplaintFilter::fromTables()
{
    return QStringLiteral(" FROM complaints k JOIN customers c ON c.id = k.customer_id");
}

ComplaintFilter::Sql ComplaintFilter::idQuery(const SqlDialect &dialect, const QDateTime &now) const
{
    const Where w = conditions(*this, dialect, now, true);
    return {QStringLiteral("SELECT k.id FROM complaints k") + sortJoins(sortColumn) + w.text()
                    + orderBy(sortColumn, descending),
            w.binds};
}

ComplaintFilter::Sql ComplaintFilter::pageQuery(const SqlDialect &dialect,
                                                const QDateTime &now,
                                                int offset,
                                                int limit) const
{
    const Where w = conditions(*this, dialect, now, true);
    // fromTables() joins the customers every sort may need.
    Sql sql {QStringLiteral("SELECT ") + selectColumns() + fromTables() + w.text()
                     + orderBy(sortColumn, descending) + QStringLiteral(" LIMIT ? OFFSET ?"),
             w.binds};
    sql.binds << limit << offset;
    return sql;
}

ComplaintFilter::Sql ComplaintFilter::countQuery(const SqlDialect &dialect,
                                                 const QDateTime &now,
                                                 bool overdue) const
{
    Where w = conditions(*this, dialect, now, false);
    if (overdue) {
        w.conditions.append(overdueCondition());
        const QVariant at = StoredTime::fromDateTime(now);
        w.binds << at << at;
    }
    return {QStringLiteral("SELECT k.status, count(*) FROM complaints k") + w.text()
                    + QStringLiteral(" GROUP BY k.status"),
            w.binds};
}
