#include "MainWindow.h"
#include "TestSupport.h"
#include "security/UserRepository.h"
#include "storage/ArchiveOpener.h"
#include "storage/OpenServerDialog.h"
#include "storage/PasswordPrompt.h"
#include "storage/RecentArchives.h"
#include "ui/UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>

using namespace Qt::StringLiterals;

// Archives on a PostgreSQL server in the desktop: the server dialog, the password prompt, the
// recent archives and what the main window offers. Runs on both back ends (the main window's
// server checks need the _postgres run).
class tst_ServerArchive : public QObject
{
    Q_OBJECT

private:
    TempArchive m_archive;
    QTemporaryDir m_files;

    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    static void type(QWidget *parent, const QString &name, const QString &text)
    {
        auto *edit = child<QLineEdit>(parent, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    static void prepareArchive(Database &db)
    {
        UserRepository users(db, PasswordHasher(PasswordHasher::Strength::Minimal));
        QVERIFY(users.createFirstAdmin(u"admin"_s, u"Admin"_s, u"correct horse"_s, AllRoles));
    }
    // Answers the sign-in dialog that the next exec() shows.
    static void signInWhenAsked()
    {
        QTimer::singleShot(0, qApp, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            child<QLineEdit>(dialog, u"loginEdit"_s)->setText(u"admin"_s);
            child<QLineEdit>(dialog, u"passwordEdit"_s)->setText(u"correct horse"_s);
            dialog->accept();
        });
    }
    std::unique_ptr<MainWindow> window(std::unique_ptr<Database> db)
    {
        return std::make_unique<MainWindow>(std::move(db),
                                            Actor {1, u"admin"_s, u"Admin"_s, AllRoles});
    }
    // Database::open, but a password only "secret" opens this test's archive.
    ArchiveOpener::OpenFunction needsSecret(int *tries)
    {
        return [this, tries](const ArchiveAddress &a) -> Result<std::unique_ptr<Database>> {
            ++*tries;
            if (a.password() != u"secret"_s)
                return makeError(Error::Code::Permission, u"password please"_s);
            return Database::open(m_archive.path);
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareUnattendedUi();
        PasswordPrompt::setUnattended(true);
        auto db = m_archive.open();
        QVERIFY(db);
        prepareArchive(*db);
    }

    void init() { RecentArchives::clear(); }

    void dialogBuildsTheAddressFromItsFields()
    {
        OpenServerDialog dialog {ArchiveAddress()};
        dialog.show();
        type(&dialog, u"serverHostEdit"_s, u"db.example.com"_s);
        child<QSpinBox>(&dialog, u"serverPortSpin"_s)->setValue(6543);
        type(&dialog, u"serverDatabaseEdit"_s, u"shop"_s);
        type(&dialog, u"serverUserEdit"_s, u"desk1"_s);
        auto *tls = child<QComboBox>(&dialog, u"serverTlsCombo"_s);
        tls->setCurrentIndex(tls->findData(u"require"_s));
        const QString expected = u"postgresql://desk1@db.example.com:6543/shop?sslmode=require"_s;
        QCOMPARE(child<QLineEdit>(&dialog, u"serverAddressEdit"_s)->text(), expected);
        const std::optional<ArchiveAddress> a = dialog.address();
        QVERIFY(a);
        QCOMPARE(a->toString(), expected);

        // A socket folder is a host too; the port defaults to 5432.
        OpenServerDialog local {ArchiveAddress()};
        type(&local, u"serverHostEdit"_s, u"/run/postgresql"_s);
        type(&local, u"serverDatabaseEdit"_s, u"shop"_s);
        type(&local, u"serverUserEdit"_s, u"desk1"_s);
        const std::optional<ArchiveAddress> l = local.address();
        QVERIFY(l);
        QCOMPARE(l->host(), u"/run/postgresql"_s);
        QCOMPARE(l->port(), 5432);
        QCOMPARE(l->parameters().value(0), qMakePair(u"sslmode"_s, u"prefer"_s));
    }

    void pastedAddressFillsTheFields()
    {
        OpenServerDialog dialog {ArchiveAddress()};
        dialog.show();
        type(&dialog,
             u"serverAddressEdit"_s,
             u"postgresql://sa_app@db.local:5433/shop?sslmode=verify-full"
             "&options=-c%20search_path%3Dgui"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"serverHostEdit"_s)->text(), u"db.local"_s);
        QCOMPARE(child<QSpinBox>(&dialog, u"serverPortSpin"_s)->value(), 5433);
        QCOMPARE(child<QLineEdit>(&dialog, u"serverDatabaseEdit"_s)->text(), u"shop"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"serverUserEdit"_s)->text(), u"sa_app"_s);
        QCOMPARE(child<QComboBox>(&dialog, u"serverTlsCombo"_s)->currentData().toString(),
                 u"verify-full"_s);
        auto *extras = child<QLabel>(&dialog, u"serverExtrasLabel"_s);
        QVERIFY(!extras->isHidden());
        QVERIFY(extras->text().contains(u"search_path=gui"_s));
        // Edited fields keep the parameters they have no field for.
        type(&dialog, u"serverDatabaseEdit"_s, u"shop2"_s);
        const std::optional<ArchiveAddress> a = dialog.address();
        QVERIFY(a);
        QCOMPARE(a->database(), u"shop2"_s);
        QVERIFY(a->parameters().contains(qMakePair(u"options"_s, u"-c search_path=gui"_s)));
    }

    void dialogRefusesBadInputClearly()
    {
        OpenServerDialog dialog {ArchiveAddress()};
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, u"openServerButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(&dialog, u"serverHostError"_s)->isHidden());
        QVERIFY(!child<QLabel>(&dialog, u"serverDatabaseError"_s)->isHidden());
        QVERIFY(!child<QLabel>(&dialog, u"serverUserError"_s)->isHidden());
        QVERIFY(!child<QLabel>(&dialog, u"serverHostError"_s)->text().isEmpty());

        type(&dialog, u"serverHostEdit"_s, u"db example"_s);
        type(&dialog, u"serverDatabaseEdit"_s, u"shop"_s);
        type(&dialog, u"serverUserEdit"_s, u"desk1"_s);
        QVERIFY(!dialog.address());
        QVERIFY(child<QLabel>(&dialog, u"serverDatabaseError"_s)->isHidden());
        QVERIFY(!child<QLabel>(&dialog, u"serverHostError"_s)->isHidden());

        auto *addressError = child<QLabel>(&dialog, u"serverAddressError"_s);
        type(&dialog, u"serverAddressEdit"_s, u"postgresql://desk1@db:99999/shop"_s);
        QVERIFY(!addressError->isHidden());
        QVERIFY(addressError->text().contains(u"65535"_s));
        QVERIFY(!dialog.address());
        type(&dialog, u"serverAddressEdit"_s, u"archive.sqlite"_s);
        QVERIFY(!addressError->isHidden());
        QVERIFY(addressError->text().contains(u"postgresql://"_s));
        QVERIFY(!dialog.address());
        QVERIFY(dialog.isVisible());
    }

    void failedOpenKeepsWhatWasTyped()
    {
        OpenServerDialog dialog {ArchiveAddress()};
        dialog.show();
        const QString socket = m_files.filePath(u"no-server-here"_s);
        type(&dialog, u"serverHostEdit"_s, socket);
        type(&dialog, u"serverDatabaseEdit"_s, u"shop"_s);
        type(&dialog, u"serverUserEdit"_s, u"desk1"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"openServerButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.takeDatabase());
        auto *error = child<QLabel>(&dialog, u"openServerError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(child<QLineEdit>(&dialog, u"serverHostEdit"_s)->text(), socket);
        QCOMPARE(child<QLineEdit>(&dialog, u"serverDatabaseEdit"_s)->text(), u"shop"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"serverUserEdit"_s)->text(), u"desk1"_s);
    }

    void passwordIsAskedUntilAcceptedOrCancelled()
    {
        const ArchiveAddress server
                = ArchiveAddress::parse(u"postgresql://desk1@db.example.com/shop"_s).value();
        int tries = 0;
        const int asked = PasswordPrompt::askedCount();
        PasswordPrompt::queueAnswer(u"wrong"_s);
        PasswordPrompt::queueAnswer(u"secret"_s);
        auto opened = ArchiveOpener::open(server, nullptr, needsSecret(&tries));
        QVERIFY(opened);
        QCOMPARE(tries, 3);
        QCOMPARE(PasswordPrompt::askedCount(), asked + 2);

        PasswordPrompt::queueAnswer(std::nullopt);
        auto cancelled = ArchiveOpener::open(server, nullptr, needsSecret(&tries));
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);

        // Through the dialog: opened with the password, which goes nowhere else.
        OpenServerDialog dialog(server, nullptr, needsSecret(&tries));
        dialog.show();
        PasswordPrompt::queueAnswer(u"secret"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"openServerButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.takeDatabase());
        QVERIFY(!child<QLineEdit>(&dialog, u"serverAddressEdit"_s)->text().contains(u"secret"_s));
    }

    void recentArchivesNeverHoldAPassword()
    {
        ArchiveAddress server
                = ArchiveAddress::parse(u"postgresql://desk1@db.example.com:5433/shop"_s).value();
        server.setPassword(u"secret"_s);
        RecentArchives::add(server);
        RecentArchives::add(ArchiveAddress::file(m_files.filePath(u"a.sqlite"_s)));
        RecentArchives::add(server); // again: first, once
        QCOMPARE(RecentArchives::list(),
                 QStringList({u"postgresql://desk1@db.example.com:5433/shop"_s,
                              m_files.filePath(u"a.sqlite"_s)}));
        // An address with a password that got into the settings some other way is shown without.
        QSettings().setValue(u"archive/recent"_s,
                             QStringList({u"postgresql://desk1:secret@db.example.com/shop"_s}));
        QCOMPARE(RecentArchives::list(), QStringList({u"postgresql://desk1@db.example.com/shop"_s}));
        for (int i = 0; i < 12; ++i)
            RecentArchives::add(ArchiveAddress::file(m_files.filePath(u"%1.sqlite"_s.arg(i))));
        QCOMPARE(RecentArchives::list().size(), RecentArchives::Max);
        QCOMPARE(RecentArchives::list().first(), m_files.filePath(u"11.sqlite"_s));
    }

    void recentArchiveReopens()
    {
        ArchiveAddress first = ArchiveAddress::parse(m_archive.path).value();
        first.setPassword(u"secret"_s); // on the test cluster nobody asks; it must go nowhere
        auto opened = Database::open(first);
        QVERIFY(opened);
        auto w = window(std::move(opened).value());
        const QString other = m_files.filePath(u"other.sqlite"_s);
        {
            auto db = Database::open(other);
            QVERIFY(db);
            prepareArchive(*db.value());
        }
        w->show();
        signInWhenAsked();
        w->findChild<QAction *>(u"openServerArchiveAction"_s); // offered beside Open archive…
        auto *recent = child<QMenu>(w.get(), u"recentArchivesMenu"_s);
        // Opening the other archive through the recent list, after it was opened once.
        RecentArchives::add(ArchiveAddress::file(other));
        Q_EMIT recent->aboutToShow();
        QAction *otherAction = child<QAction>(recent, u"recentArchive0"_s);
        QVERIFY(otherAction->text().contains(u"other.sqlite"_s));
        otherAction->trigger();
        QCOMPARE(w->database().address().toString(), other);
        signInWhenAsked();
        Q_EMIT recent->aboutToShow();
        QAction *back = child<QAction>(recent, u"recentArchive1"_s);
        QCOMPARE(back->text().contains(u"other"_s), false);
        back->trigger();
        QCOMPARE(w->database().address().toString(), first.toString());
        const QStringList recentList = RecentArchives::list();
        QCOMPARE(recentList.first(), first.toString());
        for (const QString &location : recentList)
            QVERIFY(!location.contains(u"secret"_s));
        QVERIFY(!QSettings().value(u"archive/last"_s).toString().contains(u"secret"_s));
        QVERIFY(!child<QLabel>(w.get(), u"archiveLabel"_s)->text().contains(u"secret"_s));
        QVERIFY(w->close());
    }

    void mainWindowOnServerOffersNoBackups()
    {
        auto db = m_archive.open();
        QVERIFY(db);
        const bool server = db->isServer();
        const QString name = server ? db->address().database() : u"archive.sqlite"_s;
        auto w = window(std::move(db));
        QVERIFY(w->windowTitle().contains(name));
        QCOMPARE(w->findChild<QAction *>(u"backupAction"_s)->isVisible(), !server);
        QCOMPARE(w->findChild<QAction *>(u"restoreBackupAction"_s)->isVisible(), !server);
        auto *note = w->findChild<QAction *>(u"serverBackupNote"_s);
        QCOMPARE(note->isVisible(), server);
        QVERIFY(note->toolTip().contains(u"pg_dump"_s));
        QCOMPARE(child<QLabel>(w.get(), u"archiveLabel"_s)->text(),
                 server ? w->database().address().toString()
                        : QDir::toNativeSeparators(m_archive.path));
        if (!server)
            QSKIP("The server side runs as tst_serverarchive_postgres.");
        QTemporaryDir backups;
        QSettings().setValue(u"backup/directory"_s, backups.path());
        QVERIFY(w->close()); // no backup on exit from a server archive
        QCOMPARE(QDir(backups.path()).entryList(QDir::Files).size(), 0);
        QSettings().remove(u"backup/directory"_s);
    }

    void cleanupTestCase() { RecentArchives::clear(); }
};

QTEST_MAIN(tst_ServerArchive)
#include "tst_serverarchive.moc"
