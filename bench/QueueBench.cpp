#include "QueueBench.h"

#include "BenchSupport.h"

#include "storage/Database.h"

#include "Actor.h"
#include "followups/FollowUpQueue.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace Bench {

namespace {

// The user whose queue is measured: the demo's front desk, else whoever has most planned tasks.
QString busiestAssignee(Database &db)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT assignee, count(*) FROM follow_ups WHERE status = 0"
                              " AND assignee <> '' GROUP BY assignee ORDER BY count(*) DESC")))
        if (q.next())
            return q.value(0).toString();
    return QStringLiteral("frontdesk");
}

qint64 dueFor(Database &db, const QString &login, const QDate &today)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM follow_ups WHERE status = 0"
                             " AND (assignee = ? OR assignee = '') AND due_on <= ?"));
    q.addBindValue(login);
    q.addBindValue(today.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Planned follow-ups due today for the user, each for another customer, until `wanted` are due.
qint64 topUp(Database &db, const QString &login, const QDate &today, qint64 have, qint64 wanted)
{
    if (have >= wanted)
        return 0;
    const Result<qint64> added = WriteTransaction::run<qint64>(db, [&]() -> Result<qint64> {
        QSqlQuery ids(db.connection());
        ids.prepare(QStringLiteral("SELECT id FROM customers WHERE archived_at IS NULL"
                                   " ORDER BY id LIMIT ?"));
        ids.addBindValue(wanted - have);
        if (!ids.exec())
            return Database::storageError(ids.lastError());
        QList<qint64> customers;
        while (ids.next())
            customers.append(ids.value(0).toLongLong());
        ids.finish();
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
                "INSERT INTO follow_ups(customer_id, purpose, due_on, assignee, created_at,"
                " created_by, updated_at, updated_by) VALUES(?, ?, ?, ?, ?, 'bench', ?, 'bench')"));
        const QVariant now = StoredTime::fromDateTime(StoredTime::now());
        for (const qint64 customer : std::as_const(customers)) {
            q.addBindValue(customer);
            q.addBindValue(QStringLiteral("回访使用情况（基准测试）"));
            q.addBindValue(today.toString(Qt::ISODate));
            q.addBindValue(login);
            q.addBindValue(now);
            q.addBindValue(now);
            if (!q.exec())
                return Database::storageError(q.lastError());
        }
        return qint64(customers.size());
    });
    if (!added) {
        err(QStringLiteral("complaint-bench: %1").arg(added.error().message));
        return -1;
    }
    return added.value();
}

} // namespace

int runQueue(Database &db, const QueueOptions &options)
{
    const QDate today = QDate::currentDate();
    const QString login = busiestAssignee(db);
    const qint64 before = dueFor(db, login, today);
    const qint64 added = topUp(db, login, today, before, options.tasks);
    if (added < 0)
        return 1;
    out(QStringLiteral("queue_setup user %1 due_before %2 added %3")
                .arg(login)
                .arg(before)
                .arg(added));
    // The desk's own queue, then a supervisor's team view of everyone's.
    for (const bool team : {false, true}) {
        const Actor actor {0, login, login, int(team ? Role::Supervisor : Role::FrontDesk)};
        FollowUpQueue::Options queue;
        queue.today = today;
        queue.team = team;
        queue.limit = options.tasks + 1000;
        QList<double> ms;
        qsizetype rows = 0;
        for (int i = 0; i < options.runs; ++i) {
            QElapsedTimer t;
            t.start();
            const Result<QList<QueueItem>> items = FollowUpQueue::read(db, actor, queue);
            ms.append(msSince(t));
            if (!items) {
                err(QStringLiteral("complaint-bench: the queue: %1").arg(items.error().message));
                return 1;
            }
            rows = items->size();
        }
        out(QStringLiteral("today_queue %1 due %2 rows %3 median_ms %4 p95_ms %5 max_ms %6")
                    .arg(team ? QStringLiteral("team") : QStringLiteral("own"))
                    .arg(dueFor(db, login, today))
                    .arg(rows)
                    .arg(num(median(ms), 2), num(percentile(ms, 95), 2), num(maximum(ms), 2)));
    }
    return 0;
}

} // namespace Bench
