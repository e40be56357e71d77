#pragma once

#include "import/Importer.h"
#include "storage/ArchiveAddress.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

// One run of the importer (a check or the import itself) on a worker thread with a connection
// of its own, so the wizard stays painted and its Cancel button answers. Cancel is passed to the
// importer through its progress callback; a cancelled import leaves the archive as it was.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(const ArchiveAddress &address, const Actor &actor, QObject *parent = nullptr);
    // Cancels a run still going and waits for it.
    ~ImportJob() override;

    // The run begins once the event loop turns again (the page that starts it shows first).
    void start(const QString &path, const Importer::Options &options);
    void cancel();
    // Cancels and waits until the worker has stopped (closing the wizard).
    void stop();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    // Valid after finished().
    const Result<ImportSummary> &result() const { return m_result; }

    // Tests: called on the worker thread each time the importer reports progress, before Cancel
    // is looked at (a test can hold the worker there while it presses Cancel).
    static inline std::function<void()> progressHookForTests;

Q_SIGNALS:
    void progress(qint64 bytesRead, qint64 fileSize);
    void finished();

private:
    void launch(const QString &path, const Importer::Options &options);
    void done();

    ArchiveAddress m_address;
    Actor m_actor;
    std::unique_ptr<QThread> m_thread;
    QTimer m_tick;
    std::atomic<qint64> m_done {0};
    std::atomic<qint64> m_total {0};
    std::atomic<bool> m_cancelled {false};
    bool m_running = false;
    quint64 m_generation = 0; // a start() superseded before it launched does nothing
    Result<ImportSummary> m_result = makeError(Error::Code::Cancelled, QString());
};
