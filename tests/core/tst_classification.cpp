#include "history/Classification.h"
#include "history/ClassificationStore.h"
#include "storage/StoredTime.h"

#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

// classify() alone: facts in, lifecycle, tier and explanation out, against an injected today.
// The default rules: new within 90 days, inactive after 365 quiet days; recency 30 / 180 days,
// frequency 5 / 2 purchases, monetary 5,000.00 / 1,000.00; high from score 7, medium from 5.
// The expected explanations are the source texts (no translation is loaded here).

namespace {

const QDate today(2025, 6, 15);

// -1: no such date.
QDate daysAgo(int days)
{
    return days < 0 ? QDate() : today.addDays(-days);
}

CustomerFacts facts(int purchases, int first, int last, int contact, qint64 netSpend)
{
    CustomerFacts f;
    f.purchases = purchases;
    f.firstPurchase = daysAgo(first);
    f.lastPurchase = daysAgo(last);
    f.lastContact = daysAgo(contact);
    f.netSpend = netSpend;
    return f;
}

} // namespace

class tst_Classification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifecycle_data()
    {
        QTest::addColumn<int>("purchases");
        QTest::addColumn<int>("first"); // days ago; -1 none
        QTest::addColumn<int>("last");
        QTest::addColumn<int>("contact");
        QTest::addColumn<qint64>("netSpend");
        QTest::addColumn<Lifecycle>("lifecycle");
        QTest::addColumn<QString>("explanation");

        using L = Lifecycle;
        QTest::newRow("never bought")
                << 0 << -1 << -1 << -1 << 0LL << L::Potential << u"Potential — never bought"_s;
        QTest::newRow("contacts only: still potential")
                << 0 << -1 << -1 << 2 << 0LL << L::Potential << u"Potential — never bought"_s;
        QTest::newRow("long-ago contact only: still potential")
                << 0 << -1 << -1 << 800 << 0LL << L::Potential << u"Potential — never bought"_s;
        QTest::newRow("first purchase today")
                << 1 << 0 << 0 << -1 << 5000LL << L::New << u"New — first purchase today"_s;
        QTest::newRow("first purchase 3 days ago")
                << 1 << 3 << 3 << -1 << 5000LL << L::New << u"New — first purchase 3 day(s) ago"_s;
        QTest::newRow("two purchases, first exactly N days ago")
                << 2 << 90 << 10 << -1 << 5000LL << L::New
                << u"New — first purchase 90 day(s) ago"_s;
        QTest::newRow("two purchases, first N+1 days ago")
                << 2 << 91 << 10 << -1 << 5000LL << L::Returning
                << u"Returning — 2 purchase(s), last 10 day(s) ago"_s;
        QTest::newRow("two purchases on the same day, N+1 days ago")
                << 2 << 91 << 91 << -1 << 5000LL << L::Returning
                << u"Returning — 2 purchase(s), last 91 day(s) ago"_s;
        QTest::newRow("returning, last purchase today")
                << 3 << 200 << 0 << -1 << 5000LL << L::Returning
                << u"Returning — 3 purchase(s), last today"_s;
        QTest::newRow("one purchase N+1 days ago: new until the second")
                << 1 << 91 << 91 << -1 << 5000LL << L::New
                << u"New — first purchase 91 day(s) ago"_s;
        QTest::newRow("one purchase M-1 days ago") << 1 << 364 << 364 << -1 << 5000LL << L::New
                                                   << u"New — first purchase 364 day(s) ago"_s;
        QTest::newRow("one purchase exactly M days ago")
                << 1 << 365 << 365 << -1 << 5000LL << L::Inactive
                << u"Inactive — no purchase or contact for 365 day(s)"_s;
        QTest::newRow("one purchase M+1 days ago")
                << 1 << 366 << 366 << -1 << 5000LL << L::Inactive
                << u"Inactive — no purchase or contact for 366 day(s)"_s;
        QTest::newRow("returning customer quiet exactly M days")
                << 5 << 900 << 365 << -1 << 5000LL << L::Inactive
                << u"Inactive — no purchase or contact for 365 day(s)"_s;
        QTest::newRow("returning customer quiet M-1 days")
                << 5 << 900 << 364 << -1 << 5000LL << L::Returning
                << u"Returning — 5 purchase(s), last 364 day(s) ago"_s;
        QTest::newRow("one purchase long ago, contact recent")
                << 1 << 400 << 400 << 10 << 5000LL << L::New
                << u"New — first purchase 400 day(s) ago"_s;
        QTest::newRow("two purchases long ago, contact recent")
                << 2 << 500 << 400 << 10 << 5000LL << L::Returning
                << u"Returning — 2 purchase(s), last 400 day(s) ago"_s;
        QTest::newRow("contact exactly M days ago, purchases older")
                << 2 << 900 << 800 << 365 << 5000LL << L::Inactive
                << u"Inactive — no purchase or contact for 365 day(s)"_s;
        QTest::newRow("contact M-1 days ago, purchases older")
                << 2 << 900 << 800 << 364 << 5000LL << L::Returning
                << u"Returning — 2 purchase(s), last 800 day(s) ago"_s;
        QTest::newRow("contact older than the last purchase counts for nothing")
                << 2 << 900 << 400 << 700 << 5000LL << L::Inactive
                << u"Inactive — no purchase or contact for 400 day(s)"_s;
        QTest::newRow("five purchases, last 12 days ago")
                << 5 << 300 << 12 << 1 << 600000LL << L::Returning
                << u"Returning — 5 purchase(s), last 12 day(s) ago"_s;
        QTest::newRow("everything refunded: still bought")
                << 1 << 5 << 5 << -1 << 0LL << L::New << u"New — first purchase 5 day(s) ago"_s;
    }

    void lifecycle()
    {
        QFETCH(int, purchases);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(int, contact);
        QFETCH(qint64, netSpend);
        QFETCH(Lifecycle, lifecycle);
        QFETCH(QString, explanation);

        const ClassificationResult r
                = Classification::classify(facts(purchases, first, last, contact, netSpend),
                                           ClassificationRules {},
                                           today);
        QCOMPARE(r.lifecycle, lifecycle);
        QCOMPARE(r.explanation, explanation);
        // Potential customers have no tier; everybody who bought has one.
        QCOMPARE(r.tier == ValueTier::Unrated, lifecycle == Lifecycle::Potential);
    }

    void tier_data()
    {
        QTest::addColumn<int>("purchases");
        QTest::addColumn<int>("last"); // days ago
        QTest::addColumn<qint64>("netSpend");
        QTest::addColumn<ValueTier>("tier");

        using T = ValueTier;
        // frequency + recency + monetary scores in the row names.
        QTest::newRow("3+3+3 = 9: high") << 5 << 30 << 500000LL << T::High;
        QTest::newRow("3+2+3 = 8: 31 days scores 2") << 5 << 31 << 500000LL << T::High;
        QTest::newRow("2+3+2 = 7: 30 days scores 3, high") << 4 << 30 << 100000LL << T::High;
        QTest::newRow("2+2+2 = 6: 31 days, medium") << 4 << 31 << 100000LL << T::Medium;
        QTest::newRow("3+1+3 = 7: high from score 7") << 5 << 181 << 500000LL << T::High;
        QTest::newRow("2+1+3 = 6: 4 purchases score 2") << 4 << 181 << 500000LL << T::Medium;
        QTest::newRow("3+1+2 = 6: 4,999.99 scores 2") << 5 << 181 << 499999LL << T::Medium;
        QTest::newRow("2+1+2 = 5: medium from score 5") << 2 << 181 << 100000LL << T::Medium;
        QTest::newRow("2+1+1 = 4: 999.99 scores 1, low") << 2 << 181 << 99999LL << T::Low;
        QTest::newRow("2+2+1 = 5: 180 days scores 2") << 2 << 180 << 99999LL << T::Medium;
        QTest::newRow("1+1+2 = 4: one purchase scores 1") << 1 << 181 << 100000LL << T::Low;
        QTest::newRow("1+1+1 = 3: lowest") << 1 << 300 << 0LL << T::Low;
    }

    void tier()
    {
        QFETCH(int, purchases);
        QFETCH(int, last);
        QFETCH(qint64, netSpend);
        QFETCH(ValueTier, tier);
        // The first purchase long ago: the tier does not depend on it.
        const ClassificationResult r
                = Classification::classify(facts(purchases, 600, last, -1, netSpend),
                                           ClassificationRules {},
                                           today);
        QCOMPARE(r.tier, tier);
    }

    void inactiveCustomersKeepTheirTier()
    {
        const ClassificationResult r = Classification::classify(facts(6, 900, 400, -1, 900000),
                                                                ClassificationRules {},
                                                                today);
        QCOMPARE(r.lifecycle, Lifecycle::Inactive);
        // frequency 3 + recency 1 + monetary 3
        QCOMPARE(r.tier, ValueTier::High);
    }

    void theRulesDecide()
    {
        ClassificationRules rules;
        rules.newWithinDays = 10;
        rules.inactiveAfterDays = 30;
        rules.highScore = 9;
        rules.mediumScore = 9;
        const CustomerFacts twoPurchases = facts(2, 20, 5, -1, 500000);
        ClassificationResult r = Classification::classify(twoPurchases, rules, today);
        QCOMPARE(r.lifecycle, Lifecycle::Returning);
        QCOMPARE(r.tier, ValueTier::Low); // 2 + 3 + 3 = 8 < 9
        QCOMPARE(Classification::classify(twoPurchases, ClassificationRules {}, today).lifecycle,
                 Lifecycle::New);
        r = Classification::classify(facts(2, 40, 30, -1, 500000), rules, today);
        QCOMPARE(r.lifecycle, Lifecycle::Inactive);
        QCOMPARE(r.explanation, u"Inactive — no purchase or contact for 30 day(s)"_s);
    }

    void todayMovesTheBoundaries()
    {
        const CustomerFacts f = facts(1, 364, 364, -1, 5000);
        QCOMPARE(Classification::classify(f, ClassificationRules {}, today).lifecycle,
                 Lifecycle::New);
        QCOMPARE(Classification::classify(f, ClassificationRules {}, today.addDays(1)).lifecycle,
                 Lifecycle::Inactive);
    }

    // reclassifyAll reads a million stored times as local dates its own fast way: it must agree
    // with QDateTime everywhere, around midnight and time-zone transitions included.
    void localDates_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char *zone : {"UTC",
                                 "Asia/Shanghai",
                                 "America/New_York",
                                 "Australia/Lord_Howe", // half-hour transitions
                                 "Asia/Kathmandu", // +05:45
                                 "America/St_Johns"}) // -03:30, transitions at 02:00 local
            QTest::newRow(zone) << QByteArray(zone);
    }

    void localDates()
    {
        QFETCH(QByteArray, zone);
        const QByteArray before = qgetenv("TZ");
        qputenv("TZ", zone);
        tzset();
        ClassificationStore::LocalDates localDate;
        int compared = 0;
        int shifted = 0; // local date differs from the UTC date
        // Every 7 min 13.5 s through 2024 (a leap year, with every transition of these zones).
        for (QDateTime t(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
             t < QDateTime(QDate(2025, 1, 2), QTime(0, 0), Qt::UTC);
             t = t.addMSecs(433500)) {
            const QDate expected = t.toLocalTime().date();
            const QDate got = localDate(StoredTime::fromDateTime(t));
            if (got != expected) {
                QCOMPARE(got, expected); // fails, naming the dates
                return;
            }
            ++compared;
            shifted += expected != t.date();
        }
        QVERIFY(compared > 70000);
        QCOMPARE(shifted > 0, zone != "UTC");
        // Text not written by StoredTime: read as StoredTime reads it, or not at all.
        for (const QString &text : {u"2024-07-01T23:30:00Z"_s, u"2024-07-01T23:30:00+08:00"_s})
            QCOMPARE(localDate(text), StoredTime::toDateTime(text).toLocalTime().date());
        QCOMPARE(localDate(u"2024-02-30T10:00:00.000Z"_s), QDate());
        QCOMPARE(localDate(u"yesterday"_s), QDate());
        QCOMPARE(localDate(QVariant()), QDate());
        if (before.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", before);
        tzset();
    }
};

QTEST_GUILESS_MAIN(tst_Classification)
#include "tst_classification.moc"
