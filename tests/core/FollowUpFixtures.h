#pragma once

#include "HistorySqlFixtures.h"
#include "followups/FollowUp.h"
#include "followups/FollowUpRow.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QDate>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>

// Rows for the follow-up tests written straight into the tables: complaints (whose repository is
// not these tests' subject), staff accounts, follow-ups in any state; and the follow-ups as
// stored.
namespace FollowUpFixtures {

inline QVariant none()
{
    return QVariant(QMetaType::fromType<qint64>());
}

// A complaint received at `when`, with a handler (or none).
inline qint64 complaint(const Database &db,
                        qint64 customerId,
                        const QString &handler,
                        const QDateTime &when = QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC))
{
    return HistorySql::insert(
            db,
            QStringLiteral("INSERT INTO complaints(customer_id, received_at, channel, reason,"
                           " severity, description, handler, status, resolution,"
                           " response_due_at, resolution_due_at, created_at, created_by,"
                           " updated_at, updated_by) VALUES(?, ?, 0, 'delivery', 1, '送货晚了三天',"
                           " ?, 2, '已补偿运费', ?, ?, ?, 'alice', ?, 'alice')"),
            {customerId,
             HistorySql::at(when),
             handler,
             HistorySql::at(when.addSecs(3600)),
             HistorySql::at(when.addDays(2)),
             HistorySql::at(when),
             HistorySql::at(when)});
}

// A staff account (no password that signs in: these tests do not sign in).
inline qint64 user(const Database &db, const QString &login, bool disabled = false)
{
    return HistorySql::insert(db,
                              QStringLiteral(
                                      "INSERT INTO users(login, display_name, password_hash, roles,"
                                      " disabled, created_at, created_by, updated_at)"
                                      " VALUES(?, ?, 'x', 1, ?, '2025-01-01T00:00:00.000Z', 'root',"
                                      " '2025-01-01T00:00:00.000Z')"),
                              {login, login, disabled ? 1 : 0});
}

struct Row
{
    qint64 customerId = 0;
    QDate dueOn;
    QString assignee = QStringLiteral("");
    FollowUpStatus status = FollowUpStatus::Planned;
    QDateTime doneAt;
    int csat = 0;
    int nps = -1;
    QString ratedStaff = QStringLiteral("");
    qint64 purchaseId = 0;
    qint64 requestId = 0;
    qint64 complaintId = 0;
    QString purpose = QStringLiteral("回访");
};

inline qint64 followUp(const Database &db, const Row &r)
{
    const QVariant when = HistorySql::at(QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC));
    return HistorySql::insert(
            db,
            QStringLiteral("INSERT INTO follow_ups(customer_id, purchase_id, request_id,"
                           " complaint_id, purpose, due_on, assignee, status, done_at, csat, nps,"
                           " rated_staff, created_at, created_by, updated_at, updated_by)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'alice', ?, 'alice')"),
            {r.customerId,
             FollowUpRow::link(r.purchaseId),
             FollowUpRow::link(r.requestId),
             FollowUpRow::link(r.complaintId),
             r.purpose,
             StoredTime::fromDate(r.dueOn),
             r.assignee,
             int(r.status),
             HistorySql::at(r.doneAt),
             r.csat > 0 ? QVariant(r.csat) : QVariant(QMetaType::fromType<int>()),
             r.nps >= 0 ? QVariant(r.nps) : QVariant(QMetaType::fromType<int>()),
             r.ratedStaff,
             when,
             when});
}

// Every follow-up (of one customer, or all), in the order they were written.
inline QList<FollowUp> stored(const Database &db, qint64 customerId = 0)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM follow_ups WHERE ? = 0 OR customer_id = ? ORDER BY id")
                      .arg(FollowUpRow::columns()));
    q.addBindValue(customerId);
    q.addBindValue(customerId);
    QList<FollowUp> out;
    if (!q.exec()) {
        qWarning("follow-ups: %s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(FollowUpRow::read(q));
    return out;
}

inline void setBirthday(const Database &db,
                        qint64 customerId,
                        const QVariant &birthday,
                        const QString &owner = QStringLiteral(""))
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE customers SET birthday = ?, owner = ? WHERE id = ?"));
    q.addBindValue(birthday);
    q.addBindValue(owner);
    q.addBindValue(customerId);
    if (!q.exec())
        qWarning("birthday: %s", qPrintable(q.lastError().text()));
}

} // namespace FollowUpFixtures
