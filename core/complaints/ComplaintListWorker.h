#pragma once

#include "Actor.h"
#include "ComplaintFilter.h"
#include "ComplaintQuery.h"
#include "storage/ArchiveAddress.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class Database;

// Runs the complaint list's queries on a thread of its own, with its own connection: first the
// matching ids, then the counts per status. Only the newest request is answered.
class ComplaintListWorker : public QObject
{
    Q_OBJECT

public:
    ComplaintListWorker(ArchiveAddress address, const Actor &actor);
    ~ComplaintListWorker() override;

    // Any thread: the request with this generation is the newest one; abort older work.
    void supersede(quint64 generation);
    // Worker thread: answers with finished() and then counted(), unless a newer request came in.
    void run(quint64 generation, const ComplaintFilter &filter, const QDateTime &now);

Q_SIGNALS:
    void finished(quint64 generation, const QList<qint64> &ids, const QString &error);
    void counted(quint64 generation, const ComplaintCounts &counts);

private:
    ArchiveAddress m_address;
    Actor m_actor;
    std::unique_ptr<Database> m_db;
    std::atomic<Database *> m_current {nullptr};
    std::atomic<quint64> m_latest {0};
    std::atomic_bool m_cancel {false};
};
