#include "CustomerListModel.h"

#include "CustomerIdWorker.h"
#include "CustomerLabels.h"
#include "PhoneNumber.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

CustomerListModel::CustomerListModel(Database &db, const Actor &actor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_actor(actor)
{
    m_worker = new CustomerIdWorker(db.address());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker,
            &CustomerIdWorker::finished,
            this,
            &CustomerListModel::onFinished,
            Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("customer-list"));
    m_thread.start();
    launch(false);
}

CustomerListModel::~CustomerListModel()
{
    m_blockQuery.reset();
    m_worker->supersede(++m_generation);
    m_thread.quit();
    m_thread.wait();
}

void CustomerListModel::setFilter(const CustomerFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    launch(false);
}

void CustomerListModel::refresh()
{
    // A query already on its way may have started before the change: one more follows it.
    if (m_loading || m_refreshing) {
        m_refreshQueued = true;
        return;
    }
    launch(true);
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(CustomerColumn::Count))
        return;
    CustomerFilter f = m_filter;
    f.sortColumn = CustomerColumn(column);
    f.descending = order == Qt::DescendingOrder;
    setFilter(f);
}

void CustomerListModel::launch(bool inPlace)
{
    if (Status allowed = Permissions::require(m_actor, Operation::View); !allowed) {
        // Reported once the caller is connected, like any other result.
        const QString message = allowed.error().message;
        QMetaObject::invokeMethod(
                this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = ++m_generation;
    CustomerFilter::Sql sql = m_filter.idQuery(m_db.dialect());
    if (inPlace)
        sql.firstScreen.clear(); // the list shown stays until the whole new one is in
    m_refreshing = inPlace;
    m_refreshQueued = false;
    m_worker->supersede(generation);
    CustomerIdWorker *worker = m_worker;
    QMetaObject::invokeMethod(
            m_worker,
            [worker, generation, sql] { worker->run(generation, sql); },
            Qt::QueuedConnection);
    if (!inPlace && !m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
}

void CustomerListModel::onFinished(quint64 generation,
                                   const QList<qint64> &ids,
                                   const QString &error,
                                   bool complete)
{
    if (generation != m_generation)
        return;
    if (m_refreshing) {
        m_refreshing = false;
        if (!error.isEmpty())
            Q_EMIT failed(error);
        else
            replaceInPlace(ids);
        if (m_refreshQueued)
            launch(true);
        if (error.isEmpty())
            Q_EMIT finished(int(m_ids.size()));
        return;
    }
    if (!complete) {
        // The first screen: shown at once, the whole list follows.
        beginResetModel();
        m_ids = ids;
        dropBlocks();
        m_partial = true;
        endResetModel();
        return;
    }
    const bool extendsShown = m_partial && error.isEmpty() && ids.size() >= m_ids.size()
                              && std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin());
    m_partial = false;
    if (extendsShown) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (ids.size() > m_ids.size()) {
            // The last block read may have been cut short by the first screen's end.
            if (m_ids.size() % BlockSize != 0)
                m_blocks.remove(int(m_ids.size() / BlockSize));
            beginInsertRows({}, int(m_ids.size()), int(ids.size()) - 1);
            m_ids = ids;
            endInsertRows();
        }
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

void CustomerListModel::dropBlocks()
{
    m_blocks.clear();
    m_blockOrder.clear();
}

// Moves the rows to their new places without a reset. The row count changes at the end of the
// list only (rows appended before, or cut off after, one layout change), so that every
// persistent index is carried by id to its customer's new row, or dropped with the customer.
void CustomerListModel::replaceInPlace(const QList<qint64> &ids)
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
        m_ids.resize(newCount); // id 0: no customer, until the layout change below
        endInsertRows();
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList before = persistentIndexList();
    // Where the customers held by persistent indexes are now: one pass over the new list.
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
    dropBlocks();
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_ids.resize(newCount);
        dropBlocks();
        endRemoveRows();
    }
}

qint64 CustomerListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int CustomerListModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(CustomerColumn::Count);
}

void CustomerListModel::fetchBlock(int block) const
{
    const qsizetype first = qsizetype(block) * BlockSize;
    const qsizetype count = qMin<qsizetype>(BlockSize, m_ids.size() - first);
    QList<Row> rows(count);
    if (count <= 0)
        return;
    QHash<qint64, int> position;
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i) {
        position.insert(m_ids.at(first + i), int(i));
        rows[i].id = m_ids.at(first + i);
        marks.append(QStringLiteral("?"));
    }
    const QString sql = QStringLiteral("SELECT id, code, name, primary_phone, company, lifecycle,"
                                       " value_tier, owner, updated_at, archived_at IS NOT NULL"
                                       " FROM customers WHERE id IN (%1)")
                                .arg(marks.join(QLatin1Char(',')));
    // A full block reuses one prepared statement; a short last block prepares its own.
    QSqlQuery shortBlock;
    if (count == BlockSize && !m_blockQuery) {
        m_blockQuery = std::make_unique<QSqlQuery>(m_db.connection());
        m_blockQuery->setForwardOnly(true);
        m_blockQuery->prepare(sql);
    } else if (count != BlockSize) {
        shortBlock = QSqlQuery(m_db.connection());
        shortBlock.setForwardOnly(true);
        shortBlock.prepare(sql);
    }
    QSqlQuery &q = count == BlockSize ? *m_blockQuery : shortBlock;
    for (qsizetype i = 0; i < count; ++i)
        q.bindValue(int(i), m_ids.at(first + i));
    if (q.exec()) {
        while (q.next()) {
            const auto it = position.constFind(q.value(0).toLongLong());
            if (it == position.cend())
                continue;
            Row &r = rows[*it];
            r.code = q.value(1).toString();
            r.name = q.value(2).toString();
            const QString phone = q.value(3).toString();
            r.phone = phone.isEmpty() ? QString()
                                      : PhoneNumber::mask(phone); // lists never show it whole
            r.company = q.value(4).toString();
            r.lifecycle = Lifecycle(q.value(5).toInt());
            r.tier = ValueTier(q.value(6).toInt());
            r.owner = q.value(7).toString();
            r.updatedAt = StoredTime::toDateTime(q.value(8));
            r.updated = QLocale().toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat);
            r.archived = q.value(9).toBool();
        }
    }
    q.finish();
    // Rows deleted since the id list was read stay as empty rows until the next refresh.
    m_blocks.insert(block, rows);
    m_blockOrder.push_back(block);
    while (m_blockOrder.size() > MaxCachedBlocks) {
        m_blocks.remove(m_blockOrder.front());
        m_blockOrder.pop_front();
    }
}

const CustomerListModel::Row *CustomerListModel::row(int index) const
{
    if (index < 0 || index >= m_ids.size())
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
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.column() >= columnCount())
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ArchivedRole)
        return {};
    const Row *r = row(index.row());
    if (!r)
        return {};
    if (role == ArchivedRole)
        return r->archived;
    switch (CustomerColumn(index.column())) {
    case CustomerColumn::Code:
        return r->code;
    case CustomerColumn::Name:
        return r->name;
    case CustomerColumn::Phone:
        return r->phone;
    case CustomerColumn::Company:
        return r->company;
    case CustomerColumn::Lifecycle:
        return CustomerLabels::lifecycle(r->lifecycle);
    case CustomerColumn::ValueTier:
        return CustomerLabels::valueTier(r->tier);
    case CustomerColumn::Owner:
        return r->owner;
    case CustomerColumn::Updated:
        return role == Qt::ToolTipRole
                       ? QLocale().toString(r->updatedAt.toLocalTime(), QLocale::LongFormat)
                       : r->updated;
    case CustomerColumn::Count:
        break;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (CustomerColumn(section)) {
    case CustomerColumn::Code:
        return tr("Code");
    case CustomerColumn::Name:
        return tr("Name");
    case CustomerColumn::Phone:
        return tr("Phone");
    case CustomerColumn::Company:
        return tr("Company");
    case CustomerColumn::Lifecycle:
        return tr("Lifecycle");
    case CustomerColumn::ValueTier:
        return tr("Value tier");
    case CustomerColumn::Owner:
        return tr("Owner");
    case CustomerColumn::Updated:
        return tr("Updated");
    case CustomerColumn::Count:
        break;
    }
    return {};
}
