#pragma once

#include "Actor.h"
#include "Result.h"
#include "customers/Customer.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <functional>

class Database;

// The thresholds of the classification, stored in the archive (settings key "classification")
// and edited by an admin.
struct ClassificationRules
{
    int newWithinDays = 90; // N: first purchase this recent -> new
    int inactiveAfterDays = 365; // M: no purchase or contact for this long -> inactive
    // Value tier from recency, frequency and monetary value: each scores 3 / 2 / 1 against
    // its two thresholds; the sum (3..9) gives high (>= highScore), medium (>= mediumScore), low.
    int recencyHighDays = 30;
    int recencyMediumDays = 180;
    int frequencyHigh = 5;
    int frequencyMedium = 2;
    qint64 monetaryHigh = 500000; // minor units: 5,000.00
    qint64 monetaryMedium = 100000;
    int highScore = 7;
    int mediumScore = 5;

    bool operator==(const ClassificationRules &) const = default;
};

// What classification reads about one customer.
struct CustomerFacts
{
    int purchases = 0;
    qint64 netSpend = 0; // amounts minus refunds, minor units
    QDate firstPurchase; // local dates
    QDate lastPurchase;
    QDate lastContact; // last interaction
};

struct ClassificationResult
{
    Lifecycle lifecycle = Lifecycle::Potential;
    ValueTier tier = ValueTier::Unrated;
    QString explanation; // "returning — 5 purchases, last 12 days ago"
};

// Lifecycle and value tier of each customer, computed in core and stored on the customer row
// (customers.lifecycle / value_tier, which the list sorts and filters by). Rows are
// re-classified in the transaction of every purchase, return and interaction, and all at once
// when the day changes or the rules do (reclassifyAll).
class Classification
{
    Q_DECLARE_TR_FUNCTIONS(Classification)

public:
    // Potential: never bought. Inactive: bought once, but no purchase or contact for M days.
    // New: first purchase within N days, or a single purchase (until the second, or M quiet
    // days). Returning: two or more purchases, the first older than N days.
    // In whole local days: a first purchase exactly N days ago is still within N days; exactly
    // M quiet days is inactive. Contacts alone never make a customer more than potential.
    static ClassificationResult classify(const CustomerFacts &facts,
                                         const ClassificationRules &rules,
                                         const QDate &today);

    static Result<ClassificationRules> rules(Database &db);
    // ManageSettings; audited (entity "settings"). Does not re-classify by itself.
    static Status setRules(Database &db, const Actor &actor, const ClassificationRules &rules);

    static Result<CustomerFacts> facts(Database &db, qint64 customerId);
    // Inside a WriteTransaction: stores the customer's lifecycle and tier (no version bump, no
    // audit entry: derived values).
    static Status reclassify(Database &db, qint64 customerId, const QDate &today);

    using Progress = std::function<bool(qint64 done, qint64 total)>; // false: cancel
    // Every customer in one write transaction (only changed rows are written); remembers the
    // day so that reclassifyIfStale() runs once a day. Returns how many rows changed; a
    // cancelled run returns Error::Code::Cancelled and changes nothing. Archived and erased
    // customers are classified too.
    static Result<qint64> reclassifyAll(Database &db,
                                        const QDate &today,
                                        const Progress &progress = {});
    // reclassifyAll when the last full run was before today (or the rules changed since).
    static Result<qint64> reclassifyIfStale(Database &db, const QDate &today);
};
