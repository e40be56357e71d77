#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "complaints/Complaint.h"
#include "core/HistoryRows.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerAudit.h"
#include "demo/DemoAccounts.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoHistory.h"
#include "followups/FollowUp.h"
#include "history/Classification.h"
#include "history/ServiceRequest.h"
#include "security/UserRepository.h"
#include "storage/StoredTime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

// The demo archive's service history: as much as a real one has, consistent as the
// repositories keep it, and the same for the same seed. Complaints with their handling history
// and follow-ups with satisfaction scores (schema 4) included.
using namespace Qt::StringLiterals;
using namespace SecurityFixtures;

namespace {

// Enough for the bulk path (indexes dropped and recreated) and for stable proportions.
constexpr qint64 Customers = 20000;
const QString referenceNow = u"2026-01-01T09:00:00.000Z"_s; // the demo's "now" (asOf below)
const QDate referenceDay(2026, 1, 1);

qint64 count(const Database &db, const QString &sql)
{
    return scalar(db, sql).toLongLong();
}

// The secondary indexes of the history tables, by name.
QStringList historyIndexes(const Database &db)
{
    QStringList out;
    for (const QString &table : DemoHistory::tables()) {
        QSqlQuery q(db.connection());
        q.prepare(db.dialect().secondaryIndexes());
        q.addBindValue(table);
        if (!q.exec())
            return {q.lastError().text()};
        while (q.next())
            out.append(q.value(1).toString());
    }
    out.sort();
    return out;
}

// Every history row as text, ordered by id.
QStringList historyRows(const Database &db)
{
    QStringList out;
    for (const QString &table : DemoHistory::tables()) {
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(table)))
            return {q.lastError().text()};
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
            out.append(table + u": "_s + values.join(u'|'));
        }
    }
    return out;
}

} // namespace

class tst_DemoGenerator : public QObject
{
    Q_OBJECT

    // One generated archive, read by every test.
    std::unique_ptr<TempArchive> m_archive;
    std::unique_ptr<Database> m_db;
    QStringList m_logins;

private Q_SLOTS:
    void initTestCase()
    {
        m_archive = std::make_unique<TempArchive>();
        m_db = m_archive->open();
        QVERIFY(m_db);
        UserRepository users(*m_db, PasswordHasher(PasswordHasher::Strength::Minimal));
        const Result<DemoAccounts::Created> accounts = DemoAccounts::create(users);
        VERIFY_OK(accounts);
        for (const DemoAccounts::Account &account : accounts->accounts)
            m_logins.append(account.login);
        qint64 lastDone = -1;
        VERIFY_OK(DemoGenerator::run(*m_db,
                                     accounts->supervisor,
                                     {Customers, 42, referenceDay},
                                     [&](qint64 done, qint64) {
                                         lastDone = done;
                                         return true;
                                     }));
        QCOMPARE(lastDone, Customers);
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_archive.reset();
    }

    // Purchases skewed (many buy never or once, a few up to eight times), about five
    // interactions per customer, returns for about 5% of purchases, requests for about 10% of
    // customers.
    void countsAreProportional()
    {
        const Database &db = *m_db;
        QCOMPARE(count(db, u"SELECT count(*) FROM customers"_s), Customers);
        const double purchases = double(count(db, u"SELECT count(*) FROM purchases"_s));
        const double returns = double(count(db, u"SELECT count(*) FROM purchase_returns"_s));
        const double interactions = double(count(db, u"SELECT count(*) FROM interactions"_s));
        const double requests = double(count(db, u"SELECT count(*) FROM service_requests"_s));
        const double moves = double(count(db, u"SELECT count(*) FROM request_stage_moves"_s));
        const QString counts = u"purchases %1, returns %2, interactions %3, requests %4, moves %5"_s
                                       .arg(purchases)
                                       .arg(returns)
                                       .arg(interactions)
                                       .arg(requests)
                                       .arg(moves);
        QVERIFY2(purchases / Customers > 1.2 && purchases / Customers < 2.2, qPrintable(counts));
        QVERIFY2(interactions / Customers > 4.5 && interactions / Customers < 5.5,
                 qPrintable(counts));
        QVERIFY2(returns / purchases > 0.03 && returns / purchases < 0.08, qPrintable(counts));
        QVERIFY2(requests / Customers > 0.08 && requests / Customers < 0.14, qPrintable(counts));
        QVERIFY2(moves / requests > 2 && moves / requests < 7, qPrintable(counts));

        // The skew: a third or so never bought; some loyal customers bought five times or more.
        const qint64 buyers = count(db, u"SELECT count(DISTINCT customer_id) FROM purchases"_s);
        QVERIFY2(buyers > Customers / 2 && buyers < Customers * 8 / 10, qPrintable(counts));
        const qint64 loyal = count(db,
                                   u"SELECT count(*) FROM (SELECT customer_id FROM purchases"
                                   " GROUP BY customer_id HAVING count(*) >= 5) AS loyal"_s);
        QVERIFY(loyal > Customers / 50);
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM (SELECT customer_id FROM purchases"
                       " GROUP BY customer_id HAVING count(*) > 8) AS many"_s),
                 0);

        // One audit entry for the batch, with what it made.
        const QJsonObject details
                = QJsonDocument::fromJson(
                          scalar(db, u"SELECT details FROM audit_log WHERE action = 'demo'"_s)
                                  .toString()
                                  .toUtf8())
                          .object();
        QCOMPARE(details.value(u"customers"_s).toInteger(), Customers);
        QCOMPARE(details.value(u"purchases"_s).toInteger(), qint64(purchases));
        QCOMPARE(details.value(u"returns"_s).toInteger(), qint64(returns));
        QCOMPARE(details.value(u"interactions"_s).toInteger(), qint64(interactions));
        QCOMPARE(details.value(u"service_requests"_s).toInteger(), qint64(requests));
        QCOMPARE(details.value(u"complaints"_s).toInteger(),
                 count(db, u"SELECT count(*) FROM complaints"_s));
        QCOMPARE(details.value(u"follow_ups"_s).toInteger(),
                 count(db, u"SELECT count(*) FROM follow_ups"_s));
    }

    // What the repositories keep true: refunds add up, amounts fit, codes are the lists'.
    void purchasesAndReturnsAreConsistent()
    {
        const Database &db = *m_db;
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM purchases p WHERE refunded <> (SELECT"
                       " coalesce(sum(r.refunded), 0) FROM purchase_returns r"
                       " WHERE r.purchase_id = p.id)"_s),
                 0);
        QVERIFY(count(db, u"SELECT count(*) FROM purchases WHERE refunded > 0"_s) > 0);
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM purchase_returns r JOIN purchases p"
                       " ON p.id = r.purchase_id WHERE r.customer_id <> p.customer_id"
                       " OR r.returned_at < p.purchased_at OR r.refunded <= 0"_s),
                 0);
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM purchases WHERE amount > quantity * unit_price"
                       " OR refunded > amount OR quantity < 1 OR unit_price <= 0"_s),
                 0);
        // Some discounted.
        QVERIFY(count(db, u"SELECT count(*) FROM purchases WHERE amount < quantity * unit_price"_s)
                > 0);
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM purchases WHERE payment_method NOT IN"
                       " (SELECT code FROM choices WHERE list = 'payment_method')"_s),
                 0);
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM purchase_returns WHERE reason NOT IN"
                       " (SELECT code FROM choices WHERE list = 'return_reason')"_s),
                 0);
        // Mostly paid with WeChat Pay or Alipay; every method and reason occurs.
        const qint64 purchases = count(db, u"SELECT count(*) FROM purchases"_s);
        QVERIFY(count(db,
                      u"SELECT count(*) FROM purchases"
                      " WHERE payment_method IN ('wechat_pay', 'alipay')"_s)
                > purchases / 2);
        QCOMPARE(count(db, u"SELECT count(DISTINCT payment_method) FROM purchases"_s), 6);
        QCOMPARE(count(db, u"SELECT count(DISTINCT reason) FROM purchase_returns"_s), 6);
        QCOMPARE(count(db, u"SELECT count(DISTINCT category) FROM purchases"_s), 6);
        QCOMPARE(count(db, u"SELECT count(DISTINCT channel) FROM purchases"_s), 5);
    }

    // Every interaction of a known kind, with a summary, by one of the demo accounts, with a
    // duration that fits its channel.
    void interactionsArePlausible()
    {
        const Database &db = *m_db;
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM interactions WHERE channel NOT BETWEEN 0 AND 7"
                       " OR direction NOT BETWEEN 0 AND 1 OR type NOT BETWEEN 0 AND 7"
                       " OR summary = '' OR staff <> created_by"_s),
                 0);
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM interactions WHERE channel IN (1, 2)"
                       " AND duration_seconds <> 0"_s),
                 0); // e-mail, SMS
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM interactions WHERE channel = 5"
                       " AND duration_seconds < 600"_s),
                 0); // visits
        QCOMPARE(count(db, u"SELECT count(DISTINCT type) FROM interactions"_s), 8);
        QCOMPARE(count(db, u"SELECT count(DISTINCT channel) FROM interactions"_s), 8);
        QVERIFY(count(db, u"SELECT count(DISTINCT summary) FROM interactions"_s) > 100);

        QSet<QString> staff;
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT DISTINCT staff FROM interactions UNION SELECT DISTINCT created_by"
                       " FROM purchases UNION SELECT DISTINCT owner FROM service_requests"
                       " UNION SELECT DISTINCT moved_by FROM request_stage_moves"_s));
        while (q.next())
            staff.insert(q.value(0).toString());
        QCOMPARE(staff, QSet<QString>(m_logins.cbegin(), m_logins.cend()));
        // Complaints and follow-ups are handled by the same staff.
        QSet<QString> handlers;
        QVERIFY(q.exec(
                u"SELECT DISTINCT handler FROM complaints WHERE handler <> ''"
                " UNION SELECT DISTINCT changed_by FROM complaint_changes"
                " UNION SELECT DISTINCT assignee FROM follow_ups"
                " UNION SELECT DISTINCT rated_staff FROM follow_ups WHERE rated_staff <> ''"_s));
        while (q.next())
            handlers.insert(q.value(0).toString());
        QCOMPARE(handlers, staff);
    }

    // Every time between the customer's creation and the generator's "now", in StoredTime's form.
    void timesFollowTheCustomer()
    {
        const Database &db = *m_db;
        const QList<std::pair<QString, QString>> times {{u"purchases"_s, u"purchased_at"_s},
                                                        {u"purchase_returns"_s, u"returned_at"_s},
                                                        {u"interactions"_s, u"occurred_at"_s},
                                                        {u"service_requests"_s, u"opened_at"_s},
                                                        {u"request_stage_moves"_s, u"moved_at"_s},
                                                        {u"complaints"_s, u"received_at"_s},
                                                        {u"complaints"_s, u"updated_at"_s},
                                                        {u"complaint_changes"_s, u"changed_at"_s},
                                                        {u"follow_ups"_s, u"created_at"_s},
                                                        {u"follow_ups"_s, u"updated_at"_s},
                                                        {u"follow_ups"_s, u"done_at"_s}};
        for (const auto &[table, column] : times) {
            QCOMPARE(count(db,
                           u"SELECT count(*) FROM %1 h JOIN customers c ON c.id = h.customer_id"
                           " WHERE h.%2 < c.created_at OR h.%2 > '%3'"_s.arg(table,
                                                                             column,
                                                                             referenceNow)),
                     0);
            const QString sample = scalar(db,
                                          u"SELECT %1 FROM %2 ORDER BY id LIMIT 1"_s.arg(column,
                                                                                         table))
                                           .toString();
            QCOMPARE(StoredTime::fromDateTime(StoredTime::toDateTime(sample)).toString(), sample);
        }
        // Newest ids last within a customer: each customer's interactions were made in order.
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM interactions a JOIN interactions b"
                       " ON b.customer_id = a.customer_id AND b.id = a.id + 1"
                       " WHERE b.occurred_at < a.occurred_at"_s),
                 0);
    }

    // The stage history of every request agrees with the request, as ServiceRequest's rules
    // want it.
    void requestsFollowTheirMoves()
    {
        const Database &db = *m_db;
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM service_requests s WHERE stage <> (SELECT to_stage"
                       " FROM request_stage_moves m WHERE m.request_id = s.id"
                       " ORDER BY m.id DESC LIMIT 1)"_s),
                 0);
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM request_stage_moves m JOIN service_requests s"
                       " ON s.id = m.request_id WHERE m.customer_id <> s.customer_id"_s),
                 0);
        // closed_at exactly for closed and cancelled ones, at their last move.
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM service_requests WHERE (closed_at IS NULL)"
                       " <> (stage NOT IN (5, 6)) OR (stage IN (5, 6) AND closed_at <> updated_at)"_s),
                 0);
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM service_requests WHERE (stage = 6)"
                       " <> (cancel_reason <> '')"_s),
                 0);
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM service_requests WHERE stage = 5"
                       " AND (plan_content = '' OR plan_schedule = '' OR plan_budget <= 0)"_s),
                 0);

        // The moves, request by request: opened first (no from), each from the previous to; a
        // reason exactly when going back or cancelling; time never runs backwards.
        QSqlQuery q(m_db->connection());
        q.setForwardOnly(true);
        QVERIFY(q.exec(u"SELECT request_id, from_stage, to_stage, reason, moved_at"
                       " FROM request_stage_moves ORDER BY request_id, id"_s));
        qint64 request = 0;
        int previous = -1;
        QString previousAt;
        int backward = 0;
        QSet<int> stages;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const int to = q.value(2).toInt();
            const QString reason = q.value(3).toString();
            const QString at = q.value(4).toString();
            if (id != request) {
                QVERIFY2(q.value(1).isNull(), qPrintable(QString::number(id)));
                QCOMPARE(to, int(RequestStage::Contact));
                request = id;
            } else {
                QCOMPARE(q.value(1).toInt(), previous);
                QVERIFY(previous != int(RequestStage::Cancelled));
                QVERIFY(at >= previousAt);
                const bool back = to < previous;
                const bool needsReason = back || to == int(RequestStage::Cancelled);
                QVERIFY2(needsReason != reason.isEmpty(), qPrintable(QString::number(id)));
                backward += back ? 1 : 0;
            }
            stages.insert(to);
            previous = to;
            previousAt = at;
        }
        QVERIFY(backward > 0);
        QCOMPARE(stages.size(), 7);

        // Most closed, some cancelled, some open in various stages.
        const qint64 requests = count(db, u"SELECT count(*) FROM service_requests"_s);
        QVERIFY(count(db, u"SELECT count(*) FROM service_requests WHERE stage = 5"_s)
                > requests / 2);
        QVERIFY(count(db, u"SELECT count(*) FROM service_requests WHERE stage = 6"_s) > 0);
        QCOMPARE(count(db, u"SELECT count(DISTINCT stage) FROM service_requests WHERE stage < 5"_s),
                 5);
    }

    // About one customer in five complains (200,000 in a million); severities mostly medium;
    // old complaints settled, recent ones mostly still being handled; some missed their SLA,
    // some are overdue now.
    void complaintsAreProportional()
    {
        const Database &db = *m_db;
        const double complaints = double(count(db, u"SELECT count(*) FROM complaints"_s));
        const double changes = double(count(db, u"SELECT count(*) FROM complaint_changes"_s));
        const QString counts = u"complaints %1, changes %2"_s.arg(complaints).arg(changes);
        QVERIFY2(complaints / Customers > 0.16 && complaints / Customers < 0.24, qPrintable(counts));
        QVERIFY2(changes / complaints > 4 && changes / complaints < 12, qPrintable(counts));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT severity, count(*) FROM complaints GROUP BY severity"
                       " ORDER BY count(*) DESC"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(ComplaintSeverity::Medium));
        q.finish();
        QCOMPARE(count(db, u"SELECT count(DISTINCT severity) FROM complaints"_s), 4);
        QCOMPARE(count(db, u"SELECT count(DISTINCT status) FROM complaints"_s), 5);
        QCOMPARE(count(db, u"SELECT count(DISTINCT reason) FROM complaints"_s), 6);
        QVERIFY(count(db, u"SELECT count(DISTINCT channel) FROM complaints"_s) >= 5);

        // Received more than a month ago: almost all settled. In the last two days: mostly not.
        const QString monthAgo = u"2025-12-01T00:00:00.000Z"_s;
        const QString twoDaysAgo = u"2025-12-30T09:00:00.000Z"_s;
        const qint64 old = count(db,
                                 u"SELECT count(*) FROM complaints WHERE received_at < '%1'"_s.arg(
                                         monthAgo));
        const qint64 oldSettled = count(db,
                                        u"SELECT count(*) FROM complaints WHERE received_at < '%1'"
                                        " AND status IN (2, 3)"_s.arg(monthAgo));
        QVERIFY2(oldSettled > old * 90 / 100 && oldSettled < old, qPrintable(counts));
        QVERIFY(count(db,
                      u"SELECT count(*) FROM complaints WHERE received_at < '%1' AND status = 3"_s
                              .arg(monthAgo))
                > oldSettled * 8 / 10);
        const qint64 recent = count(db,
                                    u"SELECT count(*) FROM complaints WHERE received_at >= '%1'"_s
                                            .arg(twoDaysAgo));
        const qint64 recentOpen = count(db,
                                        u"SELECT count(*) FROM complaints WHERE received_at >= '%1'"
                                        " AND status IN (0, 1)"_s.arg(twoDaysAgo));
        QVERIFY2(recent > 0 && recentOpen * 2 > recent,
                 qPrintable(u"%1 of %2"_s.arg(recentOpen).arg(recent)));

        // Missed SLAs: some, not most. Overdue now: some, all of them unsettled.
        const qint64 missed = count(db,
                                    u"SELECT count(*) FROM complaints"
                                    " WHERE response_missed = 1 OR resolution_missed = 1"_s);
        QVERIFY2(missed > complaints / 20 && missed < complaints / 2,
                 qPrintable(QString::number(missed)));
        QVERIFY(count(db,
                      u"SELECT count(*) FROM complaints WHERE status IN (0, 1, 4) AND"
                      " ((responded_at IS NULL AND response_due_at < '%1') OR"
                      " (resolved_at IS NULL AND resolution_due_at < '%1'))"_s.arg(referenceNow))
                > 0);
        // Some unassigned, some reopened, some compensated.
        QVERIFY(count(db, u"SELECT count(*) FROM complaints WHERE handler = ''"_s) > 0);
        QVERIFY(count(db,
                      u"SELECT count(*) FROM complaint_changes WHERE after = '4'"
                      " AND field = 'status'"_s)
                > 0);
        QVERIFY(count(db, u"SELECT count(*) FROM complaints WHERE compensation_amount > 0"_s) > 0);
    }

    // Every complaint as ComplaintRepository keeps it: its first change is its receipt, every
    // status move is one the workflow allows, the row agrees with its history, the SLA times
    // follow the default policy, and its links belong to its customer.
    void complaintsFollowTheirChanges()
    {
        const Database &db = *m_db;
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM complaints k WHERE NOT EXISTS (SELECT 1 FROM"
                       " complaint_changes x WHERE x.complaint_id = k.id AND x.id = (SELECT"
                       " min(y.id) FROM complaint_changes y WHERE y.complaint_id = k.id)"
                       " AND x.field = 'status' AND x.before IS NULL AND x.after = '0'"
                       " AND x.changed_at = k.received_at AND x.changed_by = k.created_by)"_s),
                 0);
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM complaint_changes x JOIN complaints k"
                       " ON k.id = x.complaint_id WHERE x.customer_id <> k.customer_id"_s),
                 0);
        // The row's status, handler and texts are those of its last changes.
        for (const QString &field : {u"status"_s, u"handler"_s, u"resolution"_s, u"response"_s}) {
            QCOMPARE(count(db,
                           u"SELECT count(*) FROM complaints k WHERE EXISTS (SELECT 1 FROM"
                           " complaint_changes x WHERE x.complaint_id = k.id AND x.field = '%1')"
                           " AND CAST(k.%1 AS TEXT) <> (SELECT x.after FROM complaint_changes x"
                           " WHERE x.complaint_id = k.id AND x.field = '%1'"
                           " ORDER BY x.id DESC LIMIT 1)"_s.arg(field)),
                     0);
        }
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM complaints k WHERE (handler <> '' OR response <> ''"
                       " OR resolution <> '') AND updated_at <> (SELECT max(changed_at) FROM"
                       " complaint_changes x WHERE x.complaint_id = k.id)"_s),
                 0);
        // Statuses agree with the times: resolved_at exactly when settled, closed_at when closed,
        // answered unless open, confirmed only when closed.
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM complaints WHERE (resolved_at IS NOT NULL)"
                       " <> (status IN (2, 3)) OR (closed_at IS NOT NULL) <> (status = 3)"
                       " OR (responded_at IS NULL) <> (status = 0)"
                       " OR (status IN (2, 3) AND resolution = '')"
                       " OR (confirmed_at IS NOT NULL AND status <> 3)"
                       " OR (confirmation = 1) <> (confirmed_at IS NOT NULL)"
                       " OR (status <> 0 AND handler = '')"_s),
                 0);
        // The missed flags follow the times (a late resolution before a reopen stays missed).
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM complaints WHERE (response_missed = 1)"
                       " <> (responded_at IS NOT NULL AND responded_at > response_due_at)"
                       " OR (resolved_at > resolution_due_at AND resolution_missed = 0)"_s),
                 0);
        // Due times from the default policy (hours per severity).
        QSqlQuery q(m_db->connection());
        q.setForwardOnly(true);
        QVERIFY(q.exec(u"SELECT severity, received_at, response_due_at, resolution_due_at"
                       " FROM complaints ORDER BY id"_s));
        const qint64 response[] = {24, 8, 4, 2};
        const qint64 resolution[] = {168, 72, 48, 24};
        while (q.next()) {
            const int severity = q.value(0).toInt();
            const QDateTime received = StoredTime::toDateTime(q.value(1));
            QCOMPARE(StoredTime::toDateTime(q.value(2)),
                     received.addSecs(response[severity] * 3600));
            QCOMPARE(StoredTime::toDateTime(q.value(3)),
                     received.addSecs(resolution[severity] * 3600));
        }
        q.finish();
        // Links to the customer's own purchases and requests, received after them.
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM complaints k JOIN purchases p ON p.id = k.purchase_id"
                       " WHERE p.customer_id <> k.customer_id OR k.received_at < p.purchased_at"_s),
                 0);
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM complaints k JOIN service_requests r"
                       " ON r.id = k.request_id WHERE r.customer_id <> k.customer_id"
                       " OR k.received_at < r.opened_at"_s),
                 0);
        QVERIFY(count(db, u"SELECT count(*) FROM complaints WHERE purchase_id IS NOT NULL"_s) > 0);
        QVERIFY(count(db, u"SELECT count(*) FROM complaints WHERE request_id IS NOT NULL"_s) > 0);
        // Reasons from the list, detailed reasons under their reason; compensation kinds too.
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM complaints k WHERE NOT EXISTS (SELECT 1 FROM choices"
                       " c WHERE c.list = 'complaint_reason' AND c.code = k.reason AND c.parent = "
                       "'')"
                       " OR (k.sub_reason <> '' AND NOT EXISTS (SELECT 1 FROM choices c WHERE"
                       " c.list = 'complaint_reason' AND c.code = k.sub_reason"
                       " AND c.parent = k.reason))"
                       " OR (k.compensation_kind <> '' AND NOT EXISTS (SELECT 1 FROM choices c"
                       " WHERE c.list = 'compensation_kind' AND c.code = k.compensation_kind))"_s),
                 0);

        // The status moves, complaint by complaint: each allowed by the workflow, from the status
        // before, never back in time; a reason exactly for a reopen.
        const QSet<std::pair<int, int>> allowed {{0, 1},
                                                 {0, 2},
                                                 {0, 3},
                                                 {4, 1},
                                                 {4, 2},
                                                 {4, 3},
                                                 {1, 2},
                                                 {1, 3},
                                                 {2, 3},
                                                 {2, 4},
                                                 {3, 4}};
        QVERIFY(q.exec(u"SELECT complaint_id, before, after, reason, changed_at FROM"
                       " complaint_changes WHERE field = 'status' ORDER BY complaint_id, id"_s));
        qint64 complaint = 0;
        int previous = -1;
        QString previousAt;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const int to = q.value(2).toInt();
            const QString at = q.value(4).toString();
            if (id != complaint) {
                QVERIFY(q.value(1).isNull());
                complaint = id;
            } else {
                QCOMPARE(q.value(1).toInt(), previous);
                QVERIFY2(allowed.contains({previous, to}),
                         qPrintable(u"%1: %2 -> %3"_s.arg(id).arg(previous).arg(to)));
                QVERIFY(at >= previousAt);
                QCOMPARE(q.value(3).toString().isEmpty(), to != int(ComplaintStatus::Reopened));
            }
            previous = to;
            previousAt = at;
        }
    }

    // Follow-ups as the rules plan them, with scores in range that rate the staff member who
    // served, linked to rows of the same customer; planned ones around today for the queue.
    void followUpsAreConsistent()
    {
        const Database &db = *m_db;
        const double followUps = double(count(db, u"SELECT count(*) FROM follow_ups"_s));
        QVERIFY2(followUps / Customers > 0.5 && followUps / Customers < 2,
                 qPrintable(QString::number(followUps)));
        QCOMPARE(count(db, u"SELECT count(DISTINCT rule) FROM follow_ups"_s), 5);
        QCOMPARE(count(db, u"SELECT count(DISTINCT status) FROM follow_ups"_s), 4);
        // Scores: in range, only on done ones, each rating someone.
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM follow_ups WHERE csat NOT BETWEEN 1 AND 5"
                       " OR nps NOT BETWEEN 0 AND 10 OR ((csat IS NOT NULL OR nps IS NOT NULL)"
                       " AND status <> 1) OR (csat IS NOT NULL) <> (rated_staff <> '')"
                       " OR (nps IS NOT NULL AND csat IS NULL)"_s),
                 0);
        const qint64 scored = count(db, u"SELECT count(*) FROM follow_ups WHERE csat IS NOT NULL"_s);
        const qint64 satisfied = count(db, u"SELECT count(*) FROM follow_ups WHERE csat >= 4"_s);
        QVERIFY(scored > followUps / 5);
        QVERIFY2(satisfied > scored * 6 / 10 && satisfied < scored * 95 / 100,
                 qPrintable(u"%1 of %2"_s.arg(satisfied).arg(scored)));
        QVERIFY(count(db, u"SELECT count(*) FROM follow_ups WHERE nps IS NOT NULL"_s) > 0);
        QVERIFY(count(db, u"SELECT count(*) FROM follow_ups WHERE csat <= 2"_s) > 0);
        // Done and unreachable ones have their time and who; the others none.
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM follow_ups WHERE (done_at IS NOT NULL)"
                       " <> (status IN (1, 2)) OR (status IN (1, 2) AND (done_by = ''"
                       " OR outcome = '')) OR (status = 2 AND attempts <> 3)"
                       " OR (status = 0 AND attempts >= 3) OR done_at < created_at"_s),
                 0);
        // The rule's source is the linked row, of the same customer; the rated staff member is
        // the one who served.
        const QList<std::pair<QString, QString>> links {
                {u"after_purchase"_s,
                 u"purchase_id IS NULL OR source_id <> purchase_id OR EXISTS (SELECT 1 FROM"
                 " purchases p WHERE p.id = f.purchase_id AND (p.customer_id <> f.customer_id"
                 " OR (f.rated_staff <> '' AND f.rated_staff <> p.created_by)))"_s},
                {u"after_request_closed"_s,
                 u"request_id IS NULL OR source_id <> request_id OR EXISTS (SELECT 1 FROM"
                 " service_requests r WHERE r.id = f.request_id AND (r.customer_id <>"
                 " f.customer_id OR r.stage <> 5 OR (f.rated_staff <> '' AND f.rated_staff <>"
                 " r.owner)))"_s},
                {u"complaint_confirm"_s,
                 u"complaint_id IS NULL OR source_id <> complaint_id OR EXISTS (SELECT 1 FROM"
                 " complaints k WHERE k.id = f.complaint_id AND (k.customer_id <>"
                 " f.customer_id OR (f.rated_staff <> '' AND f.rated_staff <> k.handler)))"_s},
                {u"complaint_check"_s,
                 u"complaint_id IS NULL OR source_id <> complaint_id OR EXISTS (SELECT 1 FROM"
                 " complaints k WHERE k.id = f.complaint_id AND k.customer_id <> f.customer_id)"_s},
                {u"birthday"_s,
                 u"purchase_id IS NOT NULL OR request_id IS NOT NULL OR complaint_id IS NOT NULL"
                 " OR csat IS NOT NULL OR source_id < 2024"_s}};
        for (const auto &[rule, wrong] : links)
            QCOMPARE(count(db,
                           u"SELECT count(*) FROM follow_ups f WHERE rule = '%1' AND (%2)"_s
                                   .arg(rule, wrong)),
                     0);
        // A complaint's follow-ups come after it was resolved.
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM follow_ups f WHERE f.complaint_id IS NOT NULL AND"
                       " NOT EXISTS (SELECT 1 FROM complaint_changes x WHERE x.complaint_id ="
                       " f.complaint_id AND x.field = 'status' AND x.after = '2'"
                       " AND x.changed_at = f.created_at)"_s),
                 0);
        // The Today queue has work: overdue, due today, upcoming.
        QVERIFY(count(db,
                      u"SELECT count(*) FROM follow_ups WHERE status = 0 AND due_on < '2026-01-01'"_s)
                > 0);
        QVERIFY(count(db,
                      u"SELECT count(*) FROM follow_ups WHERE status = 0 AND due_on = '2026-01-01'"_s)
                > 0);
        QVERIFY(count(db,
                      u"SELECT count(*) FROM follow_ups WHERE status = 0 AND due_on > '2026-01-01'"_s)
                > 0);
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM follow_ups WHERE status = 0 AND due_on < '2025-12-10'"_s),
                 0);
    }

    // The bulk load recreated every index it dropped; the tables go on with new ids.
    // Each customer row carries the class its history gives it on the demo's day: a full
    // re-classification finds nothing to change, and the classes are spread.
    void customersCarryTheClassOfTheirHistory()
    {
        const Result<qint64> changed = Classification::reclassifyAll(*m_db, referenceDay);
        VERIFY_OK(changed);
        QCOMPARE(changed.value(), 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT count(DISTINCT lifecycle), count(DISTINCT value_tier),"
                       " sum(CASE WHEN lifecycle = 0 THEN 1 ELSE 0 END) FROM customers"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4); // potential, new, returning, inactive
        QCOMPARE(q.value(1).toInt(), 4); // unrated (potential), high, medium, low
        // Potential customers are exactly those without a purchase.
        const int potential = q.value(2).toInt();
        q.finish();
        QVERIFY(q.exec(u"SELECT count(*) FROM customers c WHERE NOT EXISTS"
                       " (SELECT 1 FROM purchases p WHERE p.customer_id = c.id)"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), potential);
    }

    void archiveWorksAfterwards()
    {
        TempArchive fresh;
        const std::unique_ptr<Database> freshDb = fresh.open();
        QVERIFY(freshDb);
        const QStringList expected = historyIndexes(*freshDb);
        // 12 of schema 3, 19 of complaints and follow-ups, 3 of imports (schema 6), 3 the reports
        // read (schema 7).
        QCOMPARE(expected.size(), 37);
        QCOMPARE(historyIndexes(*m_db), expected);

        // Complaints carry explicit ids: the archive's next one follows them.
        const qint64 maxComplaint = count(*m_db, u"SELECT max(id) FROM complaints"_s);
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(u"INSERT INTO complaints(customer_id, received_at, channel, reason,"
                        " severity, description, response_due_at, resolution_due_at, created_at,"
                        " created_by, updated_at, updated_by) VALUES(1, '%1', 0, 'other', 1,"
                        " 'x', '%1', '%1', '%1', 'test', '%1', 'test') RETURNING id"_s.arg(
                                referenceNow)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), maxComplaint + 1);
        q.finish();

        const qint64 maxPurchase = count(*m_db, u"SELECT max(id) FROM purchases"_s);
        const qint64 maxRequest = count(*m_db, u"SELECT max(id) FROM service_requests"_s);
        const HistoryRows::Made made = HistoryRows::add(*m_db, 1);
        QCOMPARE(made.purchase, maxPurchase + 1);
        QCOMPARE(made.request, maxRequest + 1);
        QVERIFY(made.interaction > 0 && made.purchaseReturn > 0);
    }

    // The same seed gives the same history; another seed another one.
    void deterministic()
    {
        QStringList histories;
        for (const quint64 seed : {7, 7, 8}) {
            TempArchive archive;
            const std::unique_ptr<Database> db = archive.open();
            QVERIFY(db);
            VERIFY_OK(DemoGenerator::run(*db, supervisor(), {200, seed, referenceDay}));
            const QStringList rows = historyRows(*db);
            QVERIFY(rows.size() > 1000);
            histories.append(rows.join(u'\n'));
        }
        QCOMPARE(histories.at(0), histories.at(1));
        QVERIFY(histories.at(0) != histories.at(2));
    }

    // A cancelled run writes no history either.
    void cancelLeavesNothing()
    {
        TempArchive archive;
        const std::unique_ptr<Database> db = archive.open();
        QVERIFY(db);
        const Status status = DemoGenerator::run(*db,
                                                 supervisor(),
                                                 {500, 3, {}},
                                                 [](qint64, qint64) { return false; });
        QVERIFY(!status);
        QCOMPARE(status.error().code, Error::Code::Cancelled);
        for (const QString &table : DemoHistory::tables() + QStringList {u"customers"_s})
            QCOMPARE(rowCount(*db, table), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
