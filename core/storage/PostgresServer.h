#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

class Database;
struct pg_cancel;
struct pg_conn;
class QSqlDatabase;

// What only a PostgreSQL archive needs: connecting through QPSQL, checking that the schema is a
// service archive (or empty), and cancelling a running statement from another thread.
class PostgresServer
{
    Q_DECLARE_TR_FUNCTIONS(PostgresServer)

public:
    // Opens db's connection as described by db.address(). A server asking for a password that
    // was not given fails with Error::Code::Permission, so that the caller can ask for it.
    static Result<std::unique_ptr<PostgresServer>> connect(Database &db);
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // The first schema of the search path must exist and hold a service archive this version
    // reads, or nothing at all.
    Status checkSchema(int latestVersion) const;
    // Any thread, without waiting: asks the server (over a connection of its own, which takes a
    // round trip or more) to cancel what the connection is running.
    void cancel();
    // Waits until every cancel request sent so far has reached the server, so that a late one
    // cannot hit the next statement.
    void settleCancels() const;
    // libpq's connection under a QPSQL connection, for what QtSql cannot do (COPY, cancel).
    static pg_conn *nativeConnection(const QSqlDatabase &db);

private:
    explicit PostgresServer(Database &db);

    Database &m_db;
    // Shared with cancel requests still under way when the connection closes.
    std::shared_ptr<pg_cancel> m_cancel;
    std::shared_ptr<std::atomic_int> m_pendingCancels = std::make_shared<std::atomic_int>(0);
};
