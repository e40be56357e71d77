#include "ImportErrorsModel.h"

#include "ImportStyle.h"

#include <QLocale>

void ImportErrorsModel::setErrors(const QList<ImportRowError> &errors)
{
    beginResetModel();
    m_errors = errors;
    endResetModel();
}

int ImportErrorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_errors.size());
}

int ImportErrorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_errors.size())
        return {};
    const ImportRowError &e = m_errors.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() <= LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ValueColumn)
        return e.value;
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return e.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return e.row > 0 ? QLocale().toString(e.row) : QString();
    case LineColumn:
        return e.line > 0 ? QLocale().toString(e.line) : QString();
    case FieldColumn:
        return e.column.isEmpty() ? tr("(whole row)") : e.column;
    case ValueColumn:
        return ImportStyle::shortened(e.value, 60);
    case MessageColumn:
        return e.message;
    }
    return {};
}

QVariant ImportErrorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case LineColumn:
        return tr("Line");
    case FieldColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case MessageColumn:
        return tr("Problem");
    }
    return {};
}
