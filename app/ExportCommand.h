#pragma once

#include <QStringList>

// service-archive export --archive FILE --report NAME --output OUT.csv --user NAME
//     [--from DATE] [--to DATE] [--param KEY=VALUE ...] [--encoding utf-8-bom|utf-8|gb18030]
//     [--delimiter comma|semicolon|tab] [--reveal] [--verbose]
// One report of the catalogue to a CSV file (ReportExport), for cron jobs: silent on success,
// one line on standard error naming the problem otherwise, no file unless the export is whole.
// Exit codes (docs/command-line.md), one per kind of problem so a cron job can tell them apart:
namespace ExportCommand {

enum Exit : int {
    Written = 0,
    ArchiveFailed = 1, // the archive does not exist, cannot be opened or failed while read
    Usage = 2, // an unknown option, a missing --archive/--report/--output/--user, a bad value
    Refused = 3, // the sign-in was refused, or the user may not run or export the report
    BadReport = 4, // an unknown report, an unknown parameter or a bad parameter value
    WriteFailed = 5, // the CSV file cannot be written (no folder, no right, disk full)
    Interrupted = 6, // SIGINT, SIGTERM or SIGHUP stopped the export
};

int run(const QStringList &arguments);

} // namespace ExportCommand
