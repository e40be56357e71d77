#include "CommandLine.h"

#include "Actor.h"
#include "AppInfo.h"
#include "demo/DemoGenerator.h"
#include "security/PasswordHasher.h"
#include "security/UserRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#include <cstring>

namespace {

void printErr(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
}

void printOut(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

QCommandLineOption archiveOption()
{
    return {{QStringLiteral("a"), QStringLiteral("archive")},
            CommandLine::tr("The archive file to open (created when missing)."),
            CommandLine::tr("FILE")};
}

QCommandLineOption langOption()
{
    return {QStringLiteral("lang"),
            CommandLine::tr("Language of the interface: zh_CN or en (default: the system's)."),
            CommandLine::tr("LANG")};
}

QCommandLineOption userOption()
{
    return {{QStringLiteral("u"), QStringLiteral("user")},
            CommandLine::tr("Sign in as this user; the password comes from the "
                            "SERVICEARCHIVE_PASSWORD variable or standard input."),
            CommandLine::tr("NAME")};
}

QString readPassword()
{
    const QString fromEnvironment = qEnvironmentVariable("SERVICEARCHIVE_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    std::string line;
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        std::fprintf(stderr, "%s", CommandLine::tr("Password: ").toLocal8Bit().constData());
        termios old {};
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
        return QString::fromLocal8Bit(line);
    }
#endif
    std::getline(std::cin, line);
    return QString::fromLocal8Bit(line);
}

// Who runs a command. An archive without users gets one account per role first (their
// passwords are printed once) and the command runs as its supervisor; otherwise --user signs in.
Result<Actor> commandActor(Database &db, const QCommandLineParser &parser)
{
    UserRepository users(db);
    const Result<bool> hasUsers = users.hasUsers();
    if (!hasUsers)
        return hasUsers.error();
    if (!hasUsers.value()) {
        struct Account
        {
            QString login;
            QString name;
            int roles;
        };
        const QList<Account> accounts {
                {QStringLiteral("admin"), CommandLine::tr("Administrator"), int(Role::Admin)},
                {QStringLiteral("supervisor"), CommandLine::tr("Supervisor"), int(Role::Supervisor)},
                {QStringLiteral("frontdesk"), CommandLine::tr("Front desk"), int(Role::FrontDesk)}};
        QString supervisorPassword;
        printOut(CommandLine::tr("The archive had no users; these accounts were created (the "
                                 "passwords are shown only now):"));
        Actor admin;
        for (const Account &account : accounts) {
            const QString password = PasswordHasher::generate();
            const Result<User> created = account.roles == int(Role::Admin)
                                                 ? users.createFirstAdmin(account.login,
                                                                          account.name,
                                                                          password)
                                                 : users.create(admin,
                                                                account.login,
                                                                account.name,
                                                                password,
                                                                account.roles);
            if (!created)
                return created.error();
            if (account.roles == int(Role::Admin)) {
                const Result<Actor> signedIn = users.signIn(account.login, password);
                if (!signedIn)
                    return signedIn.error();
                admin = signedIn.value();
            }
            if (account.roles == int(Role::Supervisor))
                supervisorPassword = password;
            printOut(QStringLiteral("  %1  %2").arg(account.login, -12).arg(password));
        }
        return users.signIn(QStringLiteral("supervisor"), supervisorPassword);
    }
    if (!parser.isSet(QStringLiteral("user")))
        return makeError(Error::Code::Permission,
                         CommandLine::tr("this archive has users: sign in with --user NAME (the "
                                         "password from SERVICEARCHIVE_PASSWORD or standard "
                                         "input)."));
    return users.signIn(parser.value(QStringLiteral("user")), readPassword());
}

} // namespace

bool CommandLine::isCommand(int argc, char **argv)
{
    return argc > 1 && std::strcmp(argv[1], "demo") == 0;
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
    if (own->load(locale,
                  QStringLiteral("servicearchive"),
                  QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

bool CommandLine::parseGui(const QStringList &arguments, QString *archive, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("ServiceArchive: the customer service archive.\n\nCommands:\n"
               "  demo    fill an archive with realistic demo customers (demo --help)"));
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

int CommandLine::runCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Fills an archive with N realistic, deterministic demo customers."));
    parser.addHelpOption();
    parser.addOption(archiveOption());
    parser.addOption(langOption());
    parser.addOption(userOption());
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       tr("How many customers to add."),
                                       tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed: the same seed gives the same customers."),
                                  tr("S"),
                                  QStringLiteral("1"));
    parser.addOption(customers);
    parser.addOption(seed);
    QStringList args = arguments;
    args.removeAt(1); // "demo"
    if (!parser.parse(args)) {
        printErr(tr("service-archive demo: %1").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return 0;
    }
    if (!parser.isSet(QStringLiteral("archive"))) {
        printErr(tr("service-archive demo: --archive FILE is required."));
        return 2;
    }
    bool ok = false;
    const qint64 n = parser.value(customers).toLongLong(&ok);
    if (!parser.isSet(customers) || !ok || n < 1 || n > 100000000) {
        printErr(tr("service-archive demo: --customers needs a whole number from 1 to "
                    "100000000."));
        return 2;
    }
    const quint64 s = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        printErr(tr("service-archive demo: --seed needs a whole number."));
        return 2;
    }
    const QString path = parser.value(QStringLiteral("archive"));
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path);
    if (!db) {
        printErr(tr("service-archive demo: %1").arg(db.error().message));
        return 1;
    }
    const Result<Actor> actor = commandActor(*db.value(), parser);
    if (!actor) {
        printErr(tr("service-archive demo: %1").arg(actor.error().message));
        return 1;
    }
    const Status status
            = DemoGenerator::run(*db.value(), actor.value(), {n, s}, [](qint64 done, qint64 total) {
                  if (done % 100000 == 0 || done == total)
                      std::fprintf(stderr, "\r%lld / %lld", qint64(done), qint64(total));
                  return true;
              });
    std::fprintf(stderr, "\n");
    if (!status) {
        printErr(tr("service-archive demo: %1").arg(status.error().message));
        return 1;
    }
    printOut(tr("Added %1 demo customers to %2 in %3 s.")
                     .arg(n)
                     .arg(QDir::toNativeSeparators(path))
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}
