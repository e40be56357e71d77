#include "ComplaintFilter.h"

#include "storage/SqlDialect.h"
#include "storage/StoredTime.h"

#include <QStringList>
#include <QTime>

namespace {

const QString reasonList = QStringLiteral("complaint_reason");

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
        // Exactly the expression of the PostgreSQL index complaints_text.
        w.conditions.append(
                dialect.containsText(QStringLiteral("(k.description || ' ' || k.resolution)")));
        w.binds << SqlDialect::containsPattern(term);
    }
    return w;
}

// The tables a sort needs besides complaints k.
QString sortJoins(ComplaintColumn column)
{
    switch (column) {
    case ComplaintColumn::CustomerCode:
    case ComplaintColumn::Customer:
        return QStringLiteral(" JOIN customers c ON c.id = k.customer_id");
    case ComplaintColumn::Reason:
        return QStringLiteral(" LEFT JOIN choices rp ON rp.list = '%1' AND rp.code = k.reason"
                              " LEFT JOIN choices sp ON sp.list = '%1' AND sp.code = k.sub_reason")
                .arg(reasonList);
    default:
        break;
    }
    return {};
}

// Each sort ends in the time received and the id, in the same direction: paging is stable.
QString orderBy(ComplaintColumn column, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString tail = QStringLiteral("k.received_at") + dir + QStringLiteral(", k.id") + dir;
    QStringList keys;
    switch (column) {
    case ComplaintColumn::CustomerCode:
        keys << QStringLiteral("c.code");
        break;
    case ComplaintColumn::Customer:
        keys << QStringLiteral("c.name_key") << QStringLiteral("c.id");
        break;
    case ComplaintColumn::Reason:
        // Positions, not labels: the list's order, which the admin keeps. Entries the list does
        // not know (or no detailed reason) come first.
        keys << QStringLiteral("coalesce(rp.position, 0)") << QStringLiteral("k.reason")
             << QStringLiteral("coalesce(sp.position, 0)") << QStringLiteral("k.sub_reason");
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
    QString joins = sortJoins(sortColumn);
    if (joins.contains(QLatin1String("customers")))
        joins.clear(); // fromTables() has them
    Sql sql {QStringLiteral("SELECT ") + selectColumns() + fromTables() + joins + w.text()
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
