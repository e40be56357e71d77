#pragma once

#include "Actor.h"
#include "followups/FollowUpQueue.h"

#include <QObject>
#include <QPointer>

class CustomerWorkspace;
class Database;
class RecordVisitDialog;
class TodayQueue;
class QWidget;

// Return visits at the desk, for the main window: the Today queue (its widget goes into the
// window's dock), and what Enter on it does — the customer opens in the workspace on the
// Timeline tab with the task's purpose above it, and the record dialog opens beside it; after
// each record the queue reads again and the keyboard is back in it. Also plans a follow-up for
// the open customer (Ctrl+Shift+F) and keeps the profile's tabs in step.
class FollowUpDesk : public QObject
{
    Q_OBJECT

public:
    FollowUpDesk(Database &db, const Actor &actor, CustomerWorkspace *workspace, QWidget *window);
    ~FollowUpDesk() override;

    TodayQueue *queue() const;
    // The record dialog opened from the queue, while it is open.
    RecordVisitDialog *activeDialog() const;
    // Overdue or due today for the signed-in user (read at sign-in).
    bool hasDueWork() const;

    void open(const QueueItem &item);
    // The open customer's Return visits tab, with a new follow-up's dialog.
    void planFollowUp();
    // While the idle lock is on, the record dialog waits hidden (what was typed stays).
    void setLocked(bool locked);
    // Another desk committed something: the queue reads again when it is on screen.
    void otherDeskChanged();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void afterWrite(qint64 customerId, const QString &message);
    void backToQueue();

    Database &m_db;
    Actor m_actor;
    CustomerWorkspace *m_workspace = nullptr;
    QWidget *m_window = nullptr;
    QPointer<TodayQueue> m_queue;
    QPointer<RecordVisitDialog> m_dialog;
    bool m_dialogHiddenByLock = false;
};
