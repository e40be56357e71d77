#include "ReportRowsModel.h"

#include "ReportCells.h"
#include "ReportWorker.h"

#include <algorithm>

namespace {

// Pages asked for while another is on its way: the newest few (the rows on screen now).
constexpr size_t MaxWanted = 6;

} // namespace

ReportRowsModel::ReportRowsModel(const ArchiveAddress &address, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_worker = new ReportWorker(address);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReportWorker::ran, this, &ReportRowsModel::onRan, Qt::QueuedConnection);
    connect(m_worker,
            &ReportWorker::pageRead,
            this,
            &ReportRowsModel::onPageRead,
            Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("report-rows"));
    m_thread.start();
}

ReportRowsModel::~ReportRowsModel()
{
    m_worker->supersede(++m_generation);
    m_thread.quit();
    m_thread.wait();
}

void ReportRowsModel::setReport(const Report *report)
{
    if (m_running)
        cancel();
    beginResetModel();
    m_report = report;
    m_columns = report ? report->columns() : QList<ReportColumn>();
    m_total = 0;
    m_hasResult = false;
    m_masked = false;
    m_pages.clear();
    m_pageOrder.clear();
    m_wanted.clear();
    m_sortColumn = -1;
    m_descending = false;
    endResetModel();
    m_worker->supersede(++m_generation);
    ReportWorker *worker = m_worker;
    QMetaObject::invokeMethod(
            m_worker, [worker] { worker->clear(); }, Qt::QueuedConnection);
    m_inFlight = -1;
}

void ReportRowsModel::run(const Report &report,
                          const Actor &actor,
                          const ReportParams &params,
                          const Report::RunOptions &options)
{
    if (m_report != &report)
        setReport(&report);
    beginResetModel();
    m_total = 0;
    m_hasResult = false;
    m_pages.clear();
    m_pageOrder.clear();
    m_wanted.clear();
    m_inFlight = -1;
    m_pagesRead = 0;
    endResetModel();

    const quint64 generation = ++m_generation;
    m_worker->supersede(generation);
    m_runSortColumn = m_sortColumn;
    m_runDescending = m_descending;
    ReportWorker *worker = m_worker;
    const Report *r = &report;
    const int column = m_sortColumn;
    const bool descending = m_descending;
    QMetaObject::invokeMethod(
            m_worker,
            [=] {
                worker->run(generation, r, actor, params, options, column, descending, PageSize);
            },
            Qt::QueuedConnection);
    setRunning(true);
}

void ReportRowsModel::cancel()
{
    if (!m_running)
        return;
    m_worker->supersede(++m_generation);
    setRunning(false);
}

void ReportRowsModel::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void ReportRowsModel::onRan(quint64 generation,
                            qint64 count,
                            const QList<QVariantList> &firstPage,
                            bool masked,
                            const QString &error)
{
    if (generation != m_generation)
        return;
    setRunning(false);
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    beginResetModel();
    m_total = count;
    m_masked = masked;
    m_hasResult = true;
    m_pagesRead = 1;
    // A header clicked while the report ran: the first page is in the old order.
    if (m_runSortColumn == m_sortColumn && m_runDescending == m_descending)
        store(0, firstPage);
    endResetModel();
    Q_EMIT finished(count);
}

void ReportRowsModel::onPageRead(quint64 generation,
                                 int page,
                                 const QList<QVariantList> &rows,
                                 const QString &error)
{
    if (generation != m_generation)
        return;
    m_inFlight = -1;
    if (!error.isEmpty()) {
        m_wanted.clear();
        Q_EMIT failed(error);
        return;
    }
    ++m_pagesRead;
    store(page, rows);
    const int first = page * PageSize;
    const int last = std::min<qint64>(first + PageSize, rowCount()) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    Q_EMIT pageArrived(page);
    sendNext();
}

void ReportRowsModel::store(int page, const QList<QVariantList> &rows)
{
    if (!m_pages.contains(page))
        m_pageOrder.push_back(page);
    m_pages.insert(page, rows);
    while (m_pageOrder.size() > size_t(MaxCachedPages)) {
        m_pages.remove(m_pageOrder.front());
        m_pageOrder.pop_front();
    }
}

void ReportRowsModel::want(int page) const
{
    if (m_pages.contains(page) || page == m_inFlight)
        return;
    auto it = std::find(m_wanted.begin(), m_wanted.end(), page);
    if (it != m_wanted.end())
        m_wanted.erase(it);
    m_wanted.push_back(page);
    while (m_wanted.size() > MaxWanted)
        m_wanted.pop_front();
    if (m_inFlight < 0) {
        // data() is const; asking for a page changes only what is on its way.
        QMetaObject::invokeMethod(
                const_cast<ReportRowsModel *>(this),
                [self = const_cast<ReportRowsModel *>(this)] { self->sendNext(); },
                Qt::QueuedConnection);
    }
}

void ReportRowsModel::sendNext()
{
    if (m_inFlight >= 0 || !m_hasResult)
        return;
    while (!m_wanted.empty()) {
        const int page = m_wanted.back();
        m_wanted.pop_back();
        if (m_pages.contains(page) || qint64(page) * PageSize >= m_total)
            continue;
        m_inFlight = page;
        ReportWorker *worker = m_worker;
        const quint64 generation = m_generation;
        const int column = m_sortColumn;
        const bool descending = m_descending;
        QMetaObject::invokeMethod(
                m_worker,
                [=] { worker->readPage(generation, page, column, descending, PageSize); },
                Qt::QueuedConnection);
        return;
    }
}

bool ReportRowsModel::isLoaded(int row) const
{
    return m_pages.contains(row / PageSize);
}

int ReportRowsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_total, INT_MAX));
}

int ReportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReportColumn &column = m_columns.at(index.column());
    if (role == Qt::TextAlignmentRole)
        return int(ReportCells::alignment(column));
    if (role != Qt::DisplayRole && role != ValueRole && role != Qt::ToolTipRole)
        return {};
    const int page = index.row() / PageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        if (role == Qt::DisplayRole) {
            want(page);
            return index.column() == 0 ? QStringLiteral("…") : QString();
        }
        return {};
    }
    const int offset = index.row() % PageSize;
    if (offset >= it->size())
        return {};
    const QVariant value = it->at(offset).value(index.column());
    if (role == ValueRole)
        return value;
    const QString text = ReportCells::display(value, column);
    // Long texts (a complaint's resolution) in full on hover.
    if (role == Qt::ToolTipRole)
        return text.size() > 40 ? text : QVariant();
    return text;
}

QVariant ReportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    if (role == Qt::TextAlignmentRole)
        return int(ReportCells::alignment(m_columns.at(section)));
    return {};
}

void ReportRowsModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_columns.size())
        return;
    const int c = column < 0 ? -1 : column;
    const bool descending = c >= 0 && order == Qt::DescendingOrder;
    if (c == m_sortColumn && descending == m_descending)
        return;
    m_sortColumn = c;
    m_descending = descending;
    if (!m_hasResult)
        return; // a run under way reads its first page again (onRan)
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_wanted.clear();
    m_inFlight = -1;
    m_worker->supersede(++m_generation);
    endResetModel();
}
