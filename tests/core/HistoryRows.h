#pragma once

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

// Service-history rows of one customer written with SQL, as the history's repositories store
// them (schema 3), for the tests of what reads or rewrites a whole customer or archive (erasure,
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
                cancelReason};
    }
};

struct Made
{
    qint64 purchase = 0;
    qint64 purchaseReturn = 0;
    qint64 interaction = 0; // the one with the texts
    qint64 request = 0;
};

// The values the rows get besides the texts.
inline constexpr qint64 UnitPrice = 299900; // 2,999.00
inline constexpr qint64 Quantity = 2;
inline constexpr qint64 Amount = 569810; // 5% off
inline constexpr qint64 Refunded = 100000;
inline constexpr qint64 PlanBudget = 150000;
inline constexpr int InteractionDuration = 305;
inline const QString Product = QStringLiteral("智能手机 256GB");

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

// A purchase with one return, two interactions (one with the texts, one without), and a
// service request that was planned, sent back with a reason and cancelled with a reason (four
// stage moves); every row in March 2025 (UTC).
inline Made add(const Database &db, qint64 customerId, const Texts &t = {})
{
    const QString by = QStringLiteral("alice");
    auto at = [](int day, int hour = 10) {
        return QStringLiteral("2025-03-%1T%2:00:00.000Z")
                .arg(day, 2, 10, QLatin1Char('0'))
                .arg(hour, 2, 10, QLatin1Char('0'));
    };
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
    return m;
}

} // namespace HistoryRows
