#pragma once

#include "Actor.h"
#include "Clock.h"
#include "Complaint.h"
#include "Result.h"
#include "history/HistoryPage.h"

#include <QCoreApplication>

class Database;

// All SQL for one complaint and its history (entity "complaint" in the audit log). Every write
// runs in one WriteTransaction that also writes a complaint_changes row per changed field (who,
// when, before → after), the audit entry, and the follow-ups the rules plan (FollowUpRules).
//
// Permissions: View to read; Create to receive; Edit to change fields, take an unassigned
// complaint or one's own through the workflow; Supervise to assign or reassign someone else's,
// and to close.
//
// "Now" (change times, SLA times, received_at by default) comes from the injected clock. Every
// refused call writes nothing: no complaint row, no change row, no audit entry. A complaint of
// an erased customer takes no new text (receive, update, settle refuse, as HistoryCustomer
// says), but may still be moved and assigned, so that it can be worked off.
class ComplaintRepository
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRepository)

public:
    static inline const QString Entity = QStringLiteral("complaint");
    static inline const QString MoveAction = QStringLiteral("move"); // details {from, to, reason}
    static inline const QString AssignAction = QStringLiteral("assign"); // {from, to}

    explicit ComplaintRepository(Database &db, Clock clock = {});

    // Receives a complaint in Open (the input's status ignored): customer known and not
    // erased, reason a first-level code offered by the list (subReason empty or under it),
    // description required, links to the customer's own purchase/request, amount >= 0. Due
    // times from the SLA policy. Bad input: Invalid with fieldErrors "customer", "reason",
    // "sub_reason", "description", "purchase", "request", "compensation_amount", ...
    // (ComplaintValidator); an unknown customer is NotFound. received_at defaults to now. A
    // handler given at once follows assign()'s rules; a response given at once answers it.
    Result<Complaint> receive(const Actor &actor, const Complaint &complaint);
    // Saves the editable fields (everything except status, handler and the SLA times, which
    // follow from them); version-checked (Conflict naming who saved and when). A new severity
    // re-derives the due times from received_at (a corrected received_at moves them along,
    // hours unchanged); the first response text sets respondedAt. A closed complaint is
    // read-only (reopen it). Saving without a change writes nothing (no new version).
    Result<Complaint> update(const Actor &actor, const Complaint &complaint);
    // Moves the status (ComplaintRules decides, on the stored complaint); version-checked.
    // Leaving Open sets respondedAt the first time; Resolved/Closed set resolvedAt (and the
    // missed flags when late); Reopened clears resolvedAt and closedAt. An unassigned complaint
    // taken into progress gets the actor as handler.
    Result<Complaint> move(const Actor &actor,
                           qint64 id,
                           int expectedVersion,
                           ComplaintStatus to,
                           const QString &reason = {});
    // Saves the resolution fields and moves in one step: what "close with a resolution" does.
    // to is Resolved or Closed; the rules decide on the complaint as it would be saved.
    Result<Complaint> settle(const Actor &actor, const Complaint &complaint, ComplaintStatus to);
    // Sets the handler (empty: unassigned); version-checked. Supervise, or Edit to take an
    // unassigned complaint oneself. The handler must be an enabled user (Invalid, fieldErrors
    // "handler"). Not on a closed complaint. The same handler again writes nothing.
    Result<Complaint> assign(const Actor &actor,
                             qint64 id,
                             int expectedVersion,
                             const QString &handler);
    // Several at once (the supervisor's list), all or nothing: Supervise; returns the new
    // versions in order (an id given twice counts once). Not version-checked: what the
    // supervisor sees is the current handler. An unknown id (NotFound), a closed complaint or
    // a handler who is no enabled user (Invalid) assigns none.
    Result<QList<Complaint>> assignMany(const Actor &actor,
                                        const QList<qint64> &ids,
                                        const QString &handler);
    Result<Complaint> get(const Actor &actor, qint64 id) const;
    Result<HistoryPage<Complaint>> forCustomer(const Actor &actor,
                                               qint64 customerId,
                                               const HistoryCursor &from = {},
                                               int limit = 200) const;
    // Oldest first.
    Result<QList<ComplaintChange>> changes(const Actor &actor, qint64 complaintId) const;

private:
    Database &m_db;
    Clock m_clock;
};
