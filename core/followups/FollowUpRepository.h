#pragma once

#include "Actor.h"
#include "Clock.h"
#include "FollowUp.h"
#include "Result.h"
#include "history/HistoryPage.h"

#include <QCoreApplication>

class Database;

// All SQL for follow-ups by hand and their outcomes (entity "follow_up" in the audit log).
// View to read; Create to plan; Edit to record, reschedule or cancel.
class FollowUpRepository
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRepository)

public:
    static inline const QString Entity = QStringLiteral("follow_up");
    // Audit actions besides create and update.
    static inline const QString RecordAction = QStringLiteral("record");
    static inline const QString NoAnswerAction = QStringLiteral("no_answer");
    static inline const QString CancelAction = QStringLiteral("cancel");

    explicit FollowUpRepository(Database &db, Clock clock = {});

    // Purpose and due date required; links of the same customer; customer not erased.
    // Invalid with fieldErrors "customer", "purpose", "due_on", "purchase", "request",
    // "complaint", "assignee".
    Result<FollowUp> plan(const Actor &actor, const FollowUp &followUp);
    // Purpose, due date, assignee, notes of a planned one; version-checked.
    Result<FollowUp> update(const Actor &actor, const FollowUp &followUp);
    // Done: outcome required; csat 0 or 1..5, nps -1 or 0..10 (fieldErrors "outcome", "csat",
    // "nps", "notes"). Sets doneAt/doneBy and ratedStaff (the linked complaint's handler,
    // request's owner or purchase's seller; else the assignee; else the actor). Version-checked;
    // only a planned one. Null notes keep the planned notes; others replace them.
    Result<FollowUp> record(const Actor &actor,
                            qint64 id,
                            int expectedVersion,
                            const QString &outcome,
                            int csat,
                            int nps,
                            const QString &notes = {});
    // An unanswered call: attempts + 1 and due on the next working day (Monday to Friday)
    // after today; at the rules' maxAttempts it becomes Unreachable instead (doneAt/doneBy set,
    // due date kept).
    Result<FollowUp> noAnswer(const Actor &actor, qint64 id, int expectedVersion);
    // Needs a reason (fieldErrors "reason"), kept as the outcome. Version-checked; only a
    // planned one.
    Result<FollowUp> cancel(const Actor &actor,
                            qint64 id,
                            int expectedVersion,
                            const QString &reason);
    Result<FollowUp> get(const Actor &actor, qint64 id) const;
    // By due date, newest first (cursor: the last row's due date at 00:00 UTC and its id).
    Result<HistoryPage<FollowUp>> forCustomer(const Actor &actor,
                                              qint64 customerId,
                                              const HistoryCursor &from = {},
                                              int limit = 200) const;

    // The next working day after a date (Saturday and Sunday skipped).
    static QDate nextWorkingDay(const QDate &after);

private:
    Database &m_db;
    Clock m_clock;
};
