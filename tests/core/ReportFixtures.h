#pragma once

#include "CustomerFixtures.h"
#include "FollowUpFixtures.h"
#include "HistorySqlFixtures.h"
#include "customers/CustomerRepository.h"
#include "reports/Report.h"
#include "reports/ReportCatalogue.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QTest>

#include <ctime>

// A small archive whose report answers are worked out by hand in the tests. Times are given as
// the desk's local time in Asia/Shanghai (UTC+8, no daylight saving), which each report test sets
// first: months and days are local, so a complaint at 01:00 on 1 June local (17:00 UTC on 31
// May) counts in June.
namespace ReportFixtures {

inline void useShanghaiTime()
{
    qputenv("TZ", "Asia/Shanghai");
    tzset();
}

inline QDateTime local(int year, int month, int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::LocalTime).toUTC();
}

// "Now" for the reports: 12:00 on 10 July 2025, local.
inline QDateTime now()
{
    return local(2025, 7, 10, 12);
}

inline Report::RunOptions at(const QDateTime &when = now(), bool reveal = false)
{
    Report::RunOptions o;
    o.clock = [when] {
        return when;
    };
    o.revealSensitive = reveal;
    return o;
}

inline Customer customer(Database &db,
                         const QString &name,
                         const QStringList &phones = {},
                         const QString &owner = QStringLiteral(""))
{
    Customer c = Fixtures::person(name, phones);
    c.owner = owner;
    const Result<Customer> saved = CustomerRepository(db).create(Fixtures::alice(), c);
    if (!saved)
        qWarning("create failed: %s", qPrintable(saved.error().message));
    return saved ? saved.value() : Customer {};
}

inline qint64 staff(const Database &db, const QString &login, const QString &displayName)
{
    return HistorySql::insert(db,
                              QStringLiteral(
                                      "INSERT INTO users(login, display_name, password_hash, roles,"
                                      " created_at, created_by, updated_at)"
                                      " VALUES(?, ?, 'x', 3, '2025-01-01T00:00:00.000Z', 'root',"
                                      " '2025-01-01T00:00:00.000Z')"),
                              {login, displayName});
}

struct ComplaintRow
{
    qint64 customerId = 0;
    QDateTime received;
    QString reason = QStringLiteral("delivery");
    QString subReason = QStringLiteral("");
    int severity = 1; // medium
    int status = 0; // open
    QString handler = QStringLiteral("");
    QDateTime responded;
    QDateTime resolved;
    int responseHours = 8; // due times from received
    int resolutionHours = 72;
    bool responseMissed = false;
    bool resolutionMissed = false;
    QString resolution = QStringLiteral("");
    int channel = 0; // phone
};

inline qint64 complaint(const Database &db, const ComplaintRow &r)
{
    return HistorySql::insert(
            db,
            QStringLiteral("INSERT INTO complaints(customer_id, received_at, channel, reason,"
                           " sub_reason, severity, description, handler, status, resolution,"
                           " response_due_at, resolution_due_at, responded_at, resolved_at,"
                           " response_missed, resolution_missed, created_at, created_by,"
                           " updated_at, updated_by)"
                           " VALUES(?, ?, ?, ?, ?, ?, '投诉', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                           " 'alice', ?, 'alice')"),
            {r.customerId,
             HistorySql::at(r.received),
             r.channel,
             r.reason,
             r.subReason,
             r.severity,
             r.handler,
             r.status,
             r.resolution,
             HistorySql::at(r.received.addSecs(r.responseHours * 3600)),
             HistorySql::at(r.received.addSecs(r.resolutionHours * 3600)),
             HistorySql::at(r.responded),
             HistorySql::at(r.resolved),
             r.responseMissed ? 1 : 0,
             r.resolutionMissed ? 1 : 0,
             HistorySql::at(r.received),
             HistorySql::at(r.received)});
}

// A done follow-up of a complaint with a CSAT score.
inline qint64 complaintScore(const Database &db,
                             qint64 customerId,
                             qint64 complaintId,
                             const QDateTime &doneAt,
                             int csat)
{
    FollowUpFixtures::Row r;
    r.customerId = customerId;
    r.complaintId = complaintId;
    r.dueOn = doneAt.toLocalTime().date();
    r.status = FollowUpStatus::Done;
    r.doneAt = doneAt;
    r.csat = csat;
    return FollowUpFixtures::followUp(db, r);
}

// Every row of a run, in the report's own order.
inline QList<ReportRows::Row> allRows(ReportRows &rows)
{
    QList<ReportRows::Row> out;
    const Status s = rows.forEach([&](const ReportRows::Row &row) -> Status {
        out.append(row);
        return Done {};
    });
    if (!s)
        qWarning("forEach: %s", qPrintable(s.error().message));
    return out;
}

inline std::unique_ptr<ReportRows> run(Database &db,
                                       const Actor &actor,
                                       const QString &name,
                                       const QVariantHash &values = {},
                                       const Report::RunOptions &options = at())
{
    const Report *report = ReportCatalogue::find(name);
    if (!report) {
        qWarning("no report %s", qPrintable(name));
        return nullptr;
    }
    const Result<ReportParams> params = ReportParams::fromValues(*report, values);
    if (!params) {
        qWarning("params: %s", qPrintable(params.error().message));
        return nullptr;
    }
    Result<std::unique_ptr<ReportRows>> rows = report->run(db, actor, params.value(), options);
    if (!rows) {
        qWarning("run: %s", qPrintable(rows.error().message));
        return nullptr;
    }
    return std::move(rows).value();
}

// The complaint archive of the complaint reports (local times; "now" is 10 July 12:00):
//   customers 王芳 (138 1234 5678) and 李雷 (139 0000 1111); handlers zhang (张伟) and li (李娜).
//   K1 zhang 王芳 delivery  05-10 09:00  answered +2 h, resolved +24 h, closed; scores 3 then 4
//   K2 zhang 王芳 delivery  06-01 01:00  answered +4 h, resolved +48 h, resolved; score 2
//   K3 zhang 李雷 billing   06-15 10:00  answered +10 h (late), resolved +30 h, resolved
//   K4 zhang 李雷 delivery  07-09 10:00  open, unanswered, answer due 07-09 18:00 (passed)
//   K5 li    王芳 quality   06-20 10:00  answered +1 h, resolved +100 h (late), closed; score 5
//   K6 li    李雷 delivery  07-10 08:00  open, answer due 16:00 (not yet)
//   K7 —     王芳 delivery  06-30 23:30  open, answer due 07-01 07:30 (passed)
struct ComplaintArchive
{
    Customer wang;
    Customer li;
    qint64 k[8] = {};
};

inline ComplaintArchive seedComplaints(Database &db)
{
    ComplaintArchive a;
    a.wang = customer(db, QStringLiteral("王芳"), {QStringLiteral("13812345678")});
    a.li = customer(db, QStringLiteral("李雷"), {QStringLiteral("13900001111")});
    staff(db, QStringLiteral("zhang"), QStringLiteral("张伟"));
    staff(db, QStringLiteral("li"), QStringLiteral("李娜"));
    const QString zhang = QStringLiteral("zhang");
    const QString li = QStringLiteral("li");
    ComplaintRow r;

    r = {};
    r.customerId = a.wang.id;
    r.received = local(2025, 5, 10, 9);
    r.handler = zhang;
    r.status = 3;
    r.responded = r.received.addSecs(2 * 3600);
    r.resolved = r.received.addSecs(24 * 3600);
    r.resolution = QStringLiteral("补发");
    a.k[1] = complaint(db, r);
    complaintScore(db, a.wang.id, a.k[1], local(2025, 5, 12), 3);
    complaintScore(db, a.wang.id, a.k[1], local(2025, 5, 20), 4);

    r = {};
    r.customerId = a.wang.id;
    r.received = local(2025, 6, 1, 1);
    r.handler = zhang;
    r.status = 2;
    r.responded = r.received.addSecs(4 * 3600);
    r.resolved = r.received.addSecs(48 * 3600);
    a.k[2] = complaint(db, r);
    complaintScore(db, a.wang.id, a.k[2], local(2025, 6, 5), 2);

    r = {};
    r.customerId = a.li.id;
    r.received = local(2025, 6, 15, 10);
    r.reason = QStringLiteral("billing");
    r.subReason = QStringLiteral("billing.overcharge");
    r.handler = zhang;
    r.status = 2;
    r.responded = r.received.addSecs(10 * 3600);
    r.resolved = r.received.addSecs(30 * 3600);
    r.responseMissed = true;
    a.k[3] = complaint(db, r);

    r = {};
    r.customerId = a.li.id;
    r.received = local(2025, 7, 9, 10);
    r.handler = zhang;
    a.k[4] = complaint(db, r);

    r = {};
    r.customerId = a.wang.id;
    r.received = local(2025, 6, 20, 10);
    r.reason = QStringLiteral("product_quality");
    r.handler = li;
    r.status = 3;
    r.severity = 2;
    r.responded = r.received.addSecs(1 * 3600);
    r.resolved = r.received.addSecs(100 * 3600);
    r.resolutionMissed = true;
    a.k[5] = complaint(db, r);
    complaintScore(db, a.wang.id, a.k[5], local(2025, 6, 28), 5);

    r = {};
    r.customerId = a.li.id;
    r.received = local(2025, 7, 10, 8);
    r.handler = li;
    a.k[6] = complaint(db, r);

    r = {};
    r.customerId = a.wang.id;
    r.received = local(2025, 6, 30, 23, 30);
    a.k[7] = complaint(db, r);
    return a;
}

inline qint64 purchase(const Database &db,
                       qint64 customerId,
                       const QDateTime &when,
                       qint64 amount,
                       const QString &category,
                       const QString &channel)
{
    return HistorySql::insert(
            db,
            QStringLiteral("INSERT INTO purchases(customer_id, purchased_at, product,"
                           " category, quantity, unit_price, amount, channel,"
                           " created_at, created_by, updated_at, updated_by)"
                           " VALUES(?, ?, '商品', ?, 1, ?, ?, ?, ?, 'alice', ?, 'alice')"),
            {customerId,
             HistorySql::at(when),
             category,
             amount,
             amount,
             channel,
             HistorySql::at(when),
             HistorySql::at(when)});
}

inline qint64 visit(const Database &db, const FollowUpFixtures::Row &row)
{
    return FollowUpFixtures::followUp(db, row);
}

inline void sql(const Database &db, const QString &statement, const QVariantList &binds)
{
    QSqlQuery q(db.connection());
    q.prepare(statement);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
}

// The rest of the history, on top of seedComplaints (see the tests for the answers):
//   purchases P1 王芳 03-01 家电 3,000.00 门店; P2 王芳 06-10 家电 2,000.00 门店, 500.00 returned
//   06-12 (quality); P3 王芳 07-01 配件 50.00; P4 李雷 06-20 配件 200.00 天猫, all returned 06-25
//   (changed mind); P5 李雷 06-21 配件 100.00 天猫.
//   Return visits besides the complaints' four: Fa zhang P2 done 06-15 CSAT 4 NPS 10 rated zhang;
//   Fb li P4 done 06-26 CSAT 1 NPS 3 rated li; Fc zhang done 07-02 CSAT 5 NPS 8 rated zhang;
//   G1 zhang due 07-05 open; G2 zhang due 07-15 open; G3 li due 07-08 unreachable; G4 li due
//   07-09 cancelled.
//   Requests: S1 王芳 opened 06-01 10:00, contact 24 h, needs analysis 48 h, plan 24 h, execution
//   24 h, back to plan 24 h, execution 48 h, after-sales 24 h, closed 06-10 10:00; S2 李雷 opened
//   07-01 10:00, contact 6 h, in needs analysis since; S3 李雷 opened 07-08 12:00, in contact.
//   A third customer 陈晨 without phone; segments: 王芳 returning/high, 李雷 new/low, 陈晨 potential.
//   Birthdays: 王芳 1990-07-15, 李雷 1985-07-10, 陈晨 2000-01-05, 赵敏 (no phone) 2000-02-29.
//   Verified: 王芳 2024-01-01, 李雷 2025-03-01, 陈晨 and 赵敏 never.
struct HistoryArchive
{
    Customer chen;
    Customer zhao;
    qint64 p[6] = {};
};

inline HistoryArchive seedHistory(Database &db, const ComplaintArchive &a)
{
    using FollowUpFixtures::Row;
    HistoryArchive h;
    h.chen = customer(db, QStringLiteral("陈晨"));
    h.zhao = customer(db, QStringLiteral("赵敏"));
    const QString home = QStringLiteral("家电");
    const QString parts = QStringLiteral("配件");
    const QString store = QStringLiteral("门店");
    const QString tmall = QStringLiteral("天猫");
    h.p[1] = purchase(db, a.wang.id, local(2025, 3, 1), 300000, home, store);
    h.p[2] = purchase(db, a.wang.id, local(2025, 6, 10), 200000, home, store);
    HistorySql::purchaseReturn(db,
                               h.p[2],
                               a.wang.id,
                               local(2025, 6, 12),
                               50000,
                               QStringLiteral("quality"));
    h.p[3] = purchase(db, a.wang.id, local(2025, 7, 1), 5000, parts, store);
    h.p[4] = purchase(db, a.li.id, local(2025, 6, 20), 20000, parts, tmall);
    HistorySql::purchaseReturn(db,
                               h.p[4],
                               a.li.id,
                               local(2025, 6, 25),
                               20000,
                               QStringLiteral("changed_mind"));
    h.p[5] = purchase(db, a.li.id, local(2025, 6, 21), 10000, parts, tmall);

    const auto done = [&](qint64 customer,
                          const QString &assignee,
                          qint64 purchaseId,
                          const QDateTime &at,
                          int csat,
                          int nps) {
        Row r;
        r.customerId = customer;
        r.assignee = assignee;
        r.purchaseId = purchaseId;
        r.dueOn = at.toLocalTime().date();
        r.status = FollowUpStatus::Done;
        r.doneAt = at;
        r.csat = csat;
        r.nps = nps;
        r.ratedStaff = assignee;
        visit(db, r);
    };
    done(a.wang.id, QStringLiteral("zhang"), h.p[2], local(2025, 6, 15), 4, 10);
    done(a.li.id, QStringLiteral("li"), h.p[4], local(2025, 6, 26), 1, 3);
    done(a.wang.id, QStringLiteral("zhang"), 0, local(2025, 7, 2), 5, 8);
    const auto planned = [&](const QString &assignee, const QDate &due, FollowUpStatus status) {
        Row r;
        r.customerId = a.li.id;
        r.assignee = assignee;
        r.dueOn = due;
        r.status = status;
        if (status == FollowUpStatus::Unreachable)
            r.doneAt = due.startOfDay(Qt::LocalTime).toUTC();
        visit(db, r);
    };
    planned(QStringLiteral("zhang"), QDate(2025, 7, 5), FollowUpStatus::Planned);
    planned(QStringLiteral("zhang"), QDate(2025, 7, 15), FollowUpStatus::Planned);
    planned(QStringLiteral("li"), QDate(2025, 7, 8), FollowUpStatus::Unreachable);
    planned(QStringLiteral("li"), QDate(2025, 7, 9), FollowUpStatus::Cancelled);

    const QDateTime s1 = local(2025, 6, 1, 10);
    const qint64 r1 = HistorySql::request(db, a.wang.id, s1, QStringLiteral("安装"), s1.addDays(9));
    const int hoursAt[] = {24, 72, 96, 120, 144, 192, 216};
    const int stages[][2] = {{0, 1}, {1, 2}, {2, 3}, {3, 2}, {2, 3}, {3, 4}, {4, 5}};
    for (int i = 0; i < 7; ++i)
        HistorySql::stageMove(db,
                              r1,
                              a.wang.id,
                              s1.addSecs(hoursAt[i] * 3600),
                              stages[i][0],
                              stages[i][1],
                              QStringLiteral("计划要改"));
    const QDateTime s2 = local(2025, 7, 1, 10);
    const qint64 r2 = HistorySql::request(db, a.li.id, s2, QStringLiteral("维修"));
    HistorySql::stageMove(db, r2, a.li.id, s2.addSecs(6 * 3600), 0, 1);
    HistorySql::request(db, a.li.id, local(2025, 7, 8, 12), QStringLiteral("咨询"));

    const QString update = QStringLiteral(
            "UPDATE customers SET lifecycle = ?, value_tier = ?, birthday = ?,"
            " last_verified_at = ? WHERE id = ?");
    sql(db,
        update,
        {2, 1, QStringLiteral("1990-07-15"), HistorySql::at(local(2024, 1, 1)), a.wang.id});
    sql(db,
        update,
        {1, 3, QStringLiteral("1985-07-10"), HistorySql::at(local(2025, 3, 1)), a.li.id});
    sql(db, update, {0, 0, QStringLiteral("2000-01-05"), HistorySql::at(QDateTime()), h.chen.id});
    sql(db, update, {0, 0, QStringLiteral("2000-02-29"), HistorySql::at(QDateTime()), h.zhao.id});
    return h;
}

} // namespace ReportFixtures
