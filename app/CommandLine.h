#pragma once

#include <QCoreApplication>
#include <QStringList>

// The command line: `service-archive [--archive FILE] [--lang zh_CN|en]` starts the desktop
// application; the commands work without a screen:
//   demo --archive FILE --customers N [--seed S] [--user NAME]   fills an archive
//   backup --archive FILE --output DIR [--keep N] --user NAME    a checked backup (admin)
//   restore --backup FILE --archive FILE --user NAME             replaces an archive (admin of
//                                                                the backup)
//   check --archive FILE --user NAME                             quick_check, foreign keys,
//                                                                audit chain (exit 3: findings)
//   copy --from SOURCE --to DESTINATION --user NAME              a whole archive between back
//                                                                ends (admin of the source)
//   reports [NAME...]                                            the report catalogue
//   export --archive FILE --report NAME --output OUT.csv --user NAME [--from DATE] [--to DATE]
//          [--param KEY=VALUE ...] [--encoding E] [--delimiter D]  a report to CSV
//          (exit 3: refused, 4: bad report or parameter, 5: file not written, 6: interrupted;
//          docs/command-line.md)
// An archive is a file or a postgresql:// address (ArchiveAddress).
// Commands sign in with --user NAME and the password from SERVICEARCHIVE_PASSWORD or standard
// input. Exit codes: 0 done, 1 the archive refused or failed, 2 wrong usage, 3 check findings.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // argv[1] names a command (demo, backup, restore, check, copy, reports, export) rather than a GUI option.
    static bool isCommand(int argc, char **argv);
    // --help, --version or a mistake: answered on the terminal, without opening a window.
    static bool isInfoRequest(int argc, char **argv);
    static QString languageFrom(int argc, char **argv);
    static QString defaultArchivePath();
    static void installTranslations(QCoreApplication &app, const QString &language);

    // Runs a command (not the GUI); returns the process exit code.
    static int runCommand(const QStringList &arguments);
    // Parses the GUI's options; on error or --help/--version prints and sets exitCode.
    static bool parseGui(const QStringList &arguments, QString *archive, int *exitCode);
};
