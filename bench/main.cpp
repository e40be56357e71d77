// archive-bench: how fast the customer list, search-as-you-type and profiles are on a big archive.
// See bench/README.md for what each line means and how to compare with the sqlite3 shell.

#include "BenchSupport.h"
#include "HistoryBench.h"

#include "Actor.h"
#include "customers/CustomerFilter.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerRepository.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/IdListReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <sqlite3.h>

#include <memory>
#include <random>

using namespace Bench;

namespace {

// What people type into the search box at the front desk.
const char *const defaultQueries[] = {"王芳",
                                      "华信",
                                      "5678",
                                      "1381234",
                                      "gmail",
                                      "zhang.wei",
                                      "C000123",
                                      "深圳",
                                      "Emily",
                                      "有限公司"};
// Typed one keystroke at a time (an input method commits 王 and then 芳).
const char *const defaultTyped[] = {"13812345678", "zhang.wei", "王芳"};
// A search that finds nobody and costs nothing: the state between two timed searches.
const char resetText[] = "qqqzzzqqq";

struct Options
{
    QString archive;
    qint64 create = 0;
    quint64 seed = 1;
    int runs = 7;
    int profiles = 100;
    int screenRows = 40;
    int typingIntervalMs = 150;
    bool scroll = true;
    bool printSql = false;
    bool history = false; // also the service history's numbers (writes, see HistoryBench.h)
    bool historyOnly = false;
    QStringList queries;
    QStringList typed;
};

// The SQL the list model and the repository run, mirrored here for --print-sql (the model's
// block read and the repository's profile read are not exposed by core). Keep in sync with
// CustomerListModel::fetchBlock() and CustomerRepository::get().
const char blockSql[]
        = "SELECT id, code, name, primary_phone, company, lifecycle, value_tier,"
          " owner, updated_at, archived_at IS NOT NULL FROM customers WHERE id IN (%1)";
const char profileSql[] = "SELECT id, code, kind, name, gender, birthday, company, title, email,"
                          " mailing_address, shipping_address, source, lifecycle, value_tier,"
                          " owner, notes, marketing_consent, consent_date, last_verified_at,"
                          " created_at, created_by, updated_at, updated_by, version, archived_at"
                          " FROM customers WHERE id = ?";
const char profilePhonesSql[] = "SELECT kind, number, is_primary FROM customer_phones"
                                " WHERE customer_id = ? ORDER BY position";
const char profileTagsSql[] = "SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag";

CustomerFilter textFilter(const QString &text)
{
    CustomerFilter f;
    f.text = text;
    return f;
}

// The same rows for the benchmark and for --print-sql: random rows of the default list.
QList<int> profileRows(int rowCount, int n)
{
    std::mt19937_64 rng(42);
    QList<int> rows;
    if (rowCount <= 0)
        return rows;
    std::uniform_int_distribution<int> pick(0, rowCount - 1);
    for (int i = 0; i < n; ++i)
        rows.append(pick(rng));
    return rows;
}

QString statsLine(const QList<double> &ms)
{
    return QStringLiteral("median_ms %1 p95_ms %2 max_ms %3")
            .arg(num(median(ms), 2), num(percentile(ms, 95), 2), num(maximum(ms), 2));
}

class ListBench
{
public:
    ListBench(const Options &options, Database &db, CustomerListModel &model)
        : m_options(options)
        , m_db(db)
        , m_model(model)
        , m_probe(model)
    {
        m_clock.start();
    }

    ModelProbe &probe() { return m_probe; }
    void listDefault();
    void search();
    void typing(const QString &text, int intervalMs);
    void setFilterSummary();
    void scroll();
    void profiles();

private:
    double setFilter(const CustomerFilter &filter);
    bool apply(const CustomerFilter &filter, const QString &what);
    double sqlMedian(const CustomerFilter &filter, int *rows = nullptr);

    const Options &m_options;
    Database &m_db;
    CustomerListModel &m_model;
    ModelProbe m_probe;
    QElapsedTimer m_clock;
    QList<double> m_setFilterMs; // how long each setFilter() blocked the calling thread
    QList<double> m_setFilterCpuMs; // the same in CPU time of this thread (without preemption)
    QString m_slowestSetFilter;
    QList<double> m_allSearchMs;
    QList<double> m_allFirstRowsMs;
    std::unique_ptr<Database> m_sqlDb; // a second connection for the bare SQL timings
};

double ListBench::setFilter(const CustomerFilter &filter)
{
    const double cpuBefore = threadCpuMs();
    QElapsedTimer t;
    t.start();
    m_model.setFilter(filter);
    const double ms = msSince(t);
    m_setFilterCpuMs.append(threadCpuMs() - cpuBefore);
    if (ms > maximum(m_setFilterMs))
        m_slowestSetFilter = filter.text;
    m_setFilterMs.append(ms);
    return ms;
}

// Sets the filter and waits for its result (not timed).
bool ListBench::apply(const CustomerFilter &filter, const QString &what)
{
    m_probe.mark();
    if (m_model.filter() == filter)
        return true;
    setFilter(filter);
    if (!m_probe.waitForResult()) {
        err(QStringLiteral("archive-bench: %1 failed: %2").arg(what, m_probe.lastError()));
        return false;
    }
    return true;
}

// The bare id query through IdListReader on a connection of its own: what the worker thread
// spends in SQLite, without the thread hop and the model.
double ListBench::sqlMedian(const CustomerFilter &filter, int *rows)
{
    if (!m_sqlDb) {
        auto opened = Database::openForThread(m_db.address());
        if (!opened) {
            err(opened.error().message);
            return -1;
        }
        m_sqlDb = std::move(opened).value();
    }
    const CustomerFilter::Sql sql = filter.idQuery(m_sqlDb->dialect());
    QList<double> ms;
    for (int i = 0; i < m_options.runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto ids = IdListReader::read(*m_sqlDb, sql.text, sql.binds);
        ms.append(msSince(t));
        if (rows)
            *rows = ids ? int(ids->size()) : -1;
    }
    return median(ms);
}

void ListBench::listDefault()
{
    // The default list again (refresh(), as after a save): id query + first screen.
    QList<double> total;
    QList<double> query;
    for (int i = 0; i < m_options.runs; ++i) {
        m_probe.mark();
        QElapsedTimer t;
        t.start();
        m_model.refresh();
        if (!m_probe.waitForResult()) {
            err(QStringLiteral("archive-bench: refresh failed: %1").arg(m_probe.lastError()));
            return;
        }
        query.append(msSince(t));
        readRows(m_model, 0, m_options.screenRows);
        total.append(msSince(t));
    }
    int rows = 0;
    const double sql = sqlMedian(CustomerFilter {}, &rows);
    QList<double> screen;
    for (qsizetype i = 0; i < total.size(); ++i)
        screen.append(total.at(i) - query.at(i));
    out(QStringLiteral("list_default %1 query_median_ms %2 screen_median_ms %3 sql_median_ms %4"
                       " rows %5")
                .arg(statsLine(total), num(median(query), 2), num(median(screen), 2), num(sql, 2))
                .arg(rows));
}

void ListBench::search()
{
    for (const QString &text : m_options.queries) {
        QList<double> total;
        QList<double> query;
        QList<double> screen;
        QList<double> firstRows;
        int matches = -1;
        for (int i = 0; i < m_options.runs; ++i) {
            if (!apply(textFilter(QString::fromLatin1(resetText)), QStringLiteral("reset")))
                return;
            QElapsedTimer t;
            t.start();
            // A broad search shows its first screen before the whole, sorted list is in.
            double firstMs = -1;
            const auto early
                    = QObject::connect(&m_model, &QAbstractItemModel::modelReset, &m_model, [&] {
                          if (firstMs < 0 && m_model.rowCount() > 0 && m_model.isLoading()) {
                              readRows(m_model, 0, m_options.screenRows);
                              firstMs = msSince(t);
                          }
                      });
            setFilter(textFilter(text));
            const bool ok = m_probe.waitForResult();
            QObject::disconnect(early);
            if (!ok) {
                err(QStringLiteral("archive-bench: search %1 failed: %2")
                            .arg(text, m_probe.lastError()));
                return;
            }
            const double q = msSince(t);
            readRows(m_model, 0, m_options.screenRows);
            const double all = msSince(t);
            firstRows.append(firstMs >= 0 ? firstMs : all);
            query.append(q);
            screen.append(all - q);
            total.append(all);
            matches = m_model.rowCount();
        }
        m_allSearchMs += total;
        m_allFirstRowsMs += firstRows;
        const double sql = sqlMedian(textFilter(text));
        out(QStringLiteral("search %1 %2 query_median_ms %3 screen_median_ms %4 sql_median_ms %5"
                           " matches %6 first_rows_median_ms %7 first_rows_p95_ms %8")
                    .arg(text,
                         statsLine(total),
                         num(median(query), 2),
                         num(median(screen), 2),
                         num(sql, 2))
                    .arg(matches)
                    .arg(num(median(firstRows), 2), num(percentile(firstRows, 95), 2)));
    }
    out(QStringLiteral("search_all %1 samples %2")
                .arg(statsLine(m_allSearchMs))
                .arg(m_allSearchMs.size()));
    out(QStringLiteral("search_first_rows_all %1 samples %2")
                .arg(statsLine(m_allFirstRowsMs))
                .arg(m_allFirstRowsMs.size()));
}

// Types text one character at a time, intervalMs apart (0: all keystrokes at once, faster than
// any result), as the search box would, and shows the first screen whenever a result arrives.
void ListBench::typing(const QString &text, int intervalMs)
{
    if (!apply(CustomerFilter {}, QStringLiteral("reset")))
        return;
    QList<double> blocks;
    QList<double> stalls;
    qint64 lastShownNs = 0;
    int shown = 0;
    m_probe.onFinished = [&] {
        QElapsedTimer t;
        t.start();
        readRows(m_model, 0, m_options.screenRows);
        stalls.append(msSince(t));
        lastShownNs = m_clock.nsecsElapsed();
        ++shown;
    };
    const int failedBefore = m_probe.failedCount();
    const qint64 firstKeyNs = m_clock.nsecsElapsed();
    qint64 lastKeyNs = firstKeyNs;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        lastKeyNs = m_clock.nsecsElapsed();
        m_probe.mark();
        const double blocked = setFilter(textFilter(text.left(i)));
        blocks.append(blocked);
        if (i < text.size() && intervalMs > 0)
            m_probe.idle(qMax(0, intervalMs - int(blocked)));
    }
    const bool ok = m_probe.waitForResult();
    m_probe.onFinished = nullptr;
    const QString mode = intervalMs > 0 ? QStringLiteral("paced_%1ms").arg(intervalMs)
                                        : QStringLiteral("burst");
    if (!ok) {
        err(QStringLiteral("archive-bench: typing %1 failed: %2").arg(text, m_probe.lastError()));
        return;
    }
    out(QStringLiteral("typing %1 %2 keys %3 final_ms %4 since_first_key_ms %5 results_shown %6"
                       " failed %7 setfilter_max_ms %8 gui_stall_max_ms %9 matches %10")
                .arg(text, mode)
                .arg(text.size())
                .arg(num(double(lastShownNs - lastKeyNs) / 1e6, 2),
                     num(double(lastShownNs - firstKeyNs) / 1e6, 2))
                .arg(shown)
                .arg(m_probe.failedCount() - failedBefore)
                .arg(num(maximum(blocks), 3), num(maximum(stalls), 2))
                .arg(m_model.rowCount()));
}

void ListBench::setFilterSummary()
{
    out(QStringLiteral("setfilter_block median_ms %1 p95_ms %2 max_ms %3 calls %4 slowest '%5'"
                       " cpu_median_ms %6 cpu_max_ms %7")
                .arg(num(median(m_setFilterMs), 3),
                     num(percentile(m_setFilterMs, 95), 3),
                     num(maximum(m_setFilterMs), 3))
                .arg(m_setFilterMs.size())
                .arg(m_slowestSetFilter)
                .arg(num(median(m_setFilterCpuMs), 3), num(maximum(m_setFilterCpuMs), 3)));
}

void ListBench::scroll()
{
    if (!apply(CustomerFilter {}, QStringLiteral("default list")))
        return;
    const double rssBefore = rssMb();
    const double peakBefore = peakRssMb();
    const bool reset = resetPeakRss(); // the peak of the scroll alone, not of earlier work
    const int rows = m_model.rowCount();
    const int step = m_options.screenRows;
    QList<double> steps;
    steps.reserve(rows / step + 1);
    qint64 chars = 0;
    QElapsedTimer total;
    total.start();
    for (int first = 0; first < rows; first += step) {
        QElapsedTimer t;
        t.start();
        chars += readRows(m_model, first, step);
        steps.append(msSince(t));
    }
    const double seconds = msSince(total) / 1000.0;
    out(QStringLiteral("scroll_all_s %1 peak_rss_mb %2 rows %3 steps %4 step_median_ms %5"
                       " step_p99_ms %6 step_max_ms %7 rss_before_mb %8 rss_after_mb %9"
                       " peak_rss_before_mb %10 peak_reset %11 chars %12")
                .arg(num(seconds, 2), num(peakRssMb(), 1))
                .arg(rows)
                .arg(steps.size())
                .arg(num(median(steps), 3),
                     num(percentile(steps, 99), 3),
                     num(maximum(steps), 2),
                     num(rssBefore, 1),
                     num(rssMb(), 1),
                     num(peakBefore, 1),
                     reset ? QStringLiteral("yes") : QStringLiteral("no"))
                .arg(chars));
}

void ListBench::profiles()
{
    if (!apply(CustomerFilter {}, QStringLiteral("default list")))
        return;
    CustomerRepository repository(m_db);
    const Actor actor = Actor::localUser();
    QList<double> ms;
    int failures = 0;
    for (int row : profileRows(m_model.rowCount(), m_options.profiles)) {
        const qint64 id = m_model.idAt(row);
        QElapsedTimer t;
        t.start();
        const Result<Customer> c = repository.get(actor, id);
        ms.append(msSince(t));
        if (!c)
            ++failures;
    }
    out(QStringLiteral("profile_get %1 n %2 failures %3")
                .arg(statsLine(ms))
                .arg(ms.size())
                .arg(failures));
}

// --print-sql: one line per statement, tab-separated: name, SQL with ? marks, bind literals.
int printSql(const Options &options)
{
    auto opened = Database::openForThread(options.archive); // no migration, no write
    if (!opened) {
        err(QStringLiteral("archive-bench: %1").arg(opened.error().message));
        return 1;
    }
    Database &db = *opened.value();
    auto line = [](const QString &name, const QString &sql, const QVariantList &binds) {
        QStringList fields {name, sql};
        for (const QVariant &v : binds)
            fields.append(sqlLiteral(v));
        out(fields.join(QLatin1Char('\t')));
    };
    const CustomerFilter::Sql list = CustomerFilter {}.idQuery(db.dialect());
    line(QStringLiteral("list_default"), list.text, list.binds);
    for (const QString &text : options.queries) {
        const CustomerFilter::Sql sql = textFilter(text).idQuery(db.dialect());
        line(QStringLiteral("search:") + text, sql.text, sql.binds);
    }
    QStringList seen;
    for (const QString &typed : options.typed) {
        for (qsizetype i = 1; i <= typed.size(); ++i) {
            const QString prefix = typed.left(i);
            if (seen.contains(prefix))
                continue;
            seen.append(prefix);
            const CustomerFilter::Sql sql = textFilter(prefix).idQuery(db.dialect());
            line(QStringLiteral("typing:") + prefix, sql.text, sql.binds);
        }
    }
    const auto ids = IdListReader::read(db, list.text, list.binds);
    if (!ids || ids->isEmpty()) {
        err(QStringLiteral("archive-bench: the archive has no customers to read."));
        return 1;
    }
    QVariantList block;
    QStringList marks;
    for (qsizetype i = 0; i < qMin<qsizetype>(CustomerListModel::BlockSize, ids->size()); ++i) {
        block.append(ids->at(i));
        marks.append(QStringLiteral("?"));
    }
    line(QStringLiteral("screen"),
         QString::fromLatin1(blockSql).arg(marks.join(QLatin1Char(','))),
         block);
    const QVariantList id {ids->at(profileRows(int(ids->size()), 1).constFirst())};
    line(QStringLiteral("profile"), QString::fromLatin1(profileSql), id);
    line(QStringLiteral("profile_phones"), QString::fromLatin1(profilePhonesSql), id);
    line(QStringLiteral("profile_tags"), QString::fromLatin1(profileTagsSql), id);
    return 0;
}

int create(const Options &options)
{
    if (QFileInfo::exists(options.archive)) {
        err(QStringLiteral("archive-bench: %1 exists; --create makes a new archive.")
                    .arg(QDir::toNativeSeparators(options.archive)));
        return 2;
    }
    QElapsedTimer t;
    t.start();
    {
        auto db = Database::open(options.archive);
        if (!db) {
            err(QStringLiteral("archive-bench: %1").arg(db.error().message));
            return 1;
        }
        const Status status = DemoGenerator::run(*db.value(),
                                                 Actor::localUser(),
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
            err(QStringLiteral("archive-bench: %1").arg(status.error().message));
            return 1;
        }
        const double generated = msSince(t) / 1000.0;
        QElapsedTimer closing;
        closing.start();
        db.value().reset(); // closing checkpoints the write-ahead log into the file
        out(QStringLiteral("create_s %1 close_s %2 customers %3 peak_rss_mb %4")
                    .arg(num(generated, 2), num(msSince(closing) / 1000.0, 2))
                    .arg(options.create)
                    .arg(num(peakRssMb(), 1)));
    }
    return 0;
}

int run(const Options &options)
{
    out(QStringLiteral("archive %1 size_mb %2 sqlite %3 qt %4 runs %5 cpus %6 load %7")
                .arg(QDir::toNativeSeparators(options.archive),
                     num(double(QFileInfo(options.archive).size()) / (1024.0 * 1024.0), 1),
                     QString::fromLatin1(sqlite3_libversion()),
                     QString::fromLatin1(qVersion()),
                     QString::number(options.runs),
                     QString::number(QThread::idealThreadCount()),
                     loadAverage()));

    // Open to first screen: what the user waits for after starting the application.
    QElapsedTimer t;
    t.start();
    auto opened = Database::open(options.archive);
    if (!opened) {
        err(QStringLiteral("archive-bench: %1").arg(opened.error().message));
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    const double openMs = msSince(t);
    if (options.historyOnly) {
        out(QStringLiteral("open_ms %1").arg(num(openMs, 2)));
        const int rc = runHistory(*db, {options.runs, options.profiles});
        out(QStringLiteral("load_end %1").arg(loadAverage()));
        return rc;
    }
    auto model = std::make_unique<CustomerListModel>(*db, Actor::localUser());
    ListBench bench(options, *db, *model);
    // The first screen: rows the view can paint, which the model delivers before the whole list.
    double screenMs = -1;
    {
        QEventLoop loop;
        const auto shown = [&] {
            if (screenMs >= 0 || model->rowCount() == 0)
                return;
            readRows(*model, 0, options.screenRows);
            screenMs = msSince(t);
            loop.quit();
        };
        QObject::connect(model.get(), &QAbstractItemModel::modelReset, &loop, shown);
        QObject::connect(model.get(), &QAbstractItemModel::rowsInserted, &loop, shown);
        QObject::connect(model.get(), &CustomerListModel::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!bench.probe().waitForResult()) {
        err(QStringLiteral("archive-bench: the list failed: %1").arg(bench.probe().lastError()));
        return 1;
    }
    const double readyMs = msSince(t);
    if (screenMs < 0) {
        readRows(*model, 0, options.screenRows);
        screenMs = msSince(t);
    }
    out(QStringLiteral("open_ms %1").arg(num(openMs, 2)));
    out(QStringLiteral("list_ready_ms %1 rows %2").arg(num(readyMs, 2)).arg(model->rowCount()));
    out(QStringLiteral("first_screen_ms %1").arg(num(screenMs, 2)));

    bench.listDefault();
    bench.search();
    for (const QString &typed : options.typed) {
        bench.typing(typed, 0);
        if (options.typingIntervalMs > 0)
            bench.typing(typed, options.typingIntervalMs);
    }
    bench.setFilterSummary();
    if (options.scroll)
        bench.scroll();
    bench.profiles();
    if (options.history)
        if (const int rc = runHistory(*db, {options.runs, options.profiles}); rc != 0)
            return rc;
    out(QStringLiteral("load_end %1").arg(loadAverage()));
    return 0;
}

bool parse(const QStringList &arguments, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Measures the customer list on an archive: open to first screen, search-as-you-type,"
            " scrolling the whole list, opening profiles."));
    parser.addHelpOption();
    const QCommandLineOption archive({QStringLiteral("a"), QStringLiteral("archive")},
                                     QStringLiteral("The archive to measure."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption create(QStringLiteral("create"),
                                    QStringLiteral("First create FILE (must not exist) with N demo"
                                                   " customers, timed."),
                                    QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Demo seed (--create)."),
                                  QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Repetitions of each search."),
                                  QStringLiteral("R"),
                                  QStringLiteral("7"));
    const QCommandLineOption profiles(QStringLiteral("profiles"),
                                      QStringLiteral("Random profiles to open."),
                                      QStringLiteral("N"),
                                      QStringLiteral("100"));
    const QCommandLineOption interval(QStringLiteral("typing-interval-ms"),
                                      QStringLiteral("Pause between keystrokes of the paced typing"
                                                     " test (0: only the burst test)."),
                                      QStringLiteral("MS"),
                                      QStringLiteral("150"));
    const QCommandLineOption query(QStringLiteral("query"),
                                   QStringLiteral("A search to time (repeatable; replaces the ten"
                                                  " defaults)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption typed(QStringLiteral("type"),
                                   QStringLiteral("A search to type key by key (repeatable;"
                                                  " replaces the defaults)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption noScroll(QStringLiteral("no-scroll"),
                                      QStringLiteral("Skip scrolling the whole list."));
    const QCommandLineOption printSql(QStringLiteral("print-sql"),
                                      QStringLiteral("Print the statements (tab-separated: name,"
                                                     " SQL, bind literals) and exit."));
    const QCommandLineOption history(QStringLiteral("history"),
                                     QStringLiteral("Also measure the service history (writes:"
                                                    " adds interactions to one customer and"
                                                    " classifies every customer)."));
    const QCommandLineOption historyOnly(QStringLiteral("history-only"),
                                         QStringLiteral("Only the service history's measurements"
                                                        " (writes, as --history)."));
    for (const auto &o : {archive,
                          create,
                          seed,
                          runs,
                          profiles,
                          interval,
                          query,
                          typed,
                          noScroll,
                          printSql,
                          history,
                          historyOnly})
        parser.addOption(o);
    parser.process(arguments);
    if (!parser.isSet(archive)) {
        err(QStringLiteral("archive-bench: --archive FILE is required (try --help)."));
        return false;
    }
    options->archive = parser.value(archive);
    bool ok = true;
    auto number = [&](const QCommandLineOption &o, qint64 low) {
        bool good = false;
        const qint64 v = parser.value(o).toLongLong(&good);
        if (!good || v < low) {
            err(QStringLiteral("archive-bench: --%1 needs a whole number >= %2.")
                        .arg(o.names().constLast())
                        .arg(low));
            ok = false;
        }
        return v;
    };
    if (parser.isSet(create))
        options->create = number(create, 1);
    options->seed = quint64(number(seed, 0));
    options->runs = int(number(runs, 1));
    options->profiles = int(number(profiles, 1));
    options->typingIntervalMs = int(number(interval, 0));
    options->scroll = !parser.isSet(noScroll);
    options->printSql = parser.isSet(printSql);
    options->historyOnly = parser.isSet(historyOnly);
    options->history = parser.isSet(history) || options->historyOnly;
    options->queries = parser.values(query);
    if (options->queries.isEmpty())
        for (const char *q : defaultQueries)
            options->queries.append(QString::fromUtf8(q));
    options->typed = parser.values(typed);
    if (options->typed.isEmpty())
        for (const char *q : defaultTyped)
            options->typed.append(QString::fromUtf8(q));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("archive-bench"));
    Options options;
    if (!parse(QCoreApplication::arguments(), &options))
        return 2;
    if (options.printSql)
        return printSql(options);
    if (options.create > 0)
        if (const int rc = create(options); rc != 0)
            return rc;
    return run(options);
}
