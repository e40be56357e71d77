#pragma once

#include "ArchiveAddress.h"
#include "Result.h"

#include <QObject>
#include <QSqlDriver>

#include <memory>

class Database;
class QSqlQuery;
class QTimer;

// The working half of ChangeWatcher, living on the watcher's thread with a connection of its
// own. SQLite: every interval it reads PRAGMA data_version, which moves only when another
// connection has committed (one prepared statement, no transaction held between polls).
// PostgreSQL: it LISTENs on SqlDialect::ChangeChannel and keeps the payloads naming its own
// schema; every interval it checks the connection with SELECT 1. A connection that fails is
// dropped and opened again on the next interval.
class ChangeProbe : public QObject
{
    Q_OBJECT

public:
    ChangeProbe(ArchiveAddress address, int intervalMs);
    ~ChangeProbe() override;

    // On the probe's thread: connects and starts the interval.
    void start();

Q_SIGNALS:
    void changed(); // raw: not coalesced
    void watching(); // connected (again)
    void lost(const QString &message); // cannot watch for now; retried every interval

private:
    void tick();
    Status connectNow();
    Status check();
    void drop(const QString &message);
    void onNotification(const QString &name,
                        QSqlDriver::NotificationSource source,
                        const QVariant &payload);

    ArchiveAddress m_address;
    int m_interval;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSqlQuery> m_check;
    QTimer *m_timer = nullptr;
    QString m_schema; // PostgreSQL: the archive's schema, as the notifications name it
    qint64 m_dataVersion = -1; // SQLite
    bool m_everWatched = false;
    bool m_lostReported = false;
};
