#pragma once

#include "Result.h"

#include <QCoreApplication>

class Database;

// The schema's history: numbered migrations, each run in its own write transaction, the reached
// version kept in PRAGMA user_version. Migrations are append-only: never edit a released one.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();
    // Runs the missing migrations up to targetVersion (tests build older archives with it).
    static Status upgrade(Database &db, int targetVersion = latestVersion());
};
