#pragma once

#include "Actor.h"
#include "Customer.h"
#include "CustomerFilter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QThread>

#include <deque>
#include <memory>

class Database;
class CustomerIdWorker;
class QSqlQuery;

// The customer list over the whole archive. It holds the ordered ids of the matching customers
// (8 bytes each) and reads the rows on screen in blocks, so memory stays flat at a million
// customers. Searching, filtering and sorting run on a worker thread; finished() tells when the
// new result is in.
//
// refresh() reads the list again in place, e.g. when another desk changed the archive: rows that
// stay keep their persistent indexes (so the view keeps its current row, selection and scroll
// position), rows that went are removed, cached rows are read again. Only a new filter resets.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int BlockSize = 128;
    static constexpr int MaxCachedBlocks = 48;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int ArchivedRole = Qt::UserRole + 2; // true for an archived customer

    // The actor needs the View right; without it the list stays empty and failed() says why.
    CustomerListModel(Database &db, const Actor &actor, QObject *parent = nullptr);
    ~CustomerListModel() override;

    const CustomerFilter &filter() const { return m_filter; }
    void setFilter(const CustomerFilter &filter);
    // The same filter again, in place (see above). A refresh asked for while a result is on its
    // way runs once more after it, so a burst of changes costs at most two queries.
    void refresh();
    // A result is on its way: a new filter's (searching) or a refresh's.
    bool isLoading() const { return m_loading || m_refreshing; }
    bool isSearching() const { return m_loading; }
    bool isRefreshing() const { return m_refreshing; }

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    int totalCount() const { return int(m_ids.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading); // isSearching(): a refresh in place stays quiet
    void finished(int count);
    void failed(const QString &message);

private:
    struct Row
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString phone;
        QString company;
        Lifecycle lifecycle = Lifecycle::Potential;
        ValueTier tier = ValueTier::Unrated;
        QString owner;
        QDateTime updatedAt;
        QString updated; // formatted once: local-time conversion is not free
        bool archived = false;
    };

    void launch(bool inPlace);
    void replaceInPlace(const QList<qint64> &ids);
    void dropBlocks();
    void onFinished(quint64 generation,
                    const QList<qint64> &ids,
                    const QString &error,
                    bool complete);
    const Row *row(int index) const;
    void fetchBlock(int block) const;

    Database &m_db;
    Actor m_actor;
    CustomerFilter m_filter;
    QList<qint64> m_ids;
    mutable QHash<int, QList<Row>> m_blocks;
    mutable std::deque<int> m_blockOrder;
    QThread m_thread;
    CustomerIdWorker *m_worker = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_partial = false; // m_ids holds only the first screen so far
    bool m_refreshing = false; // a refresh in place is on its way
    bool m_refreshQueued = false; // and another one was asked for meanwhile
    mutable std::unique_ptr<QSqlQuery> m_blockQuery;
};
