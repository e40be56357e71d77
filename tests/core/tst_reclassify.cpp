#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "core/HistorySqlFixtures.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerRepository.h"
#include "history/Classification.h"
#include "storage/WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace SecurityFixtures;

// The stored side of the classification: the rules in the archive (who may change them, what is
// refused), and the customers' lifecycle and tier columns kept by reclassify / reclassifyAll.

namespace {

const QDate today(2025, 6, 15);

QDateTime daysAgo(int days)
{
    return QDateTime(today.addDays(-days), QTime(10, 0)).toUTC();
}

struct Stored
{
    Lifecycle lifecycle;
    ValueTier tier;
    bool operator==(const Stored &) const = default;
};

} // namespace

namespace QTest {
template<>
inline char *toString(const Stored &s)
{
    return qstrdup(
            QByteArray(QByteArray::number(int(s.lifecycle)) + '/' + QByteArray::number(int(s.tier)))
                    .constData());
}
} // namespace QTest

class tst_Reclassify : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;

    qint64 newCustomer(const QString &name)
    {
        CustomerRepository repo(*m_db);
        const Result<Customer> c = repo.create(Fixtures::alice(), Fixtures::person(name));
        if (!c) {
            qWarning("%s", qPrintable(c.error().message));
            return 0;
        }
        return c->id;
    }

    Stored stored(qint64 id)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT lifecycle, value_tier FROM customers WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return {Lifecycle(-1), ValueTier(-1)};
        return {Lifecycle(q.value(0).toInt()), ValueTier(q.value(1).toInt())};
    }

    void setStored(qint64 id, Stored s)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE customers SET lifecycle = ?, value_tier = ? WHERE id = ?"_s);
        q.addBindValue(int(s.lifecycle));
        q.addBindValue(int(s.tier));
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    // What reclassifyAll must never touch: a profile's version and edit stamps.
    QString stamps()
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(u"SELECT id, version, updated_at, updated_by FROM customers ORDER BY id"_s))
            return q.lastError().text();
        QStringList out;
        while (q.next())
            out.append(u"%1:%2:%3:%4"_s.arg(q.value(0).toString(),
                                            q.value(1).toString(),
                                            q.value(2).toString(),
                                            q.value(3).toString()));
        return out.join(u' ');
    }

    QString setting(const QString &key)
    {
        return scalar(*m_db, u"SELECT coalesce(max(value), '') FROM settings WHERE key = ?"_s, {key})
                .toString();
    }

    static constexpr int ManyCustomers = 25000;

    // More customers than one step reads (10,000) and enough changes to rebuild the indexes,
    // written straight into the tables: all stored as returning and high; every seventh bought
    // once 400 days ago, every eleventh was contacted 10 days ago; ids with gaps.
    bool fillMany()
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"INSERT INTO customers(code, name, name_key, lifecycle, value_tier, created_at,"
                  " created_by, updated_at, updated_by)"
                  " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
                  " SELECT 'B' || i, 'n', ?, 2, 1, 't', 'x', 't', 'x' FROM n"_s);
        q.addBindValue(ManyCustomers);
        q.addBindValue(QByteArray("n"));
        bool ok = q.exec();
        ok = ok && q.exec(u"DELETE FROM customers WHERE id % 13 = 0"_s);
        q.prepare(u"INSERT INTO purchases(customer_id, purchased_at, product, quantity,"
                  " unit_price, amount, created_at, created_by, updated_at, updated_by)"
                  " SELECT id, ?, 'p', 1, 100, 100, 't', 'x', 't', 'x' FROM customers"
                  " WHERE id % 7 = 0"_s);
        q.addBindValue(HistorySql::at(daysAgo(400)));
        ok = ok && q.exec();
        q.prepare(u"INSERT INTO interactions(customer_id, occurred_at, channel, direction, type,"
                  " summary, staff, created_at, created_by)"
                  " SELECT id, ?, 0, 0, 0, 's', 'x', 't', 'x' FROM customers WHERE id % 11 = 0"_s);
        q.addBindValue(HistorySql::at(daysAgo(10)));
        ok = ok && q.exec();
        if (!ok)
            qWarning("%s", qPrintable(q.lastError().text()));
        return ok;
    }

    // How many of the list's lifecycle and tier indexes exist.
    int indexes()
    {
        const QString sql = m_db->isServer()
                                    ? u"SELECT count(*) FROM pg_indexes WHERE schemaname ="
                                      " current_schema() AND indexname IN"
                                      " ('customers_active_lifecycle', 'customers_active_tier')"_s
                                    : u"SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                      " AND name IN"
                                      " ('customers_active_lifecycle', 'customers_active_tier')"_s;
        return scalar(*m_db, sql).toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
    }

    void cleanup()
    {
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void defaultRulesWhenNoneStored()
    {
        const Result<ClassificationRules> rules = Classification::rules(*m_db);
        VERIFY_OK(rules);
        QCOMPARE(rules.value(), ClassificationRules {});
        QCOMPARE(rowCount(*m_db, u"settings"_s), 0);
    }

    void rulesRoundTrip()
    {
        ClassificationRules rules;
        rules.newWithinDays = 30;
        rules.inactiveAfterDays = 200;
        rules.recencyHighDays = 14;
        rules.recencyMediumDays = 14; // equal thresholds are allowed
        rules.frequencyHigh = 10;
        rules.frequencyMedium = 3;
        rules.monetaryHigh = 1234567890123;
        rules.monetaryMedium = 0;
        rules.highScore = 9;
        rules.mediumScore = 3;
        const int auditBefore = rowCount(*m_db, u"audit_log"_s);
        VERIFY_OK(Classification::setRules(*m_db, admin(), rules));
        const Result<ClassificationRules> read = Classification::rules(*m_db);
        VERIFY_OK(read);
        QCOMPARE(read.value(), rules);

        // Audited, with the values before and after.
        QCOMPARE(rowCount(*m_db, u"audit_log"_s), auditBefore + 1);
        QCOMPARE(scalar(*m_db,
                        u"SELECT count(*) FROM audit_log WHERE entity = 'settings'"
                        " AND action = 'update' AND user_login = 'root'"_s)
                         .toInt(),
                 1);
        const QJsonObject details = QJsonDocument::fromJson(scalar(*m_db,
                                                                   u"SELECT details FROM audit_log"
                                                                   " WHERE entity = 'settings'"_s)
                                                                    .toString()
                                                                    .toUtf8())
                                            .object();
        QCOMPARE(details.value(u"before"_s).toObject().value(u"newWithinDays"_s).toInt(), 90);
        QCOMPARE(details.value(u"after"_s).toObject().value(u"newWithinDays"_s).toInt(), 30);

        // Saving the same rules again changes nothing and records nothing.
        VERIFY_OK(Classification::setRules(*m_db, admin(), rules));
        QCOMPARE(rowCount(*m_db, u"audit_log"_s), auditBefore + 1);
    }

    void invalidRulesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<std::function<void(ClassificationRules &)>>("change");
        using F = std::function<void(ClassificationRules &)>;
        QTest::newRow("new within 0 days")
                << u"newWithinDays"_s << F([](auto &r) { r.newWithinDays = 0; });
        QTest::newRow("inactive after -5 days")
                << u"inactiveAfterDays"_s << F([](auto &r) { r.inactiveAfterDays = -5; });
        QTest::newRow("recency high 0 days")
                << u"recencyHighDays"_s << F([](auto &r) { r.recencyHighDays = 0; });
        QTest::newRow("recency medium below high") << u"recencyMediumDays"_s << F([](auto &r) {
            r.recencyHighDays = 60;
            r.recencyMediumDays = 30;
        });
        QTest::newRow("frequency medium above high") << u"frequencyMedium"_s << F([](auto &r) {
            r.frequencyHigh = 3;
            r.frequencyMedium = 4;
        });
        QTest::newRow("frequency 0")
                << u"frequencyMedium"_s << F([](auto &r) { r.frequencyMedium = 0; });
        QTest::newRow("monetary medium above high") << u"monetaryMedium"_s << F([](auto &r) {
            r.monetaryHigh = 1000;
            r.monetaryMedium = 1001;
        });
        QTest::newRow("negative amount")
                << u"monetaryHigh"_s << F([](auto &r) { r.monetaryHigh = -1; });
        QTest::newRow("high score 10") << u"highScore"_s << F([](auto &r) { r.highScore = 10; });
        QTest::newRow("medium score 2")
                << u"mediumScore"_s << F([](auto &r) { r.mediumScore = 2; });
        QTest::newRow("medium score above high") << u"mediumScore"_s << F([](auto &r) {
            r.highScore = 6;
            r.mediumScore = 7;
        });
    }

    void invalidRulesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(std::function<void(ClassificationRules &)>, change);
        ClassificationRules rules;
        change(rules);
        const int auditBefore = rowCount(*m_db, u"audit_log"_s);
        const Status s = Classification::setRules(*m_db, admin(), rules);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Invalid);
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(s.error().fieldErrors.keys(), QList<QString> {field});
        QVERIFY(!s.error().fieldErrors.value(field).isEmpty());
        QCOMPARE(rowCount(*m_db, u"settings"_s), 0);
        QCOMPARE(rowCount(*m_db, u"audit_log"_s), auditBefore);
        QCOMPARE(Classification::rules(*m_db).value(), ClassificationRules {});
    }

    void onlySettingsManagersChangeRules()
    {
        ClassificationRules rules;
        rules.newWithinDays = 7;
        for (const Actor &actor : {frontDesk(), supervisor(), nobody()}) {
            const Status s = Classification::setRules(*m_db, actor, rules);
            QVERIFY(!s);
            QCOMPARE(s.error().code, Error::Code::Permission);
        }
        QCOMPARE(rowCount(*m_db, u"settings"_s), 0);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM audit_log WHERE entity = 'settings'"_s).toInt(),
                 0);
    }

    void newCustomersArePotential()
    {
        CustomerRepository repo(*m_db);
        Customer c = Fixtures::person(u"王芳"_s);
        c.lifecycle = Lifecycle::Returning; // what a form might still send: ignored
        c.valueTier = ValueTier::High;
        const Result<Customer> created = repo.create(Fixtures::alice(), c);
        VERIFY_OK(created);
        QCOMPARE(created->lifecycle, Lifecycle::Potential);
        QCOMPARE(created->valueTier, ValueTier::Unrated);

        // A later edit leaves the derived values alone, whatever the profile holds.
        QVERIFY(HistorySql::purchase(*m_db, created->id, daysAgo(3), 20000));
        VERIFY_OK(Classification::reclassifyAll(*m_db, today));
        QCOMPARE(stored(created->id), (Stored {Lifecycle::New, ValueTier::Medium}));
        Customer edit = created.value();
        edit.notes = u"喜欢绿茶"_s;
        edit.lifecycle = Lifecycle::Inactive;
        edit.valueTier = ValueTier::Low;
        const Result<Customer> updated = repo.update(Fixtures::alice(), edit);
        VERIFY_OK(updated);
        QCOMPARE(updated->lifecycle, Lifecycle::New);
        QCOMPARE(updated->valueTier, ValueTier::Medium);
        // ... and so does the audit entry of the edit.
        const QString details = scalar(*m_db,
                                       u"SELECT details FROM audit_log WHERE entity = 'customer'"
                                       " AND action = 'update'"_s)
                                        .toString();
        QVERIFY2(details.contains(u"notes"_s), qPrintable(details));
        QVERIFY2(!details.contains(u"lifecycle"_s) && !details.contains(u"value_tier"_s),
                 qPrintable(details));
    }

    void reclassifyAllWritesOnlyWhatDiffers()
    {
        const qint64 potential = newCustomer(u"没买过"_s);
        const qint64 contactOnly = newCustomer(u"只咨询"_s);
        const qint64 fresh = newCustomer(u"新客户"_s);
        const qint64 regular = newCustomer(u"老客户"_s);
        const qint64 gone = newCustomer(u"流失客户"_s);
        const qint64 alreadyRight = newCustomer(u"已分类"_s);
        const qint64 archived = newCustomer(u"已归档"_s);
        QVERIFY(HistorySql::interaction(*m_db, contactOnly, daysAgo(1)));
        QVERIFY(HistorySql::purchase(*m_db, fresh, daysAgo(3), 20000));
        for (int days : {300, 120, 12, 40, 200})
            QVERIFY(HistorySql::purchase(*m_db, regular, daysAgo(days), 150000));
        QVERIFY(HistorySql::purchase(*m_db, gone, daysAgo(500), 20000));
        QVERIFY(HistorySql::interaction(*m_db, gone, daysAgo(400)));
        QVERIFY(HistorySql::purchase(*m_db, alreadyRight, daysAgo(3), 20000));
        setStored(alreadyRight, {Lifecycle::New, ValueTier::Medium});
        QVERIFY(HistorySql::purchase(*m_db, archived, daysAgo(3), 20000));
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE customers SET archived_at = ? WHERE id = ?"_s);
        q.addBindValue(HistorySql::at(daysAgo(1)));
        q.addBindValue(archived);
        QVERIFY(q.exec());

        const QString stampsBefore = stamps();
        const int auditBefore = rowCount(*m_db, u"audit_log"_s);
        QList<std::pair<qint64, qint64>> calls;
        const Result<qint64> changed
                = Classification::reclassifyAll(*m_db, today, [&](qint64 done, qint64 total) {
                      calls.append({done, total});
                      return true;
                  });
        VERIFY_OK(changed);
        // fresh, regular, gone and the archived customer changed; the rest already were right.
        QCOMPARE(changed.value(), 4);
        QCOMPARE(stored(potential), (Stored {Lifecycle::Potential, ValueTier::Unrated}));
        QCOMPARE(stored(contactOnly), (Stored {Lifecycle::Potential, ValueTier::Unrated}));
        QCOMPARE(stored(fresh), (Stored {Lifecycle::New, ValueTier::Medium}));
        QCOMPARE(stored(regular), (Stored {Lifecycle::Returning, ValueTier::High}));
        QCOMPARE(stored(gone), (Stored {Lifecycle::Inactive, ValueTier::Low}));
        QCOMPARE(stored(alreadyRight), (Stored {Lifecycle::New, ValueTier::Medium}));
        // Archived customers are classified too: restored, they show current values.
        QCOMPARE(stored(archived), (Stored {Lifecycle::New, ValueTier::Medium}));
        // Derived values: no new version, no edit stamp, no audit entry.
        QCOMPARE(stamps(), stampsBefore);
        QCOMPARE(rowCount(*m_db, u"audit_log"_s), auditBefore);
        QCOMPARE(calls.constLast(), (std::pair<qint64, qint64> {7, 7}));

        // The same day again: nothing differs.
        QCOMPARE(Classification::reclassifyAll(*m_db, today).value(), 0);
        // A year later, the new customer has gone quiet.
        QCOMPARE(Classification::reclassifyAll(*m_db, today.addDays(365)).value(), 4);
        QCOMPARE(stored(fresh).lifecycle, Lifecycle::Inactive);
        QCOMPARE(stored(potential).lifecycle, Lifecycle::Potential);
    }

    void reclassifyAllMergesAcrossSteps()
    {
        QVERIFY(fillMany());
        QCOMPARE(indexes(), 2);
        const Result<qint64> changed = Classification::reclassifyAll(*m_db, today);
        VERIFY_OK(changed);
        int bought = 0;
        int inactive = 0;
        for (int i = 1; i <= ManyCustomers; ++i) {
            if (i % 13 == 0 || i % 7 != 0)
                continue;
            ++bought;
            if (i % 11 != 0)
                ++inactive; // bought 400 days ago and not contacted since
        }
        // Every row was stored as returning and high: all of them changed.
        const int customers = rowCount(*m_db, u"customers"_s);
        QCOMPARE(changed.value(), customers);
        QCOMPARE(scalar(*m_db,
                        u"SELECT count(*) FROM customers WHERE lifecycle = 3 AND value_tier = 3"_s)
                         .toInt(),
                 inactive);
        QCOMPARE(scalar(*m_db,
                        u"SELECT count(*) FROM customers WHERE lifecycle = 1 AND value_tier = 3"_s)
                         .toInt(),
                 bought - inactive);
        QCOMPARE(scalar(*m_db,
                        u"SELECT count(*) FROM customers WHERE lifecycle = 0 AND value_tier = 0"_s)
                         .toInt(),
                 customers - bought);
        // So many changes rebuild the list's lifecycle and tier indexes: they are back.
        QCOMPARE(indexes(), 2);
        QCOMPARE(Classification::reclassifyAll(*m_db, today).value(), 0);
    }

    void cancelAfterTheIndexesWereDropped()
    {
        QVERIFY(fillMany());
        const QString before = scalar(*m_db,
                                      u"SELECT count(*) FROM customers"
                                      " WHERE lifecycle = 2 AND value_tier = 1"_s)
                                       .toString();
        QCOMPARE(before, QString::number(rowCount(*m_db, u"customers"_s)));
        // Every row changes: after the second step (20,000 rows) the indexes are rebuilt.
        int indexesWhenCancelled = -1;
        const auto progress = [&](qint64 done, qint64) {
            indexesWhenCancelled = indexes(); // inside the transaction
            return done < 20000;
        };
        const Result<qint64> r = Classification::reclassifyAll(*m_db, today, progress);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        // SQLite drops them to rebuild them (PostgreSQL keeps them: see SqlDialect).
        QCOMPARE(indexesWhenCancelled, m_db->dialect().rebuildsIndexesForMassUpdates() ? 0 : 2);
        QCOMPARE(indexes(), 2);
        QCOMPARE(scalar(*m_db,
                        u"SELECT count(*) FROM customers WHERE lifecycle = 2 AND value_tier = 1"_s)
                         .toString(),
                 before);
    }

    void cancelLeavesEverythingUnchanged()
    {
        const qint64 a = newCustomer(u"甲"_s);
        const qint64 b = newCustomer(u"乙"_s);
        QVERIFY(HistorySql::purchase(*m_db, a, daysAgo(3), 20000));
        QVERIFY(HistorySql::purchase(*m_db, b, daysAgo(500), 20000));
        int calls = 0;
        const Result<qint64> r = Classification::reclassifyAll(*m_db, today, [&](qint64, qint64) {
            ++calls;
            return false;
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(calls, 1);
        QCOMPARE(stored(a), (Stored {Lifecycle::Potential, ValueTier::Unrated}));
        QCOMPARE(stored(b), (Stored {Lifecycle::Potential, ValueTier::Unrated}));
        QCOMPARE(setting(u"classification_run"_s), QString());
        // Not cancelled: both change.
        QCOMPARE(Classification::reclassifyAll(*m_db, today).value(), 2);
    }

    void reclassifyRunsInTheCallersTransaction()
    {
        const qint64 id = newCustomer(u"王芳"_s);
        // Rolled back with the purchase that caused it.
        const Status failed = WriteTransaction::run(*m_db, [&]() -> Status {
            if (!HistorySql::purchase(*m_db, id, daysAgo(2), 30000))
                return makeError(Error::Code::Storage, u"insert failed"_s);
            if (Status s = Classification::reclassify(*m_db, id, today); !s)
                return s;
            if (stored(id) != Stored {Lifecycle::New, ValueTier::Medium})
                return makeError(Error::Code::Storage, u"not classified in the transaction"_s);
            return makeError(Error::Code::Invalid, u"the purchase was refused"_s);
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().message, u"the purchase was refused"_s);
        QCOMPARE(stored(id), (Stored {Lifecycle::Potential, ValueTier::Unrated}));
        QCOMPARE(rowCount(*m_db, u"purchases"_s), 0);

        const QString stampsBefore = stamps();
        VERIFY_OK(WriteTransaction::run(*m_db, [&]() -> Status {
            if (!HistorySql::purchase(*m_db, id, daysAgo(2), 30000))
                return makeError(Error::Code::Storage, u"insert failed"_s);
            return Classification::reclassify(*m_db, id, today);
        }));
        QCOMPARE(stored(id), (Stored {Lifecycle::New, ValueTier::Medium}));
        QCOMPARE(stamps(), stampsBefore);

        // Facts read through the same connection.
        QVERIFY(HistorySql::interaction(*m_db, id, daysAgo(1)));
        const Result<CustomerFacts> facts = Classification::facts(*m_db, id);
        VERIFY_OK(facts);
        QCOMPARE(facts->purchases, 1);
        QCOMPARE(facts->netSpend, 30000);
        QCOMPARE(facts->firstPurchase, daysAgo(2).toLocalTime().date());
        QCOMPARE(facts->lastPurchase, daysAgo(2).toLocalTime().date());
        QCOMPARE(facts->lastContact, daysAgo(1).toLocalTime().date());
    }

    void reclassifyFollowsTheRules()
    {
        const qint64 id = newCustomer(u"王芳"_s);
        QVERIFY(HistorySql::purchase(*m_db, id, daysAgo(40), 30000));
        QVERIFY(HistorySql::purchase(*m_db, id, daysAgo(20), 30000));
        VERIFY_OK(WriteTransaction::run(*m_db, [&] {
            return Classification::reclassify(*m_db, id, today);
        }));
        QCOMPARE(stored(id).lifecycle, Lifecycle::New);
        ClassificationRules rules;
        rules.newWithinDays = 30;
        VERIFY_OK(Classification::setRules(*m_db, admin(), rules));
        VERIFY_OK(WriteTransaction::run(*m_db, [&] {
            return Classification::reclassify(*m_db, id, today);
        }));
        QCOMPARE(stored(id).lifecycle, Lifecycle::Returning);
    }

    void reclassifyIfStaleRunsOncePerDayAndRules()
    {
        const qint64 id = newCustomer(u"王芳"_s);
        QVERIFY(HistorySql::purchase(*m_db, id, daysAgo(3), 20000));
        QCOMPARE(Classification::reclassifyIfStale(*m_db, today).value(), 1);
        QVERIFY(setting(u"classification_run"_s).contains(today.toString(Qt::ISODate)));

        // Changed behind its back: the same day does not look again ...
        setStored(id, {Lifecycle::Returning, ValueTier::Low});
        QCOMPARE(Classification::reclassifyIfStale(*m_db, today).value(), 0);
        QCOMPARE(stored(id), (Stored {Lifecycle::Returning, ValueTier::Low}));
        // ... the next day does.
        QCOMPARE(Classification::reclassifyIfStale(*m_db, today.addDays(1)).value(), 1);
        QCOMPARE(stored(id), (Stored {Lifecycle::New, ValueTier::Medium}));
        QCOMPARE(Classification::reclassifyIfStale(*m_db, today.addDays(1)).value(), 0);

        // New rules make the last run stale, the same day.
        ClassificationRules rules;
        rules.mediumScore = 6;
        VERIFY_OK(Classification::setRules(*m_db, admin(), rules));
        QCOMPARE(setting(u"classification_run"_s), QString());
        QCOMPARE(Classification::reclassifyIfStale(*m_db, today.addDays(1)).value(), 1);
        QCOMPARE(stored(id), (Stored {Lifecycle::New, ValueTier::Low}));
        QCOMPARE(Classification::reclassifyIfStale(*m_db, today.addDays(1)).value(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Reclassify)
#include "tst_reclassify.moc"
