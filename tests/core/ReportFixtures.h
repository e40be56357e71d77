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

} // namespace ReportFixtures
