#pragma once

#include "Actor.h"
#include "complaints/Complaint.h"
#include "complaints/ComplaintRepository.h"

#include <QPointer>
#include <QWidget>

class ComplaintDialog;
class Database;
class PagedRowsModel;
class QLabel;
class QPushButton;
class QTableView;

// The profile's Complaints tab (投诉): the customer's complaints newest first, read page by page
// as the table scrolls, each with its SLA mark; Enter or a double click opens one in
// ComplaintDialog, New complaint… receives one. changed() follows every stored write.
class ComplaintsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        ReceivedColumn,
        ReasonColumn,
        SeverityColumn,
        StatusColumn,
        HandlerColumn,
        SlaColumn,
        ColumnCount,
    };
    // PagedRowsModel::KindRole flags of a row.
    enum RowKind {
        AlarmRow = 0x1, // overdue now, or an SLA was missed
        SettledRow = 0x2, // resolved or closed
    };

    ComplaintsPanel(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~ComplaintsPanel() override;

    // The complaints of a stored customer; 0: none (a profile not saved yet).
    void showCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // The first page again (after another desk's change), keeping the selected complaint.
    void reload();

    // Ctrl+Shift+C (from the window's menu): the dialog for a new complaint.
    void newComplaint();
    // Opens the complaint (the selected one) in its dialog.
    void openComplaint(qint64 complaintId);
    void openSelected();
    qint64 selectedComplaintId() const;

    ComplaintDialog *activeDialog() const;
    PagedRowsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *newButton() const { return m_new; }

Q_SIGNALS:
    void changed();

private:
    void updateState();
    // Makes the row the current and only selected one (whatever keys are held: selectRow would
    // extend or toggle the selection while Ctrl or Shift is down).
    void choose(int row);
    void select(qint64 complaintId);
    void showDialog(ComplaintDialog *dialog);

    Database &m_db;
    ComplaintRepository m_complaints;
    Actor m_actor;
    qint64 m_customerId = 0;
    PagedRowsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPointer<ComplaintDialog> m_dialog;
    bool m_wrote = false; // the open dialog stored something
};
