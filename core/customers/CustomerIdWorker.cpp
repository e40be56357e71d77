#include "CustomerIdWorker.h"

#include "storage/Database.h"
#include "storage/IdListReader.h"

CustomerIdWorker::CustomerIdWorker(ArchiveAddress address)
    : m_address(std::move(address))
{ }

CustomerIdWorker::~CustomerIdWorker()
{
    m_current.store(nullptr);
}

void CustomerIdWorker::supersede(quint64 generation)
{
    m_latest.store(generation);
    m_cancel.store(true);
    if (Database *db = m_current.load())
        db->interrupt();
}

void CustomerIdWorker::run(quint64 generation, const CustomerFilter::Sql &sql)
{
    if (generation != m_latest.load())
        return; // a newer request is queued behind this one
    if (!m_db) {
        auto opened = Database::openForThread(m_address);
        if (!opened) {
            Q_EMIT finished(generation, {}, opened.error().message, true);
            return;
        }
        m_db = std::move(opened).value();
        m_current.store(m_db.get());
    }
    m_cancel.store(false);
    if (generation != m_latest.load())
        return;
    bool firstScreen = !sql.firstScreen.isEmpty();
    if (firstScreen && !sql.probe.isEmpty()) {
        const Result<QList<qint64>> count = IdListReader::read(*m_db,
                                                               sql.probe,
                                                               sql.probeBinds,
                                                               &m_cancel);
        firstScreen = count && !count->isEmpty() && count->first() >= CustomerFilter::BroadMatches;
    }
    if (firstScreen) {
        const Result<QList<qint64>> first = IdListReader::read(*m_db,
                                                               sql.firstScreen,
                                                               sql.binds,
                                                               &m_cancel);
        if (generation != m_latest.load())
            return;
        if (first)
            Q_EMIT finished(generation, first.value(), QString(), false);
    }
    const Result<QList<qint64>> ids = IdListReader::read(*m_db, sql.text, sql.binds, &m_cancel);
    if (generation != m_latest.load())
        return;
    if (!ids)
        Q_EMIT finished(generation, {}, ids.error().message, true);
    else
        Q_EMIT finished(generation, ids.value(), QString(), true);
}
