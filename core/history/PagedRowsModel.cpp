#include "PagedRowsModel.h"

PagedRowsModel::PagedRowsModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{ }

void PagedRowsModel::reset(Fetch fetch)
{
    m_fetch = std::move(fetch);
    reload();
}

void PagedRowsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    m_error.clear();
    endResetModel();
    if (m_fetch)
        read(true);
}

bool PagedRowsModel::read(bool fromStart)
{
    const Result<Page> page = m_fetch(fromStart, PageSize);
    if (!page) {
        m_error = page.error().message;
        m_atEnd = true; // no endless retries from the view
        Q_EMIT failed(m_error);
        return false;
    }
    m_error.clear();
    m_atEnd = page->atEnd;
    if (!page->rows.isEmpty()) {
        beginInsertRows({}, m_rows.size(), m_rows.size() + page->rows.size() - 1);
        m_rows.append(page->rows);
        endInsertRows();
    }
    return true;
}

qint64 PagedRowsModel::idAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->id : 0;
}

const PagedRowsModel::Row *PagedRowsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PagedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant PagedRowsModel::data(const QModelIndex &index, int role) const
{
    const Row *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < r->cells.size() ? r->cells.at(index.column()) : QString();
    case Qt::ToolTipRole:
        if (!r->toolTip.isEmpty())
            return r->toolTip;
        return index.column() < r->cells.size() ? r->cells.at(index.column()) : QString();
    case Qt::TextAlignmentRole:
        if (m_numeric.contains(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return r->id;
    case KindRole:
        return r->kind;
    default:
        return {};
    }
}

QVariant PagedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_headers.at(section);
    if (role == Qt::TextAlignmentRole && m_numeric.contains(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool PagedRowsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetch && !m_atEnd;
}

void PagedRowsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        read(false);
}
