#include "ComplaintRepository.h"

#include "ComplaintLabels.h"
#include "ComplaintRules.h"
#include "ComplaintSla.h"
#include "ComplaintStore.h"
#include "ComplaintValidator.h"
#include "audit/AuditLog.h"
#include "history/HistoryCustomer.h"
#include "history/HistoryPaging.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using S = ComplaintStatus;

Error fieldError(Error::Code code, const QString &field, const QString &message)
{
    Error e = makeError(code, message);
    e.fieldErrors.insert(field, message);
    return e;
}

Error closedIsReadOnly()
{
    return makeError(Error::Code::Invalid,
                     ComplaintRepository::tr("This complaint is closed. Reopen it (with a reason) "
                                             "before changing it."));
}

// The stored complaint with the editable fields of `input`; status, handler, customer and the
// SLA times stay as stored.
Complaint withEdits(const Complaint &stored, const Complaint &input)
{
    Complaint c = stored;
    c.receivedAt = input.receivedAt;
    c.channel = input.channel;
    c.reason = input.reason;
    c.subReason = input.subReason;
    c.severity = input.severity;
    c.description = input.description;
    c.purchaseId = input.purchaseId;
    c.requestId = input.requestId;
    c.response = input.response;
    c.resolution = input.resolution;
    c.rootCause = input.rootCause;
    c.correctiveAction = input.correctiveAction;
    c.preventiveAction = input.preventiveAction;
    c.compensationKind = input.compensationKind;
    c.compensationAmount = input.compensationAmount;
    c.confirmation = input.confirmation;
    return c;
}

// The first response: sets respondedAt once (and the missed flag when late).
void responded(Complaint &c, const QDateTime &now)
{
    if (c.respondedAt.isValid())
        return;
    c.respondedAt = now;
    if (c.responseDueAt.isValid() && now > c.responseDueAt)
        c.responseMissed = true;
}

// What follows from edited fields (before: the stored complaint, null for a new one): the due
// times from the policy for a new complaint or a new severity, moved along with a corrected
// received time otherwise; the confirmation's time; the first response.
Status derive(Database &db, Complaint &c, const Complaint *before, const QDateTime &now)
{
    if (!before || before->severity != c.severity) {
        const Result<ComplaintSla> sla = ComplaintSla::load(db);
        if (!sla)
            return sla.error();
        sla->applyDueTimes(c);
    } else if (before->receivedAt != c.receivedAt) {
        const qint64 shift = before->receivedAt.secsTo(c.receivedAt);
        c.responseDueAt = before->responseDueAt.addSecs(shift);
        c.resolutionDueAt = before->resolutionDueAt.addSecs(shift);
    }
    if (!before || before->confirmation != c.confirmation)
        c.confirmedAt = c.confirmation == ComplaintConfirmation::NotAsked ? QDateTime() : now;
    if (!c.response.isEmpty())
        responded(c, now);
    return Done {};
}

// The status move itself, with the SLA times it sets.
void applyMove(Complaint &c, ComplaintStatus to, const QDateTime &now)
{
    const ComplaintStatus from = c.status;
    c.status = to;
    if (to == S::Reopened) {
        c.resolvedAt = {};
        c.closedAt = {};
        return;
    }
    responded(c, now);
    if (to == S::Resolved || to == S::Closed) {
        // Closing a resolved complaint keeps the time it was resolved.
        if (!(from == S::Resolved && c.resolvedAt.isValid()))
            c.resolvedAt = now;
        if (c.resolutionDueAt.isValid() && c.resolvedAt > c.resolutionDueAt)
            c.resolutionMissed = true;
    }
    if (to == S::Closed)
        c.closedAt = now;
}

// Who may move this complaint: its handler or anyone while unassigned (Edit); a supervisor
// for someone else's, and for closing.
Status mayMove(const Actor &actor, const Complaint &c, ComplaintStatus to)
{
    if (Permissions::allows(actor, Operation::Supervise))
        return Done {};
    if (to == S::Closed)
        return makeError(Error::Code::Permission,
                         ComplaintRepository::tr("Only a supervisor can close a complaint. Set it "
                                                 "to \"%1\" and ask a supervisor to close it.")
                                 .arg(ComplaintLabels::status(S::Resolved)));
    if (!c.handler.isEmpty() && c.handler != actor.login)
        return makeError(Error::Code::Permission,
                         ComplaintRepository::tr("%1 handles this complaint. Only they or a "
                                                 "supervisor can move it.")
                                 .arg(c.handler));
    return Done {};
}

// Assigning: a supervisor anyone to anything; others only take an unassigned one themselves.
Status mayAssign(const Actor &actor, const Complaint &c, const QString &handler)
{
    if (Permissions::allows(actor, Operation::Supervise))
        return Done {};
    if (c.handler.isEmpty() && handler == actor.login)
        return Done {};
    return makeError(Error::Code::Permission,
                     ComplaintRepository::tr("Only a supervisor can assign a complaint to someone "
                                             "else or take it from its handler."));
}

Status auditAssign(
        Database &db, const Actor &actor, qint64 id, const QString &from, const QString &to)
{
    return AuditLog::append(db,
                            actor,
                            ComplaintRepository::AssignAction,
                            ComplaintRepository::Entity,
                            id,
                            {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
}

Status auditMove(Database &db,
                 const Actor &actor,
                 qint64 id,
                 ComplaintStatus from,
                 ComplaintStatus to,
                 const QString &reason)
{
    return AuditLog::append(db,
                            actor,
                            ComplaintRepository::MoveAction,
                            ComplaintRepository::Entity,
                            id,
                            {{QStringLiteral("from"), int(from)},
                             {QStringLiteral("to"), int(to)},
                             {QStringLiteral("reason"), reason}});
}

} // namespace

ComplaintRepository::ComplaintRepository(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{ }

Result<Complaint> ComplaintRepository::receive(const Actor &actor, const Complaint &input)
{
    if (Status s = Permissions::require(actor, Operation::Create); !s)
        return s.error();
    const QDateTime now = clockNow(m_clock).toUTC();

    const Result<qint64> id = WriteTransaction::run<qint64>(m_db, [&]() -> Result<qint64> {
        if (Status s = HistoryCustomer::requireWritable(m_db, input.customerId); !s)
            return s.error();
        Complaint fresh = input;
        fresh.status = S::Open;
        fresh.handler.clear();
        for (QDateTime *t : {&fresh.confirmedAt,
                             &fresh.responseDueAt,
                             &fresh.resolutionDueAt,
                             &fresh.respondedAt,
                             &fresh.resolvedAt,
                             &fresh.closedAt})
            *t = {};
        fresh.responseMissed = fresh.resolutionMissed = false;
        Result<Complaint> validated = ComplaintValidator::validate(m_db, fresh, nullptr, now);
        if (!validated)
            return validated.error();
        Complaint c = std::move(validated).value();
        if (const QString wanted = input.handler.trimmed(); !wanted.isEmpty()) {
            const Result<QString> handler = ComplaintValidator::handler(m_db, wanted);
            if (!handler)
                return handler.error();
            if (Status s = mayAssign(actor, c, handler.value()); !s)
                return s.error();
            c.handler = handler.value();
        }
        if (Status s = derive(m_db, c, nullptr, now); !s)
            return s.error();
        const Result<qint64> inserted = ComplaintStore::insert(m_db, c, now, actor.login);
        if (!inserted)
            return inserted;
        if (Status s = AuditLog::append(m_db,
                                        actor,
                                        AuditLog::Create,
                                        Entity,
                                        inserted.value(),
                                        ComplaintStore::fields(c));
            !s)
            return s.error();
        return inserted;
    });
    if (!id)
        return id.error();
    return ComplaintStore::load(m_db, id.value());
}

Result<Complaint> ComplaintRepository::update(const Actor &actor, const Complaint &input)
{
    if (Status s = Permissions::require(actor, Operation::Edit); !s)
        return s.error();
    if (input.id <= 0)
        return makeError(Error::Code::NotFound, tr("This complaint has not been saved yet."));
    const QDateTime now = clockNow(m_clock).toUTC();

    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        const Result<Complaint> before = ComplaintStore::load(m_db, input.id);
        if (!before)
            return before.error();
        if (before->version != input.version)
            return ComplaintStore::conflict(m_db, input.id);
        if (before->status == S::Closed)
            return closedIsReadOnly();
        if (Status s = HistoryCustomer::requireWritable(m_db, before->customerId); !s)
            return s;
        Result<Complaint> validated = ComplaintValidator::validate(m_db,
                                                                   withEdits(before.value(), input),
                                                                   &before.value(),
                                                                   now);
        if (!validated)
            return validated.error();
        Complaint after = std::move(validated).value();
        if (Status s = derive(m_db, after, &before.value(), now); !s)
            return s;
        const QJsonObject changes = ComplaintStore::differences(before.value(), after);
        if (changes.isEmpty())
            return Done {}; // nothing to save: no new version, no history
        if (Status s = ComplaintStore::update(m_db, before.value(), after, now, actor.login); !s)
            return s;
        return AuditLog::append(m_db, actor, AuditLog::Update, Entity, input.id, changes);
    });
    if (!status)
        return status.error();
    return ComplaintStore::load(m_db, input.id);
}

Result<Complaint> ComplaintRepository::move(const Actor &actor,
                                            qint64 id,
                                            int expectedVersion,
                                            ComplaintStatus to,
                                            const QString &reason)
{
    if (Status s = Permissions::require(actor, Operation::Edit); !s)
        return s.error();
    const QString why = reason.trimmed();
    const QDateTime now = clockNow(m_clock).toUTC();

    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        const Result<Complaint> before = ComplaintStore::load(m_db, id);
        if (!before)
            return before.error();
        if (before->version != expectedVersion)
            return ComplaintStore::conflict(m_db, id);
        if (Status s = mayMove(actor, before.value(), to); !s)
            return s;
        if (Status s = ComplaintRules::check(before.value(), to, why); !s)
            return s;
        if (why.size() > ComplaintValidator::MaxTextLength)
            return fieldError(Error::Code::Invalid,
                              QStringLiteral("reason"),
                              tr("A reason has at most %1 characters.")
                                      .arg(ComplaintValidator::MaxTextLength));
        Complaint after = before.value();
        applyMove(after, to, now);
        // Whoever takes an unassigned complaint into progress handles it.
        if (to == S::InProgress && after.handler.isEmpty())
            after.handler = actor.login;
        if (Status s = ComplaintStore::update(m_db, before.value(), after, now, actor.login, why);
            !s)
            return s;
        if (Status s = auditMove(m_db, actor, id, before->status, to, why); !s)
            return s;
        if (after.handler != before->handler)
            return auditAssign(m_db, actor, id, before->handler, after.handler);
        return Done {};
    });
    if (!status)
        return status.error();
    return ComplaintStore::load(m_db, id);
}

Result<Complaint> ComplaintRepository::settle(const Actor &actor,
                                              const Complaint &input,
                                              ComplaintStatus to)
{
    if (Status s = Permissions::require(actor, Operation::Edit); !s)
        return s.error();
    if (input.id <= 0)
        return makeError(Error::Code::NotFound, tr("This complaint has not been saved yet."));
    if (to != S::Resolved && to != S::Closed)
        return fieldError(Error::Code::Invalid,
                          QStringLiteral("status"),
                          tr("A complaint is settled as \"%1\" or \"%2\".")
                                  .arg(ComplaintLabels::status(S::Resolved),
                                       ComplaintLabels::status(S::Closed)));
    const QDateTime now = clockNow(m_clock).toUTC();

    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        const Result<Complaint> before = ComplaintStore::load(m_db, input.id);
        if (!before)
            return before.error();
        if (before->version != input.version)
            return ComplaintStore::conflict(m_db, input.id);
        if (Status s = mayMove(actor, before.value(), to); !s)
            return s;
        if (before->status == S::Closed)
            return ComplaintRules::check(before.value(), to, {}); // why it cannot move
        if (Status s = HistoryCustomer::requireWritable(m_db, before->customerId); !s)
            return s;
        Result<Complaint> validated = ComplaintValidator::validate(m_db,
                                                                   withEdits(before.value(), input),
                                                                   &before.value(),
                                                                   now);
        if (!validated)
            return validated.error();
        Complaint after = std::move(validated).value();
        // The workflow decides on the complaint as it will be saved (its new resolution).
        if (Status s = ComplaintRules::check(after, to, {}); !s)
            return s;
        if (Status s = derive(m_db, after, &before.value(), now); !s)
            return s;
        const Complaint edited = after;
        applyMove(after, to, now);
        if (Status s = ComplaintStore::update(m_db, before.value(), after, now, actor.login); !s)
            return s;
        const QJsonObject changes = ComplaintStore::differences(before.value(), edited);
        if (!changes.isEmpty())
            if (Status s = AuditLog::append(m_db, actor, AuditLog::Update, Entity, input.id, changes);
                !s)
                return s;
        return auditMove(m_db, actor, input.id, before->status, to, {});
    });
    if (!status)
        return status.error();
    return ComplaintStore::load(m_db, input.id);
}

Result<Complaint> ComplaintRepository::assign(const Actor &actor,
                                              qint64 id,
                                              int expectedVersion,
                                              const QString &handler)
{
    if (Status s = Permissions::require(actor, Operation::Edit); !s)
        return s.error();
    const QDateTime now = clockNow(m_clock).toUTC();

    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        const Result<Complaint> before = ComplaintStore::load(m_db, id);
        if (!before)
            return before.error();
        if (before->version != expectedVersion)
            return ComplaintStore::conflict(m_db, id);
        if (before->status == S::Closed)
            return closedIsReadOnly();
        QString login;
        if (!handler.trimmed().isEmpty()) {
            const Result<QString> known = ComplaintValidator::handler(m_db, handler);
            if (!known)
                return known.error();
            login = known.value();
        }
        if (Status s = mayAssign(actor, before.value(), login); !s)
            return s;
        if (login == before->handler)
            return Done {};
        Complaint after = before.value();
        after.handler = login;
        if (Status s = ComplaintStore::update(m_db, before.value(), after, now, actor.login); !s)
            return s;
        return auditAssign(m_db, actor, id, before->handler, login);
    });
    if (!status)
        return status.error();
    return ComplaintStore::load(m_db, id);
}

Result<QList<Complaint>> ComplaintRepository::assignMany(const Actor &actor,
                                                         const QList<qint64> &ids,
                                                         const QString &handler)
{
    if (Status s = Permissions::require(actor, Operation::Supervise); !s)
        return s.error();
    QList<qint64> unique;
    QSet<qint64> seen;
    for (const qint64 id : ids)
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    const QDateTime now = clockNow(m_clock).toUTC();

    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        QString login;
        if (!handler.trimmed().isEmpty()) {
            const Result<QString> known = ComplaintValidator::handler(m_db, handler);
            if (!known)
                return known.error();
            login = known.value();
        }
        for (const qint64 id : std::as_const(unique)) {
            const Result<Complaint> before = ComplaintStore::load(m_db, id);
            if (!before)
                return makeError(before.error().code,
                                 tr("Complaint %1 no longer exists. Nothing was assigned.").arg(id));
            if (before->status == S::Closed)
                return makeError(Error::Code::Invalid,
                                 tr("Complaint %1 is closed. Nothing was assigned: leave it out, "
                                    "or reopen it first.")
                                         .arg(id));
            if (before->handler == login)
                continue;
            Complaint after = before.value();
            after.handler = login;
            if (Status s = ComplaintStore::update(m_db, before.value(), after, now, actor.login); !s)
                return s;
            if (Status s = auditAssign(m_db, actor, id, before->handler, login); !s)
                return s;
        }
        return Done {};
    });
    if (!status)
        return status.error();
    QList<Complaint> out;
    for (const qint64 id : std::as_const(unique)) {
        const Result<Complaint> c = ComplaintStore::load(m_db, id);
        if (!c)
            return c.error();
        out.append(c.value());
    }
    return out;
}

Result<Complaint> ComplaintRepository::get(const Actor &actor, qint64 id) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    return ComplaintStore::load(m_db, id);
}

Result<HistoryPage<Complaint>> ComplaintRepository::forCustomer(const Actor &actor,
                                                                qint64 customerId,
                                                                const HistoryCursor &from,
                                                                int limit) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    return HistoryPaging::read<Complaint>(
            m_db,
            QStringLiteral("complaints"),
            QLatin1String(ComplaintStore::Columns),
            QStringLiteral("received_at"),
            customerId,
            from,
            limit,
            &ComplaintStore::read,
            [](const Complaint &c) { return c.receivedAt; },
            [](const Complaint &c) { return c.id; });
}

Result<QList<ComplaintChange>> ComplaintRepository::changes(const Actor &actor,
                                                            qint64 complaintId) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // In the order they were written (under the write lock), whatever the desks' clocks said.
    q.prepare(QStringLiteral("SELECT %1 FROM complaint_changes WHERE complaint_id = ? ORDER BY id")
                      .arg(QLatin1String(ComplaintStore::ChangeColumns)));
    q.addBindValue(complaintId);
    if (!q.exec())
        return Database::storageError(q.lastError());
    QList<ComplaintChange> out;
    while (q.next())
        out.append(ComplaintStore::readChange(q));
    if (out.isEmpty()) {
        // Every complaint has its first row: none means no such complaint.
        if (const Result<Complaint> c = ComplaintStore::load(m_db, complaintId); !c)
            return c.error();
    }
    return out;
}
