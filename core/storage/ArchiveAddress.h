#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// Where an archive lives: a local SQLite file (the default) or a PostgreSQL database, written as
// a libpq connection URI: postgresql://user@host:port/dbname?sslmode=require&... (host may be a
// socket directory, given as ?host=/run/postgresql). The password is never stored by the
// application: it comes from a prompt (setPassword, kept in memory only), or libpq finds it in
// PGPASSWORD or ~/.pgpass as PostgreSQL users expect.
class ArchiveAddress
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveAddress)

public:
    enum class Backend { SQLite, PostgreSQL };

    ArchiveAddress() = default;
    static ArchiveAddress file(const QString &path);
    // A server address from its parts (no password: setPassword adds one, in memory).
    static ArchiveAddress server(const QString &host,
                                 int port,
                                 const QString &database,
                                 const QString &user,
                                 const QList<QPair<QString, QString>> &parameters);
    // A file path, or a URI starting with postgresql:// or postgres://.
    static Result<ArchiveAddress> parse(const QString &text);
    static bool looksLikeServer(const QString &text);

    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::PostgreSQL; }
    bool isEmpty() const { return m_backend == Backend::SQLite && m_path.isEmpty(); }

    // SQLite
    const QString &path() const { return m_path; }

    // PostgreSQL
    const QString &host() const { return m_host; }
    int port() const { return m_port; } // -1: libpq's default
    const QString &database() const { return m_database; }
    const QString &user() const { return m_user; }
    const QString &password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    // The other libpq parameters (sslmode, sslrootcert, connect_timeout, options, ...), in order.
    const QList<QPair<QString, QString>> &parameters() const { return m_parameters; }
    // QPSQL's connect options: the parameters as key=value pairs joined by ';'.
    QString connectOptions() const;

    // The address to show and remember: the path, or the URI without any password.
    QString toString() const;
    // Short, for window titles: the file name, or "dbname @ host".
    QString displayName() const;

private:
    Backend m_backend = Backend::SQLite;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QList<QPair<QString, QString>> m_parameters;
};
