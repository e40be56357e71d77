#pragma once

#include "complaints/Complaint.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// Complaints to receive, and staff accounts to hand them to.
namespace ComplaintFixtures {

// A complaint about a late delivery, ready to receive for the customer.
inline Complaint draft(qint64 customerId,
                       ComplaintSeverity severity = ComplaintSeverity::Medium,
                       const QString &description = QStringLiteral("快递迟到三天，客户很生气"))
{
    Complaint c;
    c.customerId = customerId;
    c.channel = InteractionChannel::Phone;
    c.reason = QStringLiteral("delivery");
    c.subReason = QStringLiteral("delivery.late");
    c.severity = severity;
    c.description = description;
    return c;
}

// A user row as UserRepository would leave it (no usable password: nobody signs in with it).
inline bool addUser(Database &db, const QString &login, int roles, bool disabled = false)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO users(login, display_name, password_hash, roles, disabled, created_at,"
            " created_by, updated_at) VALUES(?, ?, 'x', ?, ?, '2025-01-01T00:00:00.000Z',"
            " 'test', '2025-01-01T00:00:00.000Z')"));
    q.addBindValue(login);
    q.addBindValue(login);
    q.addBindValue(roles);
    q.addBindValue(disabled ? 1 : 0);
    if (!q.exec()) {
        qWarning("addUser: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace ComplaintFixtures
