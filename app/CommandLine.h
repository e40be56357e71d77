#pragma once

#include <QCoreApplication>
#include <QStringList>

// The command line: `service-archive [--archive FILE] [--lang zh_CN|en]` starts the desktop
// application; `service-archive demo --archive FILE --customers N [--seed S]` fills an archive.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static bool isCommand(int argc, char **argv);
    static QString languageFrom(int argc, char **argv);
    static QString defaultArchivePath();
    static void installTranslations(QCoreApplication &app, const QString &language);

    // Runs a command (not the GUI); returns the process exit code.
    static int runCommand(const QStringList &arguments);
    // Parses the GUI's options; on error or --help/--version prints and sets exitCode.
    static bool parseGui(const QStringList &arguments, QString *archive, int *exitCode);
};
