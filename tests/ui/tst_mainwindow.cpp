#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "customers/CustomerEraser.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerWorkspace.h"
#include "security/UserRepository.h"
#include "storage/Backup.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

// The main window's own duties: the backup on exit, and what each role is offered.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    TempArchive m_archive;
    QTemporaryDir m_backups;

    std::unique_ptr<MainWindow> window(int roles)
    {
        auto db = m_archive.open();
        if (!db)
            return nullptr;
        return std::make_unique<MainWindow>(std::move(db), Actor {1, u"admin"_s, u"Admin"_s, roles});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setUnattended(true);
        QCoreApplication::setOrganizationName(u"ServiceArchiveTests"_s);
        QSettings().setValue(u"backup/directory"_s, m_backups.path());
        auto db = m_archive.open();
        QVERIFY(db);
        UserRepository users(*db, PasswordHasher(PasswordHasher::Strength::Minimal));
        QVERIFY(users.createFirstAdmin(u"admin"_s, u"Admin"_s, u"correct horse"_s, AllRoles));
    }

    void frontDeskClosingMakesNoBackup()
    {
        auto w = window(int(Role::FrontDesk));
        QVERIFY(w);
        QVERIFY(!w->findChild<QAction *>(u"backupAction"_s)->isVisible());
        QVERIFY(!w->findChild<QAction *>(u"auditAction"_s)->isVisible());
        QVERIFY(!w->findChild<QAction *>(u"eraseAction"_s)->isVisible());
        QVERIFY(w->close());
        QCOMPARE(Backup::list(m_backups.path()).size(), 0);
    }

    void adminClosingMakesOneBackupADay()
    {
        auto w = window(AllRoles);
        QVERIFY(w);
        QVERIFY(w->findChild<QAction *>(u"backupAction"_s)->isEnabled());
        QVERIFY(w->close());
        w.reset();
        const QList<BackupInfo> made = Backup::list(m_backups.path());
        QCOMPARE(made.size(), 1);
        QVERIFY(QFile::exists(Backup::manifestPath(made.first().filePath)));
        // Closing again the same day adds none.
        auto again = window(AllRoles);
        QVERIFY(again->close());
        QCOMPARE(Backup::list(m_backups.path()).size(), 1);
    }

    void adminErasesAfterConfirming()
    {
        auto w = window(AllRoles);
        QVERIFY(w);
        Customer c;
        c.name = u"欧阳甄嬛"_s;
        c.email = u"zhenhuan@example.cn"_s;
        const Result<Customer> created = CustomerRepository(w->database())
                                                 .create(Actor {1, u"admin"_s, u"Admin"_s, AllRoles},
                                                         c);
        QVERIFY(created);
        QVERIFY(w->workspace()->openCustomer(created->id));
        auto *erase = w->findChild<QAction *>(u"eraseAction"_s);
        QVERIFY(erase->isVisible());

        MessageBox::queueAnswer(1); // cancel: nothing happens
        erase->trigger();
        QCOMPARE(w->workspace()->form()->loaded().name, u"欧阳甄嬛"_s);

        MessageBox::queueAnswer(0);
        erase->trigger();
        QCOMPARE(w->workspace()->form()->loaded().name, CustomerEraser::tombstoneName());
        QVERIFY(w->workspace()->form()->loaded().email.isEmpty());
        QCOMPARE(w->workspace()->form()->loaded().code, created->code);
        QVERIFY(w->close());
    }

    void cleanupTestCase() { QSettings().remove(u"backup/directory"_s); }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
