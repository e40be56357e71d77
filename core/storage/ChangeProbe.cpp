#include "ChangeProbe.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

ChangeProbe::ChangeProbe(ArchiveAddress address, int intervalMs)
    : m_address(std::move(address))
    , m_interval(intervalMs)
{ }

ChangeProbe::~ChangeProbe()
{
    m_check.reset(); // before its connection
}

void ChangeProbe::start()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(m_interval);
    connect(m_timer, &QTimer::timeout, this, &ChangeProbe::tick);
    m_timer->start();
    tick();
}

void ChangeProbe::tick()
{
    if (!m_db) {
        if (Status s = connectNow(); !s) {
            if (!m_lostReported) {
                m_lostReported = true;
                Q_EMIT lost(s.error().message);
            }
            return;
        }
        m_lostReported = false;
        Q_EMIT watching();
        if (m_everWatched)
            Q_EMIT changed(); // whatever happened while the connection was down
        m_everWatched = true;
        return;
    }
    if (Status s = check(); !s)
        drop(s.error().message);
}

Status ChangeProbe::connectNow()
{
    auto opened = Database::openForThread(m_address);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    auto check = std::make_unique<QSqlQuery>(db->connection());
    check->setForwardOnly(true);
    if (!db->isServer()) {
        if (!check->prepare(QStringLiteral("PRAGMA data_version")) || !check->exec()
            || !check->next())
            return Database::storageError(check->lastError());
        m_dataVersion = check->value(0).toLongLong();
        check->finish();
    } else {
        // Named, so that pg_stat_activity tells the watchers from the desks' work.
        if (!check->exec(QStringLiteral("SET application_name = 'ServiceArchive change watcher'"))
            || !check->exec(QStringLiteral("SELECT current_schema()")) || !check->next())
            return Database::storageError(check->lastError());
        m_schema = check->value(0).toString();
        check->finish();
        QSqlDriver *driver = db->connection().driver();
        const QString channel = QString::fromLatin1(SqlDialect::ChangeChannel);
        if (!driver->subscribeToNotification(channel))
            return Database::storageError(driver->lastError());
        connect(driver, &QSqlDriver::notification, this, &ChangeProbe::onNotification);
        if (!check->prepare(QStringLiteral("SELECT 1")))
            return Database::storageError(check->lastError());
    }
    m_db = std::move(db);
    m_check = std::move(check);
    return Done {};
}

Status ChangeProbe::check()
{
    if (!m_check->exec() || !m_check->next())
        return Database::storageError(m_check->lastError());
    const qint64 value = m_check->value(0).toLongLong();
    m_check->finish(); // ends SQLite's read transaction at once
    if (!m_db->isServer() && value != m_dataVersion) {
        m_dataVersion = value;
        Q_EMIT changed();
    }
    return Done {};
}

void ChangeProbe::drop(const QString &message)
{
    m_check.reset();
    m_db.reset(); // also ends QPSQL's socket notifier with its driver
    if (!m_lostReported) {
        m_lostReported = true;
        Q_EMIT lost(message);
    }
}

void ChangeProbe::onNotification(const QString &name,
                                 QSqlDriver::NotificationSource,
                                 const QVariant &payload)
{
    // Every archive on the server shares the channel; the payload names the schema.
    if (name == QLatin1String(SqlDialect::ChangeChannel) && payload.toString() == m_schema)
        Q_EMIT changed();
}
