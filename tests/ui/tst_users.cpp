#include "MainWindow.h"
#include "TestSupport.h"
#include "security/ChangePasswordDialog.h"
#include "security/IdleLock.h"
#include "security/Permissions.h"
#include "security/SignInDialog.h"
#include "security/UserEditDialog.h"
#include "security/UserRepository.h"
#include "security/UsersDialog.h"
#include "ui/UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

// An administrator manages staff accounts, and a user changes their own password, as people do it:
// through the real dialogs, with every change made (and refused) by UserRepository.
class tst_Users : public QObject
{
    Q_OBJECT

private:
    TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserRepository> m_users;
    Actor m_admin;
    QString m_wangPassword;

    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    static void type(QWidget *parent, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(parent, name);
        QVERIFY(edit);
        edit->setFocus();
        edit->clear();
        typeText(edit, text);
    }
    static void click(QWidget *parent, const char *name)
    {
        auto *button = child<QAbstractButton>(parent, name);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    // A check box is ticked as with the keyboard (a click at its middle may miss the label).
    static void toggle(QWidget *parent, const char *name)
    {
        auto *box = child<QCheckBox>(parent, name);
        QVERIFY(box);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
    // The account editor the users dialog has open, if any.
    static UserEditDialog *editor(UsersDialog &dialog)
    {
        for (UserEditDialog *e : dialog.findChildren<UserEditDialog *>())
            if (e->isVisible())
                return e;
        return nullptr;
    }
    static int rowOf(UsersDialog &dialog, const QString &login)
    {
        const QAbstractItemModel *model = dialog.table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, UsersDialog::LoginColumn).data().toString() == login)
                return row;
        return -1;
    }
    static QString cell(UsersDialog &dialog, const QString &login, int column)
    {
        const int row = rowOf(dialog, login);
        return row < 0 ? QString() : dialog.table()->model()->index(row, column).data().toString();
    }
    static void selectUser(UsersDialog &dialog, const QString &login)
    {
        const int row = rowOf(dialog, login);
        QVERIFY(row >= 0);
        dialog.table()->setFocus();
        dialog.table()->selectRow(row);
    }
    static QString message(UsersDialog &dialog)
    {
        auto *label = child<QLabel>(&dialog, "usersMessage");
        return label && label->isVisible() ? label->text() : QString();
    }
    // Opens the account editor with a button of the users dialog (or a key on the table).
    template<typename Open>
    static UserEditDialog *openEditor(UsersDialog &dialog, Open open)
    {
        // The one closed before is deleted later; let that happen first.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (editor(dialog))
            return nullptr;
        open();
        UserEditDialog *e = editor(dialog);
        return e && QTest::qWaitForWindowExposed(e) ? e : nullptr;
    }
    static std::unique_ptr<UsersDialog> showUsers(UserRepository &users, const Actor &actor)
    {
        auto dialog = std::make_unique<UsersDialog>(users, actor);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        return dialog;
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
        QVERIFY(m_users->createFirstAdmin(u"admin"_s, u"张丽"_s, u"correct horse"_s, AllRoles));
        const Result<Actor> admin = m_users->signIn(u"admin"_s, u"correct horse"_s);
        QVERIFY(admin);
        m_admin = admin.value();
    }

    void listShowsTheAccounts()
    {
        auto dialog = showUsers(*m_users, m_admin);
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->model()->rowCount(), 1);
        QCOMPARE(cell(*dialog, u"admin"_s, UsersDialog::NameColumn), u"张丽"_s);
        QCOMPARE(cell(*dialog, u"admin"_s, UsersDialog::RolesColumn),
                 UsersDialog::rolesText(AllRoles));
        QVERIFY(UsersDialog::rolesText(AllRoles).contains(Permissions::roleName(Role::Admin)));
        QCOMPARE(cell(*dialog, u"admin"_s, UsersDialog::StatusColumn), UsersDialog::tr("Active"));
        QVERIFY(cell(*dialog, u"admin"_s, UsersDialog::LockedColumn).isEmpty());
        // The first row is selected and the keyboard is in the table.
        QVERIFY(dialog->table()->hasFocus());
        QVERIFY(child<QPushButton>(dialog.get(), "rolesButton")->isEnabled());
    }

    void createFrontDeskUser()
    {
        auto dialog = showUsers(*m_users, m_admin);
        QVERIFY(dialog);
        QPointer<UserEditDialog> e = openEditor(*dialog,
                                                [&] { click(dialog.get(), "newUserButton"); });
        QVERIFY(e);
        QCOMPARE(e->mode(), UserEditDialog::Mode::Create);
        QVERIFY(child<QLineEdit>(e, "newLoginEdit")->hasFocus());
        type(e, "newLoginEdit", u"wang.fang"_s);
        type(e, "newNameEdit", u"王芳"_s);
        toggle(e, "frontDeskCheck");
        QVERIFY(!child<QLabel>(e, "passwordNote")->isVisible());
        click(e, "generatePasswordButton");
        m_wangPassword = child<QLineEdit>(e, "newPasswordEdit")->text();
        QCOMPARE(m_wangPassword.size(), 12);
        QCOMPARE(child<QLineEdit>(e, "newPasswordEdit")->echoMode(), QLineEdit::Normal);
        QVERIFY(child<QLabel>(e, "passwordNote")->isVisible());
        click(e, "userEditAcceptButton");
        QTRY_VERIFY(!e || !e->isVisible());

        QCOMPARE(dialog->table()->model()->rowCount(), 2);
        QCOMPARE(cell(*dialog, u"wang.fang"_s, UsersDialog::NameColumn), u"王芳"_s);
        QCOMPARE(cell(*dialog, u"wang.fang"_s, UsersDialog::RolesColumn),
                 Permissions::roleName(Role::FrontDesk));
        QVERIFY(message(*dialog).contains(u"wang.fang"_s));
        // The new account is the selected one.
        QCOMPARE(dialog->table()->currentIndex().row(), rowOf(*dialog, u"wang.fang"_s));

        const Result<Actor> wang = m_users->signIn(u"wang.fang"_s, m_wangPassword);
        QVERIFY(wang);
        QCOMPARE(wang->roles, int(Role::FrontDesk));
    }

    void refusedNewUserKeepsTheEditorOpen()
    {
        auto dialog = showUsers(*m_users, m_admin);
        QVERIFY(dialog);
        QPointer<UserEditDialog> e = openEditor(*dialog,
                                                [&] { click(dialog.get(), "newUserButton"); });
        QVERIFY(e);
        type(e, "newLoginEdit", u"x"_s);
        type(e, "newPasswordEdit", u"short"_s);
        click(e, "userEditAcceptButton");
        QVERIFY(e->isVisible());
        auto *error = child<QLabel>(e, "userEditError");
        QVERIFY(error->isVisible());
        // Every field's complaint, in the order of the form; the first offending field has focus.
        QVERIFY(error->text().contains(UserRepository::tr("Enter the person's name.")));
        QVERIFY(error->text().contains(UserRepository::tr("Choose at least one role.")));
        QVERIFY(error->text().contains(QString::number(PasswordHasher::MinimumLength)));
        QVERIFY(child<QLineEdit>(e, "newLoginEdit")->hasFocus());

        type(e, "newLoginEdit", u"admin"_s);
        type(e, "newNameEdit", u"Another"_s);
        toggle(e, "supervisorCheck");
        type(e, "newPasswordEdit", u"long enough 1"_s);
        click(e, "userEditAcceptButton");
        QVERIFY(e->isVisible());
        QCOMPARE(error->text(), UserRepository::tr("The user name %1 is taken.").arg(u"admin"_s));
        QCOMPARE(child<QLineEdit>(e, "newNameEdit")->text(), u"Another"_s);
        click(e, "userEditCancelButton");
        QTRY_VERIFY(!e || !e->isVisible());
        QCOMPARE(dialog->table()->model()->rowCount(), 2);
        QCOMPARE(m_users->list(m_admin)->size(), 2);
    }

    void disablingTheOnlyAdminIsRefused()
    {
        auto dialog = showUsers(*m_users, m_admin);
        QVERIFY(dialog);
        selectUser(*dialog, u"admin"_s);
        QCOMPARE(child<QPushButton>(dialog.get(), "toggleDisabledButton")->text(),
                 UsersDialog::tr("&Disable"));
        click(dialog.get(), "toggleDisabledButton");
        QCOMPARE(message(*dialog), UserRepository::tr("The last administrator cannot be disabled."));
        QCOMPARE(cell(*dialog, u"admin"_s, UsersDialog::StatusColumn), UsersDialog::tr("Active"));
        QVERIFY(!m_users->find(u"admin"_s)->disabled);
        QVERIFY(m_users->signIn(u"admin"_s, u"correct horse"_s));
    }

    void disabledUserCannotSignIn()
    {
        auto dialog = showUsers(*m_users, m_admin);
        QVERIFY(dialog);
        selectUser(*dialog, u"wang.fang"_s);
        click(dialog.get(), "toggleDisabledButton");
        QCOMPARE(cell(*dialog, u"wang.fang"_s, UsersDialog::StatusColumn),
                 UsersDialog::tr("Disabled"));
        QVERIFY(message(*dialog).contains(u"wang.fang"_s));
        // Still selected, and the button now gives the account back.
        QCOMPARE(dialog->table()->currentIndex().row(), rowOf(*dialog, u"wang.fang"_s));
        QCOMPARE(child<QPushButton>(dialog.get(), "toggleDisabledButton")->text(),
                 UsersDialog::tr("&Enable"));

        const Result<Actor> refused = m_users->signIn(u"wang.fang"_s, m_wangPassword);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 UserRepository::tr("The account %1 is disabled; ask an administrator.")
                         .arg(u"wang.fang"_s));
    }

    void resetPasswordThenEnable()
    {
        auto dialog = showUsers(*m_users, m_admin);
        QVERIFY(dialog);
        selectUser(*dialog, u"wang.fang"_s);
        QPointer<UserEditDialog> e = openEditor(*dialog, [&] {
            click(dialog.get(), "resetPasswordButton");
        });
        QVERIFY(e);
        QCOMPARE(e->mode(), UserEditDialog::Mode::ResetPassword);
        QVERIFY(!e->findChild<QLineEdit *>(u"newLoginEdit"_s));
        // Core's rule on passwords is shown in the editor.
        type(e, "newPasswordEdit", u"my wang.fang pass"_s);
        click(e, "userEditAcceptButton");
        QVERIFY(e->isVisible());
        QCOMPARE(child<QLabel>(e, "userEditError")->text(),
                 PasswordHasher::tr("The password must not contain the user name."));
        click(e, "generatePasswordButton");
        const QString newPassword = child<QLineEdit>(e, "newPasswordEdit")->text();
        QVERIFY(newPassword != m_wangPassword);
        click(e, "userEditAcceptButton");
        QTRY_VERIFY(!e || !e->isVisible());
        QVERIFY(message(*dialog).contains(u"wang.fang"_s));

        selectUser(*dialog, u"wang.fang"_s);
        click(dialog.get(), "toggleDisabledButton");
        QCOMPARE(cell(*dialog, u"wang.fang"_s, UsersDialog::StatusColumn),
                 UsersDialog::tr("Active"));
        QVERIFY(!m_users->signIn(u"wang.fang"_s, m_wangPassword));
        QVERIFY(m_users->signIn(u"wang.fang"_s, newPassword));
        m_wangPassword = newPassword;
    }

    void enterOnARowEditsRoles()
    {
        auto dialog = showUsers(*m_users, m_admin);
        QVERIFY(dialog);
        selectUser(*dialog, u"wang.fang"_s);
        QPointer<UserEditDialog> e = openEditor(*dialog, [&] {
            QTest::keyClick(dialog->table(), Qt::Key_Return);
        });
        QVERIFY(e);
        QCOMPARE(e->mode(), UserEditDialog::Mode::Roles);
        QVERIFY(child<QCheckBox>(e, "frontDeskCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(e, "supervisorCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(e, "adminCheck")->isChecked());
        QVERIFY(!e->findChild<QLineEdit *>(u"newPasswordEdit"_s));
        toggle(e, "supervisorCheck");
        QTest::keyClick(child<QCheckBox>(e, "supervisorCheck"), Qt::Key_Return);
        QTRY_VERIFY(!e || !e->isVisible());
        QCOMPARE(cell(*dialog, u"wang.fang"_s, UsersDialog::RolesColumn),
                 UsersDialog::rolesText(int(Role::FrontDesk) | int(Role::Supervisor)));
        QCOMPARE(m_users->find(u"wang.fang"_s)->roles, int(Role::FrontDesk) | int(Role::Supervisor));
        QTRY_VERIFY(dialog->table()->hasFocus()); // ready for the next row

        // No role at all is refused by core, in the editor.
        e = openEditor(*dialog, [&] { QTest::keyClick(dialog->table(), Qt::Key_Enter); });
        QVERIFY(e);
        toggle(e, "frontDeskCheck");
        toggle(e, "supervisorCheck");
        click(e, "userEditAcceptButton");
        QVERIFY(e->isVisible());
        QCOMPARE(child<QLabel>(e, "userEditError")->text(),
                 UserRepository::tr("Choose at least one role."));
        click(e, "userEditCancelButton");
        QTRY_VERIFY(!e || !e->isVisible());
        QCOMPARE(m_users->find(u"wang.fang"_s)->roles, int(Role::FrontDesk) | int(Role::Supervisor));
    }

    void lastAdminKeepsTheAdminRole()
    {
        auto dialog = showUsers(*m_users, m_admin);
        QVERIFY(dialog);
        selectUser(*dialog, u"admin"_s);
        QPointer<UserEditDialog> e = openEditor(*dialog,
                                                [&] { click(dialog.get(), "rolesButton"); });
        QVERIFY(e);
        QVERIFY(child<QCheckBox>(e, "adminCheck")->isChecked());
        toggle(e, "adminCheck");
        click(e, "userEditAcceptButton");
        QVERIFY(e->isVisible());
        QCOMPARE(child<QLabel>(e, "userEditError")->text(),
                 UserRepository::tr("The last administrator keeps the admin role."));
        click(e, "userEditCancelButton");
        QTRY_VERIFY(!e || !e->isVisible());
        QCOMPARE(m_users->find(u"admin"_s)->roles, AllRoles);
    }

    void deleteKeyDeletesNobody()
    {
        auto dialog = showUsers(*m_users, m_admin);
        QVERIFY(dialog);
        selectUser(*dialog, u"wang.fang"_s);
        QTest::keyClick(dialog->table(), Qt::Key_Delete);
        QTest::keyClick(dialog->table(), Qt::Key_Backspace);
        QVERIFY(dialog->isVisible());
        QVERIFY(!editor(*dialog));
        QCOMPARE(dialog->table()->model()->rowCount(), 2);
        QCOMPARE(m_users->list(m_admin)->size(), 2);
        QVERIFY(!m_users->find(u"wang.fang"_s)->disabled);
        QVERIFY(!message(*dialog).isEmpty()); // says that disabling is the way
    }

    void lockedAccountShowsUntilWhenAndResetLiftsIt()
    {
        for (int i = 0; i < UserRepository::MaxFailures; ++i)
            QVERIFY(!m_users->signIn(u"wang.fang"_s, u"guessing wrong"_s));
        auto dialog = showUsers(*m_users, m_admin);
        QVERIFY(dialog);
        QVERIFY(!cell(*dialog, u"wang.fang"_s, UsersDialog::LockedColumn).isEmpty());
        QVERIFY(cell(*dialog, u"admin"_s, UsersDialog::LockedColumn).isEmpty());

        selectUser(*dialog, u"wang.fang"_s);
        QPointer<UserEditDialog> e = openEditor(*dialog, [&] {
            click(dialog.get(), "resetPasswordButton");
        });
        QVERIFY(e);
        click(e, "generatePasswordButton");
        const QString newPassword = child<QLineEdit>(e, "newPasswordEdit")->text();
        QTest::keyClick(child<QLineEdit>(e, "newPasswordEdit"), Qt::Key_Return);
        QTRY_VERIFY(!e || !e->isVisible());
        QVERIFY(cell(*dialog, u"wang.fang"_s, UsersDialog::LockedColumn).isEmpty());
        QVERIFY(m_users->signIn(u"wang.fang"_s, newPassword));
        m_wangPassword = newPassword;
    }

    void changePasswordRefusesAWrongCurrentPassword()
    {
        const Result<Actor> wang = m_users->signIn(u"wang.fang"_s, m_wangPassword);
        QVERIFY(wang);
        ChangePasswordDialog dialog(*m_users, wang.value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLineEdit>(&dialog, "currentPasswordEdit")->hasFocus());
        type(&dialog, "currentPasswordEdit", u"not my password"_s);
        type(&dialog, "newPasswordEdit", u"spring blossom 7"_s);
        type(&dialog, "repeatPasswordEdit", u"spring blossom 7"_s);
        click(&dialog, "changePasswordButton");
        QVERIFY(dialog.isVisible());
        auto *error = child<QLabel>(&dialog, "changePasswordError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), UserRepository::tr("The current password is wrong."));
        QVERIFY(child<QLineEdit>(&dialog, "currentPasswordEdit")->hasFocus());
        QCOMPARE(child<QLineEdit>(&dialog, "newPasswordEdit")->text(), u"spring blossom 7"_s);

        type(&dialog, "currentPasswordEdit", m_wangPassword);
        type(&dialog, "repeatPasswordEdit", u"spring blossom 8"_s);
        click(&dialog, "changePasswordButton");
        QVERIFY(dialog.isVisible());
        QCOMPARE(error->text(), ChangePasswordDialog::tr("The two new passwords differ."));

        type(&dialog, "repeatPasswordEdit", u"spring blossom 7"_s);
        QTest::keyClick(child<QLineEdit>(&dialog, "repeatPasswordEdit"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!m_users->signIn(u"wang.fang"_s, m_wangPassword));
        QVERIFY(m_users->signIn(u"wang.fang"_s, u"spring blossom 7"_s));
    }

    void supervisorGetsNoUsersMenu()
    {
        const Result<User> li = m_users->create(m_admin,
                                                u"li.supervisor"_s,
                                                u"李主管"_s,
                                                u"supervisor pass"_s,
                                                int(Role::Supervisor));
        QVERIFY(li);
        auto db = m_archive.open();
        QVERIFY(db);
        MainWindow window(std::move(db),
                          Actor {li->id, li->login, li->displayName, int(Role::Supervisor)});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *users = child<QAction>(&window, "usersAction");
        QVERIFY(users);
        QVERIFY(!users->isEnabled());
        QVERIFY(!users->isVisible());
        auto *password = child<QAction>(&window, "changePasswordAction");
        QVERIFY(password->isEnabled());
        QVERIFY(password->isVisible());

        // Everyone changes their own password from the File menu; success shows in the status bar.
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ChangePasswordDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            type(dialog, "currentPasswordEdit", u"supervisor pass"_s);
            type(dialog, "newPasswordEdit", u"new supervisor pass"_s);
            type(dialog, "repeatPasswordEdit", u"new supervisor pass"_s);
            click(dialog, "changePasswordButton");
            if (dialog->isVisible())
                dialog->reject();
        });
        password->trigger();
        QVERIFY(seen);
        QCOMPARE(window.statusBar()->currentMessage(), MainWindow::tr("Your password was changed."));
        QVERIFY(m_users->signIn(u"li.supervisor"_s, u"new supervisor pass"_s));
    }

    void adminOpensUsersFromTheMenu()
    {
        auto db = m_archive.open();
        QVERIFY(db);
        MainWindow window(std::move(db), m_admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *users = child<QAction>(&window, "usersAction");
        QVERIFY(users->isEnabled());
        QVERIFY(users->isVisible());
        int rows = -1;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<UsersDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            rows = dialog->table()->model()->rowCount();
            // Walking away from it: the idle lock closes the list of staff accounts.
            window.idleLock()->lock();
        });
        users->trigger();
        QCOMPARE(rows, 3);
        QVERIFY(window.idleLock()->isLocked());
        QVERIFY(!QApplication::activeModalWidget()
                || !qobject_cast<UsersDialog *>(QApplication::activeModalWidget()));
        auto *unlock = window.findChild<SignInDialog *>();
        QVERIFY(unlock);
        type(unlock, "passwordEdit", u"correct horse"_s);
        click(unlock, "signInButton");
        QCOMPARE(unlock->result(), int(QDialog::Accepted));
        QTRY_VERIFY(!window.idleLock()->isLocked()); // once the unlock dialog is gone
    }
};

QTEST_MAIN(tst_Users)
#include "tst_users.moc"
