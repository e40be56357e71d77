#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "customers/CustomerAudit.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerHistoryView.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerListPanel.h"
#include "customers/CustomerWorkspace.h"
#include "security/IdleLock.h"
#include "security/SignInDialog.h"
#include "security/UserRepository.h"
#include "ui/UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

// Drives the real main window the way a front desk does: keyboard first.
class tst_CustomerWorkspace : public QObject
{
    Q_OBJECT

private:
    TempArchive m_archive;
    std::unique_ptr<MainWindow> m_window;

    template<typename T>
    T *find(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    CustomerListModel *model() const { return m_window->workspace()->list()->model(); }
    bool waitForList()
    {
        QSignalSpy spy(model(), &CustomerListModel::finished);
        return model()->isLoading() ? spy.wait(5000) : true;
    }
    void typeInto(const char *name, const QString &text)
    {
        auto *edit = find<QLineEdit>(name);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        typeText(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setUnattended(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ServiceArchiveTests"));
        auto db = m_archive.open();
        QVERIFY(db);
        // The desk's own account, so that the idle lock can ask for its password.
        UserRepository users(*db, PasswordHasher(PasswordHasher::Strength::Minimal));
        const Result<User> desk = users.createFirstAdmin(u"desk1"_s,
                                                         u"前台一"_s,
                                                         u"correct horse"_s,
                                                         int(Role::FrontDesk));
        QVERIFY(desk);
        QCOMPARE(desk->id, 1);
        m_window = std::make_unique<MainWindow>(std::move(db),
                                                Actor {1,
                                                       QStringLiteral("desk1"),
                                                       QStringLiteral("前台一"),
                                                       int(Role::FrontDesk)});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(waitForList());
    }

    void emptyArchiveShowsHelpfulEmptyState()
    {
        auto *stack = m_window->workspace()->list()->findChild<QStackedWidget *>();
        QVERIFY(stack);
        auto *empty = find<QLabel>("emptyState");
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->text().isEmpty());
        QVERIFY(find<QPushButton>("emptyNewButton")->isVisible());
        QVERIFY(!find<QTableView>("customerTable")->isVisible());
    }

    void invalidPhoneShowsErrorAndKeepsText()
    {
        QTest::keySequence(m_window.get(), QKeySequence::New);
        auto *name = find<QLineEdit>("nameEdit");
        QVERIFY(name->hasFocus());
        typeText(name, QStringLiteral("王芳"));
        typeInto("phoneNumber0", QStringLiteral("12812345678"));
        typeInto("emailEdit", QStringLiteral("wang.fang@example"));
        QTest::keySequence(m_window.get(), QKeySequence::Save);

        auto *phoneError = find<QLabel>("phoneError0");
        QTRY_VERIFY(
                phoneError->isVisible()); // rows added to a shown form appear on the next event loop turn
        QVERIFY(phoneError->text().contains(QStringLiteral("11")));
        QVERIFY(find<QLabel>("emailError")->isVisible());
        // Nothing typed is lost, and nothing was saved.
        QCOMPARE(name->text(), QStringLiteral("王芳"));
        QCOMPARE(find<QLineEdit>("phoneNumber0")->text(), QStringLiteral("12812345678"));
        QCOMPARE(find<QLineEdit>("emailEdit")->text(), QStringLiteral("wang.fang@example"));
        QCOMPARE(find<QLabel>("codeLabel")->text(), CustomerForm::tr("(assigned on save)"));
        QVERIFY(m_window->workspace()->form()->isDirty());
    }

    void fixAndSaveThenFindBySearch()
    {
        typeInto("phoneNumber0", QStringLiteral("138 1234 5678"));
        typeInto("emailEdit", QStringLiteral("wang.fang@example.com"));
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QVERIFY(!find<QLabel>("phoneError0")->isVisible());
        QCOMPARE(find<QLabel>("codeLabel")->text(), QStringLiteral("C000001"));
        QVERIFY(!m_window->workspace()->form()->isDirty());
        QCOMPARE(find<QLineEdit>("phoneNumber0")->text(), QStringLiteral("138 1234 5678"));
        QVERIFY(waitForList());
        QCOMPARE(model()->rowCount(), 1);
        QVERIFY(find<QTableView>("customerTable")->isVisible());

        // A second customer, so the search has something to tell apart.
        QTest::keySequence(m_window.get(), QKeySequence::New);
        typeText(find<QLineEdit>("nameEdit"), QStringLiteral("李强"));
        typeInto("phoneNumber0", QStringLiteral("010-87654321"));
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QCOMPARE(find<QLabel>("codeLabel")->text(), QStringLiteral("C000002"));
        QVERIFY(waitForList());
        QCOMPARE(model()->rowCount(), 2);

        // Ctrl+F, type the two-character name, Enter opens the profile.
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        auto *search = find<QLineEdit>("searchEdit");
        QVERIFY(search->hasFocus());
        typeText(search, QStringLiteral("王芳"));
        QSignalSpy finished(model(), &CustomerListModel::finished);
        QVERIFY(finished.wait(5000));
        while (model()->isLoading())
            QVERIFY(finished.wait(5000));
        QCOMPARE(model()->rowCount(), 1);
        QVERIFY(find<QLabel>("matchCount")->text().contains(QLatin1Char('1')));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(find<QLineEdit>("nameEdit")->text(), QStringLiteral("王芳"));
        QCOMPARE(find<QLabel>("codeLabel")->text(), QStringLiteral("C000001"));

        // The last four digits of the phone find her too.
        search->setFocus();
        search->selectAll();
        typeText(search, QStringLiteral("5678"));
        QVERIFY(finished.wait(5000));
        while (model()->isLoading())
            QVERIFY(finished.wait(5000));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->data(model()->index(0, int(CustomerColumn::Name))).toString(),
                 QStringLiteral("王芳"));
    }

    void unsavedChangesAreGuarded()
    {
        auto *name = find<QLineEdit>("nameEdit");
        name->setFocus();
        typeText(name, QStringLiteral("老师"));
        QVERIFY(m_window->workspace()->form()->isDirty());
        const int asked = MessageBox::askedCount();
        MessageBox::queueAnswer(2); // keep editing
        QTest::keySequence(m_window.get(), QKeySequence::New);
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QCOMPARE(name->text(), QStringLiteral("王芳老师"));
        // Esc reverts after confirmation.
        MessageBox::queueAnswer(0);
        QTest::keyClick(name, Qt::Key_Escape);
        QCOMPARE(name->text(), QStringLiteral("王芳"));
        QVERIFY(!m_window->workspace()->form()->isDirty());
    }

    void duplicatePhoneIsAnnouncedBeforeSaving()
    {
        QTest::keySequence(m_window.get(), QKeySequence::New);
        typeText(find<QLineEdit>("nameEdit"), QStringLiteral("王小芳"));
        typeInto("phoneNumber0", QStringLiteral("+86 138-1234-5678"));
        const int asked = MessageBox::askedCount();
        MessageBox::queueAnswer(2); // cancel: nothing saved, text kept
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QCOMPARE(find<QLabel>("codeLabel")->text(), CustomerForm::tr("(assigned on save)"));
        QCOMPARE(find<QLineEdit>("nameEdit")->text(), QStringLiteral("王小芳"));
        MessageBox::queueAnswer(1); // save anyway
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QCOMPARE(find<QLabel>("codeLabel")->text(), QStringLiteral("C000003"));
    }

    void phonesAreMaskedUntilRevealed()
    {
        QVERIFY(m_window->workspace()->openCustomer(model()->idAt(0)));
        QTRY_VERIFY(find<QLineEdit>("phoneNumber0")->isVisible());
        auto *number = find<QLineEdit>("phoneNumber0");
        QVERIFY(number->text().contains(u"****"_s));
        QVERIFY(number->isReadOnly());
        auto *reveal = find<QPushButton>("revealPhonesButton");
        QVERIFY(reveal->isVisible());
        QVERIFY(reveal->isEnabled()); // a front desk may see the numbers, on request

        QTest::mouseClick(reveal, Qt::LeftButton);
        QTRY_VERIFY(find<QLineEdit>("phoneNumber0")->isVisible());
        number = find<QLineEdit>("phoneNumber0");
        QVERIFY(!number->text().contains(QLatin1Char('*')));
        QVERIFY(!number->isReadOnly());
        QVERIFY(!reveal->isVisible());
        QVERIFY(!m_window->workspace()->form()->isDirty()); // seeing is not editing
    }

    void historyTabShowsFieldChanges()
    {
        QVERIFY(m_window->workspace()->openCustomer(model()->idAt(0)));
        const QString before = find<QLineEdit>("emailEdit")->text();
        typeInto("emailEdit", u"fang.w@example.cn"_s);
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QVERIFY(!m_window->workspace()->form()->isDirty());

        QTabWidget *tabs = m_window->workspace()->tabs();
        tabs->setCurrentWidget(m_window->workspace()->history());
        QStandardItemModel *history = m_window->workspace()->history()->model();
        QVERIFY(history->rowCount() >= 2); // this change, and the creation before it
        QCOMPARE(history->item(0, 1)->text(), u"desk1"_s);
        QCOMPARE(history->item(0, 2)->text(), CustomerAudit::fieldLabel(u"email"_s));
        QCOMPARE(history->item(0, 3)->text(), before);
        QCOMPARE(history->item(0, 4)->text(), u"fang.w@example.cn"_s);
        QCOMPARE(history->item(history->rowCount() - 1, 2)->text(),
                 CustomerAudit::actionLabel(u"create"_s));
        // No number is shown whole in the history either.
        for (int row = 0; row < history->rowCount(); ++row)
            QVERIFY(!history->item(row, 4)->text().contains(u"1234 5678"_s));
        tabs->setCurrentWidget(m_window->workspace()->form());
    }

    void frontDeskIsNotOfferedArchiving()
    {
        // Archiving is a supervisor's right: core would refuse it, so the screen does not offer it.
        QVERIFY(m_window->workspace()->openCustomer(model()->idAt(0)));
        QVERIFY(find<QPushButton>("saveButton")->isEnabled());
        QVERIFY(!find<QPushButton>("archiveButton")->isEnabled());
        QVERIFY(!m_window->findChild<QAction *>(u"archiveAction"_s)->isEnabled());
        QVERIFY(m_window->findChild<QAction *>(u"newCustomerAction"_s)->isEnabled());
    }

    void idleLockHidesTheArchiveAndKeepsEdits()
    {
        auto *name = find<QLineEdit>("nameEdit");
        name->setFocus();
        typeText(name, u"女士"_s);
        const QString typed = name->text();
        QVERIFY(m_window->workspace()->form()->isDirty());

        m_window->idleLock()->lock();
        QVERIFY(m_window->idleLock()->isLocked());
        QVERIFY(!m_window->workspace()->isVisible());
        auto *dialog = m_window->findChild<SignInDialog *>();
        QVERIFY(dialog);
        auto *password = dialog->findChild<QLineEdit *>(u"passwordEdit"_s);
        QVERIFY(dialog->findChild<QLineEdit *>(u"loginEdit"_s)->isReadOnly());

        QTest::keyClicks(password, u"not my password"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(m_window->idleLock()->isLocked());
        QVERIFY(!m_window->workspace()->isVisible());

        QTest::keyClicks(password, u"correct horse"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY(!m_window->idleLock()->isLocked());
        QVERIFY(m_window->workspace()->isVisible());
        QCOMPARE(name->text(), typed); // nothing typed was lost
        QTRY_VERIFY(name->hasFocus()); // and the cursor is back where it was
        QVERIFY(m_window->workspace()->form()->isDirty());
        MessageBox::queueAnswer(0);
        QTest::keyClick(name, Qt::Key_Escape); // revert, for the tests that follow
    }

    void tabOrderFollowsTheForm()
    {
        // Phone rows are created after the rest of the form; Tab must still reach them in the
        // order they are shown: title, then the phone, then email.
        QTest::keySequence(m_window.get(), QKeySequence::New);
        auto *name = find<QLineEdit>("nameEdit");
        QVERIFY(name->hasFocus());
        QTRY_VERIFY(find<QLineEdit>("phoneNumber0")->isVisible()); // rows show on the next turn
        const QStringList expected {u"genderCombo"_s,
                                    u"birthdayEdit"_s,
                                    u"companyEdit"_s,
                                    u"titleEdit"_s,
                                    u"phoneKind0"_s,
                                    u"phoneNumber0"_s,
                                    u"phonePrimary0"_s};
        for (const QString &next : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), next);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // remove
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"addPhoneButton"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"emailEdit"_s);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(tst_CustomerWorkspace)
#include "tst_customerworkspace.moc"
