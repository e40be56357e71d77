#pragma once

#include "CustomerFilter.h"
#include "storage/ArchiveAddress.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class Database;

// Runs the list's id queries on a thread of its own, with its own connection, so that no
// keystroke in the search box waits for the archive. Only the newest request is answered.
class CustomerIdWorker : public QObject
{
    Q_OBJECT

public:
    explicit CustomerIdWorker(ArchiveAddress address);
    ~CustomerIdWorker() override;

    // Any thread: the request with this generation is the newest one; abort older work.
    void supersede(quint64 generation);
    // Worker thread: answers with finished() unless a newer request came in meanwhile.
    void run(quint64 generation, const CustomerFilter::Sql &sql);

Q_SIGNALS:
    // complete is false for the first screen that precedes the whole list.
    void finished(quint64 generation, const QList<qint64> &ids, const QString &error, bool complete);

private:
    ArchiveAddress m_address;
    std::unique_ptr<Database> m_db;
    std::atomic<Database *> m_current {nullptr};
    std::atomic<quint64> m_latest {0};
    std::atomic_bool m_cancel {false};
};
