#pragma once

#include "Result.h"

#include <QCoreApplication>

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
    // Any thread: asks the server to cancel what the connection is running.
    void cancel();
    // libpq's connection under a QPSQL connection, for what QtSql cannot do (COPY, cancel).
    static pg_conn *nativeConnection(const QSqlDatabase &db);

private:
    explicit PostgresServer(Database &db);

    Database &m_db;
    pg_cancel *m_cancel = nullptr;
};
