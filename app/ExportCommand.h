#pragma once

#include <QStringList>

// service-archive export --archive FILE --report NAME --output OUT.csv --user NAME
//     [--from DATE] [--to DATE] [--param KEY=VALUE ...] [--encoding utf-8-bom|utf-8|gb18030]
//     [--delimiter comma|semicolon|tab] [--reveal] [--verbose]
// One report of the catalogue to a CSV file (ReportExport), for cron jobs: silent on success,
// one line on standard error naming the problem otherwise, no file unless the export is whole.
// Exit codes: 0 written; 1 the archive or the file failed; 2 wrong usage (an option, the report,
// a parameter); 3 the sign-in or a right was refused; 4 interrupted by a signal.
namespace ExportCommand {

int run(const QStringList &arguments);

} // namespace ExportCommand
