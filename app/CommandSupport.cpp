#include "CommandSupport.h"

#include "CommandLine.h"
#include "demo/DemoAccounts.h"
#include "security/UserRepository.h"
#include "storage/ArchiveAddress.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace CommandSupport {

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
            CommandLine::tr("The archive to open: a file (created when missing) or a postgresql:// "
                            "address."),
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

// Who runs a command. With Accounts::CreateWhenNone, an archive without users gets one account
// per role first (their passwords are printed once) and the command runs as its supervisor;
// otherwise --user signs in.
Result<Actor> commandActor(Database &db, const QCommandLineParser &parser, Accounts policy)
{
    UserRepository users(db);
    const Result<bool> hasUsers = users.hasUsers();
    if (!hasUsers)
        return hasUsers.error();
    if (!hasUsers.value() && policy == Accounts::MustExist)
        return makeError(Error::Code::Permission,
                         CommandLine::tr("this archive has no user accounts yet, so nobody can "
                                         "sign in to it. Open it in the application first to "
                                         "create its administrator."));
    if (!hasUsers.value()) {
        const Result<DemoAccounts::Created> made = DemoAccounts::create(users);
        if (!made)
            return made.error();
        printOut(CommandLine::tr("The archive had no users; these accounts were created (the "
                                 "passwords are shown only now):"));
        for (const DemoAccounts::Account &account : made->accounts)
            printOut(QStringLiteral("  %1  %2").arg(account.login, -12).arg(account.password));
        return made->supervisor;
    }
    if (!parser.isSet(QStringLiteral("user")))
        return makeError(Error::Code::Permission,
                         CommandLine::tr("this archive has users: sign in with --user NAME (the "
                                         "password from SERVICEARCHIVE_PASSWORD or standard "
                                         "input)."));
    return users.signIn(parser.value(QStringLiteral("user")), readPassword());
}

void printCommandError(const QString &command, const QString &message)
{
    printErr(CommandLine::tr("service-archive %1: %2").arg(command, message));
}

QString oneLine(const QString &message)
{
    QStringList parts = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    return parts.join(QLatin1Char(' '));
}

// Parses a command's options (the command word removed). Returns the exit code when the command
// is done already (--help, or wrong usage), nothing when it should run.
std::optional<int> parseCommand(QCommandLineParser &parser,
                                const QStringList &arguments,
                                const QString &command)
{
    parser.addHelpOption();
    parser.addOption(langOption());
    QStringList args = arguments;
    args.removeAt(1);
    if (!parser.parse(args)) {
        printCommandError(command, parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printCommandError(command,
                          CommandLine::tr("unexpected argument '%1' (try --help)")
                                  .arg(parser.positionalArguments().first()));
        return ExitUsage;
    }
    return std::nullopt;
}

// The value of a required option, or an error line.
std::optional<QString> required(const QCommandLineParser &parser,
                                const QString &command,
                                const QString &option,
                                const QString &valueName)
{
    if (parser.isSet(option) && !parser.value(option).isEmpty())
        return parser.value(option);
    printCommandError(command, CommandLine::tr("--%1 %2 is required.").arg(option, valueName));
    return std::nullopt;
}

// Opens an archive that must exist already (backup and check never create one).
Result<std::unique_ptr<Database>> openExisting(const QString &path)
{
    if (ArchiveAddress::looksLikeServer(path))
        return Database::open(path);
    if (!QFileInfo(path).isFile())
        return makeError(Error::Code::NotFound,
                         CommandLine::tr("the archive %1 does not exist.")
                                 .arg(QDir::toNativeSeparators(path)));
    return Database::open(path);
}

QCommandLineOption existingArchiveOption()
{
    return {{QStringLiteral("a"), QStringLiteral("archive")},
            CommandLine::tr("The archive: a file (it must exist) or a postgresql:// address."),
            CommandLine::tr("FILE")};
}

} // namespace CommandSupport
