#pragma once

#include "Actor.h"
#include "history/ServiceRequest.h"
#include "history/ServiceRequestRepository.h"

#include <QWidget>

#include <optional>

class Database;
class PagedRowsModel;
class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class RequestDetailsView;

// The profile's Requests tab: the customer's service requests (newest first, read page by page),
// and for the selected one its path through the service process, the time spent per stage and
// its stage moves. New, Edit… and Move stage… open dialogs that write through
// ServiceRequestRepository; changed() follows every write that succeeded.
class RequestsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        OpenedColumn,
        TitleColumn,
        PriorityColumn,
        StageColumn,
        OwnerColumn,
        DueColumn,
        ColumnCount,
    };
    // PagedRowsModel::KindRole flags of a row.
    enum RowKind {
        OverdueRow = 0x1, // open, and its due date has passed
        EndedRow = 0x2, // closed or cancelled
    };

    RequestsPanel(Database &db, const Actor &actor, QWidget *parent = nullptr);

    // The customer whose requests are shown; 0 for a profile not saved yet.
    void showCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Reads the list again (after another desk's change), keeping the selected request.
    void reload();

    // The actions behind the buttons (Ctrl+Shift+R, Return on the list, Ctrl+Shift+M); each
    // opens its dialog with open().
    void newRequest();
    void editRequest();
    void moveStage();
    // New request… with its shortcut (Ctrl+Shift+R), for a menu; it works while the panel is
    // visible.
    QAction *newRequestAction() const { return m_newAction; }
    QAction *moveStageAction() const { return m_moveAction; }

    PagedRowsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RequestDetailsView *details() const { return m_details; }
    // The request selected in the list, as read when it was selected.
    const std::optional<ServiceRequest> &selectedRequest() const { return m_selected; }
    // Selects the request when its row has been read; false when it is not in the list.
    bool selectRequest(qint64 requestId);

    // The Due cell: the date, and "(overdue)" for an open request past it.
    static QString dueText(const ServiceRequest &request, const QDate &today);

Q_SIGNALS:
    // A request was opened, edited or moved.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSelected();
    void updateActions();
    void showEmpty(const QString &text);
    // After the model read its first page: the empty state, or the list with selectId (or the
    // first row) selected and shown below.
    void afterReload(qint64 selectId);
    void afterWrite(qint64 requestId);
    void backToList();

    ServiceRequestRepository m_requests;
    Actor m_actor;
    qint64 m_customerId = 0;
    std::optional<ServiceRequest> m_selected;
    PagedRowsModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_view = nullptr;
    RequestDetailsView *m_details = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_moveButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_moveAction = nullptr;
};
