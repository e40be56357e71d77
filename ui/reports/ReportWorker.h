#pragma once

#include "Actor.h"
#include "reports/Report.h"
#include "storage/ArchiveAddress.h"

#include <QObject>

#include <atomic>
#include <memory>

class Database;

// Runs reports and reads their pages on a thread of its own, with a connection of its own
// (DESIGN.md: long work off the UI thread). It keeps the rows of the last run for the pages the
// view asks for; a newer request (another run, another sort, Cancel) supersedes older work, which
// is then dropped unanswered. Created on the GUI thread, then moved to the worker thread, where it
// is also deleted (with its rows and its connection).
class ReportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ReportWorker(ArchiveAddress address);
    ~ReportWorker() override;

    // Any thread: requests older than generation are stale; the statement under way is stopped.
    void supersede(quint64 generation);

    // Worker thread: runs the report (an aggregate is worked out now), counts its rows and reads
    // the first page; answers with ran() unless superseded meanwhile.
    void run(quint64 generation,
             const Report *report,
             const Actor &actor,
             const ReportParams &params,
             Report::RunOptions options,
             int sortColumn,
             bool descending,
             int pageSize);
    // Worker thread: one page of the last run's rows; answers with pageRead().
    void readPage(quint64 generation, int page, int sortColumn, bool descending, int pageSize);
    // Worker thread: forgets the last run's rows.
    void clear();

Q_SIGNALS:
    // error: empty when the run worked; cancelled: the run stopped because Cancel was pressed.
    void ran(quint64 generation,
             qint64 count,
             const QList<QVariantList> &firstPage,
             bool masked,
             const QString &error);
    void pageRead(quint64 generation,
                  int page,
                  const QList<QVariantList> &rows,
                  const QString &error);

private:
    bool current(quint64 generation) const { return generation == m_latest.load(); }
    bool open(QString *error);

    ArchiveAddress m_address;
    std::unique_ptr<Database> m_db; // declared before m_rows: the rows go first
    std::unique_ptr<ReportRows> m_rows;
    std::atomic<Database *> m_current {nullptr};
    std::atomic<quint64> m_latest {0};
};
