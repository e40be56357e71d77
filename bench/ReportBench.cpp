// report-bench: every report of the catalogue over a big archive — run and first page (what the
// report view waits for), the row count, the whole forward walk (what an export reads) — and,
// with --export, a report written to CSV through ReportExport in this process. See
// bench/README.md; bench/compare-export.sh compares `service-archive export` with the sqlite3
// shell's CSV output.

#include "BenchSupport.h"

#include "Actor.h"
#include "reports/ReportCatalogue.h"
#include "reports/ReportExport.h"
#include "reports/SqlReportRows.h"
#include "security/PasswordHasher.h"
#include "security/UserRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Bench;

namespace {

struct Options
{
    QString archive;
    QStringList reports; // empty: all
    int runs = 3;
    int walks = 1;
    bool noWalk = false;
    bool driver = false; // SqlReportRows::Reader::Driver instead of Native
    QString addUser; // LOGIN:PASSWORD, a supervisor
    QString exportPath;
    QHash<QString, QString> params;
};

bool parse(const QStringList &arguments, Options *o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times every report on an archive."));
    parser.addHelpOption();
    parser.addOptions({
            {QStringLiteral("archive"), QStringLiteral("The archive."), QStringLiteral("FILE")},
            {QStringLiteral("report"),
             QStringLiteral("Only this report (repeatable)."),
             QStringLiteral("NAME")},
            {QStringLiteral("param"),
             QStringLiteral("A parameter for every report that has it (repeatable)."),
             QStringLiteral("KEY=VALUE")},
            {QStringLiteral("runs"),
             QStringLiteral("Repetitions of run + first page (default 3)."),
             QStringLiteral("R")},
            {QStringLiteral("walks"),
             QStringLiteral("Repetitions of the whole walk (default 1)."),
             QStringLiteral("W")},
            {QStringLiteral("no-walk"), QStringLiteral("Skip the whole walk.")},
            {QStringLiteral("driver"),
             QStringLiteral("Walk row reports through QSqlQuery/QSQLITE instead of the native "
                            "handle (to compare the two).")},
            {QStringLiteral("add-user"),
             QStringLiteral("Add a supervisor (for service-archive export) and stop."),
             QStringLiteral("LOGIN:PASSWORD")},
            {QStringLiteral("export"),
             QStringLiteral("Write each report to this CSV file (ReportExport) and time it."),
             QStringLiteral("OUT.csv")},
    });
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return false;
    }
    o->archive = parser.value(QStringLiteral("archive"));
    o->reports = parser.values(QStringLiteral("report"));
    if (parser.isSet(QStringLiteral("runs")))
        o->runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    if (parser.isSet(QStringLiteral("walks")))
        o->walks = std::max(1, parser.value(QStringLiteral("walks")).toInt());
    o->noWalk = parser.isSet(QStringLiteral("no-walk"));
    o->driver = parser.isSet(QStringLiteral("driver"));
    o->addUser = parser.value(QStringLiteral("add-user"));
    o->exportPath = parser.value(QStringLiteral("export"));
    for (const QString &pair : parser.values(QStringLiteral("param"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq < 1) {
            err(QStringLiteral("--param %1: not KEY=VALUE").arg(pair));
            return false;
        }
        o->params.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (o->archive.isEmpty() || !QFileInfo::exists(o->archive)) {
        err(QStringLiteral("--archive FILE (an existing archive) is required"));
        return false;
    }
    return true;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int addUser(Database &db, const QString &spec)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    UserRepository users(db);
    const Result<User> made = users.create(Actor::localUser(),
                                           spec.left(colon),
                                           spec.left(colon),
                                           spec.mid(colon + 1),
                                           int(Role::Supervisor));
    if (!made) {
        err(made.error().message);
        return 1;
    }
    out(QStringLiteral("added supervisor %1").arg(spec.left(colon)));
    return 0;
}

// The report's parameters from --param, only those it has.
ReportParams paramsFor(const Report &report, const Options &o)
{
    QHash<QString, QString> texts;
    for (const ReportParameter &p : report.parameters())
        if (o.params.contains(p.key))
            texts.insert(p.key, o.params.value(p.key));
    const Result<ReportParams> params = ReportParams::fromText(report, texts);
    if (!params) {
        err(QStringLiteral("%1: %2").arg(report.name(), params.error().message));
        return {};
    }
    return params.value();
}

int measure(Database &db, const Report &report, const Options &o)
{
    const Actor actor = Actor::localUser();
    const ReportParams params = paramsFor(report, o);
    QList<double> runMs, pageMs, countMs, walkMs;
    qint64 rows = -1;
    qint64 walked = 0;
    QElapsedTimer t;
    for (int i = 0; i < o.runs; ++i) {
        t.start();
        Result<std::unique_ptr<ReportRows>> run = report.run(db, actor, params);
        if (!run) {
            err(QStringLiteral("%1: %2").arg(report.name(), run.error().message));
            return 1;
        }
        runMs.append(msSince(t));
        t.start();
        const Result<QList<ReportRows::Row>> page = run.value()->page(-1, false, 0, 100);
        if (!page) {
            err(QStringLiteral("%1 page: %2").arg(report.name(), page.error().message));
            return 1;
        }
        pageMs.append(msSince(t));
        t.start();
        const Result<qint64> count = run.value()->rowCount();
        countMs.append(msSince(t));
        rows = count ? count.value() : -1;
    }
    for (int i = 0; !o.noWalk && i < o.walks; ++i) {
        t.start();
        Result<std::unique_ptr<ReportRows>> run = report.run(db, actor, params);
        if (!run)
            return 1;
        walked = 0;
        if (auto *sql = dynamic_cast<SqlReportRows *>(run.value().get()))
            sql->setReader(o.driver ? SqlReportRows::Reader::Driver : SqlReportRows::Reader::Native);
        const Status s = run.value()->forEach([&](const ReportRows::Row &row) -> Status {
            walked += row.size();
            return Done {};
        });
        if (!s) {
            err(QStringLiteral("%1 walk: %2").arg(report.name(), s.error().message));
            return 1;
        }
        walkMs.append(msSince(t));
    }
    QString line = QStringLiteral("report %1 rows %2 run_ms %3 first_page_ms %4 count_ms %5")
                           .arg(report.name(), -20)
                           .arg(rows)
                           .arg(num(median(runMs), 1),
                                num(median(pageMs), 1),
                                num(median(countMs), 1));
    if (!walkMs.isEmpty())
        line += QStringLiteral(" walk_ms %1 (%2) rows_per_s %3")
                        .arg(num(median(walkMs), 1), o.driver ? u"driver"_qs : u"native"_qs)
                        .arg(qint64(double(rows) / (median(walkMs) / 1000.0)));
    if (!o.exportPath.isEmpty()) {
        t.start();
        const Result<qint64> written = ReportExport::toCsv(db,
                                                           actor,
                                                           report,
                                                           params,
                                                           o.exportPath,
                                                           CsvOptions {},
                                                           Report::RunOptions {});
        if (!written) {
            err(QStringLiteral("%1 export: %2").arg(report.name(), written.error().message));
            return 1;
        }
        line += QStringLiteral(" export_ms %1 bytes %2")
                        .arg(num(msSince(t), 1))
                        .arg(QFileInfo(o.exportPath).size());
    }
    out(line);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("report-bench"));
    Options o;
    if (!parse(QCoreApplication::arguments(), &o))
        return 2;
    QElapsedTimer t;
    t.start();
    auto opened = Database::open(o.archive);
    if (!opened) {
        err(opened.error().message);
        return 1;
    }
    Database &db = *opened.value();
    if (!o.addUser.isEmpty())
        return addUser(db, o.addUser);
    out(QStringLiteral("archive %1 size_mb %2 customers %3 complaints %4 interactions %5"
                       " follow_ups %6 purchases %7 requests %8 open_ms %9 load %10")
                .arg(o.archive,
                     num(double(QFileInfo(o.archive).size()) / 1048576.0, 0),
                     QString::number(scalar(db, QStringLiteral("SELECT count(*) FROM customers"))),
                     QString::number(scalar(db, QStringLiteral("SELECT count(*) FROM complaints"))),
                     QString::number(
                             scalar(db, QStringLiteral("SELECT count(*) FROM interactions"))),
                     QString::number(scalar(db, QStringLiteral("SELECT count(*) FROM follow_ups"))),
                     QString::number(scalar(db, QStringLiteral("SELECT count(*) FROM purchases"))),
                     QString::number(
                             scalar(db, QStringLiteral("SELECT count(*) FROM service_requests"))),
                     num(msSince(t), 1),
                     loadAverage()));
    for (const Report *report : ReportCatalogue::all()) {
        if (!o.reports.isEmpty() && !o.reports.contains(report->name()))
            continue;
        if (const int rc = measure(db, *report, o); rc != 0)
            return rc;
    }
    return 0;
}
