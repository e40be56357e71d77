#include "ComplaintListWorker.h"

#include "storage/Database.h"

ComplaintListWorker::ComplaintListWorker(ArchiveAddress address, const Actor &actor)
    : m_address(std::move(address))
    , m_actor(actor)
{ }

ComplaintListWorker::~ComplaintListWorker()
{
    m_current.store(nullptr);
}

void ComplaintListWorker::supersede(quint64 generation)
{
    m_latest.store(generation);
    m_cancel.store(true);
    if (Database *db = m_current.load())
        db->interrupt();
}

void ComplaintListWorker::run(quint64 generation,
                              const ComplaintFilter &filter,
                              const QDateTime &now)
{
    if (generation != m_latest.load())
        return; // a newer request is queued behind this one
    if (!m_db) {
        auto opened = Database::openForThread(m_address);
        if (!opened) {
            Q_EMIT finished(generation, {}, opened.error().message);
            return;
        }
        m_db = std::move(opened).value();
        m_current.store(m_db.get());
    }
    m_cancel.store(false);
    if (generation != m_latest.load())
        return;
    const ComplaintQuery query(*m_db, [now] { return now; });
    const Result<QList<qint64>> ids = query.ids(m_actor, filter, &m_cancel);
    if (generation != m_latest.load())
        return;
    Q_EMIT finished(generation,
                    ids ? ids.value() : QList<qint64>(),
                    ids ? QString() : ids.error().message);
    if (!ids)
        return;
    m_db->settleInterrupts();
    const Result<ComplaintCounts> counts = query.counts(m_actor, filter, &m_cancel);
    if (generation == m_latest.load() && counts)
        Q_EMIT counted(generation, counts.value());
}
