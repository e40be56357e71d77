#pragma once

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

// Service-history rows of one customer written with SQL, as the history's repositories store
// them (schema 4: with a complaint, its handling history and two follow-ups), for the tests of what reads or rewrites a whole customer or archive (erasure,
// the data-subject export, copies) without depending on those repositories.
namespace HistoryRows {

// Everything typed about the customer, each text distinct so that a test can look for it.
struct Texts
{
    QString purchaseNote = QStringLiteral("送到紫禁城西六宫，找甄嬛");
    QString returnNote = QStringLiteral("甄嬛说屏幕碎裂");
    QString summary = QStringLiteral("甄嬛来电投诉手机屏幕碎裂");
    QString result = QStringLiteral("已答应甄嬛三天内换新");
    QString title = QStringLiteral("甄嬛的手机换新");
    QString description = QStringLiteral("甄嬛要求上门取件");
    QString plan = QStringLiteral("给甄嬛换一台新手机");
    QString schedule = QStringLiteral("甄嬛下周三在家");
    QString backReason = QStringLiteral("甄嬛要求重新分析需求");
    QString cancelReason = QStringLiteral("甄嬛改变了主意");
    // The complaint and its handling history.
    QString complaintDescription = QStringLiteral("甄嬛收到的手机屏幕有裂痕");
    QString oldDescription = QStringLiteral("甄嬛说手机坏了"); // before the description's edit
    QString response = QStringLiteral("已向甄嬛致歉并安排检测");
    QString resolution = QStringLiteral("给甄嬛换了一台新手机");
    QString rootCause = QStringLiteral("仓库给甄嬛打包时没加泡沫");
    QString correctiveAction = QStringLiteral("甄嬛的订单改走加急物流");
    QString preventiveAction = QStringLiteral("像甄嬛这样的易碎订单一律加泡沫");
    QString reopenReason = QStringLiteral("甄嬛说新手机也有划痕");
    // The follow-ups: the one done after the complaint, and the one still planned.
    QString followUpPurpose = QStringLiteral("问甄嬛对换新是否满意");
    QString followUpOutcome = QStringLiteral("甄嬛表示满意");
    QString followUpNotes = QStringLiteral("甄嬛希望送货前先打电话");
    QString plannedPurpose = QStringLiteral("一个月后问甄嬛新手机是否正常");

    QStringList all() const
    {
        return {purchaseNote,
                returnNote,
                summary,
                result,
                title,
                description,
                plan,
                schedule,
                backReason,
                cancelReason,
                complaintDescription,
                oldDescription,
                response,
                resolution,
                rootCause,
                correctiveAction,
                preventiveAction,
                reopenReason,
                followUpPurpose,
                followUpOutcome,
                followUpNotes,
                plannedPurpose};
    }
};

struct Made
{
    qint64 purchase = 0;
    qint64 purchaseReturn = 0;
    qint64 interaction = 0; // the one with the texts
    qint64 request = 0;
    qint64 complaint = 0; // linked to the purchase
    qint64 followUpDone = 0; // of the complaint, with scores
    qint64 followUpPlanned = 0; // of the complaint, not yet due
};

// The values the rows get besides the texts.
inline constexpr qint64 UnitPrice = 299900; // 2,999.00
inline constexpr qint64 Quantity = 2;
inline constexpr qint64 Amount = 569810; // 5% off
inline constexpr qint64 Refunded = 100000;
inline constexpr qint64 PlanBudget = 150000;
inline constexpr int InteractionDuration = 305;
inline const QString Product = QStringLiteral("智能手机 256GB");
inline constexpr qint64 CompensationAmount = 50000; // 500.00, a refund
inline const QString CompensationKind = QStringLiteral("refund");
inline constexpr int ComplaintChanges = 10; // rows of the complaint's handling history
inline constexpr int Csat = 4;
inline constexpr int Nps = 8;
inline const QString Handler = QStringLiteral("bob");

// INSERT ... RETURNING id on both back ends; -1 (and a warning) when it fails.
inline qint64 insert(const Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db.connection());
    q.prepare(sql + QStringLiteral(" RETURNING id"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

inline QString at(int day, int hour = 10)
{
    return QStringLiteral("2025-03-%1T%2:00:00.000Z")
            .arg(day, 2, 10, QLatin1Char('0'))
            .arg(hour, 2, 10, QLatin1Char('0'));
}

// A complaint about the purchase, received on 21 March over WeChat, with its handling history
// (ComplaintChanges rows: received, handler assigned, severity raised, description edited, in
// progress, response, resolution, resolved, reopened with a reason, resolved again); a refund,
// accepted by the customer; the response in time, the resolution late (missed). Then the
// follow-up that confirmed it (done, with scores rating the handler) and the one planned to
// check that the fix held.
inline void addComplaint(const Database &db, qint64 customerId, const Texts &t, Made &m)
{
    const QString by = QStringLiteral("alice");
    const QVariant none(QMetaType::fromType<QString>());
    m.complaint = insert(
            db,
            QStringLiteral("INSERT INTO complaints(customer_id, received_at, channel, reason,"
                           " sub_reason, severity, description, purchase_id, handler, status,"
                           " response, resolution, root_cause, corrective_action,"
                           " preventive_action, compensation_kind, compensation_amount,"
                           " confirmation, confirmed_at, response_due_at, resolution_due_at,"
                           " responded_at, resolved_at, response_missed, resolution_missed,"
                           " created_at, created_by, updated_at, updated_by, version)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                           " ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {customerId,
             at(21, 9),
             3, // WeChat
             QStringLiteral("product_quality"),
             QStringLiteral("product_quality.defect"),
             2, // high
             t.complaintDescription,
             m.purchase,
             Handler,
             2, // resolved
             t.response,
             t.resolution,
             t.rootCause,
             t.correctiveAction,
             t.preventiveAction,
             CompensationKind,
             CompensationAmount,
             1, // accepted
             at(29),
             at(21, 17),
             at(24, 9),
             at(21, 13),
             at(28),
             0,
             1,
             at(21, 9),
             by,
             at(29),
             Handler,
             ComplaintChanges});
    struct Change
    {
        int day, hour;
        QString field;
        QVariant before, after;
        QString reason;
    };
    const Change changes[] = {
            {21, 9, QStringLiteral("status"), none, QStringLiteral("0"), {}},
            {21, 10, QStringLiteral("handler"), QStringLiteral(""), Handler, {}},
            {21, 11, QStringLiteral("severity"), QStringLiteral("1"), QStringLiteral("2"), {}},
            {21, 12, QStringLiteral("description"), t.oldDescription, t.complaintDescription, {}},
            {21, 13, QStringLiteral("status"), QStringLiteral("0"), QStringLiteral("1"), {}},
            {21, 14, QStringLiteral("response"), QStringLiteral(""), t.response, {}},
            {24, 10, QStringLiteral("resolution"), QStringLiteral(""), t.resolution, {}},
            {24, 11, QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("2"), {}},
            {26,
             10,
             QStringLiteral("status"),
             QStringLiteral("2"),
             QStringLiteral("4"),
             t.reopenReason},
            {28, 10, QStringLiteral("status"), QStringLiteral("4"), QStringLiteral("2"), {}},
    };
    static_assert(std::size(changes) == ComplaintChanges);
    for (const Change &c : changes)
        insert(db,
               QStringLiteral("INSERT INTO complaint_changes(complaint_id, customer_id, changed_at,"
                              " changed_by, field, before, after, reason)"
                              " VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
               {m.complaint,
                customerId,
                at(c.day, c.hour),
                c.hour == 9 ? by : Handler,
                c.field,
                c.before,
                c.after,
                c.reason.isNull() ? QStringLiteral("") : c.reason});

    const QString followUp = QStringLiteral(
            "INSERT INTO follow_ups(customer_id, complaint_id, rule, source_id, purpose, due_on,"
            " assignee, status, attempts, done_at, done_by, outcome, notes, csat, nps, rated_staff,"
            " created_at, created_by, updated_at, updated_by, version)"
            " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QVariant noScore(QMetaType::fromType<int>());
    m.followUpDone = insert(db,
                            followUp,
                            {customerId,
                             m.complaint,
                             QStringLiteral("complaint_confirm"),
                             m.complaint,
                             t.followUpPurpose,
                             QStringLiteral("2025-03-29"),
                             by,
                             1, // done
                             1, // one unanswered call before
                             at(29),
                             by,
                             t.followUpOutcome,
                             t.followUpNotes,
                             Csat,
                             Nps,
                             Handler,
                             at(28),
                             by,
                             at(29),
                             by,
                             3});
    m.followUpPlanned = insert(db,
                               followUp,
                               {customerId,
                                m.complaint,
                                QStringLiteral("complaint_check"),
                                m.complaint,
                                t.plannedPurpose,
                                QStringLiteral("2025-04-27"),
                                by,
                                0, // planned
                                0,
                                none,
                                QStringLiteral(""),
                                QStringLiteral(""),
                                QStringLiteral(""),
                                noScore,
                                noScore,
                                QStringLiteral(""),
                                at(28),
                                by,
                                at(28),
                                by,
                                1});
}

// A purchase with one return, two interactions (one with the texts, one without), and a
// service request that was planned, sent back with a reason and cancelled with a reason (four
// stage moves), and the complaint with its follow-ups of addComplaint; every row in March 2025
// (UTC), the planned follow-up due in April.
inline Made add(const Database &db, qint64 customerId, const Texts &t = {})
{
    const QString by = QStringLiteral("alice");
    Made m;
    m.purchase = insert(db,
                        QStringLiteral("INSERT INTO purchases(customer_id, purchased_at, product,"
                                       " category, quantity, unit_price, amount, refunded,"
                                       " payment_method, channel, notes, created_at, created_by,"
                                       " updated_at, updated_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                       " ?, ?, ?, ?, ?, ?)"),
                        {customerId,
                         at(1),
                         Product,
                         QStringLiteral("数码"),
                         Quantity,
                         UnitPrice,
                         Amount,
                         Refunded,
                         QStringLiteral("wechat_pay"),
                         QStringLiteral("京东"),
                         t.purchaseNote,
                         at(1),
                         by,
                         at(1),
                         by});
    m.purchaseReturn = insert(db,
                              QStringLiteral("INSERT INTO purchase_returns(purchase_id,"
                                             " customer_id, returned_at, reason, refunded, notes,"
                                             " created_at, created_by) VALUES(?, ?, ?, ?, ?, ?, ?,"
                                             " ?)"),
                              {m.purchase,
                               customerId,
                               at(5),
                               QStringLiteral("quality"),
                               Refunded,
                               t.returnNote,
                               at(5),
                               by});
    const QString interaction = QStringLiteral(
            "INSERT INTO interactions(customer_id, occurred_at, channel, direction, type, summary,"
            " result, staff, duration_seconds, created_at, created_by)"
            " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m.interaction = insert(db,
                           interaction,
                           {customerId,
                            at(4),
                            0, // phone
                            0, // inbound
                            2, // complaint
                            t.summary,
                            t.result,
                            by,
                            InteractionDuration,
                            at(4),
                            by});
    insert(db,
           interaction,
           {customerId,
            at(12),
            1, // email
            1, // outbound
            5, // follow-up
            QStringLiteral("回访"),
            QStringLiteral(""),
            by,
            0,
            at(12),
            by});
    m.request = insert(db,
                       QStringLiteral("INSERT INTO service_requests(customer_id, title,"
                                      " description, priority, owner, due_on, stage, cancel_reason,"
                                      " plan_content, plan_schedule, plan_budget, opened_at,"
                                      " closed_at, created_at, created_by, updated_at, updated_by,"
                                      " version) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                      " ?, ?, ?, ?)"),
                       {customerId,
                        t.title,
                        t.description,
                        2, // high
                        by,
                        QStringLiteral("2025-04-01"),
                        6, // cancelled
                        t.cancelReason,
                        t.plan,
                        t.schedule,
                        PlanBudget,
                        at(6),
                        at(20),
                        at(6),
                        by,
                        at(20),
                        by,
                        4});
    struct Move
    {
        QVariant from;
        int to;
        QString reason;
        int day;
    };
    const Move moves[] = {{QVariant(), 0, {}, 6},
                          {0, 2, {}, 8},
                          {2, 1, t.backReason, 10},
                          {1, 6, t.cancelReason, 20}};
    for (const Move &move : moves)
        insert(db,
               QStringLiteral("INSERT INTO request_stage_moves(request_id, customer_id, moved_at,"
                              " moved_by, from_stage, to_stage, reason)"
                              " VALUES(?, ?, ?, ?, ?, ?, ?)"),
               {m.request,
                customerId,
                at(move.day),
                by,
                move.from.isNull() ? QVariant(QMetaType::fromType<qint64>()) : move.from,
                move.to,
                move.reason.isNull() ? QStringLiteral("") : move.reason});
    addComplaint(db, customerId, t, m);
    return m;
}

} // namespace HistoryRows
