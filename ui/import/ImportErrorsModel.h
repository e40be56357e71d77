#pragma once

#include "import/ImportReport.h"

#include <QAbstractTableModel>

// The errors of a check or an import, one per row and column: row, line, column, value, problem.
class ImportErrorsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, LineColumn, FieldColumn, ValueColumn, MessageColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setErrors(const QList<ImportRowError> &errors);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportRowError> m_errors;
};
