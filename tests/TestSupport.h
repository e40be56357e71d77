#pragma once

#include "storage/ArchiveAddress.h"
#include "storage/Database.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

// The back end the core tests run against. ctest runs each core test twice: on SQLite files, and
// with SA_TEST_POSTGRES set (the superuser's address of the throwaway cluster that
// scripts/pg-test-cluster.sh starts) on PostgreSQL, where every TempArchive is a schema of its own
// owned by the unprivileged role sa_app. A server that cannot be reached fails the test.
namespace TestBackend {

inline QString adminAddress()
{
    return qEnvironmentVariable("SA_TEST_POSTGRES");
}

inline bool isPostgres()
{
    return !adminAddress().isEmpty();
}

// The superuser's connection (for making schemas and for tampering behind the application).
inline QSqlDatabase admin()
{
    const QString name = QStringLiteral("test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const Result<ArchiveAddress> a = ArchiveAddress::parse(adminAddress());
    if (!a)
        qFatal("SA_TEST_POSTGRES: %s", qPrintable(a.error().message));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(a->host());
    if (a->port() > 0)
        db.setPort(a->port());
    db.setDatabaseName(a->database());
    db.setUserName(a->user());
    if (!db.open())
        qFatal("The test PostgreSQL server cannot be reached at %s: %s",
               qPrintable(adminAddress()),
               qPrintable(db.lastError().text()));
    return db;
}

inline void adminExec(const QString &sql)
{
    QSqlQuery q(admin());
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

// A new, empty schema owned by sa_app, and the address that works in it as sa_app.
inline QString newSchemaAddress(QString *schema)
{
    *schema = QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64(),
                                         16,
                                         16,
                                         QLatin1Char('0'));
    adminExec(QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION sa_app").arg(*schema));
    const ArchiveAddress a = ArchiveAddress::parse(adminAddress()).value();
    const auto enc = [](const QString &s) {
        return QString::fromUtf8(QUrl::toPercentEncoding(s));
    };
    return QStringLiteral("postgresql://sa_app@/%1?host=%2&port=%3&options=%4")
            .arg(enc(a.database()),
                 enc(a.host()),
                 QString::number(a.port()),
                 enc(QStringLiteral("-c search_path=%1,public").arg(*schema)));
}

} // namespace TestBackend

// A fresh archive for each test: a file in its own temporary directory, or (on PostgreSQL) a
// schema of its own, dropped afterwards.
struct TempArchive
{
    QTemporaryDir dir;
    QString schema; // PostgreSQL only
    // What --archive would be given: the file, or the postgresql:// address.
    QString path = TestBackend::isPostgres() ? TestBackend::newSchemaAddress(&schema)
                                             : dir.filePath(QStringLiteral("archive.sqlite"));

    TempArchive() = default;
    TempArchive(const TempArchive &) = delete;
    TempArchive &operator=(const TempArchive &) = delete;
    ~TempArchive()
    {
        if (!schema.isEmpty())
            TestBackend::adminExec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
    }

    bool isServer() const { return !schema.isEmpty(); }

    std::unique_ptr<Database> open()
    {
        auto db = Database::open(path);
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return nullptr;
        }
        return std::move(db).value();
    }
};

// Tests of what only a file archive has (its bytes, its header, VACUUM INTO).
#define SKIP_ON_SERVER(why) \
    do { \
        if (TestBackend::isPostgres()) \
            QSKIP(why); \
    } while (false)
