#include "ComplaintListModel.h"

#include "ComplaintLabels.h"
#include "ComplaintListWorker.h"
#include "security/Permissions.h"
#include "storage/Database.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString reasonList = QStringLiteral("complaint_reason");

} // namespace

ComplaintListModel::ComplaintListModel(Database &db,
                                       const Actor &actor,
                                       Clock clock,
                                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(std::move(clock))
{
    m_worker = new ComplaintListWorker(db.address(), actor);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker,
            &ComplaintListWorker::finished,
            this,
            &ComplaintListModel::onFinished,
            Qt::QueuedConnection);
    connect(m_worker,
            &ComplaintListWorker::counted,
            this,
            &ComplaintListModel::onCounted,
            Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("complaint-list"));
    m_thread.start();
    launch(false);
}

ComplaintListModel::~ComplaintListModel()
{
    m_worker->supersede(++m_generation);
    m_thread.quit();
    m_thread.wait();
}

void ComplaintListModel::setFilter(const ComplaintFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    launch(false);
}

void ComplaintListModel::refresh()
{
    if (m_loading || m_refreshing) {
        m_refreshQueued = true;
        return;
    }
    launch(true);
}

void ComplaintListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(ComplaintColumn::Count))
        return;
    ComplaintFilter f = m_filter;
    f.sortColumn = ComplaintColumn(column);
    f.descending = order == Qt::DescendingOrder;
    setFilter(f);
}

// The labels the rows show: reasons (the admin may have renamed them) and handlers' names.
void ComplaintListModel::readLookups()
{
    m_reasonLabels = ChoiceLists(m_db).labels(reasonList);
    m_handlerNames.clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT login, display_name FROM users")))
        while (q.next())
            m_handlerNames.insert(q.value(0).toString(), q.value(1).toString());
}

void ComplaintListModel::launch(bool inPlace)
{
    if (Status allowed = Permissions::require(m_actor, Operation::View); !allowed) {
        const QString message = allowed.error().message;
        QMetaObject::invokeMethod(
                this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = ++m_generation;
    const QDateTime now = clockNow(m_clock);
    const ComplaintFilter filter = m_filter;
    m_refreshing = inPlace;
    m_refreshQueued = false;
    m_worker->supersede(generation);
    ComplaintListWorker *worker = m_worker;
    QMetaObject::invokeMethod(
            m_worker,
            [worker, generation, filter, now] { worker->run(generation, filter, now); },
            Qt::QueuedConnection);
    m_pendingNow = now;
    if (!inPlace) {
        m_countsReady = false;
        if (!m_loading) {
            m_loading = true;
            Q_EMIT loadingChanged(true);
        }
    }
}

void ComplaintListModel::onFinished(quint64 generation,
                                    const QList<qint64> &ids,
                                    const QString &error)
{
    if (generation != m_generation)
        return;
    if (error.isEmpty()) {
        readLookups();
        m_now = m_pendingNow;
    }
    if (m_refreshing) {
        m_refreshing = false;
        if (error.isEmpty())
            replaceInPlace(ids);
    } else {
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (error.isEmpty()) {
            beginResetModel();
            m_ids = ids;
            dropBlocks();
            endResetModel();
        }
    }
    if (m_refreshQueued)
        launch(true);
    if (error.isEmpty())
        Q_EMIT finished(int(m_ids.size()));
    else
        Q_EMIT failed(error);
}

void ComplaintListModel::onCounted(quint64 generation, const ComplaintCounts &counts)
{
    if (generation != m_generation)
        return;
    m_counts = counts;
    m_countsReady = true;
    Q_EMIT countsChanged();
}

void ComplaintListModel::dropBlocks()
{
    m_blocks.clear();
    m_blockOrder.clear();
}

// As CustomerListModel::replaceInPlace: the rows move to their new places without a reset; the
// row count changes at the end of the list only, and every persistent index follows its
// complaint by id (or is dropped with it).
void ComplaintListModel::replaceInPlace(const QList<qint64> &ids)
{
    dropBlocks();
    const int oldCount = int(m_ids.size());
    const int newCount = int(ids.size());
    if (ids == m_ids) {
        if (newCount > 0)
            Q_EMIT dataChanged(index(0, 0), index(newCount - 1, columnCount() - 1));
        return;
    }
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_ids.resize(newCount); // id 0: no complaint, until the layout change below
        endInsertRows();
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList before = persistentIndexList();
    QHash<qint64, int> moved;
    for (const QModelIndex &i : before) {
        const qint64 id = m_ids.at(i.row());
        if (id != 0)
            moved.insert(id, i.row() < newCount && ids.at(i.row()) == id ? i.row() : -1);
    }
    qsizetype missing = std::count(moved.cbegin(), moved.cend(), -1);
    for (int row = 0; missing > 0 && row < newCount; ++row) {
        const auto it = moved.find(ids.at(row));
        if (it != moved.end() && *it < 0) {
            *it = row;
            --missing;
        }
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before) {
        const int row = moved.value(m_ids.at(i.row()), -1);
        after.append(row < 0 ? QModelIndex() : createIndex(row, i.column()));
    }
    m_ids = ids;
    m_ids.resize(qMax(oldCount, newCount)); // rows to be cut off below hold id 0 meanwhile
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_ids.resize(newCount);
        endRemoveRows();
    }
}

qint64 ComplaintListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ComplaintListModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

int ComplaintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ComplaintColumn::Count);
}

void ComplaintListModel::fetchBlock(int block) const
{
    const qsizetype first = qsizetype(block) * BlockSize;
    const qsizetype count = qMin<qsizetype>(BlockSize, m_ids.size() - first);
    if (count <= 0)
        return;
    const QList<qint64> ids = m_ids.mid(first, count);
    QList<Row> rows(count);
    const Result<QList<ComplaintListRow>> read = ComplaintQuery(m_db).rows(m_actor, ids);
    if (read) {
        QHash<qint64, const ComplaintListRow *> byId;
        for (const ComplaintListRow &r : read.value())
            byId.insert(r.id, &r);
        const QLocale locale;
        for (qsizetype i = 0; i < count; ++i) {
            const ComplaintListRow *r = byId.value(ids.at(i));
            if (!r)
                continue; // deleted since: an empty row until the next refresh
            Row &out = rows[i];
            out.data = *r;
            out.received = locale.toString(r->receivedAt.toLocalTime(), QLocale::ShortFormat);
            out.resolutionDue = locale.toString(r->resolutionDueAt.toLocalTime(),
                                                QLocale::ShortFormat);
            out.reason = m_reasonLabels.label(r->reason);
            if (!r->subReason.isEmpty())
                out.reason += QStringLiteral(" / ") + m_reasonLabels.label(r->subReason);
            const QString name = m_handlerNames.value(r->handler);
            out.handler = r->handler.isEmpty() ? tr("Unassigned")
                                               : (name.isEmpty() ? r->handler : name);
            out.overdue = r->isOverdue(m_now);
        }
    }
    m_blocks.insert(block, rows);
    m_blockOrder.push_back(block);
    while (m_blockOrder.size() > MaxCachedBlocks) {
        m_blocks.remove(m_blockOrder.front());
        m_blockOrder.pop_front();
    }
}

const ComplaintListModel::Row *ComplaintListModel::row(int index) const
{
    if (index < 0 || index >= m_ids.size() || m_ids.at(index) == 0)
        return nullptr;
    const int block = index / BlockSize;
    auto it = m_blocks.constFind(block);
    if (it == m_blocks.cend()) {
        fetchBlock(block);
        it = m_blocks.constFind(block);
        if (it == m_blocks.cend())
            return nullptr;
    }
    const int offset = index % BlockSize;
    const Row *r = offset < it->size() ? &it->at(offset) : nullptr;
    return r && r->data.id != 0 ? r : nullptr;
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.column() >= columnCount())
        return {};
    if (role == IdRole)
        return idAt(index.row());
    const Row *r = row(index.row());
    if (!r)
        return {};
    const ComplaintListRow &d = r->data;
    switch (role) {
    case CustomerIdRole:
        return d.customerId;
    case StatusRole:
        return int(d.status);
    case SeverityRole:
        return int(d.severity);
    case HandlerRole:
        return d.handler;
    case VersionRole:
        return d.version;
    case OverdueRole:
        return r->overdue;
    case MissedRole:
        return d.isMissed();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const bool tip = role == Qt::ToolTipRole;
    switch (ComplaintColumn(index.column())) {
    case ComplaintColumn::Received:
        return tip ? QLocale().toString(d.receivedAt.toLocalTime(), QLocale::LongFormat)
                   : r->received;
    case ComplaintColumn::CustomerCode:
        return d.customerCode;
    case ComplaintColumn::Customer:
        return d.customerName;
    case ComplaintColumn::Reason:
        return tip ? d.description : r->reason;
    case ComplaintColumn::Severity:
        return ComplaintLabels::severity(d.severity);
    case ComplaintColumn::Status:
        return ComplaintLabels::status(d.status);
    case ComplaintColumn::Handler:
        return tip ? d.handler : r->handler;
    case ComplaintColumn::ResolutionDue:
        if (!tip)
            return r->resolutionDue;
        if (r->overdue)
            return tr("Overdue: past its due time and not yet settled.");
        if (d.isMissed())
            return tr("Missed its SLA: answered or resolved after the due time.");
        return QLocale().toString(d.resolutionDueAt.toLocalTime(), QLocale::LongFormat);
    case ComplaintColumn::Count:
        break;
    }
    return {};
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (ComplaintColumn(section)) {
    case ComplaintColumn::Received:
        return tr("Received");
    case ComplaintColumn::CustomerCode:
        return tr("Code");
    case ComplaintColumn::Customer:
        return tr("Customer");
    case ComplaintColumn::Reason:
        return tr("Reason");
    case ComplaintColumn::Severity:
        return tr("Severity");
    case ComplaintColumn::Status:
        return tr("Status");
    case ComplaintColumn::Handler:
        return tr("Handler");
    case ComplaintColumn::ResolutionDue:
        return tr("Resolution due");
    case ComplaintColumn::Count:
        break;
    }
    return {};
}
