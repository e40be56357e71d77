#pragma once

#include "ArchiveAddress.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

class ChangeProbe;

// Tells when another desk (another connection or process) has committed to the archive, so that
// screens can refresh. The watching runs on a thread of its own with its own connection (see
// ChangeProbe), so a slow or lost server never stalls the screen. changed() comes at most once per
// coalesce interval: a burst of commits gives one at once and one more at the interval's end.
// The application's own commits are noticed too (harmless: a refresh finds nothing new).
//
// Errors are values: when the connection cannot be opened or is lost, lost() says why and the
// watcher tries again every check interval; when it is back, watching() and one changed() (for
// whatever was missed) follow.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int pollMs = 1000; // SQLite: PRAGMA data_version; PostgreSQL: liveness check and retry
        int coalesceMs = 300;
    };
    static Timing defaultTiming(const ArchiveAddress &address);

    explicit ChangeWatcher(const ArchiveAddress &address, QObject *parent = nullptr);
    ChangeWatcher(const ArchiveAddress &address, Timing timing, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    bool isWatching() const { return m_watching; }
    const QString &problem() const { return m_problem; } // why not, when not watching

Q_SIGNALS:
    void changed();
    void watching();
    void lost(const QString &message);

private:
    void onProbeChanged();

    QThread m_thread;
    ChangeProbe *m_probe = nullptr;
    QTimer m_coalesce;
    bool m_pending = false;
    bool m_watching = false;
    QString m_problem;
};
