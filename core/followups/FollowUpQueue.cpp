#include "FollowUpQueue.h"

#include "FollowUpRow.h"
#include "customers/PhoneNumber.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

constexpr int MaxItems = 20000;
constexpr int MaxUpcomingDays = 366;

} // namespace

Result<QList<QueueItem>> FollowUpQueue::read(Database &db,
                                             const Actor &actor,
                                             const Options &options)
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    if (options.team) {
        if (Status s = Permissions::require(actor, Operation::Supervise); !s)
            return s.error();
    }
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const QDate last = today.addDays(std::clamp(options.upcomingDays, 0, MaxUpcomingDays));
    const int limit = std::clamp(options.limit, 1, MaxItems);

    // A walk in (due_on, id) order down follow_ups_due (the team) or follow_ups_queue (one
    // assignee, and again for the unassigned ones), each row's customer by its key. Customers
    // archived (or erased) are not called.
    const QString own = options.team ? QString() : QStringLiteral(" AND f.assignee = ?");
    const QString select
            = QStringLiteral("SELECT %1, c.name, c.code, c.primary_phone FROM follow_ups f"
                             " JOIN customers c ON c.id = f.customer_id"
                             " WHERE f.status = %2%3 AND f.due_on <= ? AND c.archived_at IS NULL")
                      .arg(FollowUpRow::columns(QStringLiteral("f.")))
                      .arg(int(FollowUpStatus::Planned))
                      .arg(own);
    QString sql;
    if (options.team)
        sql = select + QStringLiteral(" ORDER BY f.due_on, f.id LIMIT %1").arg(limit);
    else
        // Each branch ordered and cut by its own index walk; the merge sorts at most 2 × limit.
        sql = QStringLiteral(
                      "SELECT * FROM (SELECT * FROM (%1 ORDER BY f.due_on, f.id LIMIT %2) mine"
                      " UNION ALL SELECT * FROM (%1 ORDER BY f.due_on, f.id LIMIT %2) anyone)"
                      " queue ORDER BY due_on, id LIMIT %2")
                      .arg(select)
                      .arg(limit);

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (options.team) {
        q.addBindValue(StoredTime::fromDate(last));
    } else {
        q.addBindValue(actor.login);
        q.addBindValue(StoredTime::fromDate(last));
        q.addBindValue(QStringLiteral(""));
        q.addBindValue(StoredTime::fromDate(last));
    }
    if (!q.exec())
        return Database::storageError(q.lastError());

    QList<QueueItem> items;
    while (q.next()) {
        QueueItem item;
        item.followUp = FollowUpRow::read(q);
        const QDate due = item.followUp.dueOn;
        item.when = due < today    ? QueueItem::When::Overdue
                    : due == today ? QueueItem::When::Today
                                   : QueueItem::When::Upcoming;
        constexpr int c = FollowUpRow::ColumnCount;
        item.customerName = q.value(c).toString();
        item.customerCode = q.value(c + 1).toString();
        const QString phone = q.value(c + 2).toString();
        if (!phone.isEmpty())
            // Masked for everyone: a whole number is revealed on the profile, where the
            // reveal is audited.
            item.customerPhone = PhoneNumber::mask(phone);
        items.append(item);
    }
    return items;
}
