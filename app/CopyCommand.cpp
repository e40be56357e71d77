#include "CopyCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "storage/ArchiveCopy.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace CommandSupport;

int CopyCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("copy");
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
            "Copies a whole archive to a new place, also between a file and a PostgreSQL server "
            "(postgresql://user@host:port/dbname). The destination must be a new file or an "
            "empty schema; everything goes in one transaction, and row counts and the audit "
            "trail are checked before it commits. Needs an administrator of the source; the same "
            "accounts sign in to the copy."));
    parser.addOption({QStringLiteral("from"),
                      CommandLine::tr("The archive to copy: a file or a postgresql:// address."),
                      CommandLine::tr("SOURCE")});
    parser.addOption({QStringLiteral("to"),
                      CommandLine::tr("Where the copy goes: a new file or a postgresql:// address "
                                      "of an empty schema."),
                      CommandLine::tr("DESTINATION")});
    parser.addOption(userOption());
    if (const std::optional<int> done = parseCommand(parser, arguments, command))
        return *done;
    const std::optional<QString> from = required(parser,
                                                 command,
                                                 QStringLiteral("from"),
                                                 CommandLine::tr("SOURCE"));
    const std::optional<QString> to = required(parser,
                                               command,
                                               QStringLiteral("to"),
                                               CommandLine::tr("DESTINATION"));
    if (!from || !to)
        return ExitUsage;
    const Result<ArchiveAddress> destination = ArchiveAddress::parse(*to);
    if (!destination) {
        printCommandError(command, destination.error().message);
        return ExitUsage;
    }
    auto source = openExisting(*from);
    if (!source) {
        printCommandError(command, source.error().message);
        return ExitFailed;
    }
    const Result<Actor> actor = commandActor(*source.value(), parser, Accounts::MustExist);
    if (!actor) {
        printCommandError(command, actor.error().message);
        return ExitFailed;
    }
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer shown;
    shown.start();
    const Result<ArchiveCopy::Report> copied = ArchiveCopy::run(
            *source.value(), actor.value(), destination.value(), [&](qint64 done, qint64 total) {
                if (shown.elapsed() >= 1000) {
                    std::fprintf(stderr, "\r%lld / %lld", qint64(done), qint64(total));
                    shown.restart();
                }
                return true;
            });
    std::fprintf(stderr, "\r%40s\r", "");
    if (!copied) {
        printCommandError(command, copied.error().message);
        return ExitFailed;
    }
    for (const auto &[table, rows] : copied->tables)
        printOut(QStringLiteral("  %1  %2").arg(table, -16).arg(rows));
    printOut(CommandLine::tr("Copied to %1 in %2 s; %3 audit entries verified.")
                     .arg(destination->toString(),
                          QString::number(double(timer.elapsed()) / 1000.0, 'f', 1),
                          QString::number(copied->auditEntries)));
    return ExitOk;
}
