#include "CommandLine.h"

#include "CommandSupport.h"
#include "CopyCommand.h"
#include "ImportCommand.h"

#include "Actor.h"
#include "AppInfo.h"
#include "demo/DemoAccounts.h"
#include "demo/DemoGenerator.h"
#include "security/PasswordHasher.h"
#include "security/UserRepository.h"
#include "storage/ArchiveCheck.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#include <cstring>

using namespace CommandSupport;

bool CommandLine::isCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *command : {"demo", "backup", "restore", "check", "copy", "import"}) {
        if (std::strcmp(argv[1], command) == 0)
            return true;
    }
    return false;
}

bool CommandLine::isInfoRequest(int argc, char **argv)
{
    // Anything but the desktop options (--archive FILE, --lang LANG) is answered on the
    // terminal: --help, --version, and mistakes, without needing a display.
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "-a") == 0 || std::strcmp(arg, "--archive") == 0
            || std::strcmp(arg, "--lang") == 0) {
            if (++i >= argc)
                return true; // the value is missing
            continue;
        }
        if (std::strncmp(arg, "--archive=", 10) == 0 || std::strncmp(arg, "--lang=", 7) == 0)
            continue;
        return true;
    }
    return false;
}

QString CommandLine::languageFrom(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

QString CommandLine::defaultArchivePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/archive.sqlite");
}

void CommandLine::installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    // English is the fallback for every other language (its plural forms live in the .qm).
    if (own->load(locale,
                  QStringLiteral("servicearchive"),
                  QStringLiteral("_"),
                  QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/servicearchive_en.qm")))
        QCoreApplication::installTranslator(own);
}

bool CommandLine::parseGui(const QStringList &arguments, QString *archive, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("ServiceArchive: the customer service archive.\n\nCommands (COMMAND --help "
               "for their options):\n"
               "  demo     fill an archive with realistic demo customers\n"
               "  backup   write a checked backup of an archive into a folder\n"
               "  restore  replace an archive with a backup\n"
               "  check    check an archive's file, links and audit trail\n"
               "  copy     copy a whole archive to a new file or a PostgreSQL server\n"
               "  import   import a CSV file of customers, purchases, interactions or complaints"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(archiveOption());
    parser.addOption(langOption());
    if (!parser.parse(arguments)) {
        printErr(tr("service-archive: %1 (try --help)").arg(parser.errorText()));
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("service-archive ") + AppInfo::version());
        *exitCode = 0;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printErr(tr("service-archive: unknown command '%1' (try --help)")
                         .arg(parser.positionalArguments().first()));
        *exitCode = 2;
        return false;
    }
    *archive = parser.isSet(QStringLiteral("archive")) ? parser.value(QStringLiteral("archive"))
                                                       : QString();
    return true;
}

namespace {

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            CommandLine::tr("Fills an archive with N realistic, deterministic demo customers."));
    parser.addHelpOption();
    parser.addOption(archiveOption());
    parser.addOption(langOption());
    parser.addOption(userOption());
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       CommandLine::tr("How many customers to add."),
                                       CommandLine::tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CommandLine::tr("Seed: the same seed gives the same customers."),
                                  CommandLine::tr("S"),
                                  QStringLiteral("1"));
    parser.addOption(customers);
    parser.addOption(seed);
    QStringList args = arguments;
    args.removeAt(1); // "demo"
    if (!parser.parse(args)) {
        printErr(CommandLine::tr("service-archive demo: %1").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (!parser.isSet(QStringLiteral("archive"))) {
        printErr(CommandLine::tr("service-archive demo: --archive FILE is required."));
        return ExitUsage;
    }
    bool ok = false;
    const qint64 n = parser.value(customers).toLongLong(&ok);
    if (!parser.isSet(customers) || !ok || n < 1 || n > 100000000) {
        printErr(CommandLine::tr("service-archive demo: --customers needs a whole number from 1 "
                                 "to 100000000."));
        return ExitUsage;
    }
    const quint64 s = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        printErr(CommandLine::tr("service-archive demo: --seed needs a whole number."));
        return ExitUsage;
    }
    const QString path = parser.value(QStringLiteral("archive"));
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path);
    if (!db) {
        printErr(CommandLine::tr("service-archive demo: %1").arg(db.error().message));
        return ExitFailed;
    }
    const Result<Actor> actor = commandActor(*db.value(), parser, Accounts::CreateWhenNone);
    if (!actor) {
        printErr(CommandLine::tr("service-archive demo: %1").arg(actor.error().message));
        return ExitFailed;
    }
    const Status status = DemoGenerator::run(*db.value(),
                                             actor.value(),
                                             {n, s, {}},
                                             [](qint64 done, qint64 total) {
                                                 if (done % 100000 == 0 || done == total)
                                                     std::fprintf(stderr,
                                                                  "\r%lld / %lld",
                                                                  qint64(done),
                                                                  qint64(total));
                                                 return true;
                                             });
    std::fprintf(stderr, "\n");
    if (!status) {
        printErr(CommandLine::tr("service-archive demo: %1").arg(status.error().message));
        return ExitFailed;
    }
    const QString where = db.value()->isServer() ? db.value()->address().toString()
                                                 : QDir::toNativeSeparators(path);
    printOut(CommandLine::tr("Added %1 demo customers to %2 in %3 s.")
                     .arg(QString::number(n),
                          where,
                          QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)));
    return ExitOk;
}

int runBackup(const QStringList &arguments)
{
    const QString command = QStringLiteral("backup");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            CommandLine::tr("Writes a backup of an archive into a folder as "
                            "archive-YYYYMMDD-HHMMSS.sqlite (UTC) with a SHA-256 manifest "
                            "beside it; the copy is made by SQLite and checked before it is put "
                            "in place. Needs an administrator."));
    parser.addOption(existingArchiveOption());
    parser.addOption(userOption());
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("The folder for the backup (created when "
                                                    "missing)."),
                                    CommandLine::tr("DIR"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  CommandLine::tr("Afterwards keep only the newest N backups in "
                                                  "the folder."),
                                  CommandLine::tr("N"));
    parser.addOption(output);
    parser.addOption(keep);
    if (const std::optional<int> done = parseCommand(parser, arguments, command))
        return *done;
    const std::optional<QString> path = required(parser,
                                                 command,
                                                 QStringLiteral("archive"),
                                                 CommandLine::tr("FILE"));
    if (!path)
        return ExitUsage;
    const std::optional<QString> folder = required(parser,
                                                   command,
                                                   QStringLiteral("output"),
                                                   CommandLine::tr("DIR"));
    if (!folder)
        return ExitUsage;
    int keepCount = 0;
    if (parser.isSet(keep)) {
        bool ok = false;
        keepCount = parser.value(keep).toInt(&ok);
        if (!ok || keepCount < 1 || keepCount > 100000) {
            printCommandError(command,
                              CommandLine::tr("--keep needs a whole number from 1 to 100000."));
            return ExitUsage;
        }
    }

    auto db = openExisting(*path);
    if (!db) {
        printCommandError(command, db.error().message);
        return ExitFailed;
    }
    const Result<Actor> actor = commandActor(*db.value(), parser, Accounts::MustExist);
    if (!actor) {
        printCommandError(command, actor.error().message);
        return ExitFailed;
    }
    const Result<BackupInfo> made = Backup::create(*db.value(), actor.value(), *folder);
    if (!made) {
        printCommandError(command, made.error().message);
        return ExitFailed;
    }
    printOut(CommandLine::tr("Backup written: %1 (%2 bytes, SHA-256 %3)")
                     .arg(QDir::toNativeSeparators(made->filePath))
                     .arg(made->size)
                     .arg(made->sha256));
    if (keepCount > 0) {
        const Result<int> removed = Backup::prune(*folder, keepCount);
        if (!removed) {
            printCommandError(command, removed.error().message);
            return ExitFailed;
        }
        if (removed.value() > 0)
            printOut(CommandLine::tr("Removed %n older backup(s).", nullptr, removed.value()));
    }
    return ExitOk;
}

int runRestore(const QStringList &arguments)
{
    const QString command = QStringLiteral("restore");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            CommandLine::tr("Replaces an archive by a backup made with the backup command. The "
                            "backup must match its manifest and pass SQLite's integrity check; "
                            "sign in with an administrator account of the backup. The archive "
                            "must not be open anywhere; the replaced file is kept beside it as "
                            "<name>.before-restore-YYYYMMDD-HHMMSS."));
    const QCommandLineOption backup({QStringLiteral("b"), QStringLiteral("backup")},
                                    CommandLine::tr("The backup file (its .sha256 manifest beside "
                                                    "it)."),
                                    CommandLine::tr("FILE"));
    parser.addOption(backup);
    parser.addOption({{QStringLiteral("a"), QStringLiteral("archive")},
                      CommandLine::tr("The archive file to replace (created when missing)."),
                      CommandLine::tr("FILE")});
    parser.addOption(userOption());
    if (const std::optional<int> done = parseCommand(parser, arguments, command))
        return *done;
    const std::optional<QString> source = required(parser,
                                                   command,
                                                   QStringLiteral("backup"),
                                                   CommandLine::tr("FILE"));
    if (!source)
        return ExitUsage;
    const std::optional<QString> target = required(parser,
                                                   command,
                                                   QStringLiteral("archive"),
                                                   CommandLine::tr("FILE"));
    if (!target)
        return ExitUsage;

    const Result<QString> kept
            = Backup::restore(*source, *target, [&parser](Database &db) -> Result<Actor> {
                  return commandActor(db, parser, Accounts::MustExist);
              });
    if (!kept) {
        printCommandError(command, kept.error().message);
        return ExitFailed;
    }
    printOut(CommandLine::tr("Restored %1 into %2.")
                     .arg(QDir::toNativeSeparators(*source), QDir::toNativeSeparators(*target)));
    if (!kept.value().isEmpty())
        printOut(CommandLine::tr("The replaced archive was kept as %1.")
                         .arg(QDir::toNativeSeparators(kept.value())));
    return ExitOk;
}

int runCheck(const QStringList &arguments)
{
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            CommandLine::tr("Checks an archive: SQLite's quick_check, the links between records "
                            "(foreign_key_check) and the audit trail's hash chain. Prints each "
                            "finding on its own line; exit code 0 when all is well, 3 when there "
                            "are findings. Needs a supervisor or an administrator."));
    parser.addOption(existingArchiveOption());
    parser.addOption(userOption());
    if (const std::optional<int> done = parseCommand(parser, arguments, command))
        return *done;
    const std::optional<QString> path = required(parser,
                                                 command,
                                                 QStringLiteral("archive"),
                                                 CommandLine::tr("FILE"));
    if (!path)
        return ExitUsage;
    auto db = openExisting(*path);
    if (!db) {
        printCommandError(command, db.error().message);
        return ExitFailed;
    }
    const Result<Actor> actor = commandActor(*db.value(), parser, Accounts::MustExist);
    if (!actor) {
        printCommandError(command, actor.error().message);
        return ExitFailed;
    }
    const Result<QStringList> findings = ArchiveCheck::run(*db.value(), actor.value());
    if (!findings) {
        printCommandError(command, findings.error().message);
        return ExitFailed;
    }
    if (findings->isEmpty()) {
        printOut(CommandLine::tr("%1: no problems found.").arg(QDir::toNativeSeparators(*path)));
        return ExitOk;
    }
    for (const QString &finding : findings.value())
        printOut(finding);
    return ExitFindings;
}

} // namespace

int CommandLine::runCommand(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("backup"))
        return runBackup(arguments);
    if (command == QLatin1String("restore"))
        return runRestore(arguments);
    if (command == QLatin1String("check"))
        return runCheck(arguments);
    if (command == QLatin1String("demo"))
        return runDemo(arguments);
    if (command == QLatin1String("copy"))
        return CopyCommand::run(arguments);
    if (command == QLatin1String("import"))
        return ImportCommand::run(arguments);
    printErr(tr("service-archive: unknown command '%1' (try --help)").arg(command));
    return ExitUsage;
}
