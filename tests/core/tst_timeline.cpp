#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "core/HistorySqlFixtures.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerRepository.h"
#include "history/ChoiceLists.h"
#include "history/HistoryLabels.h"
#include "history/Timeline.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace SecurityFixtures;

// One customer's history merged newest first: the order (time, then kind, then id, all
// descending), paging through it with any page size, the kind filter, and nobody else's rows.

namespace {

const QDateTime t0(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC);

struct Key
{
    TimelineKind kind;
    qint64 id;
    bool operator==(const Key &) const = default;
};

size_t qHash(const Key &k, size_t seed = 0)
{
    return qHashMulti(seed, int(k.kind), k.id);
}

QList<Key> keys(const QList<TimelineEntry> &entries)
{
    QList<Key> out;
    for (const TimelineEntry &e : entries)
        out.append({e.kind, e.id});
    return out;
}

} // namespace

namespace QTest {
template<>
inline char *toString(const Key &k)
{
    return qstrdup(QByteArray(QByteArray::number(int(k.kind)) + ':' + QByteArray::number(k.id))
                           .constData());
}
} // namespace QTest

class tst_Timeline : public QObject
{
    Q_OBJECT

    TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    qint64 m_customer = 0;
    qint64 m_other = 0;
    qint64 m_empty = 0;
    // Every row of m_customer's timeline with its time, for the expected order.
    struct Row
    {
        QDateTime at;
        Key key;
    };
    QList<Row> m_rows;
    QSet<Key> m_otherKeys;
    QList<qint64> m_hidden; // rows that are not on the timeline (written all the same)

    qint64 newCustomer(const QString &name)
    {
        CustomerRepository repo(*m_db);
        const Result<Customer> c = repo.create(Fixtures::alice(), Fixtures::person(name));
        return c ? c->id : 0;
    }

    // Fills one customer's history: rows of every kind at the same instants, so that ties on
    // the time are broken by kind and id. Returns the keys written.
    QList<Row> fill(qint64 customer)
    {
        QList<Row> rows;
        const Database &db = *m_db;
        auto keep = [&](const QDateTime &at, TimelineKind kind, qint64 id) {
            rows.append({at, {kind, id}});
        };
        using K = TimelineKind;
        for (int step = 0; step < 4; ++step) {
            const QDateTime at = t0.addSecs(step * 3600);
            const qint64 p = HistorySql::purchase(db, customer, at, 880000, u"空调"_s, 2);
            keep(at, K::Purchase, p);
            keep(at, K::Return, HistorySql::purchaseReturn(db, p, customer, at, 10000));
            // Two interactions at the same instant: told apart by id.
            keep(at, K::Interaction, HistorySql::interaction(db, customer, at, u"咨询"_s));
            keep(at, K::Interaction, HistorySql::interaction(db, customer, at, u"回访"_s, 0, 1, 5));
            const qint64 r = HistorySql::request(db, customer, at, u"安装空调 %1"_s.arg(step));
            keep(at, K::RequestOpened, r);
            keep(at, K::StageMove, HistorySql::stageMove(db, r, customer, at, 0, 1));
            keep(at.addSecs(60),
                 K::StageMove,
                 HistorySql::stageMove(db, r, customer, at.addSecs(60), 1, 2));
            const qint64 c = HistorySql::complaint(db, customer, at, u"不制冷"_s, 0, 5000);
            keep(at, K::Complaint, c);
            keep(at.addSecs(120),
                 K::ComplaintMove,
                 HistorySql::complaintChange(db, c, customer, at.addSecs(120), u"0"_s, u"1"_s));
            // A field change is in the complaint's history, not on the timeline.
            m_hidden.append(HistorySql::complaintChange(
                    db, c, customer, at.addSecs(120), u""_s, u"bob"_s, u"handler"_s));
            keep(at, K::FollowUp, HistorySql::followUp(db, customer, at));
            // A planned one is not on the timeline until it is done.
            m_hidden.append(HistorySql::followUp(db, customer, at.addDays(3), false));
        }
        // A time of its own with milliseconds, and one far older.
        const QDateTime odd = t0.addMSecs(1800 * 1000 + 7);
        keep(odd, K::Interaction, HistorySql::interaction(db, customer, odd, u"微信"_s, 3));
        const QDateTime old = t0.addYears(-3);
        keep(old, K::Purchase, HistorySql::purchase(db, customer, old, 100, u"滤芯"_s));
        return rows;
    }

    QList<Key> expected(const QSet<TimelineKind> &kinds = {}) const
    {
        QList<Row> rows;
        for (const Row &r : m_rows)
            if (kinds.isEmpty() || kinds.contains(r.key.kind))
                rows.append(r);
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            if (a.at != b.at)
                return a.at > b.at;
            if (a.key.kind != b.key.kind)
                return int(a.key.kind) > int(b.key.kind);
            return a.key.id > b.key.id;
        });
        QList<Key> out;
        for (const Row &r : rows)
            out.append(r.key);
        return out;
    }

    // Every page from the start; fails the test on an error or a runaway.
    QList<TimelineEntry> allPages(qint64 customer,
                                  int limit,
                                  const QSet<TimelineKind> &kinds = {},
                                  int *pages = nullptr)
    {
        Timeline timeline(*m_db);
        QList<TimelineEntry> all;
        TimelineCursor cursor;
        for (int n = 1; n < 1000; ++n) {
            const Result<TimelinePage> page = timeline.page(Fixtures::alice(),
                                                            customer,
                                                            kinds,
                                                            cursor,
                                                            limit);
            if (!page) {
                qWarning("%s", qPrintable(page.error().message));
                return {};
            }
            if (page->entries.size() > limit || page->entries.isEmpty()) {
                qWarning("page %d has %lld entries", n, qlonglong(page->entries.size()));
                return {};
            }
            all += page->entries;
            if (page->atEnd) {
                if (pages)
                    *pages = n;
                return all;
            }
            cursor = page->next;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_archive.open();
        QVERIFY(m_db);
        m_customer = newCustomer(u"王芳"_s);
        m_other = newCustomer(u"李娜"_s);
        m_empty = newCustomer(u"张伟"_s);
        QVERIFY(m_customer && m_other && m_empty);
        m_rows = fill(m_customer);
        for (const Row &r : fill(m_other))
            m_otherKeys.insert(r.key);
        for (const Row &r : std::as_const(m_rows))
            QVERIFY(r.key.id > 0);
        QCOMPARE(m_hidden.size(), 2 * 4 * 2);
        QVERIFY(!m_hidden.contains(0));
    }

    void firstPageInOrder()
    {
        const Result<TimelinePage> page = Timeline(*m_db).page(Fixtures::alice(),
                                                               m_customer,
                                                               {},
                                                               {},
                                                               1000);
        VERIFY_OK(page);
        QVERIFY(page->atEnd);
        QCOMPARE(keys(page->entries), expected());
        // The opening of a request is its RequestOpened entry, never a stage move.
        QCOMPARE(page->entries.size(), 4 * 10 + 2);
        for (const TimelineEntry &e : page->entries)
            QVERIFY(!m_otherKeys.contains({e.kind, e.id}));
    }

    void paging_data()
    {
        QTest::addColumn<int>("limit");
        for (int limit : {1, 2, 3, 5, 7, 10, 29, 30, 31})
            QTest::addRow("%d per page", limit) << limit;
    }

    void paging()
    {
        QFETCH(int, limit);
        int pages = 0;
        const QList<TimelineEntry> all = allPages(m_customer, limit, {}, &pages);
        const QList<Key> got = keys(all);
        QCOMPARE(got, expected());
        QCOMPARE(QSet<Key>(got.cbegin(), got.cend()).size(), got.size());
        // No empty page at the end: the last page is known to be the last.
        QCOMPARE(pages, (int(got.size()) + limit - 1) / limit);
    }

    void kindFilter_data()
    {
        QTest::addColumn<QList<TimelineKind>>("kinds");
        using K = TimelineKind;
        QTest::newRow("interactions") << QList<K> {K::Interaction};
        QTest::newRow("purchases and returns") << QList<K> {K::Purchase, K::Return};
        QTest::newRow("requests") << QList<K> {K::RequestOpened, K::StageMove};
        QTest::newRow("stage moves") << QList<K> {K::StageMove};
        QTest::newRow("complaints") << QList<K> {K::Complaint, K::ComplaintMove};
        QTest::newRow("return visits") << QList<K> {K::FollowUp};
        QTest::newRow("complaint moves and interactions")
                << QList<K> {K::ComplaintMove, K::Interaction};
    }

    void kindFilter()
    {
        QFETCH(QList<TimelineKind>, kinds);
        const QSet<TimelineKind> set(kinds.cbegin(), kinds.cend());
        QCOMPARE(keys(allPages(m_customer, 1000, set)), expected(set));
        QCOMPARE(keys(allPages(m_customer, 3, set)), expected(set));
    }

    void emptyCustomer()
    {
        for (qint64 customer : {m_empty, qint64(999999)}) {
            const Result<TimelinePage> page = Timeline(*m_db).page(Fixtures::alice(), customer);
            VERIFY_OK(page);
            QVERIFY(page->entries.isEmpty());
            QVERIFY(page->atEnd);
        }
    }

    void entriesReadAsSentences()
    {
        const Result<TimelinePage> page = Timeline(*m_db).page(Fixtures::alice(),
                                                               m_customer,
                                                               {},
                                                               {},
                                                               1000);
        VERIFY_OK(page);
        QHash<TimelineKind, TimelineEntry> latest;
        for (const TimelineEntry &e : page->entries)
            if (!latest.contains(e.kind))
                latest.insert(e.kind, e);

        const TimelineEntry purchase = latest.value(TimelineKind::Purchase);
        QCOMPARE(purchase.title, u"Purchase: 空调 ×2"_s);
        QCOMPARE(purchase.amount, 880000);
        QCOMPARE(purchase.staff, u"alice"_s);
        QCOMPARE(purchase.at, t0.addSecs(3 * 3600));
        QVERIFY2(purchase.detail.contains(HistoryLabels::money(10000)), qPrintable(purchase.detail));

        const TimelineEntry ret = latest.value(TimelineKind::Return);
        QCOMPARE(ret.title,
                 u"Return: "_s + ChoiceLists(*m_db).label(ChoiceLists::ReturnReason, u"quality"_s));
        QCOMPARE(ret.amount, 10000);
        QCOMPARE(ret.parentId, purchase.id);
        QVERIFY2(ret.detail.contains(u"空调"_s), qPrintable(ret.detail));

        // The later of the two interactions at that instant: outbound follow-up.
        const TimelineEntry contact = latest.value(TimelineKind::Interaction);
        QCOMPARE(contact.title, u"Phone · Outbound · Follow-up"_s);
        QCOMPARE(contact.detail, u"回访"_s);
        QCOMPARE(contact.amount, 0);
        const auto inquiry = std::find_if(page->entries.cbegin(),
                                          page->entries.cend(),
                                          [](auto &e) { return e.detail == u"咨询"_s; });
        QVERIFY(inquiry != page->entries.cend());
        QCOMPARE(inquiry->title, u"Phone · Inbound · Inquiry"_s);

        const TimelineEntry opened = latest.value(TimelineKind::RequestOpened);
        QCOMPARE(opened.title, u"Request opened: 安装空调 3"_s);
        const TimelineEntry moved = latest.value(TimelineKind::StageMove);
        QCOMPARE(moved.title, u"Request moved: Needs analysis → Plan"_s);
        QCOMPARE(moved.parentId, opened.id);
        QCOMPARE(moved.staff, u"bob"_s);
        QVERIFY2(moved.detail.contains(u"安装空调 3"_s), qPrintable(moved.detail));
        const auto first = std::find_if(page->entries.cbegin(), page->entries.cend(), [](auto &e) {
            return e.title.startsWith(u"Request moved: Contact"_s);
        });
        QVERIFY(first != page->entries.cend());
        QCOMPARE(first->title, u"Request moved: Contact → Needs analysis"_s);

        const QString quality = ChoiceLists(*m_db).label(ChoiceLists::ComplaintReason,
                                                         u"product_quality"_s);
        const TimelineEntry complaint = latest.value(TimelineKind::Complaint);
        QCOMPARE(complaint.title, u"Complaint: %1 · Medium"_s.arg(quality));
        QCOMPARE(complaint.detail, u"不制冷 · Open"_s);
        QCOMPARE(complaint.amount, 5000);
        const TimelineEntry complaintMoved = latest.value(TimelineKind::ComplaintMove);
        QCOMPARE(complaintMoved.title, u"Complaint moved: Open → In progress"_s);
        QCOMPARE(complaintMoved.parentId, complaint.id);
        QCOMPARE(complaintMoved.staff, u"bob"_s);
        QCOMPARE(complaintMoved.detail, quality);
        const TimelineEntry visit = latest.value(TimelineKind::FollowUp);
        QCOMPARE(visit.title, u"Return visit: 购买后回访"_s);
        QCOMPARE(visit.detail, u"满意 · CSAT 5/5 · NPS 9"_s);
        QCOMPARE(visit.staff, u"alice"_s);
    }

    void theCursorIsTheLastEntry()
    {
        const Result<TimelinePage> page = Timeline(*m_db).page(Fixtures::alice(),
                                                               m_customer,
                                                               {},
                                                               {},
                                                               5);
        VERIFY_OK(page);
        QVERIFY(!page->atEnd);
        const TimelineEntry &last = page->entries.constLast();
        QCOMPARE(page->next.at, last.at);
        QCOMPARE(page->next.kind, int(last.kind));
        QCOMPARE(page->next.id, last.id);
    }

    void needsTheViewRight()
    {
        const Result<TimelinePage> page = Timeline(*m_db).page(nobody(), m_customer);
        QVERIFY(!page);
        QCOMPARE(page.error().code, Error::Code::Permission);
        VERIFY_OK(Timeline(*m_db).page(frontDesk(), m_customer));
    }

    void kindsHaveNames()
    {
        QCOMPARE(Timeline::kinds().size(), 8);
        QSet<QString> names;
        for (TimelineKind kind : Timeline::kinds())
            names.insert(Timeline::kindName(kind));
        QCOMPARE(names.size(), 8);
        QVERIFY(!names.contains(QString()));
    }
};

QTEST_GUILESS_MAIN(tst_Timeline)
#include "tst_timeline.moc"
