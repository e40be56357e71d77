#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "core/FileFixtures.h"
#include "customers/CustomerAudit.h"
#include "customers/CustomerDataExport.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerHistoryView.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerWorkspace.h"
#include "ui/UiTestSupport.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

// Customer > Export customer's data… driven through the real main window.
class tst_CustomerDataExportAction : public QObject
{
    Q_OBJECT

    TempArchive m_archive;
    QTemporaryDir m_out;
    qint64 m_customerId = 0;
    QString m_code;

    static Actor supervisor() { return Actor {1, u"chief"_s, u"主管"_s, int(Role::Supervisor)}; }

    std::unique_ptr<MainWindow> window(const Actor &actor)
    {
        auto db = m_archive.open();
        if (!db)
            return nullptr;
        auto w = std::make_unique<MainWindow>(std::move(db), actor);
        w->show();
        return QTest::qWaitForWindowExposed(w.get()) ? std::move(w) : nullptr;
    }

    QStringList packages() const
    {
        return QDir(m_out.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareUnattendedUi();
        auto db = m_archive.open();
        QVERIFY(db);
        Customer c;
        c.name = u"王芳"_s;
        c.phones = {Phone {PhoneKind::Mobile, u"13812345678"_s, true}};
        const Result<Customer> created = CustomerRepository(*db).create(supervisor(), c);
        QVERIFY(created);
        m_customerId = created->id;
        m_code = created->code;
    }

    void offeredOnlyForASavedCustomer()
    {
        auto w = window(supervisor());
        QVERIFY(w);
        auto *action = w->findChild<QAction *>(u"exportCustomerDataAction"_s);
        QVERIFY(action);
        QVERIFY(action->isVisible());
        QVERIFY(!action->isEnabled()); // nobody open yet
        QVERIFY(w->workspace()->openCustomer(m_customerId));
        QVERIFY(action->isEnabled());
        QTest::keySequence(w.get(), QKeySequence::New);
        QVERIFY(!action->isEnabled()); // a new profile is not in the archive yet
    }

    void notOfferedWithoutTheExportRight()
    {
        auto w = window(Actor {2, u"desk"_s, u"前台"_s, int(Role::FrontDesk)});
        QVERIFY(w);
        QVERIFY(w->workspace()->openCustomer(m_customerId));
        auto *action = w->findChild<QAction *>(u"exportCustomerDataAction"_s);
        QVERIFY(!action->isVisible());
        QVERIFY(!action->isEnabled());
    }

    void cancellingTheFolderWritesNothing()
    {
        auto w = window(supervisor());
        QVERIFY(w);
        QVERIFY(w->workspace()->openCustomer(m_customerId));
        const int asked = FileDialog::askedCount();
        FileDialog::queueAnswer(QString());
        w->findChild<QAction *>(u"exportCustomerDataAction"_s)->trigger();
        QCOMPARE(FileDialog::askedCount(), asked + 1);
        QCOMPARE(packages(), QStringList());
    }

    void exportsByShortcutAndSaysWhere()
    {
        auto w = window(supervisor());
        QVERIFY(w);
        QVERIFY(w->workspace()->openCustomer(m_customerId));
        const int asked = MessageBox::askedCount();
        FileDialog::queueAnswer(m_out.path());
        MessageBox::queueAnswer(1); // close; "Open folder" would start a file manager
        QTest::keySequence(w.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QCOMPARE(packages().size(), 1);
        const QString dir = m_out.filePath(packages().first());
        QVERIFY(packages().first().startsWith(m_code + u'-'));
        QVERIFY(QFile::exists(dir + u"/summary.html"_s));
        QVERIFY(QFile::exists(dir + u"/profile.csv"_s));
        QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(dir)),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(w->statusBar()->currentMessage().contains(QDir::toNativeSeparators(dir)));
        QCOMPARE(QSettings().value(u"export/directory"_s).toString(), m_out.path());
        // The export is in the customer's history.
        w->workspace()->tabs()->setCurrentWidget(w->workspace()->history());
        const QStandardItemModel *history = w->workspace()->history()->model();
        QStringList what;
        for (int row = 0; row < history->rowCount(); ++row)
            what.append(history->item(row, 2)->text());
        QCOMPARE(what.first(), CustomerAudit::actionLabel(CustomerDataExport::Action));
    }

    void unsavedEditsAreAskedAbout()
    {
        auto w = window(supervisor());
        QVERIFY(w);
        QVERIFY(w->workspace()->openCustomer(m_customerId));
        auto *name = w->findChild<QLineEdit *>(u"nameEdit"_s);
        name->setFocus();
        name->end(false);
        typeText(name, u"老师"_s);
        QVERIFY(w->workspace()->form()->isDirty());
        const int before = packages().size();
        const int folderAsked = FileDialog::askedCount();
        MessageBox::queueAnswer(2); // cancel
        w->findChild<QAction *>(u"exportCustomerDataAction"_s)->trigger();
        QCOMPARE(FileDialog::askedCount(), folderAsked); // no folder asked for
        QCOMPARE(name->text(), u"王芳老师"_s); // nothing typed lost
        QVERIFY(w->workspace()->form()->isDirty());
        QCOMPARE(packages().size(), before);

        // Save and export: the package holds the saved, edited profile.
        FileDialog::queueAnswer(m_out.path());
        MessageBox::queueAnswer(0); // save and export
        MessageBox::queueAnswer(1); // close the message
        w->findChild<QAction *>(u"exportCustomerDataAction"_s)->trigger();
        QVERIFY(!w->workspace()->form()->isDirty());
        QCOMPARE(packages().size(), before + 1);
        QFile profile(m_out.filePath(packages().last()) + u"/profile.csv"_s);
        QVERIFY(profile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(profile.readAll()).contains(u"王芳老师"_s));
    }

    void aFailureIsShownAndLeavesNothing()
    {
        auto w = window(supervisor());
        QVERIFY(w);
        QVERIFY(w->workspace()->openCustomer(m_customerId));
        const int before = packages().size();
        FileDialog::queueAnswer(u"/proc/self"_s); // nobody may write there
        MessageBox::queueAnswer(0);
        w->findChild<QAction *>(u"exportCustomerDataAction"_s)->trigger();
        QVERIFY2(MessageBox::lastText().contains(u"/proc/self"_s),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(w->statusBar()->currentMessage().startsWith(
                CustomerWorkspace::tr("Not exported: %1").arg(QString()).trimmed()));
        QCOMPARE(packages().size(), before);
    }

    void cleanupTestCase() { QSettings().remove(u"export/directory"_s); }
};

QTEST_MAIN(tst_CustomerDataExportAction)
#include "tst_customerdataexportaction.moc"
