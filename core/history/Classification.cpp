#include "Classification.h"

#include "ClassificationStore.h"
#include "storage/ArchiveSettings.h"
#include "audit/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

// Boundaries, in whole local days between a date and today:
//   inactive: the last purchase or contact is inactiveAfterDays or more days ago;
//   new: the first purchase is newWithinDays or fewer days ago (or there is only one purchase);
//   recency scores 3 up to recencyHighDays days since the last purchase, 2 up to
//   recencyMediumDays, else 1; frequency and monetary score 3 from their high threshold on, 2 from
//   the medium one on, else 1.
// Archived and erased customers are classified like all others: a restored profile shows current
// values at once, and the figures of an erased customer's history are not personal data.

using namespace ClassificationStore;

namespace {

int score(bool high, bool medium)
{
    return high ? 3 : medium ? 2 : 1;
}

ValueTier tierOf(const CustomerFacts &facts, const ClassificationRules &rules, const QDate &today)
{
    const qint64 sinceLast = facts.lastPurchase.isValid() ? facts.lastPurchase.daysTo(today) : 0;
    const int total = score(sinceLast <= rules.recencyHighDays, sinceLast <= rules.recencyMediumDays)
                      + score(facts.purchases >= rules.frequencyHigh,
                              facts.purchases >= rules.frequencyMedium)
                      + score(facts.netSpend >= rules.monetaryHigh,
                              facts.netSpend >= rules.monetaryMedium);
    if (total >= rules.highScore)
        return ValueTier::High;
    if (total >= rules.mediumScore)
        return ValueTier::Medium;
    return ValueTier::Low;
}

// Field key -> message for each value the rules cannot have.
QHash<QString, QString> ruleErrors(const ClassificationRules &rules)
{
    QHash<QString, QString> errors;
    constexpr int MaxDays = 36500;
    auto days = [&](const char *key, int value) {
        if (value < 1 || value > MaxDays)
            errors.insert(QLatin1String(key),
                          Classification::tr("Enter a number of days from 1 to %1.").arg(MaxDays));
    };
    days("newWithinDays", rules.newWithinDays);
    days("inactiveAfterDays", rules.inactiveAfterDays);
    days("recencyHighDays", rules.recencyHighDays);
    days("recencyMediumDays", rules.recencyMediumDays);
    if (!errors.contains(QStringLiteral("recencyHighDays"))
        && !errors.contains(QStringLiteral("recencyMediumDays"))
        && rules.recencyHighDays > rules.recencyMediumDays)
        errors.insert(QStringLiteral("recencyMediumDays"),
                      Classification::tr(
                              "The medium threshold cannot be below the high one (%1 days).")
                              .arg(rules.recencyHighDays));

    for (const auto &[key, value] : {std::pair {"frequencyHigh", rules.frequencyHigh},
                                     std::pair {"frequencyMedium", rules.frequencyMedium}})
        if (value < 1 || value > 1000000)
            errors.insert(QLatin1String(key),
                          Classification::tr("Enter a number of purchases from 1 to 1,000,000."));
    if (!errors.contains(QStringLiteral("frequencyHigh"))
        && !errors.contains(QStringLiteral("frequencyMedium"))
        && rules.frequencyMedium > rules.frequencyHigh)
        errors.insert(QStringLiteral("frequencyMedium"),
                      Classification::tr(
                              "The medium threshold cannot be above the high one (%1 purchases).")
                              .arg(rules.frequencyHigh));

    constexpr qint64 MaxMoney = qint64(1) << 50; // exact in a JSON number
    for (const auto &[key, value] : {std::pair {"monetaryHigh", rules.monetaryHigh},
                                     std::pair {"monetaryMedium", rules.monetaryMedium}})
        if (value < 0 || value > MaxMoney)
            errors.insert(QLatin1String(key),
                          Classification::tr("Enter an amount that is not negative."));
    if (!errors.contains(QStringLiteral("monetaryHigh"))
        && !errors.contains(QStringLiteral("monetaryMedium"))
        && rules.monetaryMedium > rules.monetaryHigh)
        errors.insert(QStringLiteral("monetaryMedium"),
                      Classification::tr("The medium threshold cannot be above the high one."));

    for (const auto &[key, value] :
         {std::pair {"highScore", rules.highScore}, std::pair {"mediumScore", rules.mediumScore}})
        if (value < 3 || value > 9)
            errors.insert(QLatin1String(key), Classification::tr("Enter a score from 3 to 9."));
    if (!errors.contains(QStringLiteral("highScore"))
        && !errors.contains(QStringLiteral("mediumScore")) && rules.mediumScore > rules.highScore)
        errors.insert(QStringLiteral("mediumScore"),
                      Classification::tr("The medium score cannot be above the high one (%1).")
                              .arg(rules.highScore));
    return errors;
}

} // namespace

ClassificationResult Classification::classify(const CustomerFacts &facts,
                                              const ClassificationRules &rules,
                                              const QDate &today)
{
    ClassificationResult result;
    if (facts.purchases <= 0 || !facts.firstPurchase.isValid()) {
        result.explanation = tr("Potential — never bought");
        return result;
    }
    result.tier = tierOf(facts, rules, today);

    QDate lastActivity = facts.lastPurchase;
    if (facts.lastContact.isValid() && facts.lastContact > lastActivity)
        lastActivity = facts.lastContact;
    const qint64 quietDays = lastActivity.daysTo(today);
    const qint64 sinceFirst = qMax<qint64>(0, facts.firstPurchase.daysTo(today));
    const qint64 sinceLast = qMax<qint64>(0, facts.lastPurchase.daysTo(today));
    auto ago = [](qint64 days) {
        return days == 0 ? tr("today") : tr("%n day(s) ago", nullptr, int(days));
    };

    if (quietDays >= rules.inactiveAfterDays) {
        result.lifecycle = Lifecycle::Inactive;
        result.explanation = tr("Inactive — no purchase or contact for %n day(s)",
                                nullptr,
                                int(quietDays));
    } else if (facts.purchases == 1 || sinceFirst <= rules.newWithinDays) {
        result.lifecycle = Lifecycle::New;
        result.explanation = tr("New — first purchase %1").arg(ago(sinceFirst));
    } else {
        result.lifecycle = Lifecycle::Returning;
        result.explanation = tr("Returning — %n purchase(s), last %1", nullptr, facts.purchases)
                                     .arg(ago(sinceLast));
    }
    return result;
}

Result<ClassificationRules> Classification::rules(Database &db)
{
    const Result<QString> stored = ArchiveSettings::read(db, RulesKey);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return ClassificationRules {};
    const ClassificationRules rules = fromJson(QJsonDocument::fromJson(stored->toUtf8()).object());
    // Rules changed behind the application's back into nonsense: the defaults classify instead.
    if (!ruleErrors(rules).isEmpty())
        return ClassificationRules {};
    return rules;
}

Status Classification::setRules(Database &db, const Actor &actor, const ClassificationRules &rules)
{
    if (Status s = Permissions::require(actor, Operation::ManageSettings); !s)
        return s;
    const QHash<QString, QString> errors = ruleErrors(rules);
    if (!errors.isEmpty())
        return Error {Error::Code::Invalid,
                      tr("The classification rules were not saved: correct the marked values."),
                      errors};
    return WriteTransaction::run(db, [&]() -> Status {
        const Result<ClassificationRules> before = Classification::rules(db);
        if (!before)
            return before.error();
        if (before.value() == rules)
            return Done {};
        if (Status s = ArchiveSettings::write(db, RulesKey, toJson(rules)); !s)
            return s;
        // The stored classification followed the old rules: the next reclassifyIfStale() runs.
        if (Status s = ArchiveSettings::remove(db, RunKey); !s)
            return s;
        return AuditLog::append(db,
                                actor,
                                AuditLog::Update,
                                QStringLiteral("settings"),
                                0,
                                {{QStringLiteral("key"), RulesKey},
                                 {QStringLiteral("before"), toJson(before.value())},
                                 {QStringLiteral("after"), toJson(rules)}});
    });
}

Result<CustomerFacts> Classification::facts(Database &db, qint64 customerId)
{
    CustomerFacts facts;
    LocalDates localDate;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*), min(purchased_at), max(purchased_at),"
                             " CAST(coalesce(sum(amount - refunded), 0) AS BIGINT)"
                             " FROM purchases WHERE customer_id = ?"));
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError());
    facts.purchases = q.value(0).toInt();
    facts.firstPurchase = localDate(q.value(1));
    facts.lastPurchase = localDate(q.value(2));
    facts.netSpend = q.value(3).toLongLong();
    q.finish();

    q.prepare(QStringLiteral("SELECT occurred_at FROM interactions WHERE customer_id = ?"
                             " ORDER BY occurred_at DESC, id DESC LIMIT 1"));
    q.addBindValue(customerId);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (q.next())
        facts.lastContact = localDate(q.value(0));
    return facts;
}

Status Classification::reclassify(Database &db, qint64 customerId, const QDate &today)
{
    const Result<ClassificationRules> rules = Classification::rules(db);
    if (!rules)
        return rules.error();
    const Result<CustomerFacts> facts = Classification::facts(db, customerId);
    if (!facts)
        return facts.error();
    const ClassificationResult result = classify(facts.value(), rules.value(), today);
    QSqlQuery q(db.connection());
    q.prepare(
            QStringLiteral("UPDATE customers SET lifecycle = :lifecycle, value_tier = :tier"
                           " WHERE id = :id AND (lifecycle <> :lifecycle OR value_tier <> :tier)"));
    q.bindValue(QStringLiteral(":lifecycle"), int(result.lifecycle));
    q.bindValue(QStringLiteral(":tier"), int(result.tier));
    q.bindValue(QStringLiteral(":id"), customerId);
    if (!q.exec())
        return Database::storageError(q.lastError());
    return Done {};
}

Result<qint64> Classification::reclassifyIfStale(Database &db, const QDate &today)
{
    const Result<QString> run = ArchiveSettings::read(db, RunKey);
    if (!run)
        return run.error();
    const Result<ClassificationRules> rules = Classification::rules(db);
    if (!rules)
        return rules.error();
    const QJsonObject last = QJsonDocument::fromJson(run->toUtf8()).object();
    if (last.value(QStringLiteral("date")).toString() == today.toString(Qt::ISODate)
        && last.value(QStringLiteral("rules")).toString() == rulesHash(rules.value()))
        return qint64(0);
    return reclassifyAll(db, today);
}
