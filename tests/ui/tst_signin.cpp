#include "TestSupport.h"
#include "security/FirstAdminDialog.h"
#include "security/SignInDialog.h"
#include "security/UserRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

// The first administrator of a new archive, and signing in, as a person does it.
class tst_SignIn : public QObject
{
    Q_OBJECT

private:
    TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserRepository> m_users;

    template<typename T>
    static T *child(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QString::fromLatin1(name));
    }
    static void type(QWidget *dialog, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, name);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ServiceArchiveTests"));
        m_db = m_archive.open();
        QVERIFY(m_db);
        m_users = std::make_unique<UserRepository>(*m_db,
                                                   PasswordHasher(
                                                           PasswordHasher::Strength::Minimal));
    }

    void firstAdminRefusesMismatchAndWeakPasswords()
    {
        FirstAdminDialog dialog(*m_users, QStringLiteral("archive.sqlite"));
        dialog.show();
        type(&dialog, "adminNameEdit", QStringLiteral("Zhang Li"));
        type(&dialog, "adminPasswordEdit", QStringLiteral("correct horse"));
        type(&dialog, "adminConfirmEdit", QStringLiteral("correct h0rse"));
        QTest::mouseClick(child<QPushButton>(&dialog, "createAdminButton"), Qt::LeftButton);
        auto *error = child<QLabel>(&dialog, "firstAdminError");
        QVERIFY(dialog.isVisible());
        QVERIFY(!error->isHidden());
        QVERIFY(!m_users->hasUsers().value());

        type(&dialog, "adminPasswordEdit", QStringLiteral("short"));
        type(&dialog, "adminConfirmEdit", QStringLiteral("short"));
        QTest::mouseClick(child<QPushButton>(&dialog, "createAdminButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->text().contains(QString::number(PasswordHasher::MinimumLength)));
        QVERIFY(!m_users->hasUsers().value());
    }

    void firstAdminOffersADemoArchiveInstead()
    {
        FirstAdminDialog dialog(*m_users, QStringLiteral("archive.sqlite"));
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "demoArchiveButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), FirstAdminDialog::DemoRequested);
        QVERIFY(!m_users->hasUsers().value()); // this archive stays new
    }

    void firstAdminIsCreatedAndSignedIn()
    {
        FirstAdminDialog dialog(*m_users, QStringLiteral("archive.sqlite"));
        dialog.show();
        type(&dialog, "adminNameEdit", QStringLiteral("Zhang Li"));
        type(&dialog, "adminPasswordEdit", QStringLiteral("correct horse"));
        type(&dialog, "adminConfirmEdit", QStringLiteral("correct horse"));
        QVERIFY(child<QCheckBox>(&dialog, "allRolesCheck")->isChecked());
        QTest::mouseClick(child<QPushButton>(&dialog, "createAdminButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor().login, QStringLiteral("admin"));
        QCOMPARE(dialog.actor().roles, AllRoles);
        QVERIFY(m_users->hasUsers().value());
    }

    void wrongPasswordKeepsTheDialogOpen()
    {
        SignInDialog dialog(*m_users, QStringLiteral("archive.sqlite"));
        dialog.show();
        type(&dialog, "loginEdit", QStringLiteral("admin"));
        type(&dialog, "passwordEdit", QStringLiteral("wrong password"));
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *error = child<QLabel>(&dialog, "signInError");
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), UserRepository::tr("The user name or the password is wrong."));
        QCOMPARE(child<QLineEdit>(&dialog, "loginEdit")->text(), QStringLiteral("admin"));
        QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());

        type(&dialog, "passwordEdit", QStringLiteral("correct horse"));
        QTest::keyClick(child<QLineEdit>(&dialog, "passwordEdit"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor().login, QStringLiteral("admin"));
    }
};

QTEST_MAIN(tst_SignIn)
#include "tst_signin.moc"
