#include "HistoryBench.h"

#include "BenchSupport.h"

#include "Actor.h"
#include "history/Classification.h"
#include "history/CustomerFigures.h"
#include "history/Timeline.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <random>

namespace Bench {

namespace {

qint64 scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        err(QStringLiteral("archive-bench: %1: %2").arg(sql, q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QString stats(const QList<double> &ms)
{
    return QStringLiteral("median_ms %1 p95_ms %2 max_ms %3")
            .arg(num(median(ms), 2), num(percentile(ms, 95), 2), num(maximum(ms), 2));
}

// Gives the customer `wanted` interactions, one every 20 minutes back from now (the newest
// first), in one transaction. Returns how many were added, or -1.
qint64 topUp(Database &db, qint64 customerId, qint64 have, qint64 wanted)
{
    if (have >= wanted)
        return 0;
    const Result<qint64> added = WriteTransaction::run<qint64>(db, [&]() -> Result<qint64> {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
                "INSERT INTO interactions(customer_id, occurred_at, channel, direction, type,"
                " summary, result, staff, duration_seconds, created_at, created_by)"
                " VALUES(?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?, 'bench')"));
        const QDateTime now = StoredTime::now();
        for (qint64 i = have; i < wanted; ++i) {
            const QVariant at = StoredTime::fromDateTime(now.addSecs(-1200 * i));
            q.addBindValue(customerId);
            q.addBindValue(at);
            q.addBindValue(int(i % 8));
            q.addBindValue(int(i % 2));
            q.addBindValue(int(i % 8));
            q.addBindValue(QStringLiteral("咨询空调安装 #%1").arg(i));
            q.addBindValue(QStringLiteral("已解答"));
            q.addBindValue(int(60 + i % 600));
            q.addBindValue(at);
            if (!q.exec())
                return Database::storageError(q.lastError());
        }
        return wanted - have;
    });
    if (!added) {
        err(QStringLiteral("archive-bench: %1").arg(added.error().message));
        return -1;
    }
    return added.value();
}

// The first page of a customer's timeline, runs times; then `pages` pages on from it.
void timeline(Database &db, const QString &label, qint64 customerId, int runs, int pages)
{
    const Actor actor = Actor::localUser();
    Timeline timeline(db);
    QList<double> first;
    int rows = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const Result<TimelinePage> page = timeline.page(actor, customerId);
        first.append(msSince(t));
        if (!page) {
            err(QStringLiteral("archive-bench: timeline: %1").arg(page.error().message));
            return;
        }
        rows = int(page->entries.size());
    }
    QList<double> next;
    TimelineCursor cursor;
    for (int i = 0; i < pages; ++i) {
        QElapsedTimer t;
        t.start();
        const Result<TimelinePage> page = timeline.page(actor, customerId, {}, cursor);
        next.append(msSince(t));
        if (!page || page->atEnd)
            break;
        cursor = page->next;
    }
    out(QStringLiteral("timeline_first_page %1 %2 rows %3 paging_%4_median_ms %5"
                       " paging_max_ms %6")
                .arg(label, stats(first))
                .arg(rows)
                .arg(next.size())
                .arg(num(median(next), 2), num(maximum(next), 2)));
}

void figures(Database &db, const QString &label, const QList<qint64> &ids, int runs)
{
    const Actor actor = Actor::localUser();
    QList<double> ms;
    int failures = 0;
    for (int i = 0; i < runs; ++i)
        for (qint64 id : ids) {
            QElapsedTimer t;
            t.start();
            const Result<CustomerFigures> f = CustomerFigures::read(db, actor, id);
            ms.append(msSince(t));
            if (!f)
                ++failures;
        }
    out(QStringLiteral("figures_read %1 %2 n %3 failures %4")
                .arg(label, stats(ms))
                .arg(ms.size())
                .arg(failures));
}

void reclassifyAll(Database &db, const QString &label)
{
    const bool reset = resetPeakRss();
    QElapsedTimer t;
    t.start();
    const Result<qint64> changed = Classification::reclassifyAll(db, QDate::currentDate());
    const double seconds = msSince(t) / 1000.0;
    if (!changed) {
        err(QStringLiteral("archive-bench: reclassifyAll: %1").arg(changed.error().message));
        return;
    }
    out(QStringLiteral("reclassify_all %1 s %2 changed %3 peak_rss_mb %4 peak_reset %5")
                .arg(label, num(seconds, 2))
                .arg(changed.value())
                .arg(num(peakRssMb(), 1), reset ? QStringLiteral("yes") : QStringLiteral("no")));
}

} // namespace

int runHistory(Database &db, const HistoryOptions &options)
{
    const qint64 customers = scalar(db, QStringLiteral("SELECT count(*) FROM customers"));
    const qint64 interactions = scalar(db, QStringLiteral("SELECT count(*) FROM interactions"));
    const qint64 purchases = scalar(db, QStringLiteral("SELECT count(*) FROM purchases"));
    const qint64 busy = scalar(db,
                               QStringLiteral(
                                       "SELECT min(id) FROM customers WHERE archived_at IS NULL"));
    const qint64 quiet = scalar(db,
                                QStringLiteral(
                                        "SELECT max(id) FROM customers WHERE archived_at IS NULL"));
    if (customers <= 0 || busy <= 0 || quiet <= 0) {
        err(QStringLiteral("archive-bench: --history needs an archive with customers."));
        return 1;
    }
    out(QStringLiteral("history customers %1 interactions %2 purchases %3")
                .arg(customers)
                .arg(interactions)
                .arg(purchases));

    const QString countSql = QStringLiteral(
            "SELECT count(*) FROM interactions WHERE customer_id = ?");
    QElapsedTimer t;
    t.start();
    const qint64 added = topUp(db, busy, scalar(db, countSql, {busy}), options.interactions);
    if (added < 0)
        return 1;
    out(QStringLiteral("history_setup customer %1 added_interactions %2 s %3")
                .arg(busy)
                .arg(added)
                .arg(num(msSince(t) / 1000.0, 2)));

    const QString busyLabel = QStringLiteral("customer %1 interactions %2")
                                      .arg(busy)
                                      .arg(scalar(db, countSql, {busy}));
    const QString quietLabel = QStringLiteral("customer %1 interactions %2")
                                       .arg(quiet)
                                       .arg(scalar(db, countSql, {quiet}));
    timeline(db, busyLabel, busy, options.runs, 10);
    timeline(db, quietLabel, quiet, options.runs, 10);

    figures(db, busyLabel, {busy}, options.runs);
    // Random customers: ids between the first and the last (gaps count as NotFound failures).
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<qint64> pick(busy, quiet);
    QList<qint64> ids;
    for (int i = 0; i < options.profiles; ++i)
        ids.append(pick(rng));
    figures(db, QStringLiteral("random %1").arg(options.profiles), ids, 1);

    // The first run writes what changed since the archive was made; the second finds nothing.
    reclassifyAll(db, QStringLiteral("first"));
    reclassifyAll(db, QStringLiteral("again"));
    return 0;
}

} // namespace Bench
