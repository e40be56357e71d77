#include "ExportCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "reports/ReportCatalogue.h"
#include "reports/ReportExport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <csignal>

using namespace CommandSupport;
using namespace ExportCommand;

namespace {

const QString command = QStringLiteral("export");

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onSignal(int)
{
    g_interrupted = 1;
}

// While it lives, SIGINT, SIGTERM and SIGHUP (Ctrl+C, a cron timeout, a closed terminal) stop
// the export between two rows, so the temporary file is removed and no file appears; a second
// signal ends the process as usual.
class InterruptGuard
{
public:
    InterruptGuard()
    {
#ifdef Q_OS_UNIX
        struct sigaction action
        {
        };
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART | SA_RESETHAND;
        for (int signal : {SIGINT, SIGTERM, SIGHUP})
            sigaction(signal, &action, nullptr);
#else
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
#endif
    }
    ~InterruptGuard()
    {
        for (int signal : {SIGINT, SIGTERM})
            std::signal(signal, SIG_DFL);
#ifdef Q_OS_UNIX
        std::signal(SIGHUP, SIG_DFL);
#endif
    }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    static bool interrupted()
    {
        return g_interrupted != 0;
    }
};

std::optional<CsvEncoding> encodingFrom(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("utf-8-bom"))
        return CsvEncoding::Utf8Bom;
    if (t == QLatin1String("utf-8"))
        return CsvEncoding::Utf8;
    if (t == QLatin1String("gb18030"))
        return CsvEncoding::Gb18030;
    return std::nullopt;
}

std::optional<CsvDelimiter> delimiterFrom(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("comma"))
        return CsvDelimiter::Comma;
    if (t == QLatin1String("semicolon"))
        return CsvDelimiter::Semicolon;
    if (t == QLatin1String("tab"))
        return CsvDelimiter::Tab;
    return std::nullopt;
}

QString optionFor(const QString &key)
{
    if (key == QLatin1String("from") || key == QLatin1String("to"))
        return QStringLiteral("--") + key;
    return QStringLiteral("--param ") + key;
}

// A parameter error with the option that caused it named first ("--param status: …").
QString parameterMessage(const Error &error)
{
    if (error.fieldErrors.isEmpty())
        return oneLine(error.message);
    QStringList keys = error.fieldErrors.keys();
    keys.sort();
    QStringList parts;
    for (const QString &key : std::as_const(keys))
        parts.append(QStringLiteral("%1: %2").arg(optionFor(key),
                                                  oneLine(error.fieldErrors.value(key))));
    return parts.join(QLatin1Char(' '));
}

int fail(const QString &message, int code)
{
    printCommandError(command, message);
    return code;
}

// The exit code of an error from signing in or exporting.
int exitCodeOf(const Error &error)
{
    switch (error.code) {
    case Error::Code::Permission:
        return ExportCommand::Refused;
    case Error::Code::Invalid:
        return ExportCommand::BadReport;
    case Error::Code::Cancelled:
        return ExportCommand::Interrupted;
    case Error::Code::File:
        return ExportCommand::WriteFailed;
    default:
        return ExportCommand::ArchiveFailed;
    }
}

// A place the file cannot go, found before the report runs (an aggregate can take a while):
// an empty message when the folder exists and the name is not a folder.
QString outputProblem(const QString &path)
{
    const QFileInfo file(path);
    const QString name = QDir::toNativeSeparators(file.absoluteFilePath());
    if (file.isDir())
        return CommandLine::tr("cannot write %1: it is a folder.").arg(name);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return CommandLine::tr("cannot write %1: the folder %2 does not exist.")
                .arg(name, QDir::toNativeSeparators(folder.absoluteFilePath()));
    return {};
}

QString exitCodesHelp()
{
    return CommandLine::tr(
            "Exit codes: 0 the file was written; 1 the archive cannot be opened or read; 2 wrong "
            "usage: an unknown option, a missing option, a bad --encoding or --delimiter; 3 the "
            "sign-in was refused or the user may not run or export the report; 4 an unknown "
            "report or parameter, or a bad parameter value; 5 the file cannot be written; 6 "
            "interrupted (SIGINT, SIGTERM or SIGHUP). Unless the code is 0, no file was written "
            "and an existing one is unchanged. On success nothing is printed (see --verbose); a "
            "problem is one line on standard error.");
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            CommandLine::tr("Exports one report to a CSV file that Excel opens correctly (RFC "
                            "4180, UTF-8 with BOM by default, formulas neutralized, phone numbers "
                            "kept as text and masked unless --reveal). The file appears only when "
                            "it is complete, and each export is recorded in the audit log. Needs "
                            "a user who may run the report and export (a supervisor). "
                            "`service-archive reports` lists the reports and their parameters.")
            + QStringLiteral("\n\n") + exitCodesHelp());
    parser.addOption(existingArchiveOption());
    parser.addOption(userOption());
    const QCommandLineOption report({QStringLiteral("r"), QStringLiteral("report")},
                                    CommandLine::tr("The report's name (see `reports`)."),
                                    CommandLine::tr("NAME", "a report's name"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CommandLine::tr("The first day of the period, yyyy-mm-dd."),
                                  CommandLine::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                CommandLine::tr("The last day of the period (included)."),
                                CommandLine::tr("DATE"));
    const QCommandLineOption param({QStringLiteral("p"), QStringLiteral("param")},
                                   CommandLine::tr("A parameter of the report; repeat for more."),
                                   CommandLine::tr("KEY=VALUE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("The CSV file to write (replaced when it "
                                                    "exists)."),
                                    CommandLine::tr("OUT.csv"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      CommandLine::tr("utf-8-bom (default), utf-8 or gb18030."),
                                      CommandLine::tr("ENCODING"),
                                      QStringLiteral("utf-8-bom"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       CommandLine::tr("comma (default), semicolon or tab."),
                                       CommandLine::tr("DELIMITER"),
                                       QStringLiteral("comma"));
    const QCommandLineOption reveal(QStringLiteral("reveal"),
                                    CommandLine::tr("Phone numbers in full instead of masked "
                                                    "(needs that right; recorded in the audit "
                                                    "log)."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     CommandLine::tr("Print the number of rows written and the "
                                                     "time taken."));
    for (const QCommandLineOption &option :
         {report, from, to, param, output, encoding, delimiter, reveal, verbose})
        parser.addOption(option);
    if (const std::optional<int> done = parseCommand(parser, arguments, command))
        return *done; // --help (0) or wrong usage (2)

    const std::optional<QString> path = required(parser,
                                                 command,
                                                 QStringLiteral("archive"),
                                                 CommandLine::tr("FILE"));
    if (!path)
        return Usage;
    const std::optional<QString> name = required(parser,
                                                 command,
                                                 QStringLiteral("report"),
                                                 CommandLine::tr("NAME", "a report's name"));
    if (!name)
        return Usage;
    const std::optional<QString> out = required(parser,
                                                command,
                                                QStringLiteral("output"),
                                                CommandLine::tr("OUT.csv"));
    if (!out)
        return Usage;
    if (!required(parser, command, QStringLiteral("user"), CommandLine::tr("NAME")))
        return Usage;
    CsvOptions options;
    if (const auto e = encodingFrom(parser.value(encoding)))
        options.encoding = *e;
    else
        return fail(CommandLine::tr("--encoding “%1” is not one of utf-8-bom, utf-8, gb18030.")
                            .arg(parser.value(encoding)),
                    Usage);
    if (const auto d = delimiterFrom(parser.value(delimiter)))
        options.delimiter = *d;
    else
        return fail(CommandLine::tr("--delimiter “%1” is not one of comma, semicolon, tab.")
                            .arg(parser.value(delimiter)),
                    Usage);

    const Result<const Report *> found = ReportCatalogue::require(*name);
    if (!found)
        return fail(oneLine(found.error().message), BadReport);
    QHash<QString, QString> texts;
    for (const QCommandLineOption *o : {&from, &to})
        if (parser.isSet(*o))
            texts.insert(o->names().constFirst(), parser.value(*o));
    for (const QString &pair : parser.values(param)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = pair.left(eq).trimmed();
        if (eq < 1 || key.isEmpty())
            return fail(CommandLine::tr("--param “%1” is not KEY=VALUE.").arg(pair), BadReport);
        if (texts.contains(key))
            return fail(CommandLine::tr("%1 is given twice.").arg(optionFor(key)), BadReport);
        texts.insert(key, pair.mid(eq + 1));
    }
    const Result<ReportParams> params = ReportParams::fromText(*found.value(), texts);
    if (!params)
        return fail(parameterMessage(params.error()), BadReport);
    if (const QString problem = outputProblem(*out); !problem.isEmpty())
        return fail(problem, WriteFailed);

    auto db = openExisting(*path);
    if (!db)
        return fail(oneLine(db.error().message), ArchiveFailed);
    const InterruptGuard guard;
    const Result<Actor> actor = commandActor(*db.value(), parser, Accounts::MustExist);
    if (!actor)
        return fail(oneLine(actor.error().message), exitCodeOf(actor.error()));
    if (InterruptGuard::interrupted())
        return fail(CommandLine::tr("interrupted; no file was written."), Interrupted);

    QElapsedTimer timer;
    timer.start();
    Report::RunOptions run;
    run.revealSensitive = parser.isSet(reveal);
    run.cancel = &InterruptGuard::interrupted;
    const Result<qint64> written = ReportExport::toCsv(*db.value(),
                                                       actor.value(),
                                                       *found.value(),
                                                       params.value(),
                                                       *out,
                                                       options,
                                                       run);
    if (!written) {
        if (written.error().code == Error::Code::Cancelled)
            return fail(CommandLine::tr("interrupted; no file was written."), Interrupted);
        if (written.error().code == Error::Code::Invalid)
            return fail(parameterMessage(written.error()), BadReport);
        return fail(oneLine(written.error().message), exitCodeOf(written.error()));
    }
    if (parser.isSet(verbose))
        printOut(CommandLine::tr("%n row(s) written to %1 in %2 s.", nullptr, int(*written))
                         .arg(QDir::toNativeSeparators(*out),
                              QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)));
    return Written;
}
