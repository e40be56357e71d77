#pragma once

#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// History rows written straight into the tables (what the repositories would store), for the
// tests of what reads the history: classification, the profile's figures, the timeline. Each
// returns the new row's id, or 0 after printing why it failed.
namespace HistorySql {

inline qint64 insert(const Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db.connection());
    q.prepare(sql + QStringLiteral(" RETURNING id"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return 0;
    }
    return q.value(0).toLongLong();
}

inline QVariant at(const QDateTime &t)
{
    return StoredTime::fromDateTime(t);
}

inline qint64 purchase(const Database &db,
                       qint64 customerId,
                       const QDateTime &when,
                       qint64 amount,
                       const QString &product = QStringLiteral("空调"),
                       qint64 quantity = 1,
                       qint64 refunded = 0,
                       const QString &paymentMethod = QStringLiteral("cash"))
{
    return insert(db,
                  QStringLiteral("INSERT INTO purchases(customer_id, purchased_at, product,"
                                 " quantity, unit_price, amount, refunded, payment_method,"
                                 " created_at, created_by, updated_at, updated_by)"
                                 " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, 'alice', ?, 'alice')"),
                  {customerId,
                   at(when),
                   product,
                   quantity,
                   amount / quantity,
                   amount,
                   refunded,
                   paymentMethod,
                   at(when),
                   at(when)});
}

// A return; the purchase's refunded column is raised by the refund, as the repository does.
inline qint64 purchaseReturn(const Database &db,
                             qint64 purchaseId,
                             qint64 customerId,
                             const QDateTime &when,
                             qint64 refunded,
                             const QString &reason = QStringLiteral("quality"),
                             const QString &notes = QStringLiteral(""))
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE purchases SET refunded = refunded + ? WHERE id = ?"));
    q.addBindValue(refunded);
    q.addBindValue(purchaseId);
    if (!q.exec()) {
        qWarning("refund: %s", qPrintable(q.lastError().text()));
        return 0;
    }
    return insert(db,
                  QStringLiteral("INSERT INTO purchase_returns(purchase_id, customer_id,"
                                 " returned_at, reason, refunded, notes, created_at, created_by)"
                                 " VALUES(?, ?, ?, ?, ?, ?, ?, 'alice')"),
                  {purchaseId, customerId, at(when), reason, refunded, notes, at(when)});
}

inline qint64 interaction(const Database &db,
                          qint64 customerId,
                          const QDateTime &when,
                          const QString &summary = QStringLiteral("咨询空调安装"),
                          int channel = 0,
                          int direction = 0,
                          int type = 0)
{
    return insert(db,
                  QStringLiteral("INSERT INTO interactions(customer_id, occurred_at, channel,"
                                 " direction, type, summary, staff, created_at, created_by)"
                                 " VALUES(?, ?, ?, ?, ?, ?, 'alice', ?, 'alice')"),
                  {customerId, at(when), channel, direction, type, summary, at(when)});
}

// A request opened at `when` in the contact stage (with its opening stage row); closed when
// closedAt is valid.
inline qint64 request(const Database &db,
                      qint64 customerId,
                      const QDateTime &when,
                      const QString &title,
                      const QDateTime &closedAt = {})
{
    const qint64 id
            = insert(db,
                     QStringLiteral(
                             "INSERT INTO service_requests(customer_id, title, stage, opened_at,"
                             " closed_at, created_at, created_by, updated_at, updated_by)"
                             " VALUES(?, ?, ?, ?, ?, ?, 'alice', ?, 'alice')"),
                     {customerId,
                      title,
                      closedAt.isValid() ? 5 : 0,
                      at(when),
                      at(closedAt),
                      at(when),
                      at(when)});
    if (id == 0)
        return 0;
    const qint64 opened = insert(db,
                                 QStringLiteral("INSERT INTO request_stage_moves(request_id,"
                                                " customer_id, moved_at, moved_by, to_stage)"
                                                " VALUES(?, ?, ?, 'alice', 0)"),
                                 {id, customerId, at(when)});
    return opened == 0 ? 0 : id;
}

inline qint64 stageMove(const Database &db,
                        qint64 requestId,
                        qint64 customerId,
                        const QDateTime &when,
                        int from,
                        int to,
                        const QString &reason = QStringLiteral(""))
{
    return insert(db,
                  QStringLiteral("INSERT INTO request_stage_moves(request_id, customer_id,"
                                 " moved_at, moved_by, from_stage, to_stage, reason)"
                                 " VALUES(?, ?, ?, 'bob', ?, ?, ?)"),
                  {requestId, customerId, at(when), from, to, reason});
}

// A complaint received at `when` (medium severity, product quality, SLA due 8 h / 72 h later)
// with its first change row; status as given (resolved_at set for resolved and closed).
inline qint64 complaint(const Database &db,
                        qint64 customerId,
                        const QDateTime &when,
                        const QString &description = QStringLiteral("空调不制冷"),
                        int status = 0,
                        qint64 compensation = 0)
{
    const bool settled = status == 2 || status == 3;
    const qint64 id
            = insert(db,
                     QStringLiteral(
                             "INSERT INTO complaints(customer_id, received_at, channel, reason,"
                             " severity, description, status, compensation_amount,"
                             " response_due_at, resolution_due_at, resolved_at, created_at,"
                             " created_by, updated_at, updated_by)"
                             " VALUES(?, ?, 0, 'product_quality', 1, ?, ?, ?, ?, ?, ?, ?, 'alice',"
                             " ?, 'alice')"),
                     {customerId,
                      at(when),
                      description,
                      status,
                      compensation,
                      at(when.addSecs(8 * 3600)),
                      at(when.addSecs(72 * 3600)),
                      settled ? at(when) : at(QDateTime()),
                      at(when),
                      at(when)});
    if (id == 0)
        return 0;
    const qint64 first = insert(db,
                                QStringLiteral("INSERT INTO complaint_changes(complaint_id,"
                                               " customer_id, changed_at, changed_by, field,"
                                               " after) VALUES(?, ?, ?, 'alice', 'status', '0')"),
                                {id, customerId, at(when)});
    return first == 0 ? 0 : id;
}

// A change row of a complaint: a status move by default.
inline qint64 complaintChange(const Database &db,
                              qint64 complaintId,
                              qint64 customerId,
                              const QDateTime &when,
                              const QString &before,
                              const QString &after,
                              const QString &field = QStringLiteral("status"),
                              const QString &reason = QStringLiteral(""))
{
    return insert(db,
                  QStringLiteral("INSERT INTO complaint_changes(complaint_id, customer_id,"
                                 " changed_at, changed_by, field, before, after, reason)"
                                 " VALUES(?, ?, ?, 'bob', ?, ?, ?, ?)"),
                  {complaintId, customerId, at(when), field, before, after, reason});
}

// A follow-up due on `when`'s date; done at `when` (status 1, with an outcome and scores) unless
// doneAt is false.
inline qint64 followUp(const Database &db,
                       qint64 customerId,
                       const QDateTime &when,
                       bool done = true,
                       const QString &purpose = QStringLiteral("购买后回访"),
                       const QVariant &csat = 5,
                       const QVariant &nps = 9)
{
    return insert(db,
                  QStringLiteral("INSERT INTO follow_ups(customer_id, purpose, due_on, status,"
                                 " done_at, done_by, outcome, csat, nps, created_at, created_by,"
                                 " updated_at, updated_by)"
                                 " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'alice', ?, 'alice')"),
                  {customerId,
                   purpose,
                   when.date().toString(Qt::ISODate),
                   done ? 1 : 0,
                   done ? at(when) : at(QDateTime()),
                   done ? QStringLiteral("alice") : QStringLiteral(""),
                   done ? QStringLiteral("满意") : QStringLiteral(""),
                   done ? csat : QVariant(),
                   done ? nps : QVariant(),
                   at(when),
                   at(when)});
}

} // namespace HistorySql
