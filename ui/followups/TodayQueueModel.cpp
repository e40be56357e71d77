#include "TodayQueueModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

TodayQueueModel::TodayQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TodayQueueModel::setItems(const QList<QueueItem> &items, const QDate &today)
{
    beginResetModel();
    m_items = items;
    m_today = today;
    endResetModel();
}

int TodayQueueModel::rowOf(qint64 followUpId) const
{
    for (int row = 0; row < int(m_items.size()); ++row)
        if (m_items.at(row).followUp.id == followUpId)
            return row;
    return -1;
}

int TodayQueueModel::count(QueueItem::When when) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [when](const QueueItem &i) {
        return i.when == when;
    }));
}

QString TodayQueueModel::whenText(const QueueItem &item, const QDate &today)
{
    switch (item.when) {
    case QueueItem::When::Overdue: {
        const int days = int(item.followUp.dueOn.daysTo(today));
        return days > 0 ? tr("Overdue by %n day(s)", nullptr, days) : tr("Overdue");
    }
    case QueueItem::When::Today:
        return tr("Today");
    case QueueItem::When::Upcoming:
        return tr("Upcoming");
    }
    return {};
}

int TodayQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TodayQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TodayQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueItem &item = m_items.at(index.row());
    const FollowUp &f = item.followUp;
    const bool overdue = item.when == QueueItem::When::Overdue;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return whenText(item, m_today);
        case DueColumn:
            return QLocale().toString(f.dueOn, QLocale::ShortFormat);
        case CustomerColumn:
            return item.customerName;
        case CodeColumn:
            return item.customerCode;
        case PhoneColumn:
            return item.customerPhone;
        case PurposeColumn:
            return f.purpose;
        case AssigneeColumn:
            return f.assignee.isEmpty() ? tr("(anyone)") : f.assignee;
        case AttemptsColumn:
            return f.attempts > 0 ? QString::number(f.attempts) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AttemptsColumn && f.attempts > 0)
            return tr("%n unanswered call(s) so far", nullptr, f.attempts);
        return f.notes.isEmpty() ? f.purpose : f.purpose + QLatin1Char('\n') + f.notes.left(300);
    case Qt::ForegroundRole:
        if (overdue && (index.column() == WhenColumn || index.column() == DueColumn))
            return QColor(0xc0, 0x39, 0x2b);
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == WhenColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return f.id;
    }
    return {};
}

QVariant TodayQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case DueColumn:
        return tr("Due");
    case CustomerColumn:
        return tr("Customer");
    case CodeColumn:
        return tr("Code");
    case PhoneColumn:
        return tr("Phone");
    case PurposeColumn:
        return tr("Purpose");
    case AssigneeColumn:
        return tr("Assignee");
    case AttemptsColumn:
        return tr("Unanswered");
    }
    return {};
}
