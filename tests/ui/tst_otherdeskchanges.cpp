#include "TestSupport.h"
#include "customers/CustomerEraser.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerListPanel.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerWorkspace.h"
#include "security/Permissions.h"
#include "storage/ChangeWatcher.h"
#include "ui/UiTestSupport.h"

#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 20000; // ms: the watcher polls every second; sanitizers are slow

Actor desk()
{
    return Actor {1, u"desk1"_s, u"前台一"_s, int(Role::FrontDesk)};
}

Actor bob()
{
    return Actor {2, u"bob"_s, u"Bob"_s, int(Role::Supervisor) | int(Role::FrontDesk)};
}

} // namespace

// Another desk changes the profile that is open here: a clean form follows, unsaved edits stay
// untouched under a notice that says what happened.
class tst_OtherDeskChanges : public QObject
{
    Q_OBJECT

    TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_otherDb;
    std::unique_ptr<CustomerRepository> m_other; // the other desk, on its own connection
    std::unique_ptr<CustomerWorkspace> m_workspace;
    qint64 m_id = 0;

    template<typename T>
    T *find(const char *name) const
    {
        T *w = m_workspace->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    CustomerForm *form() const { return m_workspace->form(); }

    // The other desk edits the stored profile.
    bool otherDeskEdits(const std::function<void(Customer &)> &edit)
    {
        Result<Customer> c = m_other->get(bob(), m_id);
        if (!c)
            return false;
        Customer changed = c.value();
        edit(changed);
        const Result<Customer> saved = m_other->update(bob(), changed);
        if (!saved)
            qWarning("%s", qPrintable(saved.error().message));
        return saved.ok();
    }

    static void installChineseIfAsked()
    {
        // SA_SHOT_QM=.../servicearchive_zh_CN.qm: the screenshot in Chinese.
        const QString qm = qEnvironmentVariable("SA_SHOT_QM");
        if (qm.isEmpty())
            return;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        auto *app = new QTranslator(qApp);
        if (app->load(qm))
            QCoreApplication::installTranslator(app);
        auto *qt = new QTranslator(qApp);
        if (qt->load(QLocale(),
                     u"qtbase"_s,
                     u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareUnattendedUi();
        installChineseIfAsked();
        m_db = m_archive.open();
        QVERIFY(m_db);
        auto other = Database::openForThread(m_db->address());
        QVERIFY(other);
        m_otherDb = std::move(other).value();
        m_other = std::make_unique<CustomerRepository>(*m_otherDb);
        CustomerRepository repo(*m_db);
        for (const QString &name : {u"张伟"_s, u"王芳"_s, u"李娜"_s}) {
            Customer c;
            c.name = name;
            c.company = u"深圳华信科技有限公司"_s;
            const Result<Customer> r = repo.create(desk(), c);
            QVERIFY(r);
            if (name == u"王芳"_s)
                m_id = r->id;
        }
        m_workspace = std::make_unique<CustomerWorkspace>(*m_db, desk());
        m_workspace->resize(1100, 700);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_workspace->list()->model()->rowCount(), 3, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->watcher()->isWatching(), Timeout);
        QVERIFY(m_workspace->openCustomer(m_id));
        QCOMPARE(m_workspace->list()->currentId(), m_id);
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_other.reset();
        m_otherDb.reset();
        m_db.reset();
    }

    void cleanFormFollowsOtherDesk()
    {
        auto *company = find<QLineEdit>("companyEdit");
        company->setFocus();
        company->setCursorPosition(2);
        QVERIFY(otherDeskEdits([](Customer &c) { c.email = u"wang.fang@example.com"_s; }));
        QTRY_COMPARE_WITH_TIMEOUT(find<QLineEdit>("emailEdit")->text(),
                                  u"wang.fang@example.com"_s,
                                  Timeout);
        QVERIFY(!form()->isDirty());
        QVERIFY(!form()->isNoticeShown());
        QCOMPARE(form()->loaded().updatedBy, u"bob"_s);
        // The desk's place in the form and in the list stays.
        QVERIFY(company->hasFocus());
        QCOMPARE(company->cursorPosition(), 2);
        QCOMPARE(m_workspace->list()->currentId(), m_id);
    }

    void unsavedEditsSurviveAndNoticeAppears()
    {
        auto *company = find<QLineEdit>("companyEdit");
        company->setFocus();
        company->selectAll();
        typeText(company, u"华为"_s);
        QVERIFY(form()->isDirty());
        const int versionShown = form()->loaded().version;

        QVERIFY(otherDeskEdits([](Customer &c) { c.owner = u"王强"_s; }));
        QTRY_VERIFY_WITH_TIMEOUT(form()->isNoticeShown(), Timeout);
        QVERIFY(find<QWidget>("changeNotice")->isVisible());
        QVERIFY(form()->noticeText().contains(u"王芳"_s));
        QVERIFY(form()->noticeText().contains(u"bob"_s));
        QVERIFY(find<QPushButton>("changeNoticeReload")->isVisible());
        // Nothing the desk typed was touched.
        QVERIFY(form()->isDirty());
        QCOMPARE(company->text(), u"华为"_s);
        QCOMPARE(form()->loaded().version, versionShown);
        QCOMPARE(find<QLineEdit>("ownerEdit")->text(), QString());

        if (const QString shot = qEnvironmentVariable("SA_SHOT"); !shot.isEmpty())
            QVERIFY(m_workspace->grab().save(shot));

        // The stale save is refused as before: the notice only said so in advance.
        QVERIFY(!m_workspace->save());
        QVERIFY(form()->isDirty());
        QCOMPARE(company->text(), u"华为"_s);

        QTest::mouseClick(find<QPushButton>("changeNoticeReload"), Qt::LeftButton);
        QVERIFY(!form()->isDirty());
        QVERIFY(!form()->isNoticeShown());
        QCOMPARE(find<QLineEdit>("ownerEdit")->text(), u"王强"_s);
        QCOMPARE(company->text(), u"深圳华信科技有限公司"_s);
    }

    void archivedByOtherDeskIsTold()
    {
        const Customer stored = m_other->get(bob(), m_id).value();
        QVERIFY(m_other->archive(bob(), m_id, stored.version));
        QTRY_VERIFY_WITH_TIMEOUT(form()->isNoticeShown(), Timeout);
        QVERIFY(form()->loaded().isArchived()); // the clean form shows it as stored
        QVERIFY(!find<QPushButton>("changeNoticeReload")->isVisible());
        QVERIFY(form()->noticeText().contains(u"bob"_s));
        // And the active list lets it go.
        QTRY_COMPARE_WITH_TIMEOUT(m_workspace->list()->model()->rowOf(m_id), -1, Timeout);
        QCOMPARE(m_workspace->list()->model()->rowCount(), 2);
    }

    void erasedByOtherDeskIsTold()
    {
        const Actor admin {3, u"carol"_s, u"Carol"_s, int(Role::Admin)};
        const Customer stored = m_other->get(bob(), m_id).value();
        const Result<Customer> erased = CustomerEraser::erase(*m_otherDb,
                                                              admin,
                                                              m_id,
                                                              stored.version);
        QVERIFY2(erased, erased ? "" : qPrintable(erased.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(form()->noticeText().contains(u"carol"_s), Timeout);
        QVERIFY(form()->isNoticeShown());
        QCOMPARE(form()->loaded().name, CustomerEraser::tombstoneName());
        QCOMPARE(find<QLineEdit>("nameEdit")->text(), CustomerEraser::tombstoneName());
    }

    void listKeepsItsPlaceWhenRowsArriveAbove()
    {
        CustomerRepository repo(*m_db);
        for (int i = 0; i < 300; ++i) {
            Customer c;
            c.name = u"客户%1"_s.arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(repo.create(desk(), c));
        }
        CustomerListModel *model = m_workspace->list()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 300, Timeout);
        QTableView *table = m_workspace->list()->table();
        table->scrollTo(model->index(200, 0), QAbstractItemView::PositionAtTop);
        const int row = table->rowAt(table->viewport()->height() / 2);
        table->setCurrentIndex(model->index(row, 0));
        const qint64 id = model->idAt(row);
        const int y = table->rowViewportPosition(row);
        const int count = model->rowCount();

        for (int i = 0; i < 5; ++i) {
            Customer c;
            c.name = u"阿%1"_s.arg(i); // ā: before kè in pinyin order
            QVERIFY(m_other->create(bob(), c));
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), count + 5, Timeout);
        QCOMPARE(model->rowOf(id), row + 5);
        QCOMPARE(m_workspace->list()->currentId(), id);
        QCOMPARE(table->rowViewportPosition(row + 5), y); // the same place on screen
    }
};

QTEST_MAIN(tst_OtherDeskChanges)
#include "tst_otherdeskchanges.moc"
