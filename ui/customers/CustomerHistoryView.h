#pragma once

#include "Actor.h"

#include <QWidget>

class Database;
class QLabel;
class QStandardItemModel;
class QTreeView;

// The profile's History tab (修改记录): who changed which field when, before → after, read from
// the audit trail.
class CustomerHistoryView : public QWidget
{
    Q_OBJECT

public:
    CustomerHistoryView(Database &db, const Actor &actor, QWidget *parent = nullptr);

    void showCustomer(qint64 id);
    QStandardItemModel *model() const { return m_model; }

private:
    Database &m_db;
    Actor m_actor;
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};
