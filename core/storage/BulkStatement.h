#pragma once

#include "Result.h"

#include <QVariantList>

#include <memory>

class Database;
struct sqlite3_stmt;

// One prepared INSERT executed many times, for bulk loads (demo data, imports). Goes through the
// SQLite C API where it can (QSqlQuery costs several microseconds per execution), QtSql elsewhere.
class BulkStatement
{
public:
    BulkStatement(Database &db, const QString &sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    Status prepareStatus() const { return m_prepared; }
    Status execute(const QVariantList &values);

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    struct Fallback;
    std::unique_ptr<Fallback> m_fallback;
    Status m_prepared = Done {};
};

// Dropping a table's indexes and triggers before a bulk load and recreating them afterwards is
// several times faster than updating them row by row. SQLite only; a no-op elsewhere.
class BulkLoadScope
{
public:
    BulkLoadScope(Database &db, const QStringList &tables);
    Status begin();
    // Recreates what begin() dropped and rebuilds these external-content FTS5 tables.
    Status end(const QStringList &ftsTables);

private:
    Database &m_db;
    QStringList m_tables;
    QStringList m_recreate;
};
