#pragma once

#include "ArchiveAddress.h"
#include "Result.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;
class QSqlError;
class PostgresServer;

// One connection to an archive: a SQLite file or a PostgreSQL database (see ArchiveAddress).
// QtSql connections belong to the thread that opened them, so a worker thread opens its own
// with openForThread().
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // 'SARC' in the SQLite header: tells our archives from other SQLite databases.
    static constexpr int ApplicationId = 0x53415243;

    // Opens the archive at path, creating it (mode 0600) when it does not exist and upgrading its
    // schema when it is older. Files that are not archives, and archives written by a newer
    // version, are refused and left byte-for-byte untouched.
    // On PostgreSQL the archive is the first schema of the connection's search_path; a schema
    // holding other tables is refused untouched.
    static Result<std::unique_ptr<Database>> open(const ArchiveAddress &address);
    // A file path or a postgresql:// address (ArchiveAddress::parse).
    static Result<std::unique_ptr<Database>> open(const QString &location);
    // Tests: creates or upgrades only up to an older schema version.
    static Result<std::unique_ptr<Database>> openAtVersion(const ArchiveAddress &address,
                                                           int version);
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &path, int version);
    // A further connection to an archive that open() has already prepared (for worker threads).
    static Result<std::unique_ptr<Database>> openForThread(const ArchiveAddress &address);
    static Result<std::unique_ptr<Database>> openForThread(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const ArchiveAddress &address() const { return m_address; }
    // The file of a SQLite archive; empty on a server.
    const QString &path() const { return m_address.path(); }
    bool isServer() const { return m_address.isServer(); }
    const SqlDialect &dialect() const { return m_dialect; }
    // The native handle for the SQLite fast paths; nullptr on other back ends.
    sqlite3 *sqliteHandle() const;
    // Aborts the statement running on this connection; safe to call from another thread, and
    // does not wait (on PostgreSQL the request travels over a connection of its own).
    void interrupt();
    // The connection's thread, before its next statement after an interrupt(): waits until the
    // request has arrived, so that it cannot cancel that next statement instead.
    void settleInterrupts() const;

    int schemaVersion() const;
    Status exec(const QString &sql);

    static Error storageError(const QSqlError &error);

private:
    friend class PostgresServer;
    explicit Database(ArchiveAddress address);
    static Status checkExistingFile(const QString &path);
    static Status createNew(const QString &path, int version);
    static Result<std::unique_ptr<Database>> openServer(const ArchiveAddress &address,
                                                        int version,
                                                        bool migrate);
    Status configure();

    QString m_connectionName;
    ArchiveAddress m_address;
    SqlDialect m_dialect;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<PostgresServer> m_server;
};
