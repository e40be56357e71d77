#include "FollowUpRules.h"

#include "FollowUp.h"
#include "FollowUpRepository.h"
#include "FollowUpRow.h"
#include "audit/AuditLog.h"
#include "security/Permissions.h"
#include "storage/ArchiveSettings.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr int MaxDays = 365;
constexpr int MinAttempts = 1;
constexpr int MaxAttempts = 10;

const QString EnabledKey = QStringLiteral("enabled");
const QString DaysKey = QStringLiteral("days");
const QString MaxAttemptsKey = QStringLiteral("max_attempts");

// The settings of each rule, under the rule's name as JSON key.
struct RuleField
{
    const QString &key;
    FollowUpRuleSetting FollowUpRules::*setting;
};
const RuleField ruleFields[] = {
        {FollowUpRule::AfterPurchase, &FollowUpRules::afterPurchase},
        {FollowUpRule::AfterRequestClosed, &FollowUpRules::afterRequestClosed},
        {FollowUpRule::ComplaintConfirm, &FollowUpRules::complaintConfirm},
        {FollowUpRule::ComplaintCheck, &FollowUpRules::complaintCheck},
        {FollowUpRule::Birthday, &FollowUpRules::birthday},
};

// The row a rule plans. Links are 0 when there are none.
struct Planned
{
    qint64 id = 0; // once inserted
    qint64 customerId = 0;
    QString rule;
    qint64 sourceId = 0;
    qint64 purchaseId = 0;
    qint64 requestId = 0;
    qint64 complaintId = 0;
    QString purpose;
    QDate dueOn;
    QString assignee;
};

QJsonObject auditDetails(const Planned &p)
{
    return {{QStringLiteral("rule"), p.rule},
            {QStringLiteral("customer_id"), p.customerId},
            {QStringLiteral("source_id"), p.sourceId},
            {QStringLiteral("purpose"), p.purpose},
            {QStringLiteral("due_on"), p.dueOn.toString(Qt::ISODate)},
            {QStringLiteral("assignee"), p.assignee}};
}

// Plans the row unless the rule has planned it already (the unique index follow_ups_rule), and
// audits it when it was planned.
Status insertOnce(Database &db, const QString &by, const Planned &p)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO follow_ups(customer_id, purchase_id, request_id, complaint_id, rule,"
            " source_id, purpose, due_on, assignee, status, attempts, created_at, created_by,"
            " updated_at, updated_by, version)"
            " VALUES(:customer_id, :purchase_id, :request_id, :complaint_id, :rule, :source_id,"
            " :purpose, :due_on, :assignee, 0, 0, :now, :by, :now, :by, 1)"
            " ON CONFLICT (customer_id, rule, source_id) WHERE rule <> '' DO NOTHING"
            " RETURNING id"));
    q.bindValue(QStringLiteral(":customer_id"), p.customerId);
    q.bindValue(QStringLiteral(":purchase_id"), FollowUpRow::link(p.purchaseId));
    q.bindValue(QStringLiteral(":request_id"), FollowUpRow::link(p.requestId));
    q.bindValue(QStringLiteral(":complaint_id"), FollowUpRow::link(p.complaintId));
    q.bindValue(QStringLiteral(":rule"), p.rule);
    q.bindValue(QStringLiteral(":source_id"), p.sourceId);
    q.bindValue(QStringLiteral(":purpose"), p.purpose);
    q.bindValue(QStringLiteral(":due_on"), StoredTime::fromDate(p.dueOn));
    q.bindValue(QStringLiteral(":assignee"), p.assignee.isNull() ? QStringLiteral("") : p.assignee);
    q.bindValue(QStringLiteral(":now"), StoredTime::fromDateTime(StoredTime::now()));
    q.bindValue(QStringLiteral(":by"), by);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (!q.next())
        return Done {}; // planned before
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return AuditLog::append(db,
                            by,
                            AuditLog::Create,
                            FollowUpRepository::Entity,
                            id,
                            auditDetails(p));
}

// The source row of a rule: its customer (skipped when archived or erased), its staff member
// and what names it. Empty customerId: no such row, or nothing to plan for it.
struct Source
{
    qint64 customerId = 0;
    QString staff;
    QString name;
};

Result<Source> readSource(Database &db, const QString &sql, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec())
        return Database::storageError(q.lastError());
    Source s;
    // An archived customer is not called back; an erased one is archived as well.
    if (q.next() && q.value(3).isNull()) {
        s.customerId = q.value(0).toLongLong();
        s.staff = q.value(1).toString();
        s.name = q.value(2).toString();
    }
    return s;
}

// The day a rule counts from: the event's, or today's when the caller gave none.
QDate eventDay(const QDate &today)
{
    return today.isValid() ? today : QDate::currentDate();
}

QString orActor(const QString &staff, const Actor &actor)
{
    return staff.isEmpty() ? actor.login : staff;
}

} // namespace

QJsonObject FollowUpRules::toJson() const
{
    QJsonObject o;
    for (const RuleField &f : ruleFields)
        o.insert(f.key,
                 QJsonObject {{EnabledKey, (this->*f.setting).enabled},
                              {DaysKey, (this->*f.setting).days}});
    o.insert(MaxAttemptsKey, maxAttempts);
    return o;
}

FollowUpRules FollowUpRules::fromJson(const QJsonObject &o)
{
    FollowUpRules rules;
    for (const RuleField &f : ruleFields) {
        const QJsonObject rule = o.value(f.key).toObject();
        FollowUpRuleSetting &setting = rules.*f.setting;
        if (const QJsonValue v = rule.value(EnabledKey); v.isBool())
            setting.enabled = v.toBool();
        if (const QJsonValue v = rule.value(DaysKey); v.isDouble())
            setting.days = v.toInt(-1); // a fraction is no number of days: validate() refuses it
    }
    if (const QJsonValue v = o.value(MaxAttemptsKey); v.isDouble())
        rules.maxAttempts = v.toInt(-1);
    return rules;
}

Status FollowUpRules::validate() const
{
    QHash<QString, QString> errors;
    for (const RuleField &f : ruleFields) {
        const int days = (this->*f.setting).days;
        if (days < 0 || days > MaxDays)
            errors.insert(f.key, tr("Enter a number of days from 0 to %1.").arg(MaxDays));
    }
    if (maxAttempts < MinAttempts || maxAttempts > MaxAttempts)
        errors.insert(MaxAttemptsKey,
                      tr("Enter a number of calls from %1 to %2.").arg(MinAttempts).arg(MaxAttempts));
    if (errors.isEmpty())
        return Done {};
    return Error {Error::Code::Invalid,
                  tr("The follow-up rules were not saved: correct the marked values."),
                  errors};
}

Result<FollowUpRules> FollowUpRules::load(Database &db)
{
    const Result<QJsonObject> stored = ArchiveSettings::readObject(db, SettingsKey);
    if (!stored)
        return stored.error();
    const FollowUpRules rules = fromJson(stored.value());
    // Rules changed behind the application's back into nonsense: the defaults plan instead.
    if (!rules.validate())
        return FollowUpRules {};
    return rules;
}

Status FollowUpRules::save(Database &db, const Actor &actor, const FollowUpRules &rules)
{
    if (Status s = Permissions::require(actor, Operation::ManageSettings); !s)
        return s;
    if (Status s = rules.validate(); !s)
        return s;
    return WriteTransaction::run(db, [&]() -> Status {
        const Result<FollowUpRules> before = load(db);
        if (!before)
            return before.error();
        const QJsonObject after = rules.toJson();
        if (before->toJson() == after)
            return Done {};
        if (Status s = ArchiveSettings::write(db, SettingsKey, after); !s)
            return s;
        return AuditLog::append(db,
                                actor,
                                AuditLog::Update,
                                QStringLiteral("settings"),
                                0,
                                {{QStringLiteral("key"), SettingsKey},
                                 {QStringLiteral("before"), before->toJson()},
                                 {QStringLiteral("after"), after}});
    });
}

Status FollowUpRules::onPurchase(Database &db,
                                 const Actor &actor,
                                 qint64 purchaseId,
                                 const QDate &today)
{
    const Result<FollowUpRules> rules = load(db);
    if (!rules)
        return rules.error();
    if (!rules->afterPurchase.enabled)
        return Done {};
    const Result<Source> source
            = readSource(db,
                         QStringLiteral(
                                 "SELECT p.customer_id, p.created_by, p.product, c.archived_at"
                                 " FROM purchases p JOIN customers c ON c.id = p.customer_id"
                                 " WHERE p.id = ?"),
                         purchaseId);
    if (!source)
        return source.error();
    if (source->customerId == 0)
        return Done {};
    Planned p;
    p.customerId = source->customerId;
    p.rule = FollowUpRule::AfterPurchase;
    p.sourceId = purchaseId;
    p.purchaseId = purchaseId;
    p.purpose = tr("Return visit after the purchase of %1").arg(source->name);
    p.dueOn = eventDay(today).addDays(rules->afterPurchase.days);
    p.assignee = orActor(source->staff, actor);
    return insertOnce(db, actor.login, p);
}

Status FollowUpRules::onRequestClosed(Database &db,
                                      const Actor &actor,
                                      qint64 requestId,
                                      const QDate &today)
{
    const Result<FollowUpRules> rules = load(db);
    if (!rules)
        return rules.error();
    if (!rules->afterRequestClosed.enabled)
        return Done {};
    const Result<Source> source
            = readSource(db,
                         QStringLiteral(
                                 "SELECT r.customer_id, r.owner, r.title, c.archived_at"
                                 " FROM service_requests r JOIN customers c ON c.id = r.customer_id"
                                 " WHERE r.id = ?"),
                         requestId);
    if (!source)
        return source.error();
    if (source->customerId == 0)
        return Done {};
    Planned p;
    p.customerId = source->customerId;
    p.rule = FollowUpRule::AfterRequestClosed;
    p.sourceId = requestId;
    p.requestId = requestId;
    p.purpose = tr("Return visit after the service request “%1” was closed").arg(source->name);
    p.dueOn = eventDay(today).addDays(rules->afterRequestClosed.days);
    p.assignee = orActor(source->staff, actor);
    return insertOnce(db, actor.login, p);
}

Status FollowUpRules::onComplaintResolved(Database &db,
                                          const Actor &actor,
                                          qint64 complaintId,
                                          const QDate &today)
{
    const Result<FollowUpRules> rules = load(db);
    if (!rules)
        return rules.error();
    if (!rules->complaintConfirm.enabled && !rules->complaintCheck.enabled)
        return Done {};
    const Result<Source> source
            = readSource(db,
                         QStringLiteral(
                                 "SELECT k.customer_id, k.handler, '', c.archived_at"
                                 " FROM complaints k JOIN customers c ON c.id = k.customer_id"
                                 " WHERE k.id = ?"),
                         complaintId);
    if (!source)
        return source.error();
    if (source->customerId == 0)
        return Done {};
    Planned p;
    p.customerId = source->customerId;
    p.sourceId = complaintId;
    p.complaintId = complaintId;
    p.assignee = orActor(source->staff, actor);
    if (rules->complaintConfirm.enabled) {
        p.rule = FollowUpRule::ComplaintConfirm;
        p.purpose = tr("Confirm the complaint's resolution with the customer");
        p.dueOn = eventDay(today).addDays(rules->complaintConfirm.days);
        if (Status s = insertOnce(db, actor.login, p); !s)
            return s;
    }
    if (rules->complaintCheck.enabled) {
        p.rule = FollowUpRule::ComplaintCheck;
        p.purpose = tr("Check that the fix of the complaint held");
        p.dueOn = eventDay(today).addDays(rules->complaintCheck.days);
        if (Status s = insertOnce(db, actor.login, p); !s)
            return s;
    }
    return Done {};
}

Result<int> FollowUpRules::planBirthdays(Database &db, const QDate &today)
{
    if (!today.isValid())
        return makeError(Error::Code::Invalid, tr("Birthday greetings need today's date."));
    return WriteTransaction::run<int>(db, [&]() -> Result<int> {
        const Result<FollowUpRules> rules = load(db);
        if (!rules)
            return rules.error();
        if (!rules->birthday.enabled)
            return 0;
        const QString purpose = tr("Birthday greeting");
        const QVariant now = StoredTime::fromDateTime(StoredTime::now());

        // today..last crosses at most one new year (days <= 365): one pass per calendar year,
        // over the month-day part of the stored yyyy-MM-dd. Those born on 29 February are greeted
        // on the 28th in other years.
        const QDate last = eventDay(today).addDays(rules->birthday.days);
        QList<std::pair<QDate, QDate>> spans;
        if (last.year() == today.year()) {
            spans.append({today, last});
        } else {
            spans.append({today, QDate(today.year(), 12, 31)});
            spans.append({QDate(last.year(), 1, 1), last});
        }

        QList<Planned> planned;
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
                "INSERT INTO follow_ups(customer_id, rule, source_id, purpose, due_on, assignee,"
                " status, attempts, created_at, created_by, updated_at, updated_by, version)"
                " SELECT id, :rule, :year, :purpose,"
                " CASE WHEN substr(birthday, 6, 5) = '02-29' THEN :leap_day"
                " ELSE :year_prefix || substr(birthday, 6, 5) END,"
                " owner, 0, 0, :now, :by, :now, :by, 1"
                " FROM customers WHERE archived_at IS NULL AND birthday IS NOT NULL"
                " AND substr(birthday, 6, 5) BETWEEN :from AND :to"
                " ON CONFLICT (customer_id, rule, source_id) WHERE rule <> '' DO NOTHING"
                " RETURNING id, customer_id, due_on, assignee"));
        for (const auto &[from, to] : std::as_const(spans)) {
            const int year = from.year();
            const bool leap = QDate::isLeapYear(year);
            QString toDay = to.toString(QStringLiteral("MM-dd"));
            if (!leap && toDay == QLatin1String("02-28"))
                toDay = QStringLiteral("02-29");
            const QString prefix = QStringLiteral("%1-").arg(year, 4, 10, QLatin1Char('0'));
            q.bindValue(QStringLiteral(":rule"), FollowUpRule::Birthday);
            q.bindValue(QStringLiteral(":year"), year);
            q.bindValue(QStringLiteral(":purpose"), purpose);
            q.bindValue(QStringLiteral(":leap_day"),
                        QString(prefix
                                + (leap ? QStringLiteral("02-29") : QStringLiteral("02-28"))));
            q.bindValue(QStringLiteral(":year_prefix"), prefix);
            q.bindValue(QStringLiteral(":now"), now);
            q.bindValue(QStringLiteral(":by"), SystemLogin);
            q.bindValue(QStringLiteral(":from"), from.toString(QStringLiteral("MM-dd")));
            q.bindValue(QStringLiteral(":to"), toDay);
            if (!q.exec())
                return Database::storageError(q.lastError());
            while (q.next()) {
                Planned p;
                p.id = q.value(0).toLongLong();
                p.customerId = q.value(1).toLongLong();
                p.rule = FollowUpRule::Birthday;
                p.sourceId = year;
                p.purpose = purpose;
                p.dueOn = StoredTime::toDate(q.value(2));
                p.assignee = q.value(3).toString();
                planned.append(p);
            }
            q.finish();
        }
        for (const Planned &p : std::as_const(planned))
            if (Status s = AuditLog::append(db,
                                            SystemLogin,
                                            AuditLog::Create,
                                            FollowUpRepository::Entity,
                                            p.id,
                                            auditDetails(p));
                !s)
                return s.error();
        return int(planned.size());
    });
}
