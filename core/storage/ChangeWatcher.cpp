#include "ChangeWatcher.h"

#include "ChangeProbe.h"

ChangeWatcher::Timing ChangeWatcher::defaultTiming(const ArchiveAddress &address)
{
    Timing t;
    // A notification arrives at once; the interval only checks that the server is still there.
    if (address.isServer())
        t.pollMs = 5000;
    return t;
}

ChangeWatcher::ChangeWatcher(const ArchiveAddress &address, QObject *parent)
    : ChangeWatcher(address, defaultTiming(address), parent)
{ }

ChangeWatcher::ChangeWatcher(const ArchiveAddress &address, Timing timing, QObject *parent)
    : QObject(parent)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(timing.coalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, [this] {
        if (!m_pending)
            return;
        m_pending = false;
        m_coalesce.start();
        Q_EMIT changed();
    });

    m_probe = new ChangeProbe(address, timing.pollMs);
    m_probe->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_probe, &QObject::deleteLater);
    connect(m_probe, &ChangeProbe::changed, this, &ChangeWatcher::onProbeChanged);
    connect(m_probe, &ChangeProbe::watching, this, [this] {
        m_watching = true;
        m_problem.clear();
        Q_EMIT watching();
    });
    connect(m_probe, &ChangeProbe::lost, this, [this](const QString &message) {
        m_watching = false;
        m_problem = message;
        Q_EMIT lost(message);
    });
    m_thread.setObjectName(QStringLiteral("change-watcher"));
    m_thread.start();
    ChangeProbe *probe = m_probe;
    QMetaObject::invokeMethod(
            m_probe, [probe] { probe->start(); }, Qt::QueuedConnection);
}

ChangeWatcher::~ChangeWatcher()
{
    m_thread.quit();
    m_thread.wait();
}

void ChangeWatcher::onProbeChanged()
{
    if (m_coalesce.isActive()) {
        m_pending = true;
        return;
    }
    m_coalesce.start();
    Q_EMIT changed();
}
