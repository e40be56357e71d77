#include "MainWindow.h"

#include "AppInfo.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "audit/AuditLogDialog.h"
#include "complaints/ComplaintSlaDialog.h"
#include "complaints/ComplaintsPanel.h"
#include "complaints/ComplaintsWindow.h"
#include "customers/CustomerListPanel.h"
#include "customers/CustomerWorkspace.h"
#include "customers/ProfileTabs.h"
#include "followups/FollowUpDesk.h"
#include "followups/FollowUpRulesDialog.h"
#include "followups/TodayQueue.h"
#include "history/ProfileHeader.h"
#include "import/ImportWizard.h"
#include "import/ImportsDialog.h"
#include "reports/ReportCatalogue.h"
#include "reports/ReportsWindow.h"
#include "security/ChangePasswordDialog.h"
#include "security/IdleLock.h"
#include "security/Permissions.h"
#include "security/SignInFlow.h"
#include "security/UserRepository.h"
#include "security/UsersDialog.h"
#include "settings/ChoiceListsDialog.h"
#include "settings/ClassificationRulesDialog.h"
#include "storage/ArchiveOpener.h"
#include "storage/Backup.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/OpenServerDialog.h"
#include "storage/RecentArchives.h"
#include "storage/RestoreFlow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

MainWindow::MainWindow(std::unique_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QMainWindow(parent)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    m_archiveLabel = new QLabel(this);
    m_archiveLabel->setObjectName(QStringLiteral("archiveLabel"));
    statusBar()->addPermanentWidget(m_archiveLabel);
    createMenus();
    // The Today queue (Ctrl+T) docks below the workspace; its rows come with each archive.
    m_todayDock = new QDockWidget(tr("Today"), this);
    m_todayDock->setObjectName(QStringLiteral("todayDock"));
    m_todayDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_todayDock);
    m_todayDock->hide();

    // Before the archive: the sign-in's Today queue is not hidden again by the last session's.
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    switchArchive(std::move(db));
}

MainWindow::~MainWindow()
{
    delete m_reportsWindow.data(); // before the database its form reads
    delete m_followUps;
    m_followUps = nullptr;
    delete m_idleLock;
    m_idleLock = nullptr;
    delete m_workspace; // before the database it reads
    m_workspace = nullptr;
}

void MainWindow::closeArchive()
{
    delete m_followUps; // with the queue in the dock
    m_followUps = nullptr;
    delete m_complaintsWindow.data(); // it reads the archive that closes
    delete m_reportsWindow.data();
    if (m_workspace) {
        m_splitterState = m_workspace->splitter()->saveState();
        delete m_workspace; // with the list's worker thread and its connection
        m_workspace = nullptr;
    }
    delete m_importWizard.data(); // stops a check or an import (nothing of it stays)
    delete m_idleLock;
    m_idleLock = nullptr;
    m_db.reset();
}

void MainWindow::switchArchive(std::unique_ptr<Database> db)
{
    closeArchive();
    m_db = std::move(db);
    m_idleLock = new IdleLock(*m_db, m_actor, this);
    m_workspace = new CustomerWorkspace(*m_db, m_actor, this);
    // While locked nothing of the archive shows; the workspace, unsaved edits and all, waits.
    connect(m_idleLock, &IdleLock::lockedChanged, m_workspace, [this](bool locked) {
        if (locked)
            m_focusBeforeLock = QApplication::focusWidget();
        m_workspace->setVisible(!locked);
        if (QWidget *queue = m_todayDock->widget())
            queue->setVisible(!locked);
        if (m_complaintsWindow)
            m_complaintsWindow->setVisible(!locked);
        if (m_reportsWindow)
            m_reportsWindow->setVisible(!locked);
        if (!locked) {
            activateWindow();
            if (m_focusBeforeLock)
                m_focusBeforeLock->setFocus(Qt::OtherFocusReason);
        }
        m_followUps->setLocked(locked); // a return visit being recorded comes back last
    });
    setCentralWidget(m_workspace);
    const QByteArray splitterState
            = m_splitterState.isEmpty()
                      ? QSettings().value(QStringLiteral("window/splitter")).toByteArray()
                      : m_splitterState;
    if (!m_workspace->splitter()->restoreState(splitterState))
        m_workspace->splitter()->setSizes({640, 640});
    connect(m_workspace, &CustomerWorkspace::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_workspace, &CustomerWorkspace::dirtyChanged, this, &MainWindow::updateTitle);
    m_followUps = new FollowUpDesk(*m_db, m_actor, m_workspace, this);
    m_todayDock->setWidget(m_followUps->queue());
    m_todayDock->setWindowTitle(m_followUps->queue()->title());
    connect(m_followUps->queue(), &TodayQueue::titleChanged, m_todayDock, &QWidget::setWindowTitle);
    connect(m_followUps, &FollowUpDesk::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_workspace->watcher(),
            &ChangeWatcher::changed,
            m_followUps,
            &FollowUpDesk::otherDeskChanged);
    // Signed in with calls due: the queue shows, the keyboard stays in the customer search.
    if (m_followUps->hasDueWork())
        m_todayDock->show();
    m_archiveLabel->setText(RecentArchives::shown(m_db->address().toString()));
    QStringList roles;
    for (Role role : {Role::FrontDesk, Role::Supervisor, Role::Admin})
        if (m_actor.hasRole(role))
            roles.append(Permissions::roleName(role));
    m_userLabel->setText(
            tr("Signed in as %1 (%2)").arg(m_actor.label(), roles.join(QStringLiteral(", "))));
    m_newCustomer->setEnabled(Permissions::allows(m_actor, Operation::Create));
    m_archiveAction->setEnabled(Permissions::allows(m_actor, Operation::Archive));
    const bool erase = Permissions::allows(m_actor, Operation::Erase);
    m_eraseAction->setEnabled(erase);
    m_eraseAction->setVisible(erase);
    // A data-subject export is of the customer on screen, once saved.
    const bool exportData = Permissions::allows(m_actor, Operation::Export);
    m_exportAction->setVisible(exportData);
    m_exportAction->setEnabled(false);
    connect(m_workspace, &CustomerWorkspace::customerChanged, this, [this, exportData](qint64 id) {
        m_exportAction->setEnabled(exportData && id != 0);
    });
    // Records in the customer's history need a saved customer.
    const bool record = Permissions::allows(m_actor, Operation::Create);
    for (QAction *action : std::as_const(m_historyActions)) {
        action->setVisible(record);
        action->setEnabled(false);
    }
    connect(m_workspace, &CustomerWorkspace::customerChanged, this, [this, record](qint64 id) {
        for (QAction *action : std::as_const(m_historyActions))
            action->setEnabled(record && id != 0);
    });
    m_complaintsMenu->menuAction()->setVisible(Permissions::allows(m_actor, Operation::View));
    m_reportsMenu->menuAction()->setVisible(!ReportCatalogue::available(m_actor).isEmpty());
    const bool manageUsers = Permissions::allows(m_actor, Operation::ManageUsers);
    m_settingsMenu->menuAction()->setVisible(
            Permissions::allows(m_actor, Operation::ManageSettings));
    m_usersAction->setEnabled(manageUsers);
    m_usersAction->setVisible(manageUsers);
    // Backups are of archive files; a server's are made there, with pg_dump.
    const bool settings = Permissions::allows(m_actor, Operation::ManageSettings);
    const bool fileBackups = settings && !m_db->isServer();
    m_backupAction->setEnabled(fileBackups);
    m_backupAction->setVisible(fileBackups);
    m_restoreAction->setEnabled(fileBackups);
    m_restoreAction->setVisible(fileBackups);
    m_serverBackupNote->setVisible(settings && m_db->isServer());
    // Without the right the entries stay in the menu, greyed, saying why.
    const Status import = Permissions::require(m_actor, Operation::Import);
    for (QAction *action : {m_importAction, m_importsAction}) {
        action->setEnabled(import.ok());
        action->setStatusTip(import ? QString() : import.error().message);
        action->setToolTip(import ? QString() : import.error().message);
    }
    const bool viewAudit = Permissions::allows(m_actor, Operation::ViewAudit);
    m_auditAction->setEnabled(viewAudit);
    m_auditAction->setVisible(viewAudit);
    // Remembered without the password (toString never shows one).
    QSettings().setValue(QStringLiteral("archive/last"), m_db->address().toString());
    RecentArchives::add(m_db->address());
    updateTitle(false);
    m_workspace->focusSearch();
}

void MainWindow::updateTitle(bool dirty)
{
    setWindowTitle(tr("%1[*] — ServiceArchive").arg(m_db->address().displayName()));
    setWindowModified(dirty);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newArchive = file->addAction(tr("&New archive…"));
    newArchive->setObjectName(QStringLiteral("newArchiveAction"));
    connect(newArchive, &QAction::triggered, this, [this] { openArchive(true); });
    QAction *open = file->addAction(tr("&Open archive…"));
    open->setObjectName(QStringLiteral("openArchiveAction"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] { openArchive(false); });
    QAction *server = file->addAction(tr("Open archive on a &server…"));
    server->setObjectName(QStringLiteral("openServerArchiveAction"));
    connect(server, &QAction::triggered, this, &MainWindow::openServerArchive);
    QMenu *recent = file->addMenu(tr("Recent arc&hives"));
    recent->setObjectName(QStringLiteral("recentArchivesMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        RecentArchives::populate(recent, [this](const QString &location) { openRecent(location); });
    });
    file->addSeparator();
    QAction *import = m_importAction = file->addAction(tr("&Import CSV file…"));
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(import, &QAction::triggered, this, &MainWindow::importFile);
    QAction *imports = m_importsAction = file->addAction(tr("Past i&mports…"));
    imports->setObjectName(QStringLiteral("importsAction"));
    connect(imports, &QAction::triggered, this, [this] {
        ImportsDialog dialog(*m_db, m_actor, this);
        connect(m_idleLock, &IdleLock::lockedChanged, &dialog, [&dialog](bool locked) {
            if (locked)
                dialog.reject();
        });
        dialog.exec();
    });
    file->addSeparator();
    QAction *password = file->addAction(tr("Change &password…"));
    password->setObjectName(QStringLiteral("changePasswordAction"));
    connect(password, &QAction::triggered, this, &MainWindow::changePassword);
    QAction *users = m_usersAction = file->addAction(tr("&Users…"));
    users->setObjectName(QStringLiteral("usersAction"));
    connect(users, &QAction::triggered, this, &MainWindow::manageUsers);
    QAction *backup = m_backupAction = file->addAction(tr("&Back up now…"));
    backup->setObjectName(QStringLiteral("backupAction"));
    connect(backup, &QAction::triggered, this, &MainWindow::backUpNow);
    QAction *restore = m_restoreAction = file->addAction(tr("&Restore from backup…"));
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    connect(restore, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    QAction *note = m_serverBackupNote = file->addAction(tr("Backups are made on the server"));
    note->setObjectName(QStringLiteral("serverBackupNote"));
    note->setEnabled(false);
    const QString why = tr("This archive is on a PostgreSQL server: its backups are made there, "
                           "with pg_dump, by the server's administrator.");
    note->setToolTip(why);
    note->setStatusTip(why);
    file->setToolTipsVisible(true);
    QAction *audit = m_auditAction = file->addAction(tr("&Audit log…"));
    audit->setObjectName(QStringLiteral("auditAction"));
    connect(audit, &QAction::triggered, this, [this] {
        AuditLogDialog dialog(database(), m_actor, this);
        connect(m_idleLock, &IdleLock::lockedChanged, &dialog, [&dialog](bool locked) {
            if (locked)
                dialog.reject();
        });
        dialog.exec();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *customer = menuBar()->addMenu(tr("&Customer"));
    QAction *create = m_newCustomer = customer->addAction(tr("&New customer"));
    create->setObjectName(QStringLiteral("newCustomerAction"));
    create->setShortcut(QKeySequence::New);
    connect(create, &QAction::triggered, this, [this] { m_workspace->newCustomer(); });
    QAction *find = customer->addAction(tr("&Find customer"));
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] { m_workspace->focusSearch(); });
    QAction *save = customer->addAction(tr("&Save"));
    save->setObjectName(QStringLiteral("saveAction"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] { m_workspace->save(); });
    QAction *revert = customer->addAction(tr("&Revert changes"));
    revert->setObjectName(QStringLiteral("revertAction"));
    revert->setShortcut(QKeySequence(Qt::Key_Escape));
    revert->setShortcutContext(Qt::WindowShortcut);
    connect(revert, &QAction::triggered, this, [this] { m_workspace->revert(); });
    customer->addSeparator();
    QAction *archive = m_archiveAction = customer->addAction(tr("&Archive or restore"));
    archive->setObjectName(QStringLiteral("archiveAction"));
    connect(archive, &QAction::triggered, this, [this] { m_workspace->toggleArchived(); });
    QAction *erase = m_eraseAction = customer->addAction(tr("&Erase personal data…"));
    erase->setObjectName(QStringLiteral("eraseAction"));
    connect(erase, &QAction::triggered, this, [this] { m_workspace->erasePersonalData(); });
    QAction *exportData = m_exportAction = customer->addAction(tr("E&xport customer's data…"));
    exportData->setObjectName(QStringLiteral("exportCustomerDataAction"));
    exportData->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportData, &QAction::triggered, this, [this] { m_workspace->exportCustomerData(); });

    customer->addSeparator();
    QAction *logInteraction = customer->addAction(tr("&Log interaction"));
    logInteraction->setObjectName(QStringLiteral("logInteractionAction"));
    logInteraction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(logInteraction, &QAction::triggered, this, [this] {
        m_workspace->profile()->logInteraction();
    });
    QAction *newPurchase = customer->addAction(tr("New &purchase…"));
    newPurchase->setObjectName(QStringLiteral("newPurchaseAction"));
    newPurchase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(newPurchase, &QAction::triggered, this, [this] {
        m_workspace->profile()->newPurchase();
    });
    QAction *newRequest = customer->addAction(tr("New service &request…"));
    newRequest->setObjectName(QStringLiteral("newRequestMenuAction"));
    newRequest->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(newRequest, &QAction::triggered, this, [this] { m_workspace->profile()->newRequest(); });
    QAction *planFollowUp = customer->addAction(tr("Plan f&ollow-up…"));
    planFollowUp->setObjectName(QStringLiteral("planFollowUpAction"));
    planFollowUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(planFollowUp, &QAction::triggered, this, [this] { m_followUps->planFollowUp(); });

    QMenu *followUps = menuBar()->addMenu(tr("F&ollow-ups"));
    followUps->setObjectName(QStringLiteral("followUpsMenu"));
    QAction *today = followUps->addAction(tr("&Today"));
    today->setObjectName(QStringLiteral("todayAction"));
    today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    today->setStatusTip(tr("Overdue, today's and upcoming return visits"));
    connect(today, &QAction::triggered, this, &MainWindow::showToday);
    QAction *newComplaint = customer->addAction(tr("New &complaint…"));
    newComplaint->setObjectName(QStringLiteral("newComplaintAction"));
    newComplaint->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(newComplaint, &QAction::triggered, this, [this] {
        m_workspace->profile()->newComplaint();
    });
    m_historyActions = {logInteraction, newPurchase, newRequest, planFollowUp, newComplaint};

    QMenu *complaints = m_complaintsMenu = menuBar()->addMenu(tr("Co&mplaints"));
    complaints->setObjectName(QStringLiteral("complaintsMenu"));
    QAction *review = complaints->addAction(tr("&Review complaints…"));
    review->setObjectName(QStringLiteral("reviewComplaintsAction"));
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(review, &QAction::triggered, this, &MainWindow::reviewComplaints);

    QMenu *reports = m_reportsMenu = menuBar()->addMenu(tr("&Reports"));
    reports->setObjectName(QStringLiteral("reportsMenu"));
    QAction *openReports = reports->addAction(tr("&Reports and CSV export…"));
    openReports->setObjectName(QStringLiteral("reportsAction"));
    openReports->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(openReports, &QAction::triggered, this, &MainWindow::showReports);

    QMenu *settings = m_settingsMenu = menuBar()->addMenu(tr("S&ettings"));
    QAction *rules = settings->addAction(tr("&Classification rules…"));
    rules->setObjectName(QStringLiteral("classificationRulesAction"));
    connect(rules, &QAction::triggered, this, [this] {
        ClassificationRulesDialog dialog(*m_db, m_actor, this);
        connect(&dialog, &ClassificationRulesDialog::reclassified, this, [this](qint64 changed) {
            m_workspace->list()->refresh();
            m_workspace->profile()->header()->refresh();
            statusBar()->showMessage(tr("Re-classified: %n customer(s) changed class.",
                                        nullptr,
                                        int(std::min<qint64>(changed, INT_MAX))),
                                     8000);
        });
        dialog.exec();
    });
    QAction *choices = settings->addAction(tr("C&hoice lists…"));
    choices->setObjectName(QStringLiteral("choiceListsAction"));
    connect(choices, &QAction::triggered, this, [this] {
        ChoiceListsDialog dialog(*m_db, m_actor, this);
        dialog.exec();
    });
    QAction *slas = m_slaAction = settings->addAction(tr("Complaint &SLAs…"));
    slas->setObjectName(QStringLiteral("complaintSlaAction"));
    connect(slas, &QAction::triggered, this, [this] {
        ComplaintSlaDialog dialog(*m_db, m_actor, this);
        connect(m_idleLock, &IdleLock::lockedChanged, &dialog, [&dialog](bool locked) {
            if (locked)
                dialog.reject();
        });
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Complaint SLAs saved: they apply to complaints "
                                        "received from now on."),
                                     8000);
    });

    QAction *followUpRules = settings->addAction(tr("&Follow-up rules…"));
    followUpRules->setObjectName(QStringLiteral("followUpRulesAction"));
    connect(followUpRules, &QAction::triggered, this, [this] {
        FollowUpRulesDialog dialog(*m_db, m_actor, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("The follow-up rules were saved."), 8000);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About ServiceArchive"));
    connect(about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::openArchive(bool create)
{
    if (!m_workspace->confirmLeave())
        return;
    const QString dir = m_db->isServer() ? QDir::homePath()
                                         : QFileInfo(m_db->path()).absolutePath();
    const QString filter = tr("Service archives (*.sqlite);;All files (*)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New archive"), dir, filter)
                                : QFileDialog::getOpenFileName(this,
                                                               tr("Open archive"),
                                                               dir,
                                                               filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path)) {
        MessageBox::inform(this,
                           QMessageBox::Warning,
                           tr("New archive"),
                           tr("%1 already exists. Choose a new file name, or open it with "
                              "File > Open archive.")
                                   .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openLocation(path);
}

void MainWindow::openServerArchive()
{
    if (!m_workspace->confirmLeave())
        return;
    OpenServerDialog dialog(m_db->address(), this);
    if (dialog.exec() == QDialog::Accepted)
        signInTo(dialog.takeDatabase());
}

void MainWindow::openRecent(const QString &location)
{
    if (!m_workspace->confirmLeave())
        return;
    // Opening a file creates it: one that was moved or deleted is not made again, empty.
    if (!ArchiveAddress::looksLikeServer(location) && !QFileInfo::exists(location)) {
        RecentArchives::remove(location);
        MessageBox::inform(this,
                           QMessageBox::Warning,
                           tr("Cannot open archive"),
                           tr("%1 no longer exists; it was taken off the list of recent archives.")
                                   .arg(RecentArchives::shown(location)));
        return;
    }
    openLocation(location);
}

void MainWindow::openLocation(const QString &location)
{
    auto opened = ArchiveOpener::open(location, this);
    if (!opened) {
        if (opened.error().code != Error::Code::Cancelled)
            MessageBox::inform(this,
                               QMessageBox::Critical,
                               tr("Cannot open archive"),
                               opened.error().message);
        return;
    }
    signInTo(std::move(opened).value());
}

void MainWindow::signInTo(std::unique_ptr<Database> db)
{
    // Every archive has its own users: sign in to the new one, or stay with this one.
    const std::optional<Actor> actor = SignInFlow::run(db, this);
    if (!actor)
        return;
    m_actor = *actor;
    switchArchive(std::move(db));
    statusBar()->showMessage(tr("Opened %1").arg(RecentArchives::shown(m_db->address().toString())),
                             5000);
}

void MainWindow::about()
{
    MessageBox::inform(this,
                       QMessageBox::Information,
                       tr("About ServiceArchive"),
                       tr("<b>ServiceArchive %1</b><br>Customer service archive: profiles, "
                          "service history, complaints and return visits, kept in one local "
                          "archive.<br><br>Qt %2 · SQLite")
                               .arg(AppInfo::version(), QString::fromLatin1(qVersion())));
}

void MainWindow::showToday()
{
    m_todayDock->show();
    m_todayDock->raise();
    m_followUps->queue()->reload();
    m_followUps->queue()->focusList();
}

void MainWindow::reviewComplaints()
{
    if (!m_complaintsWindow) {
        m_complaintsWindow = new ComplaintsWindow(*m_db, m_actor, this);
        m_complaintsWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_complaintsWindow,
                &ComplaintsWindow::openCustomerRequested,
                this,
                &MainWindow::showComplaintCustomer);
        // What the review changed shows on the open profile too.
        connect(m_complaintsWindow, &ComplaintsWindow::changed, this, [this] {
            ProfileTabs *profile = m_workspace->profile();
            if (profile->shownCustomer() != 0
                && profile->complaints()->customerId() == profile->shownCustomer())
                profile->complaints()->reload();
        });
        // What other desks store shows in the review as it happens.
        connect(m_workspace->watcher(),
                &ChangeWatcher::changed,
                m_complaintsWindow,
                &ComplaintsWindow::otherDeskChanged);
    }
    m_complaintsWindow->show();
    m_complaintsWindow->raise();
    m_complaintsWindow->activateWindow();
}

void MainWindow::showReports()
{
    if (!m_reportsWindow) {
        m_reportsWindow = new ReportsWindow(*m_db, m_actor, this);
        m_reportsWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_reportsWindow->show();
    m_reportsWindow->raise();
    m_reportsWindow->activateWindow();
}

void MainWindow::showComplaintCustomer(qint64 customerId)
{
    raise();
    activateWindow();
    if (!m_workspace->openCustomer(customerId))
        return; // the user kept the unsaved profile
    ProfileTabs *profile = m_workspace->profile();
    profile->tabs()->setCurrentWidget(profile->complaints());
}

void MainWindow::changePassword()
{
    UserRepository users(database());
    ChangePasswordDialog dialog(users, m_actor, this);
    // The idle lock closes it: nothing typed there is worth keeping on an unattended screen.
    connect(m_idleLock, &IdleLock::lockedChanged, &dialog, [&dialog](bool locked) {
        if (locked)
            dialog.reject();
    });
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 8000);
}

void MainWindow::importFile()
{
    if (!Permissions::allows(m_actor, Operation::Import))
        return;
    if (!m_importWizard) {
        m_importWizard = new ImportWizard(*m_db, m_actor, this);
        m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
        m_importWizard->setWindowModality(Qt::WindowModal);
        // Locked: out of sight, a running import going on underneath.
        connect(m_idleLock, &IdleLock::lockedChanged, m_importWizard, &QWidget::setHidden);
    }
    m_importWizard->show();
    m_importWizard->raise();
    m_importWizard->activateWindow();
}

void MainWindow::manageUsers()
{
    UserRepository users(database());
    UsersDialog dialog(users, m_actor, this);
    // Each change is saved when it is made; the list of staff accounts closes with the lock.
    connect(m_idleLock, &IdleLock::lockedChanged, &dialog, [&dialog](bool locked) {
        if (locked)
            dialog.reject();
    });
    dialog.exec();
}

QString MainWindow::backupDirectory() const
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             + QStringLiteral("/backups/")
                             + QFileInfo(m_db->path()).completeBaseName();
    return QSettings().value(QStringLiteral("backup/directory"), fallback).toString();
}

void MainWindow::backUpNow()
{
    if (m_db->isServer())
        return;
    const QString dir = FileDialog::existingDirectory(this, tr("Back up to"), backupDirectory());
    if (dir.isEmpty())
        return;
    const Result<BackupInfo> made = Backup::create(*m_db, m_actor, dir);
    if (!made) {
        MessageBox::inform(this, QMessageBox::Warning, tr("Backup failed"), made.error().message);
        return;
    }
    QSettings().setValue(QStringLiteral("backup/directory"), dir);
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(made->filePath)),
                             8000);
}

void MainWindow::restoreFromBackup()
{
    if (m_db->isServer() || !m_workspace->confirmLeave())
        return;
    const QString archive = m_db->path();
    const QString backup = RestoreFlow::chooseBackup(backupDirectory(), archive, m_idleLock, this);
    if (backup.isEmpty())
        return;
    // Backup::restore needs the archive closed: no connection, no -wal file.
    closeArchive();
    statusBar()->showMessage(tr("Restoring %1…").arg(QDir::toNativeSeparators(backup)));
    const Result<RestoreFlow::Restored> restored = RestoreFlow::restore(backup, archive, this);
    auto reopened = Database::open(archive);
    if (!reopened) {
        // Neither the restored nor the old archive opens: nothing to work on in this window.
        MessageBox::inform(this,
                           QMessageBox::Critical,
                           tr("Cannot open archive"),
                           restored ? reopened.error().message
                                    : restored.error().message + QStringLiteral("\n\n")
                                              + reopened.error().message);
        close();
        return;
    }
    if (restored)
        m_actor = restored->actor; // signed in against the restored archive's users
    switchArchive(std::move(reopened).value());
    if (!restored) {
        statusBar()->showMessage(tr("Not restored; the archive is as it was."), 8000);
        MessageBox::inform(this, QMessageBox::Warning, tr("Not restored"), restored.error().message);
        return;
    }
    statusBar()->showMessage(tr("Restored from %1.").arg(QDir::toNativeSeparators(backup)), 8000);
    MessageBox::inform(this,
                       QMessageBox::Information,
                       tr("Restored"),
                       RestoreFlow::restoredMessage(backup, restored.value()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_workspace) { // the archive could not be opened again
        event->accept();
        return;
    }
    if (!m_workspace->confirmLeave()) {
        event->ignore();
        return;
    }
    // The backup on exit: at most one a day, the last seven kept. It runs for whoever may make
    // backups (an administrator); see README.
    if (!m_db->isServer() && Permissions::allows(m_actor, Operation::ManageSettings)) {
        const auto made = Backup::automatic(*m_db, m_actor, backupDirectory(), 7);
        if (!made)
            MessageBox::inform(this,
                               QMessageBox::Warning,
                               tr("Backup failed"),
                               made.error().message);
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_workspace->splitter()->saveState());
    event->accept();
}
