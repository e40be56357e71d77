#pragma once

#include "followups/FollowUpQueue.h"

#include <QAbstractTableModel>
#include <QDate>

// The rows of the Today queue as core ordered them (overdue, today, upcoming). Overdue rows say
// so in the When column, and are red and bold there.
class TodayQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        DueColumn,
        CustomerColumn,
        CodeColumn,
        PhoneColumn,
        PurposeColumn,
        AssigneeColumn,
        AttemptsColumn,
        ColumnCount,
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit TodayQueueModel(QObject *parent = nullptr);

    void setItems(const QList<QueueItem> &items, const QDate &today);
    const QList<QueueItem> &items() const { return m_items; }
    const QueueItem &item(int row) const { return m_items.at(row); }
    int rowOf(qint64 followUpId) const;
    int count(QueueItem::When when) const;

    static QString whenText(const QueueItem &item, const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QueueItem> m_items;
    QDate m_today;
};
