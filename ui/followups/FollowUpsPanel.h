#pragma once

#include "Actor.h"
#include "followups/FollowUp.h"
#include "followups/FollowUpRepository.h"

#include <QWidget>

#include <optional>

class Database;
class PagedRowsModel;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

// The profile's Return visits tab (回访): the customer's follow-ups, latest due first, read page
// by page — due date, purpose, status, assignee, outcome and score. Plan… opens FollowUpDialog
// (Ctrl+Shift+F from the Customer menu), Edit… corrects a planned one, Record… (Return on the
// list) opens RecordVisitDialog. changed() follows every write that succeeded.
class FollowUpsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        DueColumn,
        PurposeColumn,
        StatusColumn,
        AssigneeColumn,
        OutcomeColumn,
        ScoreColumn,
        ColumnCount,
    };
    // PagedRowsModel::KindRole flags of a row.
    enum RowKind {
        OverdueRow = 0x1, // planned, and its day has passed
        EndedRow = 0x2, // done, unreachable or cancelled
    };

    FollowUpsPanel(Database &db, const Actor &actor, QWidget *parent = nullptr);

    // 0: a profile not saved yet.
    void showCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Reads the list again, keeping the selected follow-up.
    void reload();

    void planNew();
    void editSelected();
    void recordSelected();

    PagedRowsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The follow-up of the selected row (0: none).
    qint64 selectedId() const;
    bool selectFollowUp(qint64 id);

    // "2026-11-23 (overdue)" for a planned one past its day.
    static QString dueText(const FollowUp &followUp, const QDate &today);
    // "CSAT 4/5 · NPS 9", or empty when nothing was asked.
    static QString scoreText(const FollowUp &followUp);

Q_SIGNALS:
    void changed();
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void afterReload(qint64 selectId);
    void afterWrite(qint64 id);
    void updateActions();
    void showError(const QString &message);
    // The selected follow-up as stored now; nullopt (and the message shown) when it cannot be read.
    std::optional<FollowUp> readSelected();

    Database &m_db;
    FollowUpRepository m_repository;
    Actor m_actor;
    qint64 m_customerId = 0;
    PagedRowsModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_planButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_recordButton = nullptr;
};
