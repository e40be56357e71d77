#pragma once

#include "Result.h"

#include <QStringList>

class Database;

// Dropping a table's secondary indexes (and, on SQLite, triggers) before a bulk load and
// recreating them afterwards is several times faster than updating them row by row. Runs inside
// the caller's write transaction; a rollback brings everything back.
class BulkLoadScope
{
public:
    BulkLoadScope(Database &db, const QStringList &tables);
    Status begin();
    // Recreates what begin() dropped and rebuilds these external-content FTS5 tables (SQLite).
    Status end(const QStringList &ftsTables = {});

private:
    Database &m_db;
    QStringList m_tables;
    QStringList m_recreate;
};
