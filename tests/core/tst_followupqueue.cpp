#include "TestSupport.h"
#include "core/FollowUpFixtures.h"
#include "core/HistoryFixtures.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerRepository.h"
#include "followups/FollowUpQueue.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace FollowUpFixtures;

namespace {

const QDate Today(2025, 6, 13);

QString whenName(QueueItem::When when)
{
    switch (when) {
    case QueueItem::When::Overdue:
        return u"overdue"_s;
    case QueueItem::When::Today:
        return u"today"_s;
    case QueueItem::When::Upcoming:
        return u"upcoming"_s;
    }
    return {};
}

// "purpose when" of each item, in queue order.
QStringList describe(const QList<QueueItem> &items)
{
    QStringList out;
    for (const QueueItem &item : items)
        out.append(item.followUp.purpose + u' ' + whenName(item.when));
    return out;
}

} // namespace

class tst_FollowUpQueue : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    Customer m_customer;

    qint64 task(const QString &purpose,
                const QDate &due,
                const QString &assignee,
                FollowUpStatus status = FollowUpStatus::Planned,
                qint64 customerId = 0)
    {
        Row r;
        r.customerId = customerId ? customerId : m_customer.id;
        r.purpose = purpose;
        r.dueOn = due;
        r.assignee = assignee;
        r.status = status;
        return followUp(*m_db, r);
    }

    Result<QList<QueueItem>> queue(const Actor &actor, bool team = false, int limit = 5000)
    {
        FollowUpQueue::Options options;
        options.today = Today;
        options.team = team;
        options.limit = limit;
        return FollowUpQueue::read(*m_db, actor, options);
    }

    // The front desk "desk" and the supervisor "chief" have their own tasks, and some are
    // anyone's.
    void planSome()
    {
        task(u"upcoming mine"_s, QDate(2025, 6, 20), u"desk"_s);
        task(u"overdue mine"_s, QDate(2025, 6, 10), u"desk"_s);
        task(u"today anyone"_s, QDate(2025, 6, 13), u""_s);
        task(u"overdue oldest"_s, QDate(2025, 6, 1), u""_s);
        task(u"today mine"_s, QDate(2025, 6, 13), u"desk"_s);
        task(u"too far ahead"_s, QDate(2025, 6, 21), u"desk"_s);
        task(u"done"_s, QDate(2025, 6, 2), u"desk"_s, FollowUpStatus::Done);
        task(u"unreachable"_s, QDate(2025, 6, 2), u"desk"_s, FollowUpStatus::Unreachable);
        task(u"cancelled"_s, QDate(2025, 6, 2), u""_s, FollowUpStatus::Cancelled);
        task(u"chief's"_s, QDate(2025, 6, 12), u"chief"_s);
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        const Result<Customer> c = CustomerRepository(*m_db)
                                           .create(Fixtures::alice(),
                                                   Fixtures::person(u"王芳"_s, {u"13812345678"_s}));
        VERIFY_OK(c);
        m_customer = c.value();
    }

    void cleanup()
    {
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void ownQueueOverdueThenTodayThenUpcoming()
    {
        planSome();
        const Result<QList<QueueItem>> items = queue(SecurityFixtures::frontDesk());
        VERIFY_OK(items);
        QCOMPARE(describe(items.value()),
                 (QStringList {u"overdue oldest overdue"_s,
                               u"overdue mine overdue"_s,
                               u"today anyone today"_s,
                               u"today mine today"_s,
                               u"upcoming mine upcoming"_s}));
        const QueueItem &first = items->first();
        QCOMPARE(first.customerName, u"王芳"_s);
        QCOMPARE(first.customerCode, m_customer.code);
        QCOMPARE(first.followUp.customerId, m_customer.id);
        QCOMPARE(first.followUp.dueOn, QDate(2025, 6, 1));
    }

    void teamViewIsTheSupervisors()
    {
        planSome();
        const Result<QList<QueueItem>> refused = queue(SecurityFixtures::frontDesk(), true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Permission);

        const Result<QList<QueueItem>> team = queue(SecurityFixtures::supervisor(), true);
        VERIFY_OK(team);
        QCOMPARE(describe(team.value()),
                 (QStringList {u"overdue oldest overdue"_s,
                               u"overdue mine overdue"_s,
                               u"chief's overdue"_s,
                               u"today anyone today"_s,
                               u"today mine today"_s,
                               u"upcoming mine upcoming"_s}));
        // The supervisor's own queue: theirs and anyone's.
        const Result<QList<QueueItem>> own = queue(SecurityFixtures::supervisor());
        VERIFY_OK(own);
        QCOMPARE(describe(own.value()),
                 (QStringList {u"overdue oldest overdue"_s,
                               u"chief's overdue"_s,
                               u"today anyone today"_s}));
        QCOMPARE(queue(SecurityFixtures::nobody()).error().code, Error::Code::Permission);
    }

    void upcomingDaysAndLimit()
    {
        planSome();
        FollowUpQueue::Options options;
        options.today = Today;
        options.upcomingDays = 0;
        QCOMPARE(describe(
                         FollowUpQueue::read(*m_db, SecurityFixtures::frontDesk(), options).value()),
                 (QStringList {u"overdue oldest overdue"_s,
                               u"overdue mine overdue"_s,
                               u"today anyone today"_s,
                               u"today mine today"_s}));
        options.upcomingDays = 8;
        QCOMPARE(FollowUpQueue::read(*m_db, SecurityFixtures::frontDesk(), options)->size(), 6);
        QCOMPARE(describe(queue(SecurityFixtures::frontDesk(), false, 3).value()),
                 (QStringList {u"overdue oldest overdue"_s,
                               u"overdue mine overdue"_s,
                               u"today anyone today"_s}));
        QCOMPARE(describe(queue(SecurityFixtures::supervisor(), true, 2).value()),
                 (QStringList {u"overdue oldest overdue"_s, u"overdue mine overdue"_s}));
    }

    // Whole numbers are revealed on the profile, where each reveal is audited; the queue
    // never shows one, whoever reads it.
    void phonesAreMasked()
    {
        task(u"call"_s, Today, u""_s);
        for (const Actor &actor : {SecurityFixtures::frontDesk(), SecurityFixtures::admin()})
            QCOMPARE(queue(actor).value().first().customerPhone, u"138****5678"_s);
    }

    void archivedCustomersAreNotCalled()
    {
        const Customer archived = HistoryFixtures::newCustomer(*m_db, u"李雷"_s);
        task(u"archived"_s, Today, u""_s, FollowUpStatus::Planned, archived.id);
        task(u"kept"_s, Today, u""_s);
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE customers SET archived_at = '2025-05-01T00:00:00.000Z' WHERE id = ?"_s);
        q.addBindValue(archived.id);
        QVERIFY(q.exec());
        QCOMPARE(describe(queue(SecurityFixtures::frontDesk()).value()),
                 QStringList {u"kept today"_s});
    }

    void walksTheQueueIndexes()
    {
        SKIP_ON_SERVER("SQLite's query plan");
        planSome();
        const QString own = HistoryFixtures::planOf(*m_db, u"FROM follow_ups"_s, [&] {
            QVERIFY(queue(SecurityFixtures::frontDesk()));
        });
        QVERIFY2(own.count(u"follow_ups_queue"_s) == 2, qPrintable(own));
        QVERIFY2(!own.contains(u"SCAN f"_s), qPrintable(own));
        QVERIFY2(!own.contains(u"SCAN c"_s), qPrintable(own));

        const QString team = HistoryFixtures::planOf(*m_db, u"FROM follow_ups"_s, [&] {
            QVERIFY(queue(SecurityFixtures::supervisor(), true));
        });
        QVERIFY2(team.contains(u"follow_ups_due"_s), qPrintable(team));
        QVERIFY2(!team.contains(u"TEMP B-TREE"_s), qPrintable(team));
        QVERIFY2(!team.contains(u"SCAN c"_s), qPrintable(team));
    }
};

QTEST_GUILESS_MAIN(tst_FollowUpQueue)
#include "tst_followupqueue.moc"
