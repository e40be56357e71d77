#include "MainWindow.h"
#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "customers/CustomerLabels.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerListPanel.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerWorkspace.h"
#include "customers/ProfileTabs.h"
#include "history/HistoryLabels.h"
#include "history/InteractionRepository.h"
#include "history/InteractionsPanel.h"
#include "history/PagedRowsModel.h"
#include "history/ProfileHeader.h"
#include "history/PurchaseDialog.h"
#include "history/PurchaseRepository.h"
#include "history/PurchasesPanel.h"
#include "history/TimelineView.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

// The service history on the profile, driven through the real main window with the keyboard,
// as a front desk does with a customer on the phone.
class tst_ServiceHistory : public QObject
{
    Q_OBJECT

private:
    TempArchive m_archive;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_customerId = 0;
    Actor m_desk {1, u"desk1"_s, u"前台一"_s, int(Role::FrontDesk)};

    template<typename T>
    T *find(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    ProfileTabs *profile() const { return m_window->workspace()->profile(); }
    int historyRows(const Database &db, const QString &table) const
    {
        QSqlQuery q(db.connection());
        q.exec(u"SELECT count(*) FROM "_s + table);
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareUnattendedUi();
        auto db = m_archive.open();
        QVERIFY(db);
        CustomerRepository customers(*db);
        const Result<Customer> c = customers.create(Fixtures::alice(),
                                                    Fixtures::person(u"王芳"_s, {u"13812345678"_s}));
        QVERIFY(c);
        m_customerId = c->id;
        m_window = std::make_unique<MainWindow>(std::move(db), m_desk);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void newProfileHasNoHistoryToRecord()
    {
        QVERIFY(m_window->workspace()->newCustomer());
        QVERIFY(!profile()->header()->isVisible());
        QVERIFY(!find<QAction>("logInteractionAction")->isEnabled());
        // The tabs say why they are empty instead of showing blank tables.
        profile()->tabs()->setCurrentWidget(profile()->interactions());
        QVERIFY(find<QLabel>("interactionsEmpty")->isVisible());
        QVERIFY(!find<QLineEdit>("quickLogSummary")->isEnabled());
        m_window->workspace()->revert();
    }

    void logsAnInteractionWithTheKeyboardAlone()
    {
        QVERIFY(m_window->workspace()->openCustomer(m_customerId));
        QVERIFY(profile()->header()->isVisible());
        QVERIFY(profile()->header()->classificationText().contains(
                CustomerLabels::lifecycle(Lifecycle::Potential)));
        QVERIFY(find<QAction>("logInteractionAction")->isEnabled());

        // Ctrl+L from anywhere on the window: the Interactions tab, cursor in the summary, the
        // defaults filled in (phone, inbound).
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        auto *summary = find<QLineEdit>("quickLogSummary");
        QVERIFY(summary->hasFocus());
        QCOMPARE(profile()->tabs()->currentWidget(), profile()->interactions());
        QCOMPARE(find<QComboBox>("quickLogChannel")->currentText(),
                 HistoryLabels::channel(InteractionChannel::Phone));
        QCOMPARE(find<QComboBox>("quickLogDirection")->currentText(),
                 HistoryLabels::direction(InteractionDirection::Inbound));

        typeText(summary, u"询问空调保修期"_s);
        QTest::keyClick(summary, Qt::Key_Tab);
        auto *result = find<QLineEdit>("quickLogResult");
        QVERIFY(result->hasFocus());
        typeText(result, u"已告知三年保修"_s);
        QTest::keyClick(result, Qt::Key_Return);

        auto *view = find<QTableView>("interactionsView");
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 4).data().toString(), u"询问空调保修期"_s);
        QCOMPARE(view->model()->index(0, 5).data().toString(), u"已告知三年保修"_s);
        QCOMPARE(view->model()->index(0, 6).data().toString(), u"desk1"_s);
        // The row is cleared for the next call, the cursor stays in it.
        QVERIFY(summary->text().isEmpty());
        QVERIFY(summary->hasFocus());

        const Result<HistoryPage<Interaction>> stored = InteractionRepository(m_window->database())
                                                                .forCustomer(m_desk, m_customerId);
        QVERIFY(stored);
        QCOMPARE(stored->rows.size(), 1);
        QCOMPARE(stored->rows.first().staff, u"desk1"_s);
        QCOMPARE(stored->rows.first().channel, InteractionChannel::Phone);
        QCOMPARE(stored->rows.first().direction, InteractionDirection::Inbound);
        // The header knows the last contact now.
        QVERIFY(profile()->header()->figuresText().contains(
                QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    }

    void emptySummaryIsRefusedAndNothingIsLogged()
    {
        auto *summary = find<QLineEdit>("quickLogSummary");
        auto *result = find<QLineEdit>("quickLogResult");
        result->setFocus();
        typeText(result, u"未接通"_s);
        QTest::keyClick(result, Qt::Key_Return);
        auto *error = find<QLabel>("quickLogError");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(summary->hasFocus());
        QCOMPARE(result->text(), u"未接通"_s); // what was typed stays
        QCOMPARE(historyRows(m_window->database(), u"interactions"_s), 1);
        result->clear();
    }

    void recordsAPurchaseWithTheKeyboardAlone()
    {
        // Ctrl+Shift+P from wherever the keyboard is: the Purchases tab and its dialog.
        QTest::keyClick(QApplication::focusWidget(),
                        Qt::Key_P,
                        Qt::ControlModifier | Qt::ShiftModifier);
        PurchasesPanel *panel = profile()->purchases();
        QCOMPARE(profile()->tabs()->currentWidget(), panel);
        auto *dialog = qobject_cast<PurchaseDialog *>(panel->activeDialog());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }));
        const auto press = [](Qt::Key key) {
            QTest::keyClick(QApplication::focusWidget(), key);
        };
        QCOMPARE(QApplication::focusWidget()->objectName(), u"productEdit"_s);
        typeText(QApplication::focusWidget(), u"空调"_s);
        press(Qt::Key_Tab); // category
        press(Qt::Key_Tab); // quantity
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), u"2"_s);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"unitPriceEdit"_s);
        QTest::keyClicks(QApplication::focusWidget(), u"3999.50"_s);
        QPointer<PurchaseDialog> guard(dialog);
        press(Qt::Key_Return);
        QTRY_VERIFY(!guard || !guard->isVisible());

        QTRY_COMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->index(0, PurchasesPanel::AmountColumn).data().toString(),
                 HistoryLabels::money(799900));
        const Result<HistoryPage<Purchase>> stored = PurchaseRepository(m_window->database())
                                                             .forCustomer(m_desk, m_customerId);
        QVERIFY(stored);
        QCOMPARE(stored->rows.size(), 1);
        QCOMPARE(stored->rows.first().amount, 799900);
        QCOMPARE(stored->rows.first().quantity, 2);
        QCOMPARE(stored->rows.first().createdBy, u"desk1"_s);
        // The header adds it up at once.
        QVERIFY2(profile()->header()->figuresText().contains(HistoryLabels::money(799900)),
                 qPrintable(profile()->header()->figuresText()));
    }

    // One purchase of ¥7,999 today: new (first purchase within 90 days) and high value
    // (recency 3 + frequency 1 + spend 3 = 7) — in the header, the list and its filters.
    void theListShowsAndFiltersTheNewClass()
    {
        QVERIFY2(profile()->header()->classificationText().contains(
                         CustomerLabels::lifecycle(Lifecycle::New)),
                 qPrintable(profile()->header()->classificationText()));
        CustomerListModel *model = m_window->workspace()->list()->model();
        auto *tier = find<QComboBox>("tierFilter");
        QVERIFY(tier);
        tier->setCurrentIndex(tier->findData(int(ValueTier::Low)));
        QTRY_VERIFY(!model->isLoading());
        QTRY_COMPARE(model->rowCount(), 0);
        tier->setCurrentIndex(tier->findData(int(ValueTier::High)));
        QTRY_VERIFY(!model->isLoading());
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->idAt(0), m_customerId);
        const int lifecycleColumn = int(CustomerColumn::Lifecycle);
        QCOMPARE(model->index(0, lifecycleColumn).data().toString(),
                 CustomerLabels::lifecycle(Lifecycle::New));
        tier->setCurrentIndex(0);
        QTRY_VERIFY(!model->isLoading());
    }

    void timelineShowsWhatWasRecorded()
    {
        m_window->activateWindow(); // the purchase dialog had it
        QVERIFY(QTest::qWaitFor([this] { return QApplication::activeWindow() == m_window.get(); }));
        const int tab = profile()->tabs()->indexOf(profile()->timeline());
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + tab), Qt::ControlModifier);
        QCOMPARE(profile()->tabs()->currentWidget(), profile()->timeline());
        QAbstractItemModelTester tester(profile()->timeline()->model());
        QTRY_COMPARE(profile()->timeline()->model()->rowCount(), 2);
        // Newest first: the purchase came after the call.
        const QString what = profile()->timeline()->model()->index(1, 1).data().toString();
        QVERIFY2(what.contains(HistoryLabels::channel(InteractionChannel::Phone)), qPrintable(what));
        QVERIFY(profile()->timeline()->model()->index(0, 1).data().toString().contains(u"空调"_s));
        // Switching a kind off hides it.
        auto *interactions = find<QCheckBox>("timelineKind2");
        QVERIFY(interactions);
        interactions->setChecked(false);
        QCOMPARE(profile()->timeline()->model()->rowCount(), 1);
        auto *purchases = find<QCheckBox>("timelineKind0");
        purchases->setChecked(false);
        QCOMPARE(profile()->timeline()->model()->rowCount(), 0);
        QVERIFY(find<QLabel>("timelineEmpty")->isVisible());
        interactions->setChecked(true);
        purchases->setChecked(true);
        QCOMPARE(profile()->timeline()->model()->rowCount(), 2);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(tst_ServiceHistory)
#include "tst_servicehistory.moc"
