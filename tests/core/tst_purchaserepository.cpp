#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/CustomerFixtures.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerEraser.h"
#include "customers/CustomerRepository.h"
#include "followups/FollowUpRules.h"
#include "history/ChoiceLists.h"
#include "history/HistoryLabels.h"
#include "history/PurchaseRepository.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace Fixtures;
using SecurityFixtures::rowCount;

namespace {

QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, 0), Qt::UTC);
}

Purchase purchaseOf(qint64 customerId,
                    const QDateTime &when = at(3, 1),
                    qint64 quantity = 2,
                    qint64 unitPrice = 5000)
{
    Purchase p;
    p.customerId = customerId;
    p.purchasedAt = when;
    p.product = u"龙井茶 250g"_s;
    p.category = u"茶叶"_s;
    p.quantity = quantity;
    p.unitPrice = unitPrice;
    p.paymentMethod = u"wechat_pay"_s;
    p.channel = u"门店"_s;
    p.notes = u""_s;
    return p;
}

PurchaseReturn returnOf(qint64 purchaseId, qint64 refunded, const QDateTime &when = at(3, 5))
{
    PurchaseReturn r;
    r.purchaseId = purchaseId;
    r.returnedAt = when;
    r.reason = u"quality"_s;
    r.refunded = refunded;
    r.notes = u""_s;
    return r;
}

// What a refused write must leave behind: the same rows, the same audit trail.
struct Counts
{
    int purchases, returns, audit;
    bool operator==(const Counts &) const = default;
};

char *toString(const Counts &c)
{
    const QByteArray text = QByteArray::number(c.purchases) + " purchases, "
                            + QByteArray::number(c.returns) + " returns, "
                            + QByteArray::number(c.audit) + " audit entries";
    return qstrdup(text.constData());
}

} // namespace

class tst_PurchaseRepository : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PurchaseRepository> m_repo;
    Customer m_customer;

    Counts counts() const
    {
        return {rowCount(*m_db, u"purchases"_s),
                rowCount(*m_db, u"purchase_returns"_s),
                rowCount(*m_db, u"audit_log"_s)};
    }

    Customer newCustomer(const QString &name)
    {
        const Result<Customer> c = CustomerRepository(*m_db).create(alice(), person(name));
        if (!c)
            qWarning("customer: %s", qPrintable(c.error().message));
        return c ? c.value() : Customer {};
    }

    Purchase create(const Purchase &p)
    {
        const Result<Purchase> r = m_repo->create(alice(), p);
        if (!r)
            qWarning("create failed: %s", qPrintable(r.error().message));
        return r ? r.value() : Purchase {};
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_repo = std::make_unique<PurchaseRepository>(*m_db);
        m_customer = newCustomer(u"王芳"_s);
        QVERIFY(m_customer.id > 0);
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void createAndGet()
    {
        Purchase p = purchaseOf(m_customer.id, QDateTime(QDate(2025, 3, 1), QTime(8, 30, 15, 250)));
        p.product = u"  龙井茶   250g "_s;
        p.notes = u" 送礼用 "_s;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Result<Purchase> created = m_repo->create(alice(), p);
        VERIFY_OK(created);
        QVERIFY(created->id > 0);

        const Result<Purchase> got = m_repo->get(SecurityFixtures::frontDesk(), created->id);
        VERIFY_OK(got);
        const Purchase &s = got.value();
        QCOMPARE(s.id, created->id);
        QCOMPARE(s.customerId, m_customer.id);
        QCOMPARE(s.purchasedAt, p.purchasedAt.toUTC());
        QCOMPARE(s.purchasedAt.timeSpec(), Qt::UTC);
        QCOMPARE(s.product, u"龙井茶 250g"_s);
        QCOMPARE(s.category, u"茶叶"_s);
        QCOMPARE(s.quantity, 2LL);
        QCOMPARE(s.unitPrice, 5000LL);
        QCOMPARE(s.amount, 10000LL); // amount 0: quantity × unit price
        QCOMPARE(s.refunded, 0LL);
        QCOMPARE(s.refundable(), 10000LL);
        QCOMPARE(s.paymentMethod, u"wechat_pay"_s);
        QCOMPARE(s.channel, u"门店"_s);
        QCOMPARE(s.notes, u"送礼用"_s);
        QCOMPARE(s.createdBy, u"alice"_s);
        QCOMPARE(s.updatedBy, u"alice"_s);
        QVERIFY(s.createdAt >= before && s.createdAt <= before.addSecs(60));
        QCOMPARE(s.version, 1);

        const Result<Purchase> missing = m_repo->get(alice(), s.id + 100);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    // The rule "after a purchase": a return visit three days after the day it was made, for
    // the seller; planned once, not again when the purchase is corrected.
    void addingAPurchasePlansItsReturnVisit()
    {
        const Purchase p = create(purchaseOf(m_customer.id, at(3, 1)));
        QVERIFY(p.id > 0);
        const auto plannedFor = [&](qint64 purchaseId) {
            return SecurityFixtures::scalar(*m_db,
                                            u"SELECT due_on || ' ' || assignee || ' ' || rule"
                                            " FROM follow_ups WHERE purchase_id = ?"_s,
                                            {purchaseId})
                    .toString();
        };
        const QDate due = at(3, 1).toLocalTime().date().addDays(3);
        QCOMPARE(plannedFor(p.id), due.toString(Qt::ISODate) + u" alice after_purchase"_s);
        QCOMPARE(SecurityFixtures::scalar(*m_db, u"SELECT purpose FROM follow_ups"_s).toString(),
                 u"Return visit after the purchase of 龙井茶 250g"_s);
        QCOMPARE(SecurityFixtures::scalar(*m_db,
                                          u"SELECT count(*) FROM audit_log WHERE"
                                          " entity = 'follow_up' AND action = 'create'"_s)
                         .toInt(),
                 1);

        Purchase edited = p;
        edited.notes = u"改了备注"_s;
        VERIFY_OK(m_repo->update(alice(), edited));
        QCOMPARE(rowCount(*m_db, u"follow_ups"_s), 1);

        // Switched off by an admin: nothing planned.
        FollowUpRules rules;
        rules.afterPurchase.enabled = false;
        VERIFY_OK(FollowUpRules::save(*m_db, SecurityFixtures::admin(), rules));
        const Purchase quiet = create(purchaseOf(m_customer.id, at(3, 2)));
        QVERIFY(quiet.id > 0);
        QCOMPARE(rowCount(*m_db, u"follow_ups"_s), 1);
    }

    // A discount: the amount entered is kept even when it differs from quantity × price.
    void explicitAmountIsKept()
    {
        Purchase p = purchaseOf(m_customer.id, at(3, 1), 3, 10000);
        p.amount = 25000;
        QCOMPARE(create(p).amount, 25000LL);
        // Free of charge: a price of 0 gives an amount of 0.
        QCOMPARE(create(purchaseOf(m_customer.id, at(3, 2), 1, 0)).amount, 0LL);
    }

    // Archiving is not erasing: an archived customer's history can still be recorded.
    void archivedCustomerAccepted()
    {
        VERIFY_OK(CustomerRepository(*m_db).archive(alice(), m_customer.id, m_customer.version));
        VERIFY_OK(m_repo->create(alice(), purchaseOf(m_customer.id)));
    }

    // 25 purchases, three to a timestamp, entered out of order: pages of 10 give each once,
    // newest first, ties newest id first, and another customer's purchases never.
    void pagesNewestFirst()
    {
        const Customer other = newCustomer(u"李娜"_s);
        QList<int> hours(25);
        std::iota(hours.begin(), hours.end(), 0);
        std::reverse(hours.begin() + 5, hours.end() - 5);
        QList<Purchase> created;
        for (int i : std::as_const(hours)) {
            created.append(create(purchaseOf(m_customer.id, at(4, 1 + i / 3, 9))));
            create(purchaseOf(other.id, at(4, 1 + i / 3, 9)));
        }
        QList<Purchase> expected = created;
        std::sort(expected.begin(), expected.end(), [](const Purchase &a, const Purchase &b) {
            return a.purchasedAt != b.purchasedAt ? a.purchasedAt > b.purchasedAt : a.id > b.id;
        });

        QList<qint64> seen;
        QList<int> sizes;
        HistoryCursor cursor;
        for (int guard = 0; guard < 10; ++guard) {
            const Result<HistoryPage<Purchase>> page = m_repo->forCustomer(alice(),
                                                                           m_customer.id,
                                                                           cursor,
                                                                           10);
            VERIFY_OK(page);
            sizes.append(int(page->rows.size()));
            for (const Purchase &p : page->rows) {
                QCOMPARE(p.customerId, m_customer.id);
                seen.append(p.id);
            }
            if (page->atEnd)
                break;
            cursor = page->next;
        }
        QCOMPARE(sizes, (QList<int> {10, 10, 5}));
        QList<qint64> expectedIds;
        for (const Purchase &p : std::as_const(expected))
            expectedIds.append(p.id);
        QCOMPARE(seen, expectedIds);
        QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 25);

        // Exactly a page left: the page after it is empty and at the end.
        const Result<HistoryPage<Purchase>> twenty = m_repo->forCustomer(alice(),
                                                                         m_customer.id,
                                                                         {},
                                                                         25);
        VERIFY_OK(twenty);
        QVERIFY(twenty->atEnd);
        QCOMPARE(twenty->rows.size(), 25);
        const Result<HistoryPage<Purchase>> none = m_repo->forCustomer(alice(), 999999);
        VERIFY_OK(none);
        QVERIFY(none->rows.isEmpty());
        QVERIFY(none->atEnd);
    }

    void badInputRefused_data()
    {
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<qint64>("unitPrice");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("payment");
        QTest::addColumn<int>("daysAhead"); // purchase time from now; 0: a fixed past date
        QTest::addColumn<QString>("field");

        const QString tea = u"茶叶"_s;
        const QString cash = u"cash"_s;
        const qint64 max = PurchaseRepository::MaxAmount;
        QTest::newRow("zero quantity") << 0LL << 100LL << 0LL << tea << cash << 0 << u"quantity"_s;
        QTest::newRow("negative quantity")
                << -3LL << 100LL << 0LL << tea << cash << 0 << u"quantity"_s;
        QTest::newRow("quantity over the limit") << PurchaseRepository::MaxQuantity + 1 << 100LL
                                                 << 0LL << tea << cash << 0 << u"quantity"_s;
        QTest::newRow("negative price")
                << 1LL << -100LL << 0LL << tea << cash << 0 << u"unit_price"_s;
        QTest::newRow("price beyond 64 bits when multiplied")
                << 2LL << std::numeric_limits<qint64>::max() << 0LL << tea << cash << 0
                << u"unit_price"_s;
        QTest::newRow("quantity x price overflows the limit")
                << 1000000LL << 1000000000000LL << 0LL << tea << cash << 0 << u"amount"_s;
        QTest::newRow("overflow with an amount entered")
                << 1000000LL << 1000000000000LL << 500LL << tea << cash << 0 << u"amount"_s;
        QTest::newRow("negative amount") << 1LL << 100LL << -1LL << tea << cash << 0 << u"amount"_s;
        QTest::newRow("amount over the limit")
                << 1LL << 100LL << max + 1 << tea << cash << 0 << u"amount"_s;
        QTest::newRow("empty product")
                << 1LL << 100LL << 0LL << u" \t "_s << cash << 0 << u"product"_s;
        QTest::newRow("unknown payment method")
                << 1LL << 100LL << 0LL << tea << u"bitcoin"_s << 0 << u"payment_method"_s;
        QTest::newRow("no payment method")
                << 1LL << 100LL << 0LL << tea << u""_s << 0 << u"payment_method"_s;
        QTest::newRow("three days ahead")
                << 1LL << 100LL << 0LL << tea << cash << 3 << u"purchased_at"_s;
        QTest::newRow("no date") << 1LL << 100LL << 0LL << tea << cash << -1 << u"purchased_at"_s;
    }

    void badInputRefused()
    {
        QFETCH(qint64, quantity);
        QFETCH(qint64, unitPrice);
        QFETCH(qint64, amount);
        QFETCH(QString, product);
        QFETCH(QString, payment);
        QFETCH(int, daysAhead);
        QFETCH(QString, field);

        Purchase p = purchaseOf(m_customer.id, at(3, 1), quantity, unitPrice);
        p.amount = amount;
        p.product = product;
        p.paymentMethod = payment;
        if (daysAhead > 0)
            p.purchasedAt = QDateTime::currentDateTimeUtc().addDays(daysAhead);
        else if (daysAhead < 0)
            p.purchasedAt = QDateTime();
        const Counts before = counts();
        const Result<Purchase> r = m_repo->create(alice(), p);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QVERIFY2(r.error().fieldErrors.contains(field),
                 qPrintable(r.error().fieldErrors.keys().join(u", "_s)));
        QCOMPARE(r.error().fieldErrors.size(), 1);
        QCOMPARE(r.error().message, r.error().fieldErrors.value(field));
        QCOMPARE(counts(), before);
    }

    // Several problems at once: each field keeps its own message.
    void everyProblemReported()
    {
        Purchase p = purchaseOf(m_customer.id, at(3, 1), 0, -1);
        p.product = u""_s;
        const Result<Purchase> r = m_repo->create(alice(), p);
        QVERIFY(!r);
        QCOMPARE(sorted(r.error().fieldErrors.keys()),
                 (QStringList {u"product"_s, u"quantity"_s, u"unit_price"_s}));
    }

    void unknownCustomerRefused()
    {
        const Counts before = counts();
        const Result<Purchase> r = m_repo->create(alice(), purchaseOf(m_customer.id + 100));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::NotFound);
        QCOMPARE(counts(), before);
    }

    void erasedCustomerRefused()
    {
        const Purchase p = create(purchaseOf(m_customer.id));
        VERIFY_OK(CustomerEraser::erase(*m_db, alice(), m_customer.id, m_customer.version));
        const Counts before = counts();

        const Result<Purchase> r = m_repo->create(alice(), purchaseOf(m_customer.id));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QVERIFY(r.error().fieldErrors.contains(u"customer"_s));
        const Result<PurchaseReturn> ret = m_repo->addReturn(alice(), returnOf(p.id, 100));
        QVERIFY(!ret);
        QCOMPARE(ret.error().code, Error::Code::Invalid);
        Purchase edited = p;
        edited.notes = u"new notes"_s;
        QCOMPARE(m_repo->update(alice(), edited).error().code, Error::Code::Invalid);
        QCOMPARE(counts(), before);
    }

    // A method retired after a purchase was saved: refused for new purchases, kept on the old.
    void retiredPaymentMethod()
    {
        const Purchase old = create(purchaseOf(m_customer.id));
        VERIFY_OK(ChoiceLists(*m_db).setRetired(alice(),
                                                ChoiceLists::PaymentMethod,
                                                u"wechat_pay"_s,
                                                true));
        const Result<Purchase> fresh = m_repo->create(alice(), purchaseOf(m_customer.id));
        QVERIFY(!fresh);
        QVERIFY(fresh.error().fieldErrors.contains(u"payment_method"_s));

        Purchase edited = old;
        edited.quantity = 3;
        const Result<Purchase> updated = m_repo->update(alice(), edited);
        VERIFY_OK(updated);
        QCOMPARE(updated->paymentMethod, u"wechat_pay"_s);
        QCOMPARE(updated->amount, 10000LL); // an amount entered stays as it was
    }

    void refundLimitCountsEarlierRefunds()
    {
        Purchase p = purchaseOf(m_customer.id, at(3, 1), 1, 30000); // ¥300.00
        p = create(p);
        const Result<PurchaseReturn> first = m_repo->addReturn(alice(), returnOf(p.id, 10000));
        VERIFY_OK(first);
        QCOMPARE(first->customerId, m_customer.id);
        QCOMPARE(first->refunded, 10000LL);
        QCOMPARE(first->reason, u"quality"_s);
        QCOMPARE(first->createdBy, u"alice"_s);
        VERIFY_OK(m_repo->addReturn(bob(), returnOf(p.id, 10000, at(3, 6))));

        Result<Purchase> stored = m_repo->get(alice(), p.id);
        VERIFY_OK(stored);
        QCOMPARE(stored->refunded, 20000LL);
        QCOMPARE(stored->refundable(), 10000LL);
        QCOMPARE(stored->version, 3);
        QCOMPARE(stored->updatedBy, u"bob"_s);

        const Counts before = counts();
        const Result<PurchaseReturn> third = m_repo->addReturn(alice(), returnOf(p.id, 12000));
        QVERIFY(!third);
        QCOMPARE(third.error().code, Error::Code::Invalid);
        QVERIFY(third.error().fieldErrors.contains(u"refunded"_s));
        const QString message = third.error().message;
        for (qint64 amount : {12000, 10000, 30000})
            QVERIFY2(message.contains(HistoryLabels::money(amount)), qPrintable(message));
        QCOMPARE(message,
                 u"The refund %1 exceeds what is left to refund on this purchase (%2 of %3)."_s
                         .arg(HistoryLabels::money(12000),
                              HistoryLabels::money(10000),
                              HistoryLabels::money(30000)));
        QCOMPARE(counts(), before);
        QCOMPARE(m_repo->get(alice(), p.id)->refunded, 20000LL);

        // Exactly what is left: refunded in full; then nothing more.
        VERIFY_OK(m_repo->addReturn(alice(), returnOf(p.id, 10000)));
        QCOMPARE(m_repo->get(alice(), p.id)->refundable(), 0LL);
        QVERIFY(!m_repo->addReturn(alice(), returnOf(p.id, 1)));

        const Result<QList<PurchaseReturn>> returns = m_repo->returnsOf(alice(), p.id);
        VERIFY_OK(returns);
        QCOMPARE(returns->size(), 3);
        qint64 sum = 0;
        for (const PurchaseReturn &r : returns.value()) {
            QCOMPARE(r.purchaseId, p.id);
            sum += r.refunded;
        }
        QCOMPARE(sum, 30000LL);
        QCOMPARE(returns->at(0).returnedAt, at(3, 5));
    }

    void badReturnRefused_data()
    {
        QTest::addColumn<qint64>("refunded");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("field");
        QTest::newRow("before the purchase")
                << 100LL << at(2, 28) << u"quality"_s << u"returned_at"_s;
        QTest::newRow("no date") << 100LL << QDateTime() << u"quality"_s << u"returned_at"_s;
        QTest::newRow("unknown reason") << 100LL << at(3, 2) << u"bored"_s << u"reason"_s;
        QTest::newRow("no reason") << 100LL << at(3, 2) << u""_s << u"reason"_s;
        QTest::newRow("nothing refunded") << 0LL << at(3, 2) << u"quality"_s << u"refunded"_s;
        QTest::newRow("negative refund") << -100LL << at(3, 2) << u"quality"_s << u"refunded"_s;
        QTest::newRow("huge refund")
                << std::numeric_limits<qint64>::max() << at(3, 2) << u"quality"_s << u"refunded"_s;
    }

    void badReturnRefused()
    {
        QFETCH(qint64, refunded);
        QFETCH(QDateTime, when);
        QFETCH(QString, reason);
        QFETCH(QString, field);
        const Purchase p = create(purchaseOf(m_customer.id, at(3, 1)));
        const Counts before = counts();
        PurchaseReturn r = returnOf(p.id, refunded, when);
        r.reason = reason;
        const Result<PurchaseReturn> refused = m_repo->addReturn(alice(), r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QCOMPARE(refused.error().fieldErrors.keys(), QStringList {field});
        QCOMPARE(counts(), before);
        const Result<Purchase> stored = m_repo->get(alice(), p.id);
        QCOMPARE(stored->refunded, 0LL);
        QCOMPARE(stored->version, 1);
    }

    void returnOfUnknownPurchase()
    {
        const Counts before = counts();
        const Result<PurchaseReturn> r = m_repo->addReturn(alice(), returnOf(4242, 100));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::NotFound);
        QCOMPARE(counts(), before);
        QCOMPARE(m_repo->returnsOf(alice(), 4242).error().code, Error::Code::NotFound);
    }

    void updateSavesAndAudits()
    {
        const Purchase p = create(purchaseOf(m_customer.id));
        Purchase edited = p;
        edited.product = u"碧螺春 250g"_s;
        edited.quantity = 3;
        edited.amount = 0; // recomputed: 3 × 50.00
        const Result<Purchase> updated = m_repo->update(bob(), edited);
        VERIFY_OK(updated);
        QCOMPARE(updated->product, u"碧螺春 250g"_s);
        QCOMPARE(updated->amount, 15000LL);
        QCOMPARE(updated->version, 2);
        QCOMPARE(updated->updatedBy, u"bob"_s);
        QCOMPARE(updated->createdBy, u"alice"_s);

        const Result<QList<AuditEntry>> trail = AuditLog::forEntity(*m_db,
                                                                    alice(),
                                                                    u"purchase"_s,
                                                                    p.id);
        VERIFY_OK(trail);
        QCOMPARE(trail->size(), 2);
        QCOMPARE(trail->at(0).action, AuditLog::Create);
        QCOMPARE(trail->at(0).user, u"alice"_s);
        QCOMPARE(trail->at(0).details.value(u"product"_s).toString(), u"龙井茶 250g"_s);
        QCOMPARE(trail->at(0).details.value(u"amount"_s).toInteger(), 10000LL);
        QCOMPARE(trail->at(0).details.value(u"customer_id"_s).toInteger(), m_customer.id);
        const AuditEntry &change = trail->at(1);
        QCOMPARE(change.action, AuditLog::Update);
        QCOMPARE(change.user, u"bob"_s);
        QCOMPARE(sorted(change.details.keys()),
                 (QStringList {u"amount"_s, u"product"_s, u"quantity"_s}));
        const QJsonObject amount = change.details.value(u"amount"_s).toObject();
        QCOMPARE(amount.value(u"before"_s).toInteger(), 10000LL);
        QCOMPARE(amount.value(u"after"_s).toInteger(), 15000LL);
    }

    void returnAudited()
    {
        const Purchase p = create(purchaseOf(m_customer.id));
        const Result<PurchaseReturn> r = m_repo->addReturn(alice(), returnOf(p.id, 2500));
        VERIFY_OK(r);
        const Result<QList<AuditEntry>> trail = AuditLog::forEntity(*m_db,
                                                                    alice(),
                                                                    u"purchase_return"_s,
                                                                    r->id);
        VERIFY_OK(trail);
        QCOMPARE(trail->size(), 1);
        QCOMPARE(trail->at(0).action, AuditLog::Create);
        QCOMPARE(trail->at(0).details.value(u"purchase_id"_s).toInteger(), p.id);
        QCOMPARE(trail->at(0).details.value(u"refunded"_s).toInteger(), 2500LL);
        QCOMPARE(trail->at(0).details.value(u"reason"_s).toString(), u"quality"_s);
    }

    void staleUpdateConflicts()
    {
        const Purchase p = create(purchaseOf(m_customer.id));
        Purchase mine = p;
        Purchase theirs = p;
        theirs.notes = u"客户要求开发票"_s;
        VERIFY_OK(m_repo->update(bob(), theirs));

        const Counts before = counts();
        mine.quantity = 5;
        const Result<Purchase> r = m_repo->update(alice(), mine);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QVERIFY2(r.error().message.contains(u"bob"_s), qPrintable(r.error().message));
        QCOMPARE(counts(), before);
        const Result<Purchase> stored = m_repo->get(alice(), p.id);
        QCOMPARE(stored->quantity, 2LL);
        QCOMPARE(stored->notes, u"客户要求开发票"_s);
        QCOMPARE(stored->version, 2);

        // A refund also moves the version on: an edit opened before it is stale.
        const Purchase opened = stored.value();
        VERIFY_OK(m_repo->addReturn(bob(), returnOf(p.id, 100)));
        QCOMPARE(m_repo->update(alice(), opened).error().code, Error::Code::Conflict);
    }

    void updateBelowRefundRefused()
    {
        const Purchase p = create(purchaseOf(m_customer.id, at(3, 1), 1, 30000));
        VERIFY_OK(m_repo->addReturn(alice(), returnOf(p.id, 20000)));
        Purchase edited = m_repo->get(alice(), p.id).value();
        const Counts before = counts();
        edited.amount = 15000;
        const Result<Purchase> r = m_repo->update(alice(), edited);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(r.error().fieldErrors.keys(), QStringList {u"amount"_s});
        QVERIFY(r.error().message.contains(HistoryLabels::money(20000)));
        QCOMPARE(counts(), before);

        // Down to what was refunded is fine.
        edited.amount = 20000;
        VERIFY_OK(m_repo->update(alice(), edited));
    }

    // A return cannot end up dated before its purchase by moving the purchase later.
    void purchaseDateNotAfterItsReturns()
    {
        const Purchase p = create(purchaseOf(m_customer.id, at(3, 1)));
        VERIFY_OK(m_repo->addReturn(alice(), returnOf(p.id, 100, at(3, 5))));
        Purchase edited = m_repo->get(alice(), p.id).value();
        edited.purchasedAt = at(3, 6);
        const Result<Purchase> r = m_repo->update(alice(), edited);
        QVERIFY(!r);
        QCOMPARE(r.error().fieldErrors.keys(), QStringList {u"purchased_at"_s});
        edited.purchasedAt = at(3, 5);
        VERIFY_OK(m_repo->update(alice(), edited));
    }

    void updateOfUnsavedOrMissing()
    {
        QCOMPARE(m_repo->update(alice(), purchaseOf(m_customer.id)).error().code,
                 Error::Code::NotFound);
        Purchase ghost = purchaseOf(m_customer.id);
        ghost.id = 777;
        ghost.version = 1;
        QCOMPARE(m_repo->update(alice(), ghost).error().code, Error::Code::NotFound);
    }

    // Reads need View, new purchases and returns Create, corrections Edit.
    void permissions()
    {
        const Purchase p = create(purchaseOf(m_customer.id));
        const Actor nobody = SecurityFixtures::nobody();
        const Counts before = counts();

        QCOMPARE(m_repo->get(nobody, p.id).error().code, Error::Code::Permission);
        QCOMPARE(m_repo->forCustomer(nobody, m_customer.id).error().code, Error::Code::Permission);
        QCOMPARE(m_repo->returnsOf(nobody, p.id).error().code, Error::Code::Permission);
        QCOMPARE(m_repo->create(nobody, purchaseOf(m_customer.id)).error().code,
                 Error::Code::Permission);
        Purchase edited = p;
        edited.quantity = 9;
        QCOMPARE(m_repo->update(nobody, edited).error().code, Error::Code::Permission);
        QCOMPARE(m_repo->addReturn(nobody, returnOf(p.id, 100)).error().code,
                 Error::Code::Permission);
        // An admin alone manages the archive, not the sales.
        const Actor admin = SecurityFixtures::admin();
        VERIFY_OK(m_repo->get(admin, p.id));
        QCOMPARE(m_repo->create(admin, purchaseOf(m_customer.id)).error().code,
                 Error::Code::Permission);
        QCOMPARE(m_repo->update(admin, edited).error().code, Error::Code::Permission);
        QCOMPARE(counts(), before);
        QCOMPARE(m_repo->get(alice(), p.id)->version, 1);

        // The front desk records and corrects them.
        const Actor desk = SecurityFixtures::frontDesk();
        VERIFY_OK(m_repo->update(desk, edited));
        VERIFY_OK(m_repo->addReturn(desk, returnOf(p.id, 100)));
        VERIFY_OK(m_repo->create(desk, purchaseOf(m_customer.id)));
    }

private:
    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }
};

QTEST_GUILESS_MAIN(tst_PurchaseRepository)
#include "tst_purchaserepository.moc"
