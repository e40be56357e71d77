#include "ComplaintStore.h"

#include "storage/Database.h"
#include "storage/LastWriter.h"
#include "storage/StoredTime.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

const char ComplaintStore::Columns[]
        = "id, customer_id, received_at, channel, reason, sub_reason, severity, description,"
          " purchase_id, request_id, handler, status, response, resolution, root_cause,"
          " corrective_action, preventive_action, compensation_kind, compensation_amount,"
          " confirmation, confirmed_at, response_due_at, resolution_due_at, responded_at,"
          " resolved_at, closed_at, response_missed, resolution_missed, created_at, created_by,"
          " updated_at, updated_by, version";
const char ComplaintStore::ChangeColumns[]
        = "id, complaint_id, changed_at, changed_by, field, before, after, reason";

namespace {

// Text columns are NOT NULL: a null QString would be bound as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QStringLiteral("");
}

QString timeText(const QDateTime &t)
{
    return text(StoredTime::fromDateTime(t).toString());
}

// The columns insert() and update() write, bound by name.
void bindRow(QSqlQuery &q, const Complaint &c)
{
    q.bindValue(QStringLiteral(":received_at"), StoredTime::fromDateTime(c.receivedAt));
    q.bindValue(QStringLiteral(":channel"), int(c.channel));
    q.bindValue(QStringLiteral(":reason"), text(c.reason));
    q.bindValue(QStringLiteral(":sub_reason"), text(c.subReason));
    q.bindValue(QStringLiteral(":severity"), int(c.severity));
    q.bindValue(QStringLiteral(":description"), text(c.description));
    q.bindValue(QStringLiteral(":purchase_id"), optionalId(c.purchaseId));
    q.bindValue(QStringLiteral(":request_id"), optionalId(c.requestId));
    q.bindValue(QStringLiteral(":handler"), text(c.handler));
    q.bindValue(QStringLiteral(":status"), int(c.status));
    q.bindValue(QStringLiteral(":response"), text(c.response));
    q.bindValue(QStringLiteral(":resolution"), text(c.resolution));
    q.bindValue(QStringLiteral(":root_cause"), text(c.rootCause));
    q.bindValue(QStringLiteral(":corrective_action"), text(c.correctiveAction));
    q.bindValue(QStringLiteral(":preventive_action"), text(c.preventiveAction));
    q.bindValue(QStringLiteral(":compensation_kind"), text(c.compensationKind));
    q.bindValue(QStringLiteral(":compensation_amount"), c.compensationAmount);
    q.bindValue(QStringLiteral(":confirmation"), int(c.confirmation));
    q.bindValue(QStringLiteral(":confirmed_at"), StoredTime::fromDateTime(c.confirmedAt));
    q.bindValue(QStringLiteral(":response_due_at"), StoredTime::fromDateTime(c.responseDueAt));
    q.bindValue(QStringLiteral(":resolution_due_at"), StoredTime::fromDateTime(c.resolutionDueAt));
    q.bindValue(QStringLiteral(":responded_at"), StoredTime::fromDateTime(c.respondedAt));
    q.bindValue(QStringLiteral(":resolved_at"), StoredTime::fromDateTime(c.resolvedAt));
    q.bindValue(QStringLiteral(":closed_at"), StoredTime::fromDateTime(c.closedAt));
    q.bindValue(QStringLiteral(":response_missed"), c.responseMissed ? 1 : 0);
    q.bindValue(QStringLiteral(":resolution_missed"), c.resolutionMissed ? 1 : 0);
}

Status insertChange(Database &db,
                    const Complaint &c,
                    const QVariant &changedAt,
                    const QString &actor,
                    const QString &field,
                    const QVariant &before,
                    const QString &after,
                    const QString &reason)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO complaint_changes(complaint_id, customer_id, changed_at,"
                             " changed_by, field, before, after, reason)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.id);
    q.addBindValue(c.customerId);
    q.addBindValue(changedAt);
    q.addBindValue(actor);
    q.addBindValue(field);
    q.addBindValue(before);
    q.addBindValue(text(after));
    q.addBindValue(text(reason));
    if (!q.exec())
        return Database::storageError(q.lastError());
    return Done {};
}

} // namespace

Complaint ComplaintStore::read(const QSqlQuery &q)
{
    Complaint c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.customerId = q.value(i++).toLongLong();
    c.receivedAt = StoredTime::toDateTime(q.value(i++));
    c.channel = InteractionChannel(q.value(i++).toInt());
    c.reason = text(q.value(i++).toString());
    c.subReason = text(q.value(i++).toString());
    c.severity = ComplaintSeverity(q.value(i++).toInt());
    c.description = text(q.value(i++).toString());
    c.purchaseId = q.value(i++).toLongLong();
    c.requestId = q.value(i++).toLongLong();
    c.handler = text(q.value(i++).toString());
    c.status = ComplaintStatus(q.value(i++).toInt());
    c.response = text(q.value(i++).toString());
    c.resolution = text(q.value(i++).toString());
    c.rootCause = text(q.value(i++).toString());
    c.correctiveAction = text(q.value(i++).toString());
    c.preventiveAction = text(q.value(i++).toString());
    c.compensationKind = text(q.value(i++).toString());
    c.compensationAmount = q.value(i++).toLongLong();
    c.confirmation = ComplaintConfirmation(q.value(i++).toInt());
    c.confirmedAt = StoredTime::toDateTime(q.value(i++));
    c.responseDueAt = StoredTime::toDateTime(q.value(i++));
    c.resolutionDueAt = StoredTime::toDateTime(q.value(i++));
    c.respondedAt = StoredTime::toDateTime(q.value(i++));
    c.resolvedAt = StoredTime::toDateTime(q.value(i++));
    c.closedAt = StoredTime::toDateTime(q.value(i++));
    c.responseMissed = q.value(i++).toInt() != 0;
    c.resolutionMissed = q.value(i++).toInt() != 0;
    c.createdAt = StoredTime::toDateTime(q.value(i++));
    c.createdBy = q.value(i++).toString();
    c.updatedAt = StoredTime::toDateTime(q.value(i++));
    c.updatedBy = q.value(i++).toString();
    c.version = q.value(i++).toInt();
    return c;
}

ComplaintChange ComplaintStore::readChange(const QSqlQuery &q)
{
    ComplaintChange change;
    change.id = q.value(0).toLongLong();
    change.complaintId = q.value(1).toLongLong();
    change.changedAt = StoredTime::toDateTime(q.value(2));
    change.changedBy = q.value(3).toString();
    change.field = q.value(4).toString();
    change.before = q.value(5).isNull() ? QString() : text(q.value(5).toString());
    change.after = q.value(6).isNull() ? QString() : text(q.value(6).toString());
    change.reason = text(q.value(7).toString());
    return change;
}

Result<Complaint> ComplaintStore::load(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM complaints WHERE id = ?").arg(QLatin1String(Columns)));
    q.addBindValue(id);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (!q.next())
        return makeError(Error::Code::NotFound, tr("This complaint no longer exists."));
    return read(q);
}

Error ComplaintStore::conflict(Database &db, qint64 id)
{
    const std::optional<LastWriter> last = LastWriter::of(db, QStringLiteral("complaints"), id);
    if (!last)
        return makeError(Error::Code::NotFound, tr("This complaint no longer exists."));
    return makeError(Error::Code::Conflict,
                     tr("This complaint was changed by %1 at %2 after you opened it. Nothing was "
                        "saved: reload the complaint to see their changes, then make yours "
                        "again.")
                             .arg(last->login, last->shownTime));
}

Result<qint64> ComplaintStore::insert(Database &db,
                                      const Complaint &c,
                                      const QDateTime &now,
                                      const QString &actor)
{
    const QVariant at = StoredTime::fromDateTime(now);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO complaints(customer_id, received_at, channel, reason, sub_reason,"
            " severity, description, purchase_id, request_id, handler, status, response,"
            " resolution, root_cause, corrective_action, preventive_action, compensation_kind,"
            " compensation_amount, confirmation, confirmed_at, response_due_at,"
            " resolution_due_at, responded_at, resolved_at, closed_at, response_missed,"
            " resolution_missed, created_at, created_by, updated_at, updated_by, version)"
            " VALUES(:customer_id, :received_at, :channel, :reason, :sub_reason, :severity,"
            " :description, :purchase_id, :request_id, :handler, :status, :response,"
            " :resolution, :root_cause, :corrective_action, :preventive_action,"
            " :compensation_kind, :compensation_amount, :confirmation, :confirmed_at,"
            " :response_due_at, :resolution_due_at, :responded_at, :resolved_at, :closed_at,"
            " :response_missed, :resolution_missed, :now, :actor, :now, :actor, 1) RETURNING id"));
    q.bindValue(QStringLiteral(":customer_id"), c.customerId);
    bindRow(q, c);
    q.bindValue(QStringLiteral(":now"), at);
    q.bindValue(QStringLiteral(":actor"), actor);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError());
    Complaint stored = c;
    stored.id = q.value(0).toLongLong();
    q.finish();

    // The first row: received (no before) in its first status.
    if (Status s = insertChange(db,
                                stored,
                                at,
                                actor,
                                QStringLiteral("status"),
                                QVariant(QMetaType::fromType<QString>()),
                                QString::number(int(stored.status)),
                                {});
        !s)
        return s.error();
    if (!stored.handler.isEmpty()) {
        if (Status s = insertChange(db,
                                    stored,
                                    at,
                                    actor,
                                    QStringLiteral("handler"),
                                    QStringLiteral(""),
                                    stored.handler,
                                    {});
            !s)
            return s.error();
    }
    return stored.id;
}

Status ComplaintStore::update(Database &db,
                              const Complaint &before,
                              const Complaint &after,
                              const QDateTime &now,
                              const QString &actor,
                              const QString &reason)
{
    const QVariant at = StoredTime::fromDateTime(now);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
            "UPDATE complaints SET received_at = :received_at, channel = :channel,"
            " reason = :reason, sub_reason = :sub_reason, severity = :severity,"
            " description = :description, purchase_id = :purchase_id,"
            " request_id = :request_id, handler = :handler, status = :status,"
            " response = :response, resolution = :resolution, root_cause = :root_cause,"
            " corrective_action = :corrective_action, preventive_action = :preventive_action,"
            " compensation_kind = :compensation_kind,"
            " compensation_amount = :compensation_amount, confirmation = :confirmation,"
            " confirmed_at = :confirmed_at, response_due_at = :response_due_at,"
            " resolution_due_at = :resolution_due_at, responded_at = :responded_at,"
            " resolved_at = :resolved_at, closed_at = :closed_at,"
            " response_missed = :response_missed, resolution_missed = :resolution_missed,"
            " updated_at = :now, updated_by = :actor, version = version + 1"
            " WHERE id = :id AND version = :version"));
    bindRow(q, after);
    q.bindValue(QStringLiteral(":now"), at);
    q.bindValue(QStringLiteral(":actor"), actor);
    q.bindValue(QStringLiteral(":id"), before.id);
    q.bindValue(QStringLiteral(":version"), before.version);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (q.numRowsAffected() != 1)
        return conflict(db, before.id);
    q.finish();

    const auto old = trackedFields(before);
    const auto fresh = trackedFields(after);
    for (int i = 0; i < old.size(); ++i) {
        if (old.at(i).second == fresh.at(i).second)
            continue;
        const bool status = old.at(i).first == QLatin1String("status");
        if (Status s = insertChange(db,
                                    before,
                                    at,
                                    actor,
                                    old.at(i).first,
                                    old.at(i).second,
                                    fresh.at(i).second,
                                    status ? reason : QString());
            !s)
            return s;
    }
    return Done {};
}

QList<std::pair<QString, QString>> ComplaintStore::trackedFields(const Complaint &c)
{
    return {
            {QStringLiteral("status"), QString::number(int(c.status))},
            {QStringLiteral("handler"), text(c.handler)},
            {QStringLiteral("received_at"), timeText(c.receivedAt)},
            {QStringLiteral("channel"), QString::number(int(c.channel))},
            {QStringLiteral("reason"), text(c.reason)},
            {QStringLiteral("sub_reason"), text(c.subReason)},
            {QStringLiteral("severity"), QString::number(int(c.severity))},
            {QStringLiteral("description"), text(c.description)},
            {QStringLiteral("purchase_id"), idText(c.purchaseId)},
            {QStringLiteral("request_id"), idText(c.requestId)},
            {QStringLiteral("response"), text(c.response)},
            {QStringLiteral("resolution"), text(c.resolution)},
            {QStringLiteral("root_cause"), text(c.rootCause)},
            {QStringLiteral("corrective_action"), text(c.correctiveAction)},
            {QStringLiteral("preventive_action"), text(c.preventiveAction)},
            {QStringLiteral("compensation_kind"), text(c.compensationKind)},
            {QStringLiteral("compensation_amount"), QString::number(c.compensationAmount)},
            {QStringLiteral("confirmation"), QString::number(int(c.confirmation))},
    };
}

QJsonObject ComplaintStore::differences(const Complaint &before,
                                        const Complaint &after,
                                        const QStringList &skip)
{
    const auto old = trackedFields(before);
    const auto now = trackedFields(after);
    QJsonObject out;
    for (int i = 0; i < old.size(); ++i)
        if (old.at(i).second != now.at(i).second && !skip.contains(old.at(i).first))
            out.insert(old.at(i).first,
                       QJsonObject {{QStringLiteral("before"), old.at(i).second},
                                    {QStringLiteral("after"), now.at(i).second}});
    return out;
}

QJsonObject ComplaintStore::fields(const Complaint &c)
{
    QJsonObject out;
    for (const auto &[field, value] : trackedFields(c))
        out.insert(field, value);
    out.insert(QStringLiteral("customer_id"), c.customerId);
    out.insert(QStringLiteral("response_due_at"), timeText(c.responseDueAt));
    out.insert(QStringLiteral("resolution_due_at"), timeText(c.resolutionDueAt));
    return out;
}
