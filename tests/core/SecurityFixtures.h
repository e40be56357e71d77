#pragma once

#include "Actor.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>

// Actors by role, raw row counts and a hand-driven clock for the security and audit tests.
namespace SecurityFixtures {

inline constexpr int FD = int(Role::FrontDesk);
inline constexpr int SV = int(Role::Supervisor);
inline constexpr int AD = int(Role::Admin);

inline Actor actorWith(int roles, const QString &login = QStringLiteral("someone"))
{
    return Actor {100, login, login, roles};
}

inline Actor frontDesk()
{
    return actorWith(FD, QStringLiteral("desk"));
}
inline Actor supervisor()
{
    return actorWith(SV, QStringLiteral("chief"));
}
inline Actor admin()
{
    return actorWith(AD, QStringLiteral("root"));
}
inline Actor nobody()
{
    return actorWith(0, QStringLiteral("nobody"));
}

// -1 when the table cannot be read (e.g. it does not exist).
inline int rowCount(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

inline QVariant scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return QStringLiteral("<query failed>");
    return q.value(0);
}

inline bool tableExists(const Database &db, const QString &name)
{
    if (db.isServer())
        return scalar(db,
                      QStringLiteral("SELECT count(*) FROM pg_tables WHERE"
                                     " schemaname = current_schema() AND tablename = ?"),
                      {name})
                       .toInt()
               == 1;
    return scalar(db,
                  QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND"
                                 " name = ?"),
                  {name})
                   .toInt()
           == 1;
}

// Every row of a table as text, to search it for what must not be stored.
inline QString tableText(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM ") + table))
        return QStringLiteral("<query failed>");
    QStringList out;
    while (q.next())
        for (int i = 0; i < q.record().count(); ++i)
            out.append(q.value(i).toString());
    return out.join(QLatin1Char('|'));
}

// A clock that moves only when a test moves it.
struct ManualClock
{
    QDateTime now = QDateTime(QDate(2025, 6, 15), QTime(9, 0), Qt::UTC);
    auto function()
    {
        return [this] {
            return now;
        };
    }
};

// A second connection to the archive file that bypasses the application, as a person with the
// sqlite3 shell would.
class RawConnection
{
public:
    explicit RawConnection(const TempArchive &archive)
    {
        if (archive.isServer()) {
            // The superuser, in the archive's schema.
            QSqlDatabase db = QSqlDatabase::cloneDatabase(TestBackend::admin(), m_name);
            db.open();
            exec(QStringLiteral("SET search_path TO %1, public").arg(archive.schema));
            m_server = true;
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(archive.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    // The error text, or an empty string when the statement ran.
    QString exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (binds.isEmpty()) // PostgreSQL cannot prepare SET, DDL and the like
            return q.exec(sql) ? QString() : q.lastError().text() + QLatin1Char(' ');
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        return q.exec() ? QString() : q.lastError().text() + QLatin1Char(' ');
    }
    // What someone with the file or the server's superuser could do: lift the append-only rule.
    QString dropAuditTriggers()
    {
        if (m_server)
            return exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"));
        return exec(QStringLiteral("DROP TRIGGER audit_log_no_update"))
               + exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    }

private:
    QString m_name = QStringLiteral("tamper");
    bool m_server = false;
};

} // namespace SecurityFixtures

#define VERIFY_OK(result) \
    do { \
        const auto &verified_ = (result); /* evaluated once */ \
        QVERIFY2(verified_, verified_ ? "" : qPrintable(verified_.error().message)); \
    } while (false)
#define EXEC_OK(connection, ...) \
    do { \
        const QString error = (connection).exec(__VA_ARGS__); \
        QVERIFY2(error.isEmpty(), qPrintable(error)); \
    } while (false)
