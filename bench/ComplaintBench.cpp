// complaint-bench: how fast the supervisor's complaint list filters, sorts and counts on a big
// archive (and, with --queue, how fast the Today queue opens). See bench/README.md.

#include "BenchSupport.h"
#include "QueueBench.h"

#include "Actor.h"
#include "complaints/ComplaintListModel.h"
#include "complaints/ComplaintQuery.h"
#include "demo/DemoAccounts.h"
#include "demo/DemoGenerator.h"
#include "security/PasswordHasher.h"
#include "security/UserRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace Bench;

namespace {

struct Options
{
    QStringList archives; // files or postgresql:// addresses
    qint64 create = 0;
    quint64 seed = 1;
    int runs = 15;
    int screenRows = 40;
    bool queue = false;
};

QString stats(const QList<double> &ms)
{
    return QStringLiteral("median_ms %1 p95_ms %2")
            .arg(num(median(ms), 2), num(percentile(ms, 95), 2));
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString text(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

// The filters a supervisor uses every day, named for the output.
QList<std::pair<QString, ComplaintFilter>> typicalFilters(Database &db)
{
    QList<std::pair<QString, ComplaintFilter>> out;
    const auto add = [&](const QString &name, auto change) {
        ComplaintFilter f;
        change(f);
        out.append({name, f});
    };
    const QString handler = text(db,
                                 QStringLiteral("SELECT handler FROM complaints WHERE handler <> ''"
                                                " GROUP BY handler ORDER BY count(*) DESC"));
    const qint64 customer = scalar(db,
                                   QStringLiteral("SELECT customer_id FROM complaints"
                                                  " GROUP BY customer_id ORDER BY count(*) DESC,"
                                                  " customer_id"));
    const QDate today = QDate::currentDate();
    add(QStringLiteral("none"), [](ComplaintFilter &) {});
    add(QStringLiteral("status_open"),
        [](ComplaintFilter &f) { f.statuses = {ComplaintStatus::Open}; });
    add(QStringLiteral("status_closed"),
        [](ComplaintFilter &f) { f.statuses = {ComplaintStatus::Closed}; });
    add(QStringLiteral("unsettled"), [](ComplaintFilter &f) {
        f.statuses = {ComplaintStatus::Open, ComplaintStatus::InProgress, ComplaintStatus::Reopened};
    });
    add(QStringLiteral("severity_critical_unsettled"), [](ComplaintFilter &f) {
        f.severity = ComplaintSeverity::Critical;
        f.statuses = {ComplaintStatus::Open, ComplaintStatus::InProgress, ComplaintStatus::Reopened};
    });
    add(QStringLiteral("severity_medium_closed"), [](ComplaintFilter &f) {
        f.severity = ComplaintSeverity::Medium;
        f.statuses = {ComplaintStatus::Closed};
    });
    add(QStringLiteral("handler"), [&](ComplaintFilter &f) { f.handler = handler; });
    add(QStringLiteral("handler_unsettled"), [&](ComplaintFilter &f) {
        f.handler = handler;
        f.statuses = {ComplaintStatus::Open, ComplaintStatus::InProgress, ComplaintStatus::Reopened};
    });
    add(QStringLiteral("unassigned"), [](ComplaintFilter &f) { f.handler = QStringLiteral(""); });
    add(QStringLiteral("reason"),
        [](ComplaintFilter &f) { f.reason = QStringLiteral("product_quality"); });
    add(QStringLiteral("customer"), [&](ComplaintFilter &f) { f.customerId = customer; });
    add(QStringLiteral("received_last_7_days"),
        [&](ComplaintFilter &f) { f.receivedFrom = today.addDays(-7); });
    add(QStringLiteral("received_one_month"), [&](ComplaintFilter &f) {
        f.receivedFrom = today.addMonths(-2);
        f.receivedTo = today.addMonths(-1);
    });
    add(QStringLiteral("received_one_year"), [&](ComplaintFilter &f) {
        f.receivedFrom = today.addYears(-1);
        f.receivedTo = today;
    });
    add(QStringLiteral("overdue_only"), [](ComplaintFilter &f) { f.overdueOnly = true; });
    add(QStringLiteral("overdue_handler"), [&](ComplaintFilter &f) {
        f.overdueOnly = true;
        f.handler = handler;
    });
    add(QStringLiteral("text_2_chars"), [](ComplaintFilter &f) { f.text = QStringLiteral("退款"); });
    add(QStringLiteral("text_4_chars"),
        [](ComplaintFilter &f) { f.text = QStringLiteral("无法开机"); });
    add(QStringLiteral("text_rare"),
        [](ComplaintFilter &f) { f.text = QStringLiteral("送修一个月"); });
    add(QStringLiteral("text_none"),
        [](ComplaintFilter &f) { f.text = QStringLiteral("不存在的话"); });
    add(QStringLiteral("text_and_status_closed"), [](ComplaintFilter &f) {
        f.text = QStringLiteral("无法开机");
        f.statuses = {ComplaintStatus::Closed};
    });
    return out;
}

QString columnName(ComplaintColumn c)
{
    static const char *const names[] = {"received",
                                        "customer_code",
                                        "customer",
                                        "reason",
                                        "severity",
                                        "status",
                                        "handler",
                                        "resolution_due"};
    return QString::fromLatin1(names[int(c)]);
}

// ComplaintQuery straight (what the list's worker thread runs): ids, counts, the first screen's
// rows. One run first to warm the caches, not counted.
void measureQuery(Database &db, const QString &label, const ComplaintFilter &filter, int runs)
{
    const Actor actor = Actor::localUser();
    const ComplaintQuery query(db);
    QList<double> ids, counts, rows;
    qsizetype found = 0;
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer t;
        t.start();
        const Result<QList<qint64>> list = query.ids(actor, filter);
        const double idsMs = msSince(t);
        if (!list) {
            err(QStringLiteral("complaint-bench: %1: %2").arg(label, list.error().message));
            return;
        }
        found = list->size();
        t.restart();
        const Result<ComplaintCounts> counted = query.counts(actor, filter);
        const double countsMs = msSince(t);
        t.restart();
        const Result<QList<ComplaintListRow>> read = query.rows(actor, list->mid(0, 40));
        const double rowsMs = msSince(t);
        if (!counted || !read) {
            err(QStringLiteral("complaint-bench: %1 failed").arg(label));
            return;
        }
        if (i == 0)
            continue;
        ids.append(idsMs);
        counts.append(countsMs);
        rows.append(rowsMs);
    }
    out(QStringLiteral("%1 rows %2 ids_%3 counts_%4 first_rows_median_ms %5")
                .arg(label)
                .arg(found)
                .arg(stats(ids), stats(counts), num(median(rows), 2)));
}

// The list model as the screen uses it: setFilter() until finished() and the first screen read.
void measureModel(Database &db,
                  const QList<std::pair<QString, ComplaintFilter>> &filters,
                  int runs,
                  int screenRows)
{
    ComplaintListModel model(db, Actor::localUser());
    QEventLoop loop;
    QObject::connect(&model, &ComplaintListModel::finished, &loop, &QEventLoop::quit);
    QObject::connect(&model, &ComplaintListModel::failed, &loop, &QEventLoop::quit);
    const auto wait = [&] {
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        loop.exec();
    };
    wait(); // the default list
    ComplaintFilter reset; // matches nothing, at once
    reset.handler = QStringLiteral("no such handler");
    for (const auto &[name, filter] : filters) {
        QList<double> ms;
        for (int i = 0; i < runs; ++i) {
            model.setFilter(reset);
            wait();
            QElapsedTimer t;
            t.start();
            model.setFilter(filter);
            wait();
            qint64 chars = 0;
            for (int row = 0; row < qMin(screenRows, model.rowCount()); ++row)
                for (int c = 0; c < model.columnCount(); ++c)
                    chars += model.data(model.index(row, c)).toString().size();
            ms.append(msSince(t));
            Q_UNUSED(chars);
        }
        out(QStringLiteral("model %1 rows %2 %3").arg(name).arg(model.rowCount()).arg(stats(ms)));
    }
}

int measure(const Options &options, const QString &archive)
{
    QElapsedTimer t;
    t.start();
    auto opened = Database::open(archive);
    if (!opened) {
        err(QStringLiteral("complaint-bench: %1").arg(opened.error().message));
        return 1;
    }
    Database &db = *opened.value();
    // One arg() with every value: an address may hold a %2 of its own (percent-encoding).
    out(QStringLiteral("archive %1 backend %2 open_ms %3 customers %4 complaints %5"
                       " complaint_changes %6 follow_ups %7 runs %8 load %9")
                .arg(db.address().toString(),
                     db.isServer() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"),
                     num(msSince(t), 1),
                     QString::number(scalar(db, QStringLiteral("SELECT count(*) FROM customers"))),
                     QString::number(scalar(db, QStringLiteral("SELECT count(*) FROM complaints"))),
                     QString::number(
                             scalar(db, QStringLiteral("SELECT count(*) FROM complaint_changes"))),
                     QString::number(scalar(db, QStringLiteral("SELECT count(*) FROM follow_ups"))),
                     QString::number(options.runs),
                     loadAverage()));
    if (db.isServer()) // planner statistics, as autovacuum would have them by now
        if (Status s = db.exec(QStringLiteral("ANALYZE complaints")); !s)
            err(s.error().message);
    const QList<std::pair<QString, ComplaintFilter>> filters = typicalFilters(db);
    for (const auto &[name, filter] : filters)
        measureQuery(db, QStringLiteral("filter ") + name, filter, options.runs);
    for (int c = 0; c < int(ComplaintColumn::Count); ++c)
        for (const bool descending : {false, true}) {
            ComplaintFilter f;
            f.sortColumn = ComplaintColumn(c);
            f.descending = descending;
            measureQuery(db,
                         QStringLiteral("sort %1 %2")
                                 .arg(columnName(f.sortColumn),
                                      descending ? QStringLiteral("desc") : QStringLiteral("asc")),
                         f,
                         options.runs);
        }
    measureModel(db, filters, qMin(options.runs, 7), options.screenRows);
    if (options.queue)
        if (const int rc = runQueue(db, {options.runs, 5000}); rc != 0)
            return rc;
    out(QStringLiteral("load_end %1").arg(loadAverage()));
    return 0;
}

// A demo archive as `service-archive demo` makes it: the demo accounts, then the customers.
int create(const Options &options)
{
    auto opened = Database::open(options.archives.first());
    if (!opened) {
        err(QStringLiteral("complaint-bench: %1").arg(opened.error().message));
        return 1;
    }
    Database &db = *opened.value();
    UserRepository users(db, PasswordHasher(PasswordHasher::Strength::Minimal));
    const Result<DemoAccounts::Created> accounts = DemoAccounts::create(users);
    if (!accounts) {
        err(QStringLiteral("complaint-bench: %1").arg(accounts.error().message));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const Status status = DemoGenerator::run(db,
                                             accounts->supervisor,
                                             {options.create, options.seed, {}},
                                             [](qint64 done, qint64 total) {
                                                 if (done % 100000 == 0 || done == total)
                                                     std::fprintf(stderr,
                                                                  "\rcreating %lld / %lld",
                                                                  qint64(done),
                                                                  qint64(total));
                                                 return true;
                                             });
    std::fprintf(stderr, "\n");
    if (!status) {
        err(QStringLiteral("complaint-bench: %1").arg(status.error().message));
        return 1;
    }
    out(QStringLiteral("create_s %1 customers %2 peak_rss_mb %3")
                .arg(num(msSince(t) / 1000.0, 2))
                .arg(options.create)
                .arg(num(peakRssMb(), 1)));
    return 0;
}

bool parse(const QStringList &arguments, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Measures the supervisor's complaint list on demo archives: every"
                           " typical filter and sort (ids, counts, first rows), and the list"
                           " model from setFilter() to the first screen."));
    parser.addHelpOption();
    const QCommandLineOption archive({QStringLiteral("a"), QStringLiteral("archive")},
                                     QStringLiteral("An archive to measure: a file or a"
                                                    " postgresql:// address (repeatable)."),
                                     QStringLiteral("ARCHIVE"));
    const QCommandLineOption create(QStringLiteral("create"),
                                    QStringLiteral("First fill the first (empty) archive with N"
                                                   " demo customers and the demo accounts, timed."),
                                    QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Demo seed (--create)."),
                                  QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Timed repetitions of each measurement."),
                                  QStringLiteral("R"),
                                  QStringLiteral("15"));
    const QCommandLineOption queue(QStringLiteral("queue"),
                                   QStringLiteral("Also open the Today queue with 5,000 tasks due"
                                                  " (writes: tops the busiest user's queue up)."));
    for (const auto &o : {archive, create, seed, runs, queue})
        parser.addOption(o);
    parser.process(arguments);
    options->archives = parser.values(archive);
    if (options->archives.isEmpty()) {
        err(QStringLiteral("complaint-bench: --archive is required (try --help)."));
        return false;
    }
    bool ok = true;
    options->create = parser.isSet(create) ? parser.value(create).toLongLong(&ok) : 0;
    bool good = true;
    options->seed = parser.value(seed).toULongLong(&good);
    ok = ok && good;
    options->runs = parser.value(runs).toInt(&good);
    ok = ok && good && options->runs >= 1 && options->create >= 0;
    options->queue = parser.isSet(queue);
    if (!ok)
        err(QStringLiteral("complaint-bench: --create, --seed and --runs need whole numbers."));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("complaint-bench"));
    Options options;
    if (!parse(QCoreApplication::arguments(), &options))
        return 2;
    if (options.create > 0)
        if (const int rc = create(options); rc != 0)
            return rc;
    for (const QString &archive : std::as_const(options.archives))
        if (const int rc = measure(options, archive); rc != 0)
            return rc;
    return 0;
}
