#pragma once

#include "Actor.h"

#include <QHash>
#include <QWidget>

class Database;
class PagedRowsModel;
class QCheckBox;
class QLabel;
class QTableView;
class Timeline;

// The profile's Timeline tab (服务时间线): everything about the customer merged newest first,
// read page by page as it scrolls, with a check box per kind.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    TimelineView(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~TimelineView() override;

    void showCustomer(qint64 customerId);
    // Reads the first page again (after a write), when a customer is shown.
    void reload();
    PagedRowsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void read();
    void updateEmptyState();

    Timeline *m_timeline = nullptr;
    Actor m_actor;
    qint64 m_customerId = 0;
    QHash<int, QCheckBox *> m_kinds;
    PagedRowsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};
