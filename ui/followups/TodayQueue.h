#pragma once

#include "Actor.h"
#include "followups/FollowUpQueue.h"

#include <QWidget>

class Database;
class QLabel;
class QRadioButton;
class QStackedWidget;
class QTableView;
class TodayQueueModel;

// The front desk's "Today" (今日待办): planned follow-ups overdue, due today and in the next
// days, in the order core gives (overdue first), for the signed-in user — or the whole team's
// for a supervisor (Mine / Team). Arrows move; Enter asks to work the selected one
// (activated()). The title counts what is due ("Today — 3 overdue, 5 due today").
class TodayQueue : public QWidget
{
    Q_OBJECT

public:
    TodayQueue(Database &db, const Actor &actor, QWidget *parent = nullptr);

    // Reads the queue again; keeps the selected follow-up, or when it left the queue (or
    // keepFollowUp is false: after working it), the row where it was — the next one in line.
    void reload(bool keepFollowUp = true);
    bool isTeam() const;
    void setTeam(bool team);
    // The list takes the keyboard, with a row selected.
    void focusList();
    // A sentence about the last action, or an error (in red), above the list.
    void showMessage(const QString &message, bool error = false);

    QString title() const { return m_title; }
    int overdueCount() const;
    int dueTodayCount() const;
    TodayQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The selected row's item; nullptr when none.
    const QueueItem *selectedItem() const;

    static QString titleFor(int overdue, int dueToday);

Q_SIGNALS:
    void titleChanged(const QString &title);
    // Enter or a double click on a row: call this customer now.
    void activated(const QueueItem &item);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activateCurrent();
    void updateState();

    Database &m_db;
    Actor m_actor;
    QString m_title;
    TodayQueueModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QRadioButton *m_mine = nullptr;
    QRadioButton *m_team = nullptr;
};
