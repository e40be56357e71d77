#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// The schema's history: numbered migrations, each run in its own write transaction, the reached
// version kept in the archive (SqlDialect::writeSchemaVersion). Migrations are append-only: never edit a released one.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();
    // Runs the missing migrations up to targetVersion (tests build older archives with it).
    static Status upgrade(Database &db, int targetVersion = latestVersion());
    // Every table of the latest schema that holds data (not search structures SQLite keeps for
    // itself), parents before children: what a copy of a whole archive carries. A new
    // migration's table must be added here (a test compares it with the archive).
    static QStringList tables();
};
