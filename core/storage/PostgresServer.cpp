#include "PostgresServer.h"

#include "Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QVariant>

#include <libpq-fe.h>

#include <vector>

namespace {

bool asksForPassword(const QString &message)
{
    return message.contains(QLatin1String("no password supplied"))
           || message.contains(QLatin1String("password authentication failed"));
}

// Whether the server wants a password it did not get, or refused the one it got. Asked of libpq
// itself, not read from the message: libpq and the server translate their messages.
bool passwordProblem(const ArchiveAddress &a)
{
    QList<QByteArray> keys {"dbname", "user", "password", "connect_timeout"};
    QList<QByteArray> values {a.database().toUtf8(), a.user().toUtf8(), a.password().toUtf8(), "10"};
    if (!a.host().isEmpty()) {
        keys.append("host");
        values.append(a.host().toUtf8());
    }
    if (a.port() > 0) {
        keys.append("port");
        values.append(QByteArray::number(a.port()));
    }
    for (const auto &[key, value] : a.parameters()) {
        keys.append(key.toUtf8());
        values.append(value.toUtf8());
    }
    std::vector<const char *> k;
    std::vector<const char *> v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (values.at(i).isEmpty())
            continue;
        k.push_back(keys.at(i).constData());
        v.push_back(values.at(i).constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    PGconn *conn = PQconnectdbParams(k.data(), v.data(), 0);
    const bool problem = PQstatus(conn) == CONNECTION_BAD
                         && (PQconnectionNeedsPassword(conn)
                             || (PQconnectionUsedPassword(conn) && !a.password().isEmpty()));
    PQfinish(conn);
    return problem;
}

} // namespace

PGconn *PostgresServer::nativeConnection(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "pg_conn*") == 0)
        return *static_cast<PGconn *const *>(v.constData());
    return nullptr;
}

PostgresServer::PostgresServer(Database &db)
    : m_db(db)
{ }

PostgresServer::~PostgresServer() = default;

Result<std::unique_ptr<PostgresServer>> PostgresServer::connect(Database &db)
{
    const ArchiveAddress &a = db.address();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(Error::Code::Storage,
                         tr("This installation cannot reach PostgreSQL servers: Qt's PostgreSQL "
                            "driver (package libqt6sql6-psql) is missing."));
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db.m_connectionName);
    c.setHostName(a.host());
    if (a.port() > 0)
        c.setPort(a.port());
    c.setDatabaseName(a.database());
    c.setUserName(a.user());
    c.setPassword(a.password());
    QString options = a.connectOptions();
    // Defaults unless the address sets them: a name in pg_stat_activity, and no endless wait
    // for a server that went away.
    for (const char *setting : {"application_name=ServiceArchive",
                                "connect_timeout=10",
                                "keepalives=1",
                                "keepalives_idle=30"}) {
        const QString option = QString::fromLatin1(setting);
        if (!options.contains(option.left(option.indexOf(QLatin1Char('=')) + 1)))
            options += QLatin1String(options.isEmpty() ? "" : ";") + option;
    }
    c.setConnectOptions(options);
    if (!c.open()) {
        const QString why = c.lastError().text();
        if (asksForPassword(why) || passwordProblem(a))
            return makeError(Error::Code::Permission,
                             tr("The server %1 asks for the password of the database user %2.")
                                     .arg(a.displayName(),
                                          a.user().isEmpty() ? tr("(default)") : a.user()));
        return makeError(Error::Code::Storage,
                         tr("The archive %1 cannot be opened: %2").arg(a.displayName(), why));
    }
    std::unique_ptr<PostgresServer> server(new PostgresServer(db));
    if (PGconn *native = nativeConnection(c))
        if (PGcancel *cancel = PQgetCancel(native))
            server->m_cancel = std::shared_ptr<pg_cancel>(cancel, &PQfreeCancel);
    QSqlQuery q(c);
    q.exec(QStringLiteral("SET client_min_messages TO warning"));
    return server;
}

Status PostgresServer::checkSchema(int latestVersion) const
{
    const QString name = m_db.address().displayName();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT current_schema(), to_regclass('archive_info') IS NOT NULL,"
                               " (SELECT count(*) FROM pg_tables"
                               "  WHERE schemaname = current_schema())"))
        || !q.next())
        return Database::storageError(q.lastError());
    if (q.value(0).isNull())
        return makeError(Error::Code::Incompatible,
                         tr("The database %1 has no schema for the archive: none of the schemas "
                            "in the search path exists. Create one owned by the database user "
                            "(see README, \"Several desks, one archive\").")
                                 .arg(name));
    const QString schema = q.value(0).toString();
    const bool archive = q.value(1).toBool();
    const qint64 tables = q.value(2).toLongLong();
    if (!archive) {
        if (tables > 0)
            return makeError(Error::Code::Incompatible,
                             tr("The schema %1 of %2 holds tables of another program, not a "
                                "service archive. It was left unchanged.")
                                     .arg(schema, name));
        return Done {};
    }
    if (!q.exec(QStringLiteral("SELECT key, value FROM archive_info"
                               " WHERE key IN ('application', 'schema_version')")))
        return Database::storageError(q.lastError());
    QString application;
    int version = 0;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("application"))
            application = q.value(1).toString();
        else
            version = q.value(1).toInt();
    }
    if (application != QLatin1String("ServiceArchive"))
        return makeError(Error::Code::Incompatible,
                         tr("The schema %1 of %2 holds tables of another program, not a service "
                            "archive. It was left unchanged.")
                                 .arg(schema, name));
    if (version > latestVersion)
        return makeError(Error::Code::Incompatible,
                         tr("%1 was written by a newer version of ServiceArchive (archive format "
                            "%2; this version reads up to %3). Please update the application. "
                            "The archive was left unchanged.")
                                 .arg(name,
                                      QString::number(version),
                                      QString::number(latestVersion)));
    return Done {};
}

void PostgresServer::cancel()
{
    if (!m_cancel)
        return;
    // PQcancel connects to the server: off the calling (often the GUI) thread.
    ++*m_pendingCancels;
    QThreadPool::globalInstance()->start([cancel = m_cancel, pending = m_pendingCancels] {
        char message[256];
        PQcancel(cancel.get(), message, sizeof message);
        --*pending;
    });
}

void PostgresServer::settleCancels() const
{
    while (m_pendingCancels->load() > 0)
        QThread::msleep(1);
}
