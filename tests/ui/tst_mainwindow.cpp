#include "MainWindow.h"
#include "TestSupport.h"
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

    void cleanupTestCase() { QSettings().remove(u"backup/directory"_s); }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
