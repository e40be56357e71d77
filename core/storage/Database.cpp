#include "Database.h"

#include "Migrations.h"
#include "PostgresServer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <sqlite3.h>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("archive-%1").arg(counter.fetchAndAddRelaxed(1));
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

} // namespace

Database::Database(ArchiveAddress address)
    : m_connectionName(nextConnectionName())
    , m_address(std::move(address))
    , m_dialect(m_address.backend())
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::sqliteHandle() const
{
    return m_handle;
}

void Database::interrupt()
{
    if (m_handle)
        sqlite3_interrupt(m_handle);
    if (m_server)
        m_server->cancel();
}

void Database::settleInterrupts() const
{
    if (m_server)
        m_server->settleCancels();
}

Error Database::storageError(const QSqlError &error)
{
    return makeError(Error::Code::Storage,
                     tr("The archive reported an error: %1").arg(error.text()));
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return storageError(q.lastError());
    return Done {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    int version = -1;
    for (const QString &sql : m_dialect.readSchemaVersion()) {
        if (!q.exec(sql) || !q.next())
            return -1;
        version = q.value(0).toInt();
        if (version == 0)
            break;
    }
    return version;
}

Status Database::checkExistingFile(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Incompatible,
                         tr("%1 cannot be read: %2").arg(name, file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty())
        return makeError(Error::Code::Incompatible,
                         tr("%1 is an empty file, not a service archive. It was left unchanged.")
                                 .arg(name));
    if (header != QByteArray("SQLite format 3\0", 16))
        return makeError(Error::Code::Incompatible,
                         tr("%1 is not a service archive. It was left unchanged.").arg(name));

    // The header holds user_version (offset 60) and application_id (offset 68). Without a -wal
    // file the header is current and is read as bytes, so nothing at all is written beside the
    // file; with one, SQLite reads it (read-only) so that committed WAL frames count.
    int appId = -1;
    int version = -1;
    if (!QFileInfo::exists(path + QStringLiteral("-wal"))) {
        QFile again(path);
        if (again.open(QIODevice::ReadOnly)) {
            const QByteArray head = again.read(100);
            if (head.size() == 100) {
                version = qFromBigEndian<qint32>(head.constData() + 60);
                appId = qFromBigEndian<qint32>(head.constData() + 68);
            }
        }
    } else {
        const QString connectionName = nextConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                    appId = q.value(0).toInt();
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    version = q.value(0).toInt();
                q.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
    if (appId == -1 || version == -1)
        return makeError(Error::Code::Incompatible,
                         tr("%1 is not a service archive. It was left unchanged.").arg(name));
    if (appId != ApplicationId)
        return makeError(Error::Code::Incompatible,
                         tr("%1 is a database of another program, not a service archive. It was "
                            "left unchanged.")
                                 .arg(name));
    if (version > Migrations::latestVersion())
        return makeError(Error::Code::Incompatible,
                         tr("%1 was written by a newer version of ServiceArchive (archive format "
                            "%2; this version reads up to %3). Please update the application. "
                            "The archive was left unchanged.")
                                 .arg(name)
                                 .arg(version)
                                 .arg(Migrations::latestVersion()));
    return Done {};
}

Result<std::unique_ptr<Database>> Database::open(const ArchiveAddress &address)
{
    return openAtVersion(address, Migrations::latestVersion());
}

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    const Result<ArchiveAddress> address = ArchiveAddress::parse(location);
    if (!address)
        return address.error();
    return open(address.value());
}

Status Database::createNew(const QString &path, int version)
{
    // Made complete under a temporary name and renamed into place: a program killed half-way
    // leaves a stray temporary file, never a half-made archive under the real name.
    const QString name = QDir::toNativeSeparators(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString temp = path
                         + QStringLiteral(".creating-%1").arg(QCoreApplication::applicationPid());
    const auto removeTemp = [&temp] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(temp + QLatin1String(suffix));
    };
    removeTemp();
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(Error::Code::Storage,
                         tr("The archive %1 cannot be created: %2").arg(name, file.errorString()));
    file.close();
    Status status = Done {};
    {
        std::unique_ptr<Database> db(new Database(ArchiveAddress::file(temp)));
        status = db->configure();
        if (status)
            status = Migrations::upgrade(*db, version);
    } // closing checkpoints the WAL into the file and removes it
    if (status && !QFile::rename(temp, path) && !QFileInfo::exists(path))
        status = makeError(Error::Code::Storage,
                           tr("The archive %1 cannot be created: %2")
                                   .arg(name, tr("the new file could not be renamed")));
    removeTemp(); // also when another program created the archive first
    return status;
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int version)
{
    const Result<ArchiveAddress> address = ArchiveAddress::parse(path);
    if (!address)
        return address.error();
    return openAtVersion(address.value(), version);
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const ArchiveAddress &address, int version)
{
    if (address.isServer())
        return openServer(address, version, true);
    const QString &path = address.path();
    if (!QFileInfo::exists(path)) {
        if (Status s = createNew(path, version); !s)
            return s.error();
    }
    if (Status s = checkExistingFile(path); !s)
        return s.error();
    std::unique_ptr<Database> db(new Database(address));
    Status status = db->configure();
    if (status)
        status = Migrations::upgrade(*db, version);
    if (!status)
        return status.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openForThread(const QString &path)
{
    const Result<ArchiveAddress> address = ArchiveAddress::parse(path);
    if (!address)
        return address.error();
    return openForThread(address.value());
}

Result<std::unique_ptr<Database>> Database::openForThread(const ArchiveAddress &address)
{
    if (address.isServer())
        return openServer(address, Migrations::latestVersion(), false);
    const QString &path = address.path();
    if (!QFileInfo::exists(path))
        return makeError(Error::Code::NotFound,
                         tr("The archive %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (Status s = checkExistingFile(path); !s)
        return s.error();
    std::unique_ptr<Database> db(new Database(address));
    if (Status s = db->configure(); !s)
        return s.error();
    if (db->schemaVersion() != Migrations::latestVersion())
        return makeError(Error::Code::Incompatible,
                         tr("The archive %1 has not been prepared for this version.")
                                 .arg(QDir::toNativeSeparators(path)));
    return db;
}

Result<std::unique_ptr<Database>> Database::openServer(const ArchiveAddress &address,
                                                       int version,
                                                       bool migrate)
{
    std::unique_ptr<Database> db(new Database(address));
    Result<std::unique_ptr<PostgresServer>> server = PostgresServer::connect(*db);
    if (!server)
        return server.error();
    db->m_server = std::move(server).value();
    if (Status s = db->m_server->checkSchema(Migrations::latestVersion()); !s)
        return s.error();
    if (migrate) {
        if (Status s = Migrations::upgrade(*db, version); !s)
            return s.error();
    } else if (db->schemaVersion() != version) {
        return makeError(Error::Code::Incompatible,
                         tr("The archive %1 has not been prepared for this version.")
                                 .arg(address.displayName()));
    }
    return db;
}

Status Database::configure()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return makeError(Error::Code::Storage,
                         tr("The archive %1 cannot be opened: %2")
                                 .arg(QDir::toNativeSeparators(path()), db.lastError().text()));
    m_handle = nativeHandle(db);

    const char *const pragmas[] = {
            "PRAGMA foreign_keys = ON",
            "PRAGMA synchronous = FULL",
            "PRAGMA secure_delete = ON",
            "PRAGMA busy_timeout = 5000",
    };
    QSqlQuery q(db);
    for (const char *pragma : pragmas) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return storageError(q.lastError());
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return storageError(q.lastError());
    if (q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return makeError(Error::Code::Storage,
                         tr("The archive %1 cannot use write-ahead logging (journal mode is %2).")
                                 .arg(QDir::toNativeSeparators(path()), q.value(0).toString()));
    return Done {};
}
