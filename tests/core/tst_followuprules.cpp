#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/FollowUpFixtures.h"
#include "core/HistoryFixtures.h"
#include "core/SecurityFixtures.h"
#include "followups/FollowUpRepository.h"
#include "followups/FollowUpRules.h"
#include "storage/ArchiveSettings.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace FollowUpFixtures;
using SecurityFixtures::rowCount;

Q_DECLARE_METATYPE(FollowUpRules)

namespace {

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(10, 0), Qt::UTC);
}

// "rule source due assignee" of each follow-up, in the order they were planned.
QStringList describe(const QList<FollowUp> &rows)
{
    QStringList out;
    for (const FollowUp &f : rows)
        out.append(u"%1 %2 %3 %4"_s.arg(f.rule)
                           .arg(f.sourceId)
                           .arg(f.dueOn.toString(Qt::ISODate), f.assignee));
    return out;
}

} // namespace

class tst_FollowUpRules : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    Customer m_customer;

    // Runs a rule inside a write transaction, as the repositories do.
    Status run(const std::function<Status()> &rule) { return WriteTransaction::run(*m_db, rule); }

    Status onPurchase(qint64 id, const QDate &today)
    {
        return run([&] { return FollowUpRules::onPurchase(*m_db, Fixtures::bob(), id, today); });
    }
    Status onRequestClosed(qint64 id, const QDate &today)
    {
        return run(
                [&] { return FollowUpRules::onRequestClosed(*m_db, Fixtures::bob(), id, today); });
    }
    Status onComplaintResolved(qint64 id, const QDate &today)
    {
        return run([&] {
            return FollowUpRules::onComplaintResolved(*m_db, Fixtures::bob(), id, today);
        });
    }

    void saveRules(const FollowUpRules &rules)
    {
        const Status s = FollowUpRules::save(*m_db, SecurityFixtures::admin(), rules);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
    }

    int auditCount(const QString &entity, const QString &action = AuditLog::Create) const
    {
        return SecurityFixtures::scalar(*m_db,
                                        u"SELECT count(*) FROM audit_log WHERE entity = ?"
                                        " AND action = ?"_s,
                                        {entity, action})
                .toInt();
    }

    Customer birthdayCustomer(const QString &name,
                              const QVariant &birthday,
                              const QString &owner = {})
    {
        const Customer c = HistoryFixtures::newCustomer(*m_db, name);
        setBirthday(*m_db, c.id, birthday, owner.isNull() ? u""_s : owner);
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_customer = HistoryFixtures::newCustomer(*m_db, u"王芳"_s);
        QVERIFY(m_customer.id > 0);
    }

    void cleanup()
    {
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void defaultsUntilAnAdminChangesThem()
    {
        const Result<FollowUpRules> rules = FollowUpRules::load(*m_db);
        VERIFY_OK(rules);
        QCOMPARE(rules->afterPurchase.days, 3);
        QCOMPARE(rules->afterRequestClosed.days, 7);
        QCOMPARE(rules->complaintConfirm.days, 1);
        QCOMPARE(rules->complaintCheck.days, 30);
        QCOMPARE(rules->birthday.days, 0);
        QCOMPARE(rules->maxAttempts, 3);
        QVERIFY(rules->afterPurchase.enabled && rules->afterRequestClosed.enabled
                && rules->complaintConfirm.enabled && rules->complaintCheck.enabled
                && rules->birthday.enabled);

        FollowUpRules changed;
        changed.afterPurchase = {false, 5};
        changed.complaintCheck.days = 45;
        changed.maxAttempts = 5;
        saveRules(changed);
        const Result<FollowUpRules> again = FollowUpRules::load(*m_db);
        VERIFY_OK(again);
        QCOMPARE(again->toJson(), changed.toJson());
        QVERIFY(!again->afterPurchase.enabled);
        QCOMPARE(again->afterPurchase.days, 5);
        QCOMPARE(again->complaintCheck.days, 45);
        QCOMPARE(again->maxAttempts, 5);

        // Audited once, with before and after; saving the same rules again changes nothing.
        QCOMPARE(auditCount(u"settings"_s, AuditLog::Update), 1);
        saveRules(changed);
        QCOMPARE(auditCount(u"settings"_s, AuditLog::Update), 1);
        const QJsonObject details
                = AuditLog::forEntity(*m_db, Fixtures::alice(), u"settings"_s, 0)->last().details;
        QCOMPARE(details.value(u"key"_s).toString(), FollowUpRules::SettingsKey);
        QCOMPARE(details.value(u"after"_s).toObject(), changed.toJson());
        QCOMPARE(details.value(u"before"_s).toObject(), FollowUpRules {}.toJson());
    }

    void jsonKeepsDefaultsForMissingOrBadValues()
    {
        const FollowUpRules rules = FollowUpRules::fromJson(
                {{u"after_purchase"_s, QJsonObject {{u"days"_s, u"ten"_s}}},
                 {u"after_request_closed"_s, QJsonObject {{u"enabled"_s, false}}},
                 {u"max_attempts"_s, true}});
        QCOMPARE(rules.afterPurchase.days, 3);
        QVERIFY(rules.afterPurchase.enabled);
        QVERIFY(!rules.afterRequestClosed.enabled);
        QCOMPARE(rules.afterRequestClosed.days, 7);
        QCOMPARE(rules.maxAttempts, 3);
        QCOMPARE(FollowUpRules::fromJson(FollowUpRules {}.toJson()).toJson(),
                 FollowUpRules {}.toJson());
    }

    void badSettingsAreRefused_data()
    {
        QTest::addColumn<FollowUpRules>("rules");
        QTest::addColumn<QString>("field");
        FollowUpRules r;
        r.afterPurchase.days = -1;
        QTest::newRow("negative delay") << r << u"after_purchase"_s;
        r = {};
        r.complaintCheck.days = 366;
        QTest::newRow("more than a year") << r << u"complaint_check"_s;
        r = {};
        r.birthday.days = 400;
        QTest::newRow("birthdays too far ahead") << r << u"birthday"_s;
        r = {};
        r.maxAttempts = 0;
        QTest::newRow("no attempt") << r << u"max_attempts"_s;
        r = {};
        r.maxAttempts = 11;
        QTest::newRow("too many attempts") << r << u"max_attempts"_s;
    }

    void badSettingsAreRefused()
    {
        QFETCH(FollowUpRules, rules);
        QFETCH(QString, field);
        const Status s = FollowUpRules::save(*m_db, SecurityFixtures::admin(), rules);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Invalid);
        QCOMPARE(s.error().fieldErrors.keys(), QList<QString> {field});
        QVERIFY(!s.error().fieldErrors.value(field).isEmpty());
        QCOMPARE(rowCount(*m_db, u"settings"_s), 0);
        QCOMPARE(auditCount(u"settings"_s, AuditLog::Update), 0);
    }

    void onlyAnAdminChangesTheRules()
    {
        FollowUpRules rules;
        rules.afterPurchase.days = 10;
        for (const Actor &actor : {SecurityFixtures::frontDesk(), SecurityFixtures::supervisor()}) {
            const Status s = FollowUpRules::save(*m_db, actor, rules);
            QVERIFY(!s);
            QCOMPARE(s.error().code, Error::Code::Permission);
        }
        QCOMPARE(rowCount(*m_db, u"settings"_s), 0);
        QCOMPARE(FollowUpRules::load(*m_db)->afterPurchase.days, 3);
    }

    void nonsenseStoredBehindTheApplicationPlansWithTheDefaults()
    {
        FollowUpRules rules;
        rules.afterPurchase.days = 9999;
        QVERIFY(WriteTransaction::run(*m_db, [&] {
            return ArchiveSettings::write(*m_db, FollowUpRules::SettingsKey, rules.toJson());
        }));
        QCOMPARE(FollowUpRules::load(*m_db)->afterPurchase.days, 3);
    }

    void afterAPurchase()
    {
        const qint64 purchase = HistorySql::purchase(*m_db, m_customer.id, utc(2025, 3, 1), 399900);
        QVERIFY(onPurchase(purchase, QDate(2025, 3, 1)));
        const QList<FollowUp> rows = stored(*m_db, m_customer.id);
        QCOMPARE(describe(rows),
                 QStringList {u"after_purchase %1 2025-03-04 alice"_s.arg(purchase)});
        const FollowUp &f = rows.first();
        QCOMPARE(f.purchaseId, purchase);
        QCOMPARE(f.requestId, qint64(0));
        QCOMPARE(f.complaintId, qint64(0));
        QCOMPARE(f.purpose, u"Return visit after the purchase of 空调"_s);
        QCOMPARE(f.status, FollowUpStatus::Planned);
        QCOMPARE(f.createdBy, u"bob"_s);
        QCOMPARE(f.version, 1);

        // Audited, naming the rule.
        const QList<AuditEntry> audit = AuditLog::forEntity(*m_db,
                                                            Fixtures::alice(),
                                                            FollowUpRepository::Entity,
                                                            f.id)
                                                .value();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, AuditLog::Create);
        QCOMPARE(audit.first().user, u"bob"_s);
        QCOMPARE(audit.first().details.value(u"rule"_s).toString(), FollowUpRule::AfterPurchase);

        // Twice: planned once, audited once.
        QVERIFY(onPurchase(purchase, QDate(2025, 3, 2)));
        QCOMPARE(describe(stored(*m_db, m_customer.id)),
                 QStringList {u"after_purchase %1 2025-03-04 alice"_s.arg(purchase)});
        QCOMPARE(auditCount(FollowUpRepository::Entity), 1);
    }

    void afterARequestIsClosed()
    {
        const qint64 owned = HistorySql::request(*m_db,
                                                 m_customer.id,
                                                 utc(2025, 6, 1),
                                                 u"空调不制冷"_s,
                                                 utc(2025, 6, 13));
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE service_requests SET owner = 'carol' WHERE id = ?"_s);
        q.addBindValue(owned);
        QVERIFY(q.exec());
        const qint64 unowned = HistorySql::request(*m_db,
                                                   m_customer.id,
                                                   utc(2025, 6, 2),
                                                   u"安装"_s,
                                                   utc(2025, 12, 30));

        QVERIFY(onRequestClosed(owned, QDate(2025, 6, 13)));
        QVERIFY(onRequestClosed(unowned, QDate(2025, 12, 30))); // into the next year
        QVERIFY(onRequestClosed(owned, QDate(2025, 6, 20))); // closed again after a reopen
        const QList<FollowUp> rows = stored(*m_db, m_customer.id);
        QCOMPARE(describe(rows),
                 (QStringList {u"after_request_closed %1 2025-06-20 carol"_s.arg(owned),
                               u"after_request_closed %1 2026-01-06 bob"_s.arg(unowned)}));
        QCOMPARE(rows.first().requestId, owned);
        QCOMPARE(rows.first().purpose,
                 u"Return visit after the service request “空调不制冷” was closed"_s);
        QCOMPARE(auditCount(FollowUpRepository::Entity), 2);
    }

    void afterAComplaintIsResolved()
    {
        const qint64 handled = complaint(*m_db, m_customer.id, u"carol"_s);
        const qint64 unhandled = complaint(*m_db, m_customer.id, u""_s);
        QVERIFY(onComplaintResolved(handled, QDate(2025, 6, 13)));
        QVERIFY(onComplaintResolved(unhandled, QDate(2025, 6, 14)));
        QVERIFY(onComplaintResolved(handled, QDate(2025, 6, 30))); // resolved again
        const QList<FollowUp> rows = stored(*m_db, m_customer.id);
        QCOMPARE(describe(rows),
                 (QStringList {u"complaint_confirm %1 2025-06-14 carol"_s.arg(handled),
                               u"complaint_check %1 2025-07-13 carol"_s.arg(handled),
                               u"complaint_confirm %1 2025-06-15 bob"_s.arg(unhandled),
                               u"complaint_check %1 2025-07-14 bob"_s.arg(unhandled)}));
        QCOMPARE(rows.at(0).purpose, u"Confirm the complaint's resolution with the customer"_s);
        QCOMPARE(rows.at(1).purpose, u"Check that the fix of the complaint held"_s);
        for (const FollowUp &f : rows)
            QCOMPARE(f.complaintId, f.sourceId);
        QCOMPARE(auditCount(FollowUpRepository::Entity), 4);
    }

    void aSwitchedOffRulePlansNothing()
    {
        FollowUpRules rules;
        rules.afterPurchase.enabled = false;
        rules.afterRequestClosed.enabled = false;
        rules.complaintConfirm.enabled = false;
        saveRules(rules);
        const qint64 purchase = HistorySql::purchase(*m_db, m_customer.id, utc(2025, 3, 1), 100);
        const qint64 request = HistorySql::request(*m_db,
                                                   m_customer.id,
                                                   utc(2025, 3, 1),
                                                   u"t"_s,
                                                   utc(2025, 3, 2));
        const qint64 c = complaint(*m_db, m_customer.id, u"carol"_s);
        QVERIFY(onPurchase(purchase, QDate(2025, 3, 1)));
        QVERIFY(onRequestClosed(request, QDate(2025, 3, 2)));
        QVERIFY(onComplaintResolved(c, QDate(2025, 6, 13)));
        // Only the check of the complaint is still on.
        QCOMPARE(describe(stored(*m_db, m_customer.id)),
                 QStringList {u"complaint_check %1 2025-07-13 carol"_s.arg(c)});

        rules.complaintCheck.enabled = false;
        saveRules(rules);
        QVERIFY(onComplaintResolved(complaint(*m_db, m_customer.id, u"carol"_s),
                                    QDate(2025, 6, 13)));
        QCOMPARE(stored(*m_db, m_customer.id).size(), 1);
        QCOMPARE(auditCount(FollowUpRepository::Entity), 1);
    }

    void aChangedDelayApplies()
    {
        FollowUpRules rules;
        rules.afterPurchase.days = 10;
        rules.afterRequestClosed.days = 0;
        rules.complaintConfirm.days = 2;
        rules.complaintCheck.days = 60;
        saveRules(rules);
        const qint64 purchase = HistorySql::purchase(*m_db, m_customer.id, utc(2025, 3, 1), 100);
        const qint64 request = HistorySql::request(*m_db,
                                                   m_customer.id,
                                                   utc(2025, 3, 1),
                                                   u"t"_s,
                                                   utc(2025, 3, 2));
        const qint64 c = complaint(*m_db, m_customer.id, u"carol"_s);
        QVERIFY(onPurchase(purchase, QDate(2025, 3, 1)));
        QVERIFY(onRequestClosed(request, QDate(2025, 3, 2)));
        QVERIFY(onComplaintResolved(c, QDate(2025, 6, 13)));
        QCOMPARE(describe(stored(*m_db, m_customer.id)),
                 (QStringList {u"after_purchase %1 2025-03-11 alice"_s.arg(purchase),
                               u"after_request_closed %1 2025-03-02 bob"_s.arg(request),
                               u"complaint_confirm %1 2025-06-15 carol"_s.arg(c),
                               u"complaint_check %1 2025-08-12 carol"_s.arg(c)}));
    }

    void archivedAndErasedCustomersAreNotCalled()
    {
        const Customer erased = HistoryFixtures::newCustomer(*m_db, u"李雷"_s);
        const qint64 purchase = HistorySql::purchase(*m_db, erased.id, utc(2025, 3, 1), 100);
        QVERIFY(HistoryFixtures::erase(*m_db, erased));
        QVERIFY(onPurchase(purchase, QDate(2025, 3, 1)));

        const Customer archived = HistoryFixtures::newCustomer(*m_db, u"韩梅梅"_s);
        const qint64 c = complaint(*m_db, archived.id, u"carol"_s);
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE customers SET archived_at = '2025-05-01T00:00:00.000Z' WHERE id = ?"_s);
        q.addBindValue(archived.id);
        QVERIFY(q.exec());
        QVERIFY(onComplaintResolved(c, QDate(2025, 6, 13)));
        QCOMPARE(rowCount(*m_db, u"follow_ups"_s), 0);
    }

    void unknownSourcesPlanNothing()
    {
        QVERIFY(onPurchase(999, QDate(2025, 3, 1)));
        QVERIFY(onRequestClosed(999, QDate(2025, 3, 1)));
        QVERIFY(onComplaintResolved(999, QDate(2025, 3, 1)));
        QCOMPARE(rowCount(*m_db, u"follow_ups"_s), 0);
    }

    void birthdaysOnTheDay()
    {
        const Customer today = birthdayCustomer(u"张伟"_s, u"1988-06-13"_s, u"carol"_s);
        const Customer tomorrow = birthdayCustomer(u"李娜"_s, u"1990-06-14"_s);
        birthdayCustomer(u"刘洋"_s, QVariant(QMetaType::fromType<QString>())); // unknown
        const Customer archived = birthdayCustomer(u"陈静"_s, u"1975-06-13"_s);
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE customers SET archived_at = '2025-05-01T00:00:00.000Z' WHERE id = ?"_s);
        q.addBindValue(archived.id);
        QVERIFY(q.exec());

        const Result<int> planned = FollowUpRules::planBirthdays(*m_db, QDate(2025, 6, 13));
        VERIFY_OK(planned);
        QCOMPARE(planned.value(), 1);
        const QList<FollowUp> rows = stored(*m_db);
        QCOMPARE(describe(rows), QStringList {u"birthday 2025 2025-06-13 carol"_s});
        QCOMPARE(rows.first().customerId, today.id);
        QCOMPARE(rows.first().purpose, u"Birthday greeting"_s);
        QCOMPARE(rows.first().createdBy, FollowUpRules::SystemLogin);
        QCOMPARE(auditCount(FollowUpRepository::Entity), 1);

        // Started again the same day, or the next: each customer greeted once a year.
        QCOMPARE(FollowUpRules::planBirthdays(*m_db, QDate(2025, 6, 13)).value(), 0);
        QCOMPARE(FollowUpRules::planBirthdays(*m_db, QDate(2025, 6, 14)).value(), 1);
        QCOMPARE(stored(*m_db, tomorrow.id).size(), 1);
        QCOMPARE(auditCount(FollowUpRepository::Entity), 2);
        // The next year again.
        QCOMPARE(FollowUpRules::planBirthdays(*m_db, QDate(2026, 6, 13)).value(), 1);
        QCOMPARE(describe(stored(*m_db, today.id)),
                 (QStringList {u"birthday 2025 2025-06-13 carol"_s,
                               u"birthday 2026 2026-06-13 carol"_s}));
    }

    void birthdaysAheadAcrossTheNewYear()
    {
        FollowUpRules rules;
        rules.birthday.days = 7;
        saveRules(rules);
        const Customer eve = birthdayCustomer(u"张伟"_s, u"1990-12-31"_s);
        const Customer january = birthdayCustomer(u"李娜"_s, u"1985-01-03"_s);
        const Customer early = birthdayCustomer(u"王强"_s, u"1985-12-28"_s); // yesterday
        const Customer late = birthdayCustomer(u"赵敏"_s, u"1980-01-06"_s); // one day too far
        const Result<int> planned = FollowUpRules::planBirthdays(*m_db, QDate(2025, 12, 29));
        VERIFY_OK(planned);
        QCOMPARE(planned.value(), 2);
        QCOMPARE(describe(stored(*m_db, eve.id)), QStringList {u"birthday 2025 2025-12-31 "_s});
        QCOMPARE(describe(stored(*m_db, january.id)), QStringList {u"birthday 2026 2026-01-03 "_s});
        QVERIFY(stored(*m_db, early.id).isEmpty());
        QVERIFY(stored(*m_db, late.id).isEmpty());
        // A day later the window reaches 6 January; nobody is greeted twice.
        QCOMPARE(FollowUpRules::planBirthdays(*m_db, QDate(2025, 12, 30)).value(), 1);
        QCOMPARE(describe(stored(*m_db, late.id)), QStringList {u"birthday 2026 2026-01-06 "_s});
        QCOMPARE(FollowUpRules::planBirthdays(*m_db, QDate(2025, 12, 31)).value(), 0);
        QCOMPARE(rowCount(*m_db, u"follow_ups"_s), 3);
    }

    void bornOnALeapDay()
    {
        const Customer leap = birthdayCustomer(u"张伟"_s, u"2000-02-29"_s);
        const Customer march = birthdayCustomer(u"李娜"_s, u"1999-03-01"_s);
        // In other years on 28 February.
        QCOMPARE(FollowUpRules::planBirthdays(*m_db, QDate(2025, 2, 27)).value(), 0);
        QCOMPARE(FollowUpRules::planBirthdays(*m_db, QDate(2025, 2, 28)).value(), 1);
        QCOMPARE(describe(stored(*m_db, leap.id)), QStringList {u"birthday 2025 2025-02-28 "_s});
        QCOMPARE(FollowUpRules::planBirthdays(*m_db, QDate(2025, 3, 1)).value(), 1);
        QCOMPARE(describe(stored(*m_db, march.id)), QStringList {u"birthday 2025 2025-03-01 "_s});
        // In leap years on the day itself.
        QCOMPARE(FollowUpRules::planBirthdays(*m_db, QDate(2028, 2, 28)).value(), 0);
        QCOMPARE(FollowUpRules::planBirthdays(*m_db, QDate(2028, 2, 29)).value(), 1);
        QCOMPARE(describe(stored(*m_db, leap.id)),
                 (QStringList {u"birthday 2025 2025-02-28 "_s, u"birthday 2028 2028-02-29 "_s}));

        // A window that ends on 28 February of an ordinary year includes the leap-day birthday.
        FollowUpRules rules;
        rules.birthday.days = 3;
        saveRules(rules);
        QCOMPARE(FollowUpRules::planBirthdays(*m_db, QDate(2027, 2, 25)).value(), 1);
        QCOMPARE(stored(*m_db, leap.id).constLast().dueOn, QDate(2027, 2, 28));
    }

    void switchedOffBirthdaysPlanNothing()
    {
        birthdayCustomer(u"张伟"_s, u"1988-06-13"_s);
        FollowUpRules rules;
        rules.birthday.enabled = false;
        saveRules(rules);
        QCOMPARE(FollowUpRules::planBirthdays(*m_db, QDate(2025, 6, 13)).value(), 0);
        QCOMPARE(rowCount(*m_db, u"follow_ups"_s), 0);
    }
};

QTEST_GUILESS_MAIN(tst_FollowUpRules)
#include "tst_followuprules.moc"
