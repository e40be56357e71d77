#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerWorkspace.h"
#include "security/SignInDialog.h"
#include "security/UserRepository.h"
#include "storage/Backup.h"
#include "storage/RestoreBackupDialog.h"
#include "ui/UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString Password = u"correct horse"_s;

// Runs `drive` on the first modal dialog of type T that shows up within five seconds (the
// dialogs of the restore open one after another inside nested event loops).
template<typename T>
class WhenShown
{
public:
    explicit WhenShown(std::function<void(T *)> drive)
        : m_drive(std::move(drive))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (dialog && !m_done) {
                m_done = true;
                m_timer.stop();
                m_drive(dialog);
            } else if (++m_ticks > 250) {
                m_timer.stop();
            }
        });
        m_timer.start();
    }
    bool done() const { return m_done; }

private:
    std::function<void(T *)> m_drive;
    QTimer m_timer;
    int m_ticks = 0;
    bool m_done = false;
};

void signIn(SignInDialog *dialog, const QString &login, const QString &password)
{
    dialog->findChild<QLineEdit *>(u"loginEdit"_s)->setText(login);
    dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
    dialog->findChild<QPushButton *>(u"signInButton"_s)->click();
    if (dialog->isVisible())
        dialog->reject(); // a wrong password would leave it open forever
}

int customerCount(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT count(*) FROM customers"_s) && q.next() ? q.value(0).toInt() : -1;
}

QStringList keptArchives(const QString &archive)
{
    const QFileInfo info(archive);
    return info.dir().entryList({info.fileName() + u".before-restore-*"_s}, QDir::Files);
}

} // namespace

// File > Restore from backup… driven through the real main window: the archive is closed,
// replaced, opened again and signed in to against the backup's users.
class tst_RestoreFromBackup : public QObject
{
    Q_OBJECT

    TempArchive m_archive;
    QTemporaryDir m_backups;
    Actor m_admin;
    QString m_backupFile;
    std::unique_ptr<MainWindow> m_window;

    static Customer named(const QString &name)
    {
        Customer c;
        c.name = name;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareUnattendedUi();
        QSettings().setValue(u"backup/directory"_s, m_backups.path());
        auto db = m_archive.open();
        QVERIFY(db);
        UserRepository users(*db, PasswordHasher(PasswordHasher::Strength::Minimal));
        QVERIFY(users.createFirstAdmin(u"boss"_s, u"老板"_s, Password, AllRoles));
        const Result<Actor> admin = users.signIn(u"boss"_s, Password);
        QVERIFY(admin);
        m_admin = admin.value();
        QVERIFY(CustomerRepository(*db).create(m_admin, named(u"备份前"_s)));
        const Result<BackupInfo> made = Backup::create(*db, m_admin, m_backups.path());
        QVERIFY(made);
        m_backupFile = made->filePath;
        // Work goes on after the backup.
        QVERIFY(CustomerRepository(*db).create(m_admin, named(u"备份后"_s)));
        m_window = std::make_unique<MainWindow>(std::move(db), m_admin);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void onlyForAdministrators()
    {
        QVERIFY(m_window->findChild<QAction *>(u"restoreBackupAction"_s)->isVisible());
        auto other = TempArchive().open();
        QVERIFY(other);
        MainWindow desk(std::move(other), Actor {7, u"desk"_s, u"前台"_s, int(Role::FrontDesk)});
        QVERIFY(!desk.findChild<QAction *>(u"restoreBackupAction"_s)->isVisible());
        QVERIFY(!desk.findChild<QAction *>(u"restoreBackupAction"_s)->isEnabled());
    }

    void unsavedEditsAreAskedAboutFirst()
    {
        QVERIFY(m_window->workspace()->newCustomer());
        auto *name = m_window->findChild<QLineEdit *>(u"nameEdit"_s);
        typeText(name, u"没保存"_s);
        const int asked = MessageBox::askedCount();
        MessageBox::queueAnswer(2); // keep editing
        WhenShown<RestoreBackupDialog> never([](RestoreBackupDialog *d) { d->reject(); });
        m_window->findChild<QAction *>(u"restoreBackupAction"_s)->trigger();
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QVERIFY(!never.done());
        QCOMPARE(name->text(), u"没保存"_s);
        MessageBox::queueAnswer(1); // discard, to go on
        QVERIFY(m_window->workspace()->newCustomer());
    }

    void aRefusedBackupLeavesTheArchiveAsItWas()
    {
        // A file that is no backup (no manifest), chosen with "Choose file…".
        const QString bogus = m_backups.filePath(u"elsewhere/not-a-backup.sqlite"_s);
        QVERIFY(QDir().mkpath(QFileInfo(bogus).absolutePath()));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a backup");
        file.close();
        const QString archive = m_window->database().path();
        FileDialog::queueAnswer(bogus);
        MessageBox::queueAnswer(0); // restore
        MessageBox::queueAnswer(0); // the error
        WhenShown<RestoreBackupDialog> choose([](RestoreBackupDialog *d) {
            d->findChild<QPushButton *>(u"chooseBackupButton"_s)->click();
        });
        m_window->findChild<QAction *>(u"restoreBackupAction"_s)->trigger();
        QVERIFY(choose.done());
        QVERIFY2(MessageBox::lastText().contains(u"not-a-backup"_s)
                         || MessageBox::lastText().contains(u"manifest"_s),
                 qPrintable(MessageBox::lastText()));
        // The same archive, open again, unchanged, with the same user.
        QCOMPARE(m_window->database().path(), archive);
        QCOMPARE(customerCount(m_window->database()), 2);
        QCOMPARE(keptArchives(archive), QStringList());
        QVERIFY(m_window->workspace());
        QVERIFY(m_window->findChild<QAction *>(u"restoreBackupAction"_s)->isEnabled());
    }

    void cancellingTheSignInRestoresNothing()
    {
        const QString archive = m_window->database().path();
        MessageBox::queueAnswer(0); // restore
        MessageBox::queueAnswer(0); // the message
        WhenShown<SignInDialog> cancel([](SignInDialog *d) { d->reject(); });
        WhenShown<RestoreBackupDialog> pick([](RestoreBackupDialog *d) {
            QCOMPARE(d->list()->topLevelItemCount(), 1);
            d->findChild<QPushButton *>(u"restoreButton"_s)->click();
        });
        m_window->findChild<QAction *>(u"restoreBackupAction"_s)->trigger();
        QVERIFY(pick.done());
        QVERIFY(cancel.done());
        QCOMPARE(customerCount(m_window->database()), 2);
        QCOMPARE(keptArchives(archive), QStringList());
    }

    void restoresSignsInAgainAndKeepsTheReplacedArchive()
    {
        const QString archive = m_window->database().path();
        MessageBox::queueAnswer(0); // restore
        MessageBox::queueAnswer(0); // "Restored"
        WhenShown<SignInDialog> signedIn([](SignInDialog *d) { signIn(d, u"boss"_s, Password); });
        WhenShown<RestoreBackupDialog> pick([](RestoreBackupDialog *d) {
            d->findChild<QPushButton *>(u"restoreButton"_s)->click();
        });
        m_window->findChild<QAction *>(u"restoreBackupAction"_s)->trigger();
        QVERIFY(pick.done());
        QVERIFY(signedIn.done());
        QVERIFY2(MessageBox::lastText().contains(u".before-restore-"_s),
                 qPrintable(MessageBox::lastText()));
        // The backup's state: the customer entered afterwards is gone.
        QCOMPARE(m_window->database().path(), archive);
        QCOMPARE(customerCount(m_window->database()), 1);
        QCOMPARE(keptArchives(archive).size(), 1);
        auto kept = Database::open(QFileInfo(archive).dir().filePath(keptArchives(archive).first()));
        QVERIFY(kept);
        QCOMPARE(customerCount(*kept.value()), 2);
        kept.value().reset();
        // The restore is in the restored archive's audit trail, by who signed in.
        QSqlQuery q(m_window->database().connection());
        QVERIFY(q.exec(u"SELECT user_login FROM audit_log WHERE action = 'restore'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"boss"_s);
        // The window works on the restored archive.
        QVERIFY(m_window->workspace());
        QTest::keySequence(m_window.get(), QKeySequence::New);
        QVERIFY(m_window->workspace()->form()->loaded().id == 0);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().remove(u"backup/directory"_s);
    }
};

QTEST_MAIN(tst_RestoreFromBackup)
#include "tst_restorefrombackup.moc"
