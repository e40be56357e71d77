#pragma once

#include "Actor.h"
#include "Clock.h"
#include "ComplaintFilter.h"
#include "ComplaintQuery.h"
#include "history/ChoiceLists.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QThread>

#include <deque>

class Database;
class ComplaintListWorker;

// The supervisor's complaint list over the whole archive, as CustomerListModel does it: it holds
// the ordered ids of the matching complaints and reads the rows on screen in blocks; filtering,
// sorting and the counts per status run on a worker thread (finished(), then countsChanged()).
// Overdue is judged at the clock's time when the filter was applied: every row carries an
// "overdue" and a "missed" mark (OverdueRole, MissedRole) for the view to colour, and its id
// (IdRole) for assigning the selected rows (ids() are all matching ones).
//
// refresh() reads the list again in place (after an assignment, or when another desk changed the
// archive): rows that stay keep their persistent indexes, so the view keeps its selection.
class ComplaintListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int BlockSize = 128;
    static constexpr int MaxCachedBlocks = 48;
    enum Role {
        IdRole = Qt::UserRole + 1,
        CustomerIdRole,
        StatusRole, // int(ComplaintStatus)
        SeverityRole, // int(ComplaintSeverity)
        HandlerRole, // the login, "" when unassigned
        VersionRole,
        OverdueRole, // bool: past a due time and not settled
        MissedRole, // bool: a due time was missed (stays after it is resolved)
    };

    // The actor needs the View right; without it the list stays empty and failed() says why.
    ComplaintListModel(Database &db,
                       const Actor &actor,
                       Clock clock = {},
                       QObject *parent = nullptr);
    ~ComplaintListModel() override;

    const ComplaintFilter &filter() const { return m_filter; }
    void setFilter(const ComplaintFilter &filter);
    // The same filter again, in place (see above), with overdue judged anew.
    void refresh();
    bool isLoading() const { return m_loading || m_refreshing; }

    // The counts per status for the current filter (see ComplaintCounts); countsReady() is
    // false from a new filter until they are in.
    const ComplaintCounts &counts() const { return m_counts; }
    bool countsReady() const { return m_countsReady; }
    // When overdue was judged for the rows shown.
    const QDateTime &judgedAt() const { return m_now; }

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const QList<qint64> &ids() const { return m_ids; }
    int totalCount() const { return int(m_ids.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading); // a new filter's; a refresh in place stays quiet
    void finished(int count);
    void countsChanged();
    void failed(const QString &message);

private:
    struct Row
    {
        ComplaintListRow data;
        QString received; // formatted once: local-time conversion is not free
        QString resolutionDue;
        QString reason;
        QString handler;
        bool overdue = false;
    };

    void launch(bool inPlace);
    void readLookups();
    void replaceInPlace(const QList<qint64> &ids);
    void dropBlocks();
    void onFinished(quint64 generation, const QList<qint64> &ids, const QString &error);
    void onCounted(quint64 generation, const ComplaintCounts &counts);
    const Row *row(int index) const;
    void fetchBlock(int block) const;

    Database &m_db;
    Actor m_actor;
    Clock m_clock;
    ComplaintFilter m_filter;
    QDateTime m_now;
    QDateTime m_pendingNow; // the now of the result on its way
    QList<qint64> m_ids;
    ComplaintCounts m_counts;
    bool m_countsReady = false;
    ChoiceLabels m_reasonLabels;
    QHash<QString, QString> m_handlerNames; // login -> display name
    mutable QHash<int, QList<Row>> m_blocks;
    mutable std::deque<int> m_blockOrder;
    QThread m_thread;
    ComplaintListWorker *m_worker = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_refreshing = false;
    bool m_refreshQueued = false;
};
