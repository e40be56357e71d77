#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "core/HistorySqlFixtures.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerRepository.h"
#include "history/CustomerFigures.h"

using namespace Qt::StringLiterals;
using namespace SecurityFixtures;

// The profile header's figures, on hand-built history: spend net of refunds, the average order
// rounded, first and last purchase, last contact, open requests, and the classification.

namespace {

const QDate today(2025, 6, 15);

QDateTime daysAgo(int days, int hour = 10)
{
    return QDateTime(today.addDays(-days), QTime(hour, 0)).toUTC();
}

} // namespace

class tst_CustomerFigures : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;

    qint64 newCustomer(const QString &name)
    {
        CustomerRepository repo(*m_db);
        const Result<Customer> c = repo.create(Fixtures::alice(), Fixtures::person(name));
        return c ? c->id : 0;
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

    void figuresOfAHistory()
    {
        const Database &db = *m_db;
        const qint64 id = newCustomer(u"王芳"_s);
        const qint64 other = newCustomer(u"李娜"_s);
        QVERIFY(id && other);
        // Three purchases: 600.00 partly refunded twice (100.00 + 50.00), 250.01, 0.99 refunded
        // whole. Net: 450.00 + 250.01 + 0 = 700.01; average 233.3366... -> 233.34.
        const qint64 first = HistorySql::purchase(db, id, daysAgo(200), 60000, u"空调"_s, 2);
        QVERIFY(HistorySql::purchaseReturn(db, first, id, daysAgo(190), 10000));
        QVERIFY(HistorySql::purchaseReturn(db, first, id, daysAgo(180), 5000, u"other"_s));
        QVERIFY(HistorySql::purchase(db, id, daysAgo(20), 25001));
        const qint64 small = HistorySql::purchase(db, id, daysAgo(12, 23), 99);
        QVERIFY(HistorySql::purchaseReturn(db, small, id, daysAgo(11), 99));
        QVERIFY(HistorySql::interaction(db, id, daysAgo(30)));
        QVERIFY(HistorySql::interaction(db, id, daysAgo(5, 8)));
        QVERIFY(HistorySql::interaction(db, id, daysAgo(40)));
        QVERIFY(HistorySql::request(db, id, daysAgo(50), u"安装"_s));
        QVERIFY(HistorySql::request(db, id, daysAgo(40), u"维修"_s));
        QVERIFY(HistorySql::request(db, id, daysAgo(60), u"退换"_s, daysAgo(55)));
        // Somebody else's history counts for nothing here.
        QVERIFY(HistorySql::purchase(db, other, daysAgo(1), 999999));
        QVERIFY(HistorySql::interaction(db, other, daysAgo(0)));
        QVERIFY(HistorySql::request(db, other, daysAgo(1), u"别人的"_s));

        const Result<CustomerFigures> f = CustomerFigures::read(*m_db, Fixtures::alice(), id, today);
        VERIFY_OK(f);
        QCOMPARE(f->purchases, 3);
        QCOMPARE(f->netSpend, 70001);
        QCOMPARE(f->averageOrder, 23334);
        QCOMPARE(f->firstPurchase, daysAgo(200));
        QCOMPARE(f->lastPurchase, daysAgo(12, 23));
        QCOMPARE(f->lastContact, daysAgo(5, 8));
        QCOMPARE(f->openRequests, 2);
        // 3 purchases, the first 200 days ago: returning; recency 12 days (3) + frequency 3 (2)
        // + 700.01 (1) = 6: medium.
        QCOMPARE(f->classification.lifecycle, Lifecycle::Returning);
        QCOMPARE(f->classification.tier, ValueTier::Medium);
        QCOMPARE(f->classification.explanation, u"Returning — 3 purchase(s), last 12 day(s) ago"_s);
    }

    void averageRoundsHalfUp()
    {
        const qint64 id = newCustomer(u"王芳"_s);
        // 60.00 refunded 10.00, plus 50.01: 100.01 over two purchases is 50.005 -> 50.01.
        const qint64 p = HistorySql::purchase(*m_db, id, daysAgo(3), 6000);
        QVERIFY(HistorySql::purchaseReturn(*m_db, p, id, daysAgo(2), 1000));
        QVERIFY(HistorySql::purchase(*m_db, id, daysAgo(1), 5001));
        const Result<CustomerFigures> f = CustomerFigures::read(*m_db, Fixtures::alice(), id, today);
        VERIFY_OK(f);
        QCOMPARE(f->netSpend, 10001);
        QCOMPARE(f->averageOrder, 5001);
        QCOMPARE(f->classification.lifecycle, Lifecycle::New);
    }

    void noHistory()
    {
        const qint64 id = newCustomer(u"王芳"_s);
        QVERIFY(HistorySql::request(*m_db, id, daysAgo(3), u"咨询"_s, daysAgo(2)));
        const Result<CustomerFigures> f = CustomerFigures::read(*m_db, frontDesk(), id, today);
        VERIFY_OK(f);
        QCOMPARE(f->purchases, 0);
        QCOMPARE(f->netSpend, 0);
        QCOMPARE(f->averageOrder, 0);
        QVERIFY(!f->firstPurchase.isValid());
        QVERIFY(!f->lastPurchase.isValid());
        QVERIFY(!f->lastContact.isValid());
        QCOMPARE(f->openRequests, 0);
        QCOMPARE(f->classification.lifecycle, Lifecycle::Potential);
        QCOMPARE(f->classification.tier, ValueTier::Unrated);
        QCOMPARE(f->classification.explanation, u"Potential — never bought"_s);
    }

    void theStoredRulesApply()
    {
        const qint64 id = newCustomer(u"王芳"_s);
        QVERIFY(HistorySql::purchase(*m_db, id, daysAgo(100), 1000));
        QVERIFY(HistorySql::purchase(*m_db, id, daysAgo(50), 1000));
        QCOMPARE(CustomerFigures::read(*m_db, Fixtures::alice(), id, today)->classification.lifecycle,
                 Lifecycle::Returning);
        ClassificationRules rules;
        rules.newWithinDays = 120;
        VERIFY_OK(Classification::setRules(*m_db, admin(), rules));
        QCOMPARE(CustomerFigures::read(*m_db, Fixtures::alice(), id, today)->classification.lifecycle,
                 Lifecycle::New);
    }

    void refusals()
    {
        const qint64 id = newCustomer(u"王芳"_s);
        Result<CustomerFigures> f = CustomerFigures::read(*m_db, nobody(), id, today);
        QVERIFY(!f);
        QCOMPARE(f.error().code, Error::Code::Permission);
        f = CustomerFigures::read(*m_db, Fixtures::alice(), id + 1000, today);
        QVERIFY(!f);
        QCOMPARE(f.error().code, Error::Code::NotFound);
        QVERIFY(!f.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CustomerFigures)
#include "tst_customerfigures.moc"
