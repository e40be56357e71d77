#pragma once

#include "Actor.h"
#include "reports/Report.h"
#include "storage/ArchiveAddress.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QThread>

#include <deque>

class ReportWorker;

// The result of a report run as a table, never loaded whole: the report runs on a worker thread
// with its own connection (ReportWorker); the model then knows the row count and holds only the
// pages of PageSize rows the view has shown lately (at most MaxCachedPages), asking the worker
// for a page when a row of it is first painted. A row whose page is on its way shows "…".
// Sorting (a click on a header) reads the pages again in that column's order; -1 is the
// report's own order.
class ReportRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 24;
    // The typed value of a cell (see ReportColumn), for tests and copying.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit ReportRowsModel(const ArchiveAddress &address, QObject *parent = nullptr);
    ~ReportRowsModel() override;

    // Shows the report's columns without rows (nothing has run yet); nullptr: no columns.
    void setReport(const Report *report);
    const Report *report() const { return m_report; }
    // Runs the report off the GUI thread; finished() or failed() answers, unless cancelled.
    void run(const Report &report,
             const Actor &actor,
             const ReportParams &params,
             const Report::RunOptions &options = {});
    // Stops the run under way (its rows never show).
    void cancel();
    bool isRunning() const { return m_running; }
    // Whether the last run finished (and its rows are what the model shows).
    bool hasResult() const { return m_hasResult; }

    qint64 totalRows() const { return m_total; }
    bool masked() const { return m_masked; }
    bool isLoaded(int row) const;
    // Pages read from the worker since the last run (the first one included), and the pages held
    // now: a view over a million rows reads a few of them, never all.
    int pagesRead() const { return m_pagesRead; }
    QList<int> cachedPages() const { return m_pages.keys(); }
    // Whether a page is on its way from the worker.
    bool isFetching() const { return m_inFlight >= 0; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const
    {
        return m_descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void runningChanged(bool running);
    void finished(qint64 rows);
    void failed(const QString &message);
    // A page came in (tests wait for it).
    void pageArrived(int page);

private:
    void onRan(quint64 generation,
               qint64 count,
               const QList<QVariantList> &firstPage,
               bool masked,
               const QString &error);
    void onPageRead(quint64 generation,
                    int page,
                    const QList<QVariantList> &rows,
                    const QString &error);
    void setRunning(bool running);
    void store(int page, const QList<QVariantList> &rows);
    void want(int page) const;
    void sendNext();

    QThread m_thread;
    ReportWorker *m_worker = nullptr;
    const Report *m_report = nullptr;
    QList<ReportColumn> m_columns;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_hasResult = false;
    int m_runSortColumn = -1; // the order the run's first page was read in
    bool m_runDescending = false;
    qint64 m_total = 0;
    bool m_masked = false;
    int m_sortColumn = -1;
    bool m_descending = false;
    QHash<int, QList<QVariantList>> m_pages;
    std::deque<int> m_pageOrder; // least recently stored first
    int m_inFlight = -1;
    mutable std::deque<int> m_wanted; // newest last
    int m_pagesRead = 0;
};
