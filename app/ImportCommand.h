#pragma once

#include <QStringList>

// service-archive import --archive FILE --kind KIND IN.csv [...]: a CSV file into the archive
// as one import (core/import/Importer); --list shows past imports, --undo ID takes one back.
//
// Exit codes: 0 imported (or a dry run found no invalid rows), 1 the archive failed or refused
// the write, 2 wrong usage, 3 sign-in refused or no right to import, 5 the file was refused
// (unreadable, does not fit the mapping) or has invalid rows; nothing was written.
namespace ImportCommand {

constexpr int ExitRefused = 3;
constexpr int ExitFileRefused = 5;

int run(const QStringList &arguments);

} // namespace ImportCommand
