#include "TestSupport.h"
#include "complaints/ComplaintLabels.h"
#include "complaints/ComplaintListModel.h"
#include "complaints/ComplaintQuery.h"
#include "core/CustomerFixtures.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerRepository.h"
#include "storage/StoredTime.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

#include <algorithm>
#include <ctime>

// The supervisor's complaint list: every filter, every sort, paging, the counts per status, the
// overdue and missed marks with an injected clock, and the list model over them. The complaints
// are written with SQL, as ComplaintRepository stores them.
using namespace Qt::StringLiterals;

using SecurityFixtures::scalar;

Q_DECLARE_METATYPE(ComplaintFilter)

namespace {

constexpr int Timeout = 20000; // ms: the model's queries run on its worker thread

QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// The demo's reference time: every "overdue" below is judged here unless a test says otherwise.
const QDateTime Now = utc(u"2026-03-12T10:00:00"_s);

struct Spec
{
    int customer; // index into the fixture's customers
    QString received; // UTC, ISO
    QString reason;
    QString subReason;
    ComplaintSeverity severity;
    ComplaintStatus status;
    QString handler;
    QString description;
    QString resolution;
    QString respondedAt; // "" for none
    QString resolvedAt;
    bool responseMissed = false;
    bool resolutionMissed = false;
};

// Hours to respond and resolve per severity (the default policy).
constexpr int responseHours[] = {24, 8, 4, 2};
constexpr int resolutionHours[] = {168, 72, 48, 24};

// Ids in the order of the specs below (1-based in the comments).
const QList<Spec> specs {
        // 1 closed, answered late
        {0,
         u"2026-03-01T12:00:00"_s,
         u"product_quality"_s,
         u"product_quality.defect"_s,
         ComplaintSeverity::Medium,
         ComplaintStatus::Closed,
         u"zhang"_s,
         u"手机屏幕碎裂，要求换新"_s,
         u"已为客户更换新机"_s,
         u"2026-03-01T22:00:00"_s,
         u"2026-03-03T12:00:00"_s,
         true,
         false},
        // 2 open, unassigned, past its response due time: overdue
        {0,
         u"2026-03-09T12:00:00"_s,
         u"delivery"_s,
         u"delivery.late"_s,
         ComplaintSeverity::High,
         ComplaintStatus::Open,
         u""_s,
         u"快递延迟一周未送达"_s,
         u""_s,
         u""_s,
         u""_s},
        // 3 in progress, past its resolution due time: overdue
        {1,
         u"2026-03-05T12:00:00"_s,
         u"billing"_s,
         u"billing.refund_delay"_s,
         ComplaintSeverity::Critical,
         ComplaintStatus::InProgress,
         u"wang"_s,
         u"退款两周仍未到账"_s,
         u""_s,
         u"2026-03-05T13:00:00"_s,
         u""_s},
        // 4 in progress, in time
        {1,
         u"2026-03-11T12:00:00"_s,
         u"service_attitude"_s,
         u""_s,
         ComplaintSeverity::Low,
         ComplaintStatus::InProgress,
         u"zhang"_s,
         u"店员态度冷淡"_s,
         u""_s,
         u"2026-03-11T13:00:00"_s,
         u""_s},
        // 5 resolved late: missed, not overdue
        {2,
         u"2026-02-20T12:00:00"_s,
         u"after_sales"_s,
         u"after_sales.repair"_s,
         ComplaintSeverity::Medium,
         ComplaintStatus::Resolved,
         u"wang"_s,
         u"空调维修后仍不制冷"_s,
         u"Replaced the COMPRESSOR, customer happy"_s,
         u"2026-02-20T14:00:00"_s,
         u"2026-02-25T12:00:00"_s,
         false,
         true},
        // 6 reopened, past its resolution due time: overdue
        {2,
         u"2026-03-08T12:00:00"_s,
         u"product_quality"_s,
         u"product_quality.safety"_s,
         ComplaintSeverity::Critical,
         ComplaintStatus::Reopened,
         u"zhang"_s,
         u"充电器发烫冒烟"_s,
         u"更换充电器"_s,
         u"2026-03-08T13:00:00"_s,
         u""_s},
        // 7 open, in time
        {1,
         u"2026-03-12T09:00:00"_s,
         u"other"_s,
         u""_s,
         ComplaintSeverity::Low,
         ComplaintStatus::Open,
         u"wang"_s,
         u"会员积分被清零"_s,
         u""_s,
         u""_s,
         u""_s},
        // 8 closed; a % in the text
        {0,
         u"2026-01-15T12:00:00"_s,
         u"billing"_s,
         u"billing.overcharge"_s,
         ComplaintSeverity::High,
         ComplaintStatus::Closed,
         u"zhang"_s,
         u"会员折扣未计入，多收100%运费"_s,
         u"已退还多收款项"_s,
         u"2026-01-15T13:00:00"_s,
         u"2026-01-16T12:00:00"_s},
};

bool waitForResult(ComplaintListModel &model)
{
    QSignalSpy finished(&model, &ComplaintListModel::finished);
    QSignalSpy failed(&model, &ComplaintListModel::failed);
    return finished.wait(Timeout) && failed.isEmpty();
}

} // namespace

class tst_ComplaintQuery : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempArchive> m_archive;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_customers; // ids, in the fixture's order
    QList<QByteArray> m_nameKeys;
    QList<qint64> m_ids; // complaint ids, in the specs' order

    ComplaintQuery query(const QDateTime &now = Now) const
    {
        return ComplaintQuery(*m_db, [now] { return now; });
    }

    // The spec numbers (1-based) of the ids, in order.
    QList<int> numbers(const QList<qint64> &ids) const
    {
        QList<int> out;
        for (const qint64 id : ids)
            out.append(int(m_ids.indexOf(id)) + 1);
        return out;
    }

    QList<int> matching(const ComplaintFilter &filter, const QDateTime &now = Now) const
    {
        const Result<QList<qint64>> ids = query(now).ids(Fixtures::alice(), filter);
        if (!ids) {
            qWarning("%s", qPrintable(ids.error().message));
            return {-1};
        }
        return numbers(ids.value());
    }

    qint64 addComplaint(const Spec &s)
    {
        const QDateTime received = utc(s.received);
        QSqlQuery q(m_db->connection());
        q.prepare(u"INSERT INTO complaints(customer_id, received_at, channel, reason, sub_reason,"
                  " severity, description, handler, status, resolution, response_due_at,"
                  " resolution_due_at, responded_at, resolved_at, closed_at, response_missed,"
                  " resolution_missed, created_at, created_by, updated_at, updated_by)"
                  " VALUES(?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'desk', ?, 'desk')"
                  " RETURNING id"_s);
        const auto time = [](const QString &iso) {
            return iso.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                 : StoredTime::fromDateTime(utc(iso));
        };
        const int sev = int(s.severity);
        q.addBindValue(m_customers.at(s.customer));
        q.addBindValue(StoredTime::fromDateTime(received));
        q.addBindValue(s.reason);
        q.addBindValue(s.subReason);
        q.addBindValue(sev);
        q.addBindValue(s.description);
        q.addBindValue(s.handler);
        q.addBindValue(int(s.status));
        q.addBindValue(s.resolution);
        q.addBindValue(StoredTime::fromDateTime(received.addSecs(responseHours[sev] * 3600)));
        q.addBindValue(StoredTime::fromDateTime(received.addSecs(resolutionHours[sev] * 3600)));
        q.addBindValue(time(s.respondedAt));
        q.addBindValue(time(s.resolvedAt));
        q.addBindValue(s.status == ComplaintStatus::Closed ? time(s.resolvedAt) : time(QString()));
        q.addBindValue(s.responseMissed ? 1 : 0);
        q.addBindValue(s.resolutionMissed ? 1 : 0);
        q.addBindValue(StoredTime::fromDateTime(received));
        q.addBindValue(StoredTime::fromDateTime(received));
        if (!q.exec() || !q.next()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return 0;
        }
        return q.value(0).toLongLong();
    }

    // The expected order of a sort, computed from the specs with the documented keys.
    QList<int> expectedOrder(ComplaintColumn column, bool descending) const
    {
        QList<int> order;
        for (int i = 1; i <= specs.size(); ++i)
            order.append(i);
        const auto key = [&](int n) -> QVariantList {
            const Spec &s = specs.at(n - 1);
            switch (column) {
            case ComplaintColumn::CustomerCode:
                return {m_customers.at(s.customer)}; // codes in creation order
            case ComplaintColumn::Customer:
                return {m_nameKeys.at(s.customer), m_customers.at(s.customer)};
            case ComplaintColumn::Reason:
                return {s.reason, s.subReason};
            case ComplaintColumn::Severity:
                return {int(s.severity)};
            case ComplaintColumn::Status:
                return {int(s.status)};
            case ComplaintColumn::Handler:
                return {s.handler};
            case ComplaintColumn::ResolutionDue:
                return {utc(s.received).addSecs(resolutionHours[int(s.severity)] * 3600)};
            default:
                return {};
            }
        };
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const QVariantList ka = key(a) + QVariantList {utc(specs.at(a - 1).received), a};
            const QVariantList kb = key(b) + QVariantList {utc(specs.at(b - 1).received), b};
            for (qsizetype i = 0; i < ka.size(); ++i) {
                const QPartialOrdering c = QVariant::compare(ka.at(i), kb.at(i));
                if (c == QPartialOrdering::Less)
                    return !descending;
                if (c == QPartialOrdering::Greater)
                    return descending;
            }
            return false;
        });
        return order;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Local dates in the filter are China's.
        qputenv("TZ", "Asia/Shanghai");
        tzset();
        m_archive = std::make_unique<TempArchive>();
        m_db = m_archive->open();
        QVERIFY(m_db);
        CustomerRepository customers(*m_db);
        for (const QString &name : {u"王芳"_s, u"李娜"_s, u"Emily Johnson"_s}) {
            const Result<Customer> made = customers.create(Fixtures::alice(),
                                                           Fixtures::person(name));
            QVERIFY2(made, made ? "" : qPrintable(made.error().message));
            m_customers.append(made->id);
            m_nameKeys.append(
                    scalar(*m_db, u"SELECT name_key FROM customers WHERE id = ?"_s, {made->id})
                            .toByteArray());
        }
        for (const Spec &s : specs) {
            const qint64 id = addComplaint(s);
            QVERIFY(id > 0);
            m_ids.append(id);
        }
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_archive.reset();
    }

    void everyComplaintNewestFirst()
    {
        QCOMPARE(matching({}), (QList<int> {7, 4, 2, 6, 3, 1, 5, 8}));
    }

    void filters_data()
    {
        QTest::addColumn<ComplaintFilter>("filter");
        QTest::addColumn<QList<int>>("expected");
        const auto with = [](auto change) {
            ComplaintFilter f;
            change(f);
            return f;
        };
        QTest::newRow("status open")
                << with([](ComplaintFilter &f) { f.statuses = {ComplaintStatus::Open}; })
                << QList<int> {7, 2};
        QTest::newRow("open or in progress") << with([](ComplaintFilter &f) {
            f.statuses = {ComplaintStatus::Open, ComplaintStatus::InProgress};
        }) << QList<int> {7, 4, 2, 3};
        QTest::newRow("every status")
                << with([](ComplaintFilter &f) { f.statuses = ComplaintLabels::statuses(); })
                << QList<int> {7, 4, 2, 6, 3, 1, 5, 8};
        QTest::newRow("severity and status") << with([](ComplaintFilter &f) {
            f.severity = ComplaintSeverity::Critical;
            f.statuses = {ComplaintStatus::InProgress, ComplaintStatus::Reopened};
        }) << QList<int> {6, 3};
        QTest::newRow("handler") << with([](ComplaintFilter &f) { f.handler = u"zhang"_s; })
                                 << QList<int> {4, 6, 1, 8};
        QTest::newRow("unassigned")
                << with([](ComplaintFilter &f) { f.handler = u""_s; }) << QList<int> {2};
        QTest::newRow("reason") << with([](ComplaintFilter &f) { f.reason = u"product_quality"_s; })
                                << QList<int> {6, 1};
        QTest::newRow("detailed reason") << with([](ComplaintFilter &f) {
            f.reason = u"billing"_s;
            f.subReason = u"billing.overcharge"_s;
        }) << QList<int> {8};
        QTest::newRow("customer") << with([this](ComplaintFilter &f) {
            f.customerId = m_customers.at(2);
        }) << QList<int> {6, 5};
        // Local dates (China): 03-05 .. 03-09 inclusive.
        QTest::newRow("date range") << with([](ComplaintFilter &f) {
            f.receivedFrom = QDate(2026, 3, 5);
            f.receivedTo = QDate(2026, 3, 9);
        }) << QList<int> {2, 6, 3};
        QTest::newRow("from only")
                << with([](ComplaintFilter &f) { f.receivedFrom = QDate(2026, 3, 11); })
                << QList<int> {7, 4};
        QTest::newRow("overdue only")
                << with([](ComplaintFilter &f) { f.overdueOnly = true; }) << QList<int> {2, 6, 3};
        QTest::newRow("overdue and assigned to zhang") << with([](ComplaintFilter &f) {
            f.overdueOnly = true;
            f.handler = u"zhang"_s;
        }) << QList<int> {6};
        QTest::newRow("text in description")
                << with([](ComplaintFilter &f) { f.text = u"屏幕"_s; }) << QList<int> {1};
        QTest::newRow("text in resolution")
                << with([](ComplaintFilter &f) { f.text = u"更换新机"_s; }) << QList<int> {1};
        QTest::newRow("text, one character")
                << with([](ComplaintFilter &f) { f.text = u"退"_s; }) << QList<int> {3, 8};
        QTest::newRow("text, any case")
                << with([](ComplaintFilter &f) { f.text = u"compressor"_s; }) << QList<int> {5};
        QTest::newRow("text with a percent sign")
                << with([](ComplaintFilter &f) { f.text = u"100%"_s; }) << QList<int> {8};
        QTest::newRow("wildcards are text")
                << with([](ComplaintFilter &f) { f.text = u"_"_s; }) << QList<int> {};
        QTest::newRow("text across the two fields") << with([](ComplaintFilter &f) {
            f.text = u"换新 已"_s; // the end of the description, the space, the resolution
        }) << QList<int> {1};
        QTest::newRow("blank text") << with([](ComplaintFilter &f) { f.text = u"  "_s; })
                                    << QList<int> {7, 4, 2, 6, 3, 1, 5, 8};
        QTest::newRow("nothing") << with([](ComplaintFilter &f) {
            f.text = u"屏幕"_s;
            f.statuses = {ComplaintStatus::Open};
        }) << QList<int> {};
    }

    void filters()
    {
        QFETCH(ComplaintFilter, filter);
        QFETCH(QList<int>, expected);
        QCOMPARE(matching(filter), expected);
        // The same rows through a page and through the counts.
        const Result<QList<ComplaintListRow>> page = query().page(Fixtures::alice(), filter, 0, 50);
        QVERIFY(page);
        QList<qint64> pageIds;
        for (const ComplaintListRow &r : page.value())
            pageIds.append(r.id);
        QCOMPARE(numbers(pageIds), expected);
        const Result<ComplaintCounts> counts = query().counts(Fixtures::alice(), filter);
        QVERIFY(counts);
        QCOMPARE(counts->matching(filter), qint64(expected.size()));
    }

    void sorts_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int c = 0; c < int(ComplaintColumn::Count); ++c)
            for (const bool descending : {false, true})
                QTest::addRow("%d %s", c, descending ? "desc" : "asc") << c << descending;
    }

    void sorts()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        ComplaintFilter f;
        f.sortColumn = ComplaintColumn(column);
        f.descending = descending;
        QCOMPARE(matching(f), expectedOrder(f.sortColumn, descending));
    }

    // Pages of any size put together give the whole list, once each, under every sort.
    void pagingIsStable()
    {
        for (int c = 0; c < int(ComplaintColumn::Count); ++c) {
            ComplaintFilter f;
            f.sortColumn = ComplaintColumn(c);
            const Result<QList<qint64>> all = query().ids(Fixtures::alice(), f);
            QVERIFY(all);
            for (const int size : {1, 3, 5}) {
                QList<qint64> paged;
                for (int offset = 0;; offset += size) {
                    const Result<QList<ComplaintListRow>> page = query().page(Fixtures::alice(),
                                                                              f,
                                                                              offset,
                                                                              size);
                    QVERIFY(page);
                    QVERIFY(page->size() <= size);
                    for (const ComplaintListRow &r : page.value())
                        paged.append(r.id);
                    if (page->size() < size)
                        break;
                }
                QCOMPARE(paged, all.value());
            }
        }
        const Result<QList<ComplaintListRow>> past = query().page(Fixtures::alice(), {}, 100, 10);
        QVERIFY(past);
        QVERIFY(past->isEmpty());
    }

    void badPageIsRefused()
    {
        const Result<QList<ComplaintListRow>> page = query().page(Fixtures::alice(), {}, -1, 10);
        QVERIFY(!page);
        QCOMPARE(page.error().code, Error::Code::Invalid);
        QVERIFY(!page.error().message.isEmpty());
    }

    // The rows carry the list columns, the customer, and the marks at the injected time.
    void rowsCarryTheirCustomerAndMarks()
    {
        const QList<qint64> wanted {m_ids.at(4), 999999, m_ids.at(1), m_ids.at(0)};
        const Result<QList<ComplaintListRow>> rows = query().rows(Fixtures::alice(), wanted);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3); // the unknown id is left out, the order kept
        const ComplaintListRow &resolved = rows->at(0);
        QCOMPARE(resolved.id, m_ids.at(4));
        QCOMPARE(resolved.customerName, u"Emily Johnson"_s);
        QCOMPARE(resolved.customerCode,
                 scalar(*m_db, u"SELECT code FROM customers WHERE id = ?"_s, {m_customers.at(2)})
                         .toString());
        QCOMPARE(resolved.status, ComplaintStatus::Resolved);
        QCOMPARE(resolved.reason, u"after_sales"_s);
        QCOMPARE(resolved.subReason, u"after_sales.repair"_s);
        QCOMPARE(resolved.receivedAt, utc(u"2026-02-20T12:00:00"_s));
        QVERIFY(resolved.isMissed());
        QVERIFY(!resolved.isOverdue(Now)); // settled: missed stays, overdue does not
        const ComplaintListRow &open = rows->at(1);
        QCOMPARE(open.handler, QString());
        QVERIFY(open.isOverdue(Now));
        QVERIFY(!open.isMissed());
        QVERIFY(rows->at(2).isMissed());
        QVERIFY(!rows->at(2).isOverdue(Now));
    }

    // Overdue moves with the clock: earlier, fewer are late; the rows agree with the filter.
    void overdueFollowsTheClock()
    {
        ComplaintFilter f;
        f.overdueOnly = true;
        const QDateTime earlier = utc(u"2026-03-09T11:00:00"_s);
        QCOMPARE(matching(f, earlier), QList<int> {3});
        QCOMPARE(matching(f, utc(u"2026-03-09T12:30:00"_s)), (QList<int> {6, 3}));
        QCOMPARE(matching(f, utc(u"2026-03-09T16:30:00"_s)), (QList<int> {2, 6, 3}));
        const Result<QList<ComplaintListRow>> rows = query(earlier).rows(Fixtures::alice(), m_ids);
        QVERIFY(rows);
        QList<int> overdue;
        for (const ComplaintListRow &r : rows.value())
            if (r.isOverdue(earlier))
                overdue.append(int(m_ids.indexOf(r.id)) + 1);
        QCOMPARE(overdue, QList<int> {3});
    }

    // Counts per status ignore the statuses chosen (what each status's tab shows); the other
    // conditions count.
    void countsPerStatus()
    {
        const Result<ComplaintCounts> all = query().counts(Fixtures::alice(), {});
        QVERIFY(all);
        QCOMPARE(all->count(ComplaintStatus::Open), 2);
        QCOMPARE(all->count(ComplaintStatus::InProgress), 2);
        QCOMPARE(all->count(ComplaintStatus::Resolved), 1);
        QCOMPARE(all->count(ComplaintStatus::Closed), 2);
        QCOMPARE(all->count(ComplaintStatus::Reopened), 1);
        QCOMPARE(all->total(), 8);
        QCOMPARE(all->overdue(), 3);

        ComplaintFilter open;
        open.statuses = {ComplaintStatus::Open};
        open.overdueOnly = true;
        const Result<ComplaintCounts> same = query().counts(Fixtures::alice(), open);
        QVERIFY(same);
        QCOMPARE(same.value(), all.value());
        QCOMPARE(same->matching(open), 1); // #2

        ComplaintFilter zhang;
        zhang.handler = u"zhang"_s;
        const Result<ComplaintCounts> his = query().counts(Fixtures::alice(), zhang);
        QVERIFY(his);
        QCOMPARE(his->count(ComplaintStatus::Open), 0);
        QCOMPARE(his->count(ComplaintStatus::InProgress), 1);
        QCOMPARE(his->count(ComplaintStatus::Closed), 2);
        QCOMPARE(his->count(ComplaintStatus::Reopened), 1);
        QCOMPARE(his->overdue(), 1);

        // Earlier, the complaints received later are not overdue yet.
        const Result<ComplaintCounts> before = query(utc(u"2026-03-09T11:00:00"_s))
                                                       .counts(Fixtures::alice(), {});
        QVERIFY(before);
        QCOMPARE(before->overdue(), 1);
    }

    void needsTheViewRight()
    {
        const Actor nobody = SecurityFixtures::nobody();
        for (const Error &e : {query().ids(nobody, {}).error(),
                               query().rows(nobody, m_ids).error(),
                               query().page(nobody, {}, 0, 10).error(),
                               query().counts(nobody, {}).error()}) {
            QCOMPARE(e.code, Error::Code::Permission);
            QVERIFY(!e.message.isEmpty());
        }
        QVERIFY(query().ids(SecurityFixtures::frontDesk(), {}));

        ComplaintListModel model(*m_db, nobody);
        QSignalSpy failed(&model, &ComplaintListModel::failed);
        QVERIFY(failed.wait(Timeout));
        QCOMPARE(model.rowCount(), 0);
    }

    // SQLite walks an index for the list's usual orders and filters instead of sorting.
    void plansUseIndexes()
    {
        SKIP_ON_SERVER("PostgreSQL's planner chooses by table statistics");
        const auto plan = [&](const ComplaintFilter &f) {
            const ComplaintFilter::Sql sql = f.idQuery(m_db->dialect(), Now);
            QSqlQuery q(m_db->connection());
            q.prepare(u"EXPLAIN QUERY PLAN "_s + sql.text);
            for (int i = 0; i < sql.binds.size(); ++i)
                q.bindValue(i, sql.binds.at(i));
            QStringList steps;
            if (q.exec())
                while (q.next())
                    steps.append(q.value(3).toString());
            return steps.join(u"; "_s);
        };
        const QString all = plan({});
        QVERIFY2(all.contains(u"complaints_received"_s) && !all.contains(u"TEMP B-TREE"_s),
                 qPrintable(all));
        ComplaintFilter open;
        open.statuses = {ComplaintStatus::Open};
        const QString byStatus = plan(open);
        QVERIFY2(byStatus.contains(u"complaints_status"_s) && !byStatus.contains(u"TEMP B-TREE"_s),
                 qPrintable(byStatus));
        ComplaintFilter overdue;
        overdue.overdueOnly = true;
        QVERIFY2(plan(overdue).contains(u"complaints_status"_s), qPrintable(plan(overdue)));
        // Two conditions from one index, without visiting the rows.
        ComplaintFilter combined;
        combined.severity = ComplaintSeverity::Medium;
        combined.statuses = {ComplaintStatus::Closed};
        const QString both = plan(combined);
        QVERIFY2(both.contains(u"COVERING INDEX"_s) && !both.contains(u"TEMP B-TREE"_s),
                 qPrintable(both));
        // The sorts the list offers walk an index, except by customer name and due time.
        for (const ComplaintColumn column : {ComplaintColumn::CustomerCode,
                                             ComplaintColumn::Reason,
                                             ComplaintColumn::Severity,
                                             ComplaintColumn::Status,
                                             ComplaintColumn::Handler}) {
            ComplaintFilter sorted;
            sorted.sortColumn = column;
            const QString steps = plan(sorted);
            QVERIFY2(!steps.contains(u"TEMP B-TREE"_s), qPrintable(steps));
        }
        // Text: one pass over the table for the matching ids, the rest from an index.
        ComplaintFilter text;
        text.text = u"屏幕"_s;
        text.statuses = {ComplaintStatus::Closed};
        const QString search = plan(text);
        QVERIFY2(search.contains(u"LIST SUBQUERY"_s)
                         && search.contains(u"COVERING INDEX complaints_status"_s),
                 qPrintable(search));
    }

    void listModel()
    {
        QDateTime now = Now;
        ComplaintListModel model(*m_db, Fixtures::alice(), [&now] { return now; });
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &ComplaintListModel::countsChanged);
        QVERIFY(waitForResult(model));
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), int(ComplaintColumn::Count));
        QCOMPARE(numbers(model.ids()), (QList<int> {7, 4, 2, 6, 3, 1, 5, 8}));
        if (counted.isEmpty())
            QVERIFY(counted.wait(Timeout));
        QVERIFY(model.countsReady());
        QCOMPARE(model.counts().total(), 8);
        QCOMPARE(model.counts().overdue(), 3);

        // Marks and roles, row by row.
        QList<int> overdue;
        QList<int> missed;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row, 0);
            const int n = int(m_ids.indexOf(model.data(i, ComplaintListModel::IdRole).toLongLong()))
                          + 1;
            if (model.data(i, ComplaintListModel::OverdueRole).toBool())
                overdue.append(n);
            if (model.data(i, ComplaintListModel::MissedRole).toBool())
                missed.append(n);
        }
        QCOMPARE(overdue, (QList<int> {2, 6, 3}));
        QCOMPARE(missed, (QList<int> {1, 5}));
        const int second = model.rowOf(m_ids.at(1));
        QCOMPARE(model.data(model.index(second, int(ComplaintColumn::Customer))).toString(),
                 u"王芳"_s);
        QCOMPARE(model.data(model.index(second, int(ComplaintColumn::Status))).toString(),
                 ComplaintLabels::status(ComplaintStatus::Open));
        QCOMPARE(model.data(model.index(second, int(ComplaintColumn::Severity))).toString(),
                 ComplaintLabels::severity(ComplaintSeverity::High));
        QCOMPARE(model.data(model.index(second, int(ComplaintColumn::Handler))).toString(),
                 ComplaintListModel::tr("Unassigned"));
        QCOMPARE(model.data(model.index(second, 0), ComplaintListModel::HandlerRole).toString(),
                 QString());
        QVERIFY(!model.data(model.index(second, int(ComplaintColumn::Reason))).toString().isEmpty());
        QCOMPARE(model.data(model.index(second, int(ComplaintColumn::Reason)), Qt::ToolTipRole)
                         .toString(),
                 specs.at(1).description);
        QVERIFY(!model.headerData(int(ComplaintColumn::ResolutionDue), Qt::Horizontal)
                         .toString()
                         .isEmpty());

        // A filter and a sort from the header.
        ComplaintFilter f;
        f.handler = u"zhang"_s;
        model.setFilter(f);
        QVERIFY(waitForResult(model));
        QCOMPARE(numbers(model.ids()), (QList<int> {4, 6, 1, 8}));
        model.sort(int(ComplaintColumn::Severity), Qt::DescendingOrder);
        QVERIFY(waitForResult(model));
        QCOMPARE(numbers(model.ids()), (QList<int> {6, 8, 1, 4}));

        // Assigned elsewhere meanwhile: a refresh in place keeps the selected row's index on its
        // complaint and drops the one that left the list.
        const QPersistentModelIndex kept = model.index(model.rowOf(m_ids.at(0)), 0);
        const QPersistentModelIndex gone = model.index(model.rowOf(m_ids.at(5)), 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE complaints SET handler = 'wang' WHERE id = %1"_s.arg(m_ids.at(5))));
        now = utc(u"2026-03-13T10:00:00"_s);
        model.refresh();
        QVERIFY(waitForResult(model));
        QCOMPARE(numbers(model.ids()), (QList<int> {8, 1, 4}));
        QVERIFY(kept.isValid());
        QCOMPARE(model.data(kept, ComplaintListModel::IdRole).toLongLong(), m_ids.at(0));
        QVERIFY(!gone.isValid());
        QCOMPARE(model.judgedAt(), now);
        QVERIFY(q.exec(u"UPDATE complaints SET handler = 'zhang' WHERE id = %1"_s.arg(m_ids.at(5))));
    }
};

QTEST_GUILESS_MAIN(tst_ComplaintQuery)
#include "tst_complaintquery.moc"
