#pragma once

#include <QStringList>

// service-archive reports [NAME...]: the report catalogue on the terminal — each report's name
// (what export --report takes), title, description, who may run and export it, and its
// parameters with their type, default and whether they are required. Needs no archive.
namespace ReportsCommand {

int run(const QStringList &arguments);

} // namespace ReportsCommand
