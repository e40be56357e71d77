#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

class Database;

// One automatic rule: whether it plans, and how many days after its event.
struct FollowUpRuleSetting
{
    bool enabled = true;
    int days = 0;
};

// The rules that plan follow-ups by themselves (settings key "follow_up_rules"), and the
// functions the repositories call inside their write transactions when the events happen.
// Each plans at most one follow-up per customer, rule and source (the unique index): running
// twice plans once.
class FollowUpRules
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRules)

public:
    static inline const QString SettingsKey = QStringLiteral("follow_up_rules");
    // created_by and audit user of what planBirthdays() plans: no one signed in asked for it.
    static inline const QString SystemLogin = QStringLiteral("system");

    // Defaults: after a purchase +3 days; after a request is closed +7; after a complaint is
    // resolved +1 (confirm) and +30 (check the fix held); birthday greeting on the day; three
    // unanswered calls before a follow-up is marked unreachable.
    FollowUpRuleSetting afterPurchase {true, 3};
    FollowUpRuleSetting afterRequestClosed {true, 7};
    FollowUpRuleSetting complaintConfirm {true, 1};
    FollowUpRuleSetting complaintCheck {true, 30};
    FollowUpRuleSetting birthday {true, 0}; // days: how many days ahead greetings are planned
    int maxAttempts = 3;

    QJsonObject toJson() const;
    static FollowUpRules fromJson(const QJsonObject &o); // missing or bad values keep defaults
    // Days 0..365, attempts 1..10; Invalid with fieldErrors named after the JSON keys.
    Status validate() const;
    static Result<FollowUpRules> load(Database &db);
    // ManageSettings; audited. Applies to events from then on.
    static Status save(Database &db, const Actor &actor, const FollowUpRules &rules);

    // Called inside the write transaction of the event; `today` the local date of the event.
    // Assignee: the seller (purchase's created_by), the request's owner, the complaint's
    // handler (else the actor). Purposes are translated sentences naming the source. Nothing is
    // planned for an archived (or erased) customer, nor for a source that does not exist.
    static Status onPurchase(Database &db,
                             const Actor &actor,
                             qint64 purchaseId,
                             const QDate &today);
    static Status onRequestClosed(Database &db,
                                  const Actor &actor,
                                  qint64 requestId,
                                  const QDate &today);
    static Status onComplaintResolved(Database &db,
                                      const Actor &actor,
                                      qint64 complaintId,
                                      const QDate &today);
    // Plans birthday greetings for active customers whose birthday falls in
    // today..today+birthday.days (once per customer and year), assigned to the customer's
    // owner. Own write transaction; returns how many were planned. Run daily at start-up.
    static Result<int> planBirthdays(Database &db, const QDate &today);
};
