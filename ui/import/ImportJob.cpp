#include "ImportJob.h"

#include "storage/Database.h"

#include <QThread>

ImportJob::ImportJob(const ArchiveAddress &address, const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_address(address)
    , m_actor(actor)
{
    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, [this] { Q_EMIT progress(m_done, m_total); });
}

ImportJob::~ImportJob()
{
    stop();
}

void ImportJob::start(const QString &path, const Importer::Options &options)
{
    stop();
    m_cancelled = false;
    m_done = 0;
    m_total = 0;
    m_running = true;
    const quint64 generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation, path, options] {
        if (generation == m_generation && m_running)
            launch(path, options);
    });
}

void ImportJob::launch(const QString &path, const Importer::Options &options)
{
    if (m_cancelled) { // pressed before the worker began: nothing was started
        m_result = makeError(Error::Code::Cancelled, QString());
        done();
        return;
    }
    m_thread.reset(QThread::create([this, path, options] {
        auto db = Database::openForThread(m_address);
        if (!db) {
            m_result = db.error();
            return;
        }
        Importer::Options o = options;
        o.progress = [this](qint64 bytesRead, qint64 fileSize) {
            m_done = bytesRead;
            m_total = fileSize;
            if (progressHookForTests)
                progressHookForTests();
            return !m_cancelled.load();
        };
        m_result = Importer(*db.value(), m_actor).run(path, o);
    }));
    connect(m_thread.get(), &QThread::finished, this, [this, generation = m_generation] {
        if (generation == m_generation) // not a run stop() gave up on
            done();
    });
    m_tick.start();
    m_thread->start();
}

void ImportJob::done()
{
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    m_tick.stop();
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT progress(m_done, m_total);
    Q_EMIT finished();
}

void ImportJob::cancel()
{
    m_cancelled = true;
}

void ImportJob::stop()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    m_tick.stop();
    m_running = false; // no finished(): whoever stops has moved on
    ++m_generation;
}
