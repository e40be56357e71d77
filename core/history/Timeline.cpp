#include "Timeline.h"

#include "ChoiceLists.h"
#include "HistoryLabels.h"
#include "complaints/ComplaintLabels.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

// The order is (at DESC, kind DESC, id DESC): newest first; at the same instant the later kind
// of the process first (a stage move above the opening of its request, above an interaction,
// above a return, above a purchase); then the newer row. The cursor is the last entry shown, and
// each kind reads the rows that come after it in that order:
//   a kind that sorts before the cursor's (higher number): at < cursor.at;
//   the cursor's kind: (at, id) < (cursor.at, cursor.id);
//   a kind that sorts after it (lower number): at <= cursor.at.
// Each condition starts with "at <= cursor.at" so that the (customer_id, time, id) index is
// entered at the cursor rather than at the newest row.

namespace {

struct Source
{
    TimelineKind kind;
    const char *select; // columns and FROM, the table aliased t
    const char *time; // the time column of t
    const char *where; // extra condition, or ""
};

const Source sources[] = {
        {TimelineKind::Purchase,
         "SELECT t.id, 0, t.purchased_at, t.created_by, t.amount, t.product, t.quantity,"
         " t.category, t.payment_method, t.channel, t.notes, t.refunded FROM purchases t",
         "purchased_at",
         ""},
        {TimelineKind::Return,
         "SELECT t.id, t.purchase_id, t.returned_at, t.created_by, t.refunded, t.reason, p.product,"
         " t.notes FROM purchase_returns t JOIN purchases p ON p.id = t.purchase_id",
         "returned_at",
         ""},
        {TimelineKind::Interaction,
         "SELECT t.id, 0, t.occurred_at, t.staff, 0, t.channel, t.direction, t.type, t.summary,"
         " t.result, t.duration_seconds FROM interactions t",
         "occurred_at",
         ""},
        {TimelineKind::RequestOpened,
         "SELECT t.id, 0, t.opened_at, t.created_by, 0, t.title, t.priority, t.description"
         " FROM service_requests t",
         "opened_at",
         ""},
        {TimelineKind::StageMove,
         "SELECT t.id, t.request_id, t.moved_at, t.moved_by, 0, t.from_stage, t.to_stage,"
         " t.reason, r.title FROM request_stage_moves t"
         " JOIN service_requests r ON r.id = t.request_id",
         "moved_at",
         " AND t.from_stage IS NOT NULL"},
        {TimelineKind::Complaint,
         "SELECT t.id, 0, t.received_at, t.created_by, t.compensation_amount, t.reason,"
         " t.severity, t.description, t.status FROM complaints t",
         "received_at",
         ""},
        {TimelineKind::ComplaintMove,
         "SELECT t.id, t.complaint_id, t.changed_at, t.changed_by, 0, t.before, t.after,"
         " t.reason, c.reason FROM complaint_changes t JOIN complaints c ON c.id = t.complaint_id",
         "changed_at",
         " AND t.field = 'status' AND t.before IS NOT NULL"},
        {TimelineKind::FollowUp,
         "SELECT t.id, 0, t.done_at, t.done_by, 0, t.purpose, t.status, t.outcome, t.csat, t.nps"
         " FROM follow_ups t",
         "done_at",
         " AND t.done_at IS NOT NULL"},
};

// a comes before b on the timeline.
bool newer(const TimelineEntry &a, const TimelineEntry &b)
{
    if (a.at != b.at)
        return a.at > b.at;
    if (a.kind != b.kind)
        return int(a.kind) > int(b.kind);
    return a.id > b.id;
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    return kept.join(QStringLiteral(" · "));
}

} // namespace

Timeline::Timeline(Database &db)
    : m_db(db)
{ }

QList<TimelineKind> Timeline::kinds()
{
    return {TimelineKind::Purchase,
            TimelineKind::Return,
            TimelineKind::Interaction,
            TimelineKind::RequestOpened,
            TimelineKind::StageMove,
            TimelineKind::Complaint,
            TimelineKind::ComplaintMove,
            TimelineKind::FollowUp};
}

QString Timeline::kindName(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Purchase:
        return tr("Purchases");
    case TimelineKind::Return:
        return tr("Returns");
    case TimelineKind::Interaction:
        return tr("Interactions");
    case TimelineKind::RequestOpened:
        return tr("Requests opened");
    case TimelineKind::StageMove:
        return tr("Request stage moves");
    case TimelineKind::Complaint:
        return tr("Complaints");
    case TimelineKind::ComplaintMove:
        return tr("Complaint status moves");
    case TimelineKind::FollowUp:
        return tr("Return visits");
    }
    return {};
}

Result<TimelinePage> Timeline::page(const Actor &actor,
                                    qint64 customerId,
                                    const QSet<TimelineKind> &kinds,
                                    const TimelineCursor &from,
                                    int limit) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    limit = std::clamp(limit, 1, 10000);
    // Read before the walk: a query inside it would discard the open result on PostgreSQL.
    const ChoiceLists choices(m_db);
    const ChoiceLabels methods = choices.labels(ChoiceLists::PaymentMethod);
    const ChoiceLabels reasons = choices.labels(ChoiceLists::ReturnReason);
    const ChoiceLabels complaintReasons = choices.labels(ChoiceLists::ComplaintReason);

    QList<TimelineEntry> merged;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    for (const Source &source : sources) {
        if (!kinds.isEmpty() && !kinds.contains(source.kind))
            continue;
        const QString time = QStringLiteral("t.") + QLatin1String(source.time);
        QString cursor;
        if (!from.isStart()) {
            cursor = QStringLiteral(" AND %1 <= :at").arg(time);
            if (int(source.kind) > from.kind)
                cursor += QStringLiteral(" AND %1 < :at").arg(time);
            else if (int(source.kind) == from.kind)
                cursor += QStringLiteral(" AND (%1 < :at OR t.id < :id)").arg(time);
        }
        // One row more than a page: whether anything follows.
        q.prepare(QStringLiteral("%1 WHERE t.customer_id = :customer%2%3"
                                 " ORDER BY %4 DESC, t.id DESC LIMIT :limit")
                          .arg(QLatin1String(source.select),
                               QLatin1String(source.where),
                               cursor,
                               time));
        q.bindValue(QStringLiteral(":customer"), customerId);
        if (!from.isStart()) {
            q.bindValue(QStringLiteral(":at"), StoredTime::fromDateTime(from.at));
            if (int(source.kind) == from.kind)
                q.bindValue(QStringLiteral(":id"), from.id);
        }
        q.bindValue(QStringLiteral(":limit"), limit + 1);
        if (!q.exec())
            return Database::storageError(q.lastError());
        while (q.next()) {
            TimelineEntry e;
            e.kind = source.kind;
            e.id = q.value(0).toLongLong();
            e.parentId = q.value(1).toLongLong();
            e.at = StoredTime::toDateTime(q.value(2));
            e.staff = q.value(3).toString();
            e.amount = q.value(4).toLongLong();
            switch (source.kind) {
            case TimelineKind::Purchase: {
                e.title = tr("Purchase: %1 ×%2")
                                  .arg(q.value(5).toString())
                                  .arg(q.value(6).toLongLong());
                const QString method = q.value(8).toString();
                const qint64 refunded = q.value(11).toLongLong();
                e.detail = joined({q.value(7).toString(),
                                   method.isEmpty() ? QString() : methods.label(method),
                                   q.value(9).toString(),
                                   refunded > 0
                                           ? tr("refunded %1").arg(HistoryLabels::money(refunded))
                                           : QString(),
                                   q.value(10).toString()});
                break;
            }
            case TimelineKind::Return: {
                e.title = tr("Return: %1").arg(reasons.label(q.value(5).toString()));
                e.detail = joined({q.value(6).toString(), q.value(7).toString()});
                break;
            }
            case TimelineKind::Interaction: {
                e.title = tr("%1 · %2 · %3")
                                  .arg(HistoryLabels::channel(
                                               InteractionChannel(q.value(5).toInt())),
                                       HistoryLabels::direction(
                                               InteractionDirection(q.value(6).toInt())),
                                       HistoryLabels::type(InteractionType(q.value(7).toInt())));
                const int seconds = q.value(10).toInt();
                e.detail = joined({q.value(8).toString(),
                                   q.value(9).toString(),
                                   seconds > 0 ? HistoryLabels::duration(seconds) : QString()});
                break;
            }
            case TimelineKind::RequestOpened:
                e.title = tr("Request opened: %1").arg(q.value(5).toString());
                e.detail = joined(
                        {tr("Priority: %1")
                                 .arg(HistoryLabels::priority(RequestPriority(q.value(6).toInt()))),
                         q.value(7).toString()});
                break;
            case TimelineKind::StageMove:
                e.title = tr("Request moved: %1 → %2")
                                  .arg(HistoryLabels::stage(RequestStage(q.value(5).toInt())),
                                       HistoryLabels::stage(RequestStage(q.value(6).toInt())));
                e.detail = joined({q.value(8).toString(), q.value(7).toString()});
                break;
            case TimelineKind::Complaint:
                e.title = tr("Complaint: %1 · %2")
                                  .arg(complaintReasons.label(q.value(5).toString()),
                                       ComplaintLabels::severity(
                                               ComplaintSeverity(q.value(6).toInt())));
                e.detail = joined({q.value(7).toString(),
                                   ComplaintLabels::status(ComplaintStatus(q.value(8).toInt()))});
                break;
            case TimelineKind::ComplaintMove:
                e.title = tr("Complaint moved: %1 → %2")
                                  .arg(ComplaintLabels::status(ComplaintStatus(q.value(5).toInt())),
                                       ComplaintLabels::status(ComplaintStatus(q.value(6).toInt())));
                e.detail = joined(
                        {complaintReasons.label(q.value(8).toString()), q.value(7).toString()});
                break;
            case TimelineKind::FollowUp: {
                const auto status = FollowUpStatus(q.value(6).toInt());
                e.title = tr("Return visit: %1").arg(q.value(5).toString());
                e.detail = joined(
                        {status == FollowUpStatus::Done ? QString()
                                                        : ComplaintLabels::followUpStatus(status),
                         q.value(7).toString(),
                         q.value(8).isNull() ? QString() : tr("CSAT %1/5").arg(q.value(8).toInt()),
                         q.value(9).isNull() ? QString() : tr("NPS %1").arg(q.value(9).toInt())});
                break;
            }
            }
            merged.append(e);
        }
        q.finish();
    }

    std::sort(merged.begin(), merged.end(), newer);
    TimelinePage page;
    page.atEnd = merged.size() <= limit;
    if (!page.atEnd)
        merged.resize(limit);
    page.entries = std::move(merged);
    if (!page.entries.isEmpty()) {
        const TimelineEntry &last = page.entries.constLast();
        page.next = TimelineCursor {last.at, int(last.kind), last.id};
    } else {
        page.next = from;
    }
    return page;
}
