#pragma once

#include "Actor.h"
#include "Result.h"
#include "customers/Customer.h"

#include <QWidget>

#include <memory>

class ChangeWatcher;
class CustomerForm;
class CustomerHistoryView;
class QTabWidget;
class CustomerListPanel;
class CustomerRepository;
class ProfileTabs;
class Database;
class QSplitter;
class QThread;

// The front desk's customer loop: find in the list, open, edit, save. Owns the guard that keeps
// unsaved edits from being lost when moving to another customer.
class CustomerWorkspace : public QWidget
{
    Q_OBJECT

public:
    CustomerWorkspace(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~CustomerWorkspace() override;

    CustomerListPanel *list() const { return m_list; }
    CustomerForm *form() const { return m_form; }
    CustomerHistoryView *history() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    ProfileTabs *profile() const { return m_profile; }
    QSplitter *splitter() const { return m_splitter; }
    ChangeWatcher *watcher() const { return m_watcher; }

    bool newCustomer();
    bool openCustomer(qint64 id);
    bool save();
    void revert();
    void toggleArchived();
    // A data-subject erasure (PIPL art. 47): after confirmation, the profile becomes a tombstone.
    void erasePersonalData();
    // A data-subject export (PIPL art. 45, GDPR art. 15/20) of the open customer into a folder
    // the user picks; says where the package is and offers to open that folder.
    void exportCustomerData();
    void focusSearch();
    // Asks what to do with unsaved changes; false when the user wants to stay.
    bool confirmLeave();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void dirtyChanged(bool dirty);
    // Another profile is shown; 0 for a new, unsaved one.
    void customerChanged(qint64 id);

private:
    // CustomerEraser::erase on a worker thread with its own connection; waits with a busy
    // dialog and the window painted.
    Result<Customer> eraseInBackground(const Customer &customer);
    // Another desk committed: the list refreshes in place, and the open profile is reloaded
    // when it has no unsaved edits, or else a notice says what happened to it.
    void onArchiveChanged();
    void startDailyClassification();
    void checkOpenProfile();
    void reloadProfile();

    Database &m_db;
    CustomerRepository *m_repository = nullptr;
    Actor m_actor;
    CustomerListPanel *m_list = nullptr;
    CustomerForm *m_form = nullptr;
    CustomerHistoryView *m_history = nullptr;
    QTabWidget *m_tabs = nullptr;
    ProfileTabs *m_profile = nullptr;
    QSplitter *m_splitter = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    std::unique_ptr<QThread> m_classifier;
    bool m_switching = false;
    bool m_watcherLost = false;
    // The stored version of the open profile that the notice already tells about.
    qint64 m_noticedId = 0;
    int m_noticedVersion = -1;
};
