#pragma once

#include "Actor.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class ComplaintsWindow;
class ReportsWindow;
class CustomerWorkspace;
class FollowUpDesk;
class ImportWizard;
class QDockWidget;
class IdleLock;
class Database;
class QAction;
class QMenu;
class QLabel;

// Assembles the areas of the application: menus, status bar and the customer workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    CustomerWorkspace *workspace() const { return m_workspace; }
    IdleLock *idleLock() const { return m_idleLock; }
    FollowUpDesk *followUps() const { return m_followUps; }
    QDockWidget *todayDock() const { return m_todayDock; }
    Database &database() const { return *m_db; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void openArchive(bool create);
    void openServerArchive();
    void openRecent(const QString &location);
    // Opens a file or server archive, asking for a server password when needed, and signs in.
    void openLocation(const QString &location);
    void signInTo(std::unique_ptr<Database> db);
    void switchArchive(std::unique_ptr<Database> db);
    // Closes every connection of the window to its archive (workspace, idle lock, database).
    void closeArchive();
    void restoreFromBackup();
    void updateTitle(bool dirty);
    void about();
    void backUpNow();
    QString backupDirectory() const;
    void changePassword();
    // File > Import CSV file… (Ctrl+I): the import wizard, one at a time, hidden while locked.
    void importFile();
    void manageUsers();
    // Ctrl+T: the Today queue, read again, with the keyboard in it.
    void showToday();
    // Complaints > Review complaints…: the supervisor's window over the whole archive (one).
    void reviewComplaints();
    // Reports > Reports…: the report catalogue, its results and CSV export (one window).
    void showReports();
    // The customer of a complaint in the review, shown here with its Complaints tab.
    void showComplaintCustomer(qint64 customerId);

    std::unique_ptr<Database> m_db;
    Actor m_actor;
    CustomerWorkspace *m_workspace = nullptr;
    IdleLock *m_idleLock = nullptr;
    FollowUpDesk *m_followUps = nullptr;
    QDockWidget *m_todayDock = nullptr;
    QPointer<QWidget> m_focusBeforeLock;
    QByteArray m_splitterState; // of the closed workspace, for the next one
    QLabel *m_archiveLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QAction *m_newCustomer = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_eraseAction = nullptr;
    QAction *m_exportAction = nullptr;
    QList<QAction *> m_historyActions; // record in the open customer's history
    QAction *m_restoreAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_serverBackupNote = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importsAction = nullptr;
    QPointer<ImportWizard> m_importWizard;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_complaintsMenu = nullptr;
    QAction *m_slaAction = nullptr;
    QPointer<ComplaintsWindow> m_complaintsWindow;
    QMenu *m_reportsMenu = nullptr;
    QPointer<ReportsWindow> m_reportsWindow;
};
