#pragma once

#include "Actor.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class ComplaintDetailPane;
class ComplaintDialog;
class ComplaintFilterBar;
class ComplaintListModel;
class Database;
class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

// The supervisor's complaint review (投诉复核) over the whole archive: filters, counts per status,
// a sortable list with overdue and missed complaints marked, and beside it the chosen
// complaint's history and its customer's timeline. Supervisors assign (several at once) and
// close with a resolution; anyone who may view reads, opens a complaint and its customer.
// Filtering, sorting and counting run off the UI thread (ComplaintListModel).
class ComplaintsWindow : public QWidget
{
    Q_OBJECT

public:
    ComplaintsWindow(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~ComplaintsWindow() override;

    ComplaintListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ComplaintFilterBar *filters() const { return m_filters; }
    ComplaintDetailPane *details() const { return m_details; }
    QLabel *countsLabel() const { return m_counts; }
    // The dialog open now (a complaint's, or Assign to…'s), for tests.
    QDialog *activeDialog() const { return m_dialog; }

    // The ids of the selected rows, in list order.
    QList<qint64> selectedIds() const;
    // Assign to…: asks for the handler, then assigns every selected complaint at once.
    void assignSelected();
    // Without asking (the dialog's answer): all or nothing, through ComplaintRepository.
    bool assignSelectedTo(const QString &handler);
    // The current complaint in its dialog, with the cursor in the resolution.
    void closeCurrent();
    void openCurrent();
    void openCurrentCustomer();

    // Another desk (or another window) stored something: the list, its counts and the open
    // complaint's history read again in place, the selection kept. An open dialog is left alone
    // (its save is checked against the complaint's version).
    void otherDeskChanged();

    // The counts line for the current counts ("Open 12 · In progress 30 · …").
    QString countsText() const;

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId);
    // Something was stored from this window.
    void changed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void applyFilter();
    void showCounts();
    void afterSearch(int count);
    void showCurrent();
    // Makes the row the current and only selected one (whatever keys are held: selectRow would
    // extend or toggle the selection while Ctrl or Shift is down).
    void choose(int row);
    void updateActions();
    void afterWrite(const QString &message);
    void showDialog(QDialog *dialog);
    void say(const QString &message, bool error = false);
    qint64 currentId() const;
    qint64 currentCustomerId() const;

    Database &m_db;
    Actor m_actor;
    ComplaintFilterBar *m_filters = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_message = nullptr;
    ComplaintListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    ComplaintDetailPane *m_details = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_customer = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<QDialog> m_dialog;
    bool m_noCustomer = false; // the customer typed matches nobody: nothing to list
};
