#pragma once

#include "FollowUp.h"
#include "storage/StoredTime.h"

#include <QSqlQuery>
#include <QVariant>

// The follow_ups columns as the repository and the queue read them (internal to core/followups).
namespace FollowUpRow {

// Prefixed with "f." where a query joins other tables.
inline QString columns(const QString &prefix = {})
{
    static const char *const names[] = {
            "id",          "customer_id", "purchase_id", "request_id", "complaint_id", "rule",
            "source_id",   "purpose",     "due_on",      "assignee",   "status",       "attempts",
            "done_at",     "done_by",     "outcome",     "notes",      "csat",         "nps",
            "rated_staff", "created_at",  "created_by",  "updated_at", "updated_by",   "version",
    };
    QStringList out;
    for (const char *name : names)
        out.append(prefix + QLatin1String(name));
    return out.join(QStringLiteral(", "));
}

inline constexpr int ColumnCount = 24;

// Reads the columns() of the current row, starting at column `first`.
inline FollowUp read(const QSqlQuery &q, int first = 0)
{
    FollowUp f;
    int c = first;
    f.id = q.value(c++).toLongLong();
    f.customerId = q.value(c++).toLongLong();
    f.purchaseId = q.value(c++).toLongLong(); // NULL reads as 0
    f.requestId = q.value(c++).toLongLong();
    f.complaintId = q.value(c++).toLongLong();
    f.rule = q.value(c++).toString();
    f.sourceId = q.value(c++).toLongLong();
    f.purpose = q.value(c++).toString();
    f.dueOn = StoredTime::toDate(q.value(c++));
    f.assignee = q.value(c++).toString();
    f.status = FollowUpStatus(q.value(c++).toInt());
    f.attempts = q.value(c++).toInt();
    f.doneAt = StoredTime::toDateTime(q.value(c++));
    f.doneBy = q.value(c++).toString();
    f.outcome = q.value(c++).toString();
    f.notes = q.value(c++).toString();
    const QVariant csat = q.value(c++);
    f.csat = csat.isNull() ? 0 : csat.toInt();
    const QVariant nps = q.value(c++);
    f.nps = nps.isNull() ? -1 : nps.toInt();
    f.ratedStaff = q.value(c++).toString();
    f.createdAt = StoredTime::toDateTime(q.value(c++));
    f.createdBy = q.value(c++).toString();
    f.updatedAt = StoredTime::toDateTime(q.value(c++));
    f.updatedBy = q.value(c++).toString();
    f.version = q.value(c++).toInt();
    return f;
}

// An optional link: NULL for 0.
inline QVariant link(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace FollowUpRow
