#pragma once

#include "Result.h"

#include <QStringList>
#include <QVariantList>

#include <memory>
#include <vector>

class Database;

// Bulk loads (demo data, copies between archives, imports) into several tables at once, inside
// the caller's write transaction. On SQLite each row goes straight through a prepared INSERT of
// the C API (QSqlQuery costs several microseconds per execution); on PostgreSQL rows are
// collected and sent with COPY ... FROM STDIN, flushed in the order the tables were added (so
// parents reach the server before their children) whenever enough is collected, and by
// finish(), which must succeed before the transaction commits.
//
// Values: QVariant() or a null variant is NULL; a null QString is '' (as everywhere else in
// core, where QtSql would otherwise write NULL); QByteArray is a BLOB/BYTEA.
class BulkLoader
{
public:
    explicit BulkLoader(Database &db);
    ~BulkLoader();
    BulkLoader(const BulkLoader &) = delete;
    BulkLoader &operator=(const BulkLoader &) = delete;

    // Returns the handle for add(); check status() once the tables are added.
    int addTable(const QString &table, const QStringList &columns);
    Status status() const { return m_status; }

    Status add(int table, const QVariantList &values);
    Status finish();

private:
    struct Table;
    Status flush();

    Database &m_db;
    std::vector<std::unique_ptr<Table>> m_tables;
    qsizetype m_buffered = 0;
    Status m_status = Done {};
};
