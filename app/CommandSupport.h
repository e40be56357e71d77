#pragma once

#include "Actor.h"
#include "Result.h"
#include "storage/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// What the service-archive commands share: options, sign-in, messages and exit codes.
namespace CommandSupport {

constexpr int ExitOk = 0;
constexpr int ExitFailed = 1; // the archive refused or failed
constexpr int ExitUsage = 2;
constexpr int ExitFindings = 3; // check: the archive has problems

void printErr(const QString &line);
void printOut(const QString &line);
void printCommandError(const QString &command, const QString &message);
// The message on one line (core joins field errors with line breaks).
QString oneLine(const QString &message);

QCommandLineOption archiveOption();
QCommandLineOption existingArchiveOption();
QCommandLineOption langOption();
QCommandLineOption userOption();
// The password from SERVICEARCHIVE_PASSWORD, or standard input (not echoed on a terminal).
QString readPassword();

// Whether a command may give an archive without users its first accounts.
enum class Accounts { CreateWhenNone, MustExist };
// Who runs a command. With Accounts::CreateWhenNone, an archive without users gets one account
// per role first (their passwords are printed once) and the command runs as its supervisor;
// otherwise --user signs in.
Result<Actor> commandActor(Database &db, const QCommandLineParser &parser, Accounts policy);

// Parses a command's options (the command word removed). Returns the exit code when the command
// is done already (--help, or wrong usage), nothing when it should run.
std::optional<int> parseCommand(QCommandLineParser &parser,
                                const QStringList &arguments,
                                const QString &command);
// The value of a required option, or an error line.
std::optional<QString> required(const QCommandLineParser &parser,
                                const QString &command,
                                const QString &option,
                                const QString &valueName);
// Opens an archive that must exist already (backup and check never create a file).
Result<std::unique_ptr<Database>> openExisting(const QString &path);

} // namespace CommandSupport
