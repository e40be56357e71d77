#include "TestSupport.h"
#include "complaints/AssignDialog.h"
#include "complaints/ComplaintDetailPane.h"
#include "complaints/ComplaintFilterBar.h"
#include "complaints/ComplaintHistoryView.h"
#include "complaints/ComplaintLabels.h"
#include "complaints/ComplaintListModel.h"
#include "complaints/ComplaintRepository.h"
#include "complaints/ComplaintsWindow.h"
#include "core/ComplaintFixtures.h"
#include "core/CustomerFixtures.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerRepository.h"
#include "history/PagedRowsModel.h"
#include "history/TimelineView.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

// The supervisor's complaint review: filters narrow the list and the counts per status; two
// selected complaints are assigned at once; a front desk reads but gets no assign or close.
class tst_ComplaintsWindow : public QObject
{
    Q_OBJECT

private:
    TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ComplaintRepository> m_complaints;
    const Actor m_desk {1, u"desk1"_s, u"前台一"_s, int(Role::FrontDesk)};
    const Actor m_chief {2, u"chief"_s, u"主管"_s, int(Role::Supervisor)};
    qint64 m_wang = 0;
    qint64 m_li = 0;
    QString m_liCode;
    QList<qint64> m_ids; // leak, late, overcharge, broken screen

    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    qint64 receive(qint64 customer,
                   const QString &reason,
                   ComplaintSeverity severity,
                   const QString &description,
                   const QDateTime &receivedAt = {})
    {
        Complaint c = ComplaintFixtures::draft(customer, severity, description);
        c.reason = reason;
        c.subReason.clear();
        c.receivedAt = receivedAt;
        const Result<Complaint> r = m_complaints->receive(m_desk, c);
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r ? r->id : 0;
    }
    std::unique_ptr<ComplaintsWindow> showWindow(const Actor &actor)
    {
        auto window = std::make_unique<ComplaintsWindow>(*m_db, actor);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }
    // The list once the model has answered the filter, counts included.
    static bool settled(ComplaintsWindow &w)
    {
        return QTest::qWaitFor([&] { return !w.model()->isLoading() && w.model()->countsReady(); });
    }
    static QSet<qint64> listed(ComplaintsWindow &w)
    {
        QSet<qint64> ids;
        for (qint64 id : w.model()->ids())
            ids.insert(id);
        return ids;
    }
    static QString status(ComplaintStatus s, int n)
    {
        return u"%1 %2"_s.arg(ComplaintLabels::status(s)).arg(n);
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareUnattendedUi();
        m_db = m_archive.open();
        QVERIFY(m_db);
        for (const Actor &a : {m_desk, m_chief})
            QVERIFY(ComplaintFixtures::addUser(*m_db, a.login, a.roles));
        QVERIFY(ComplaintFixtures::addUser(*m_db, u"desk2"_s, int(Role::FrontDesk)));
        CustomerRepository customers(*m_db);
        const Customer wang = customers.create(Fixtures::alice(), Fixtures::person(u"王芳"_s))
                                      .value();
        const Customer li = customers.create(Fixtures::alice(), Fixtures::person(u"李雷"_s)).value();
        m_wang = wang.id;
        m_li = li.id;
        m_liCode = li.code;
        m_complaints = std::make_unique<ComplaintRepository>(*m_db);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_ids = {receive(m_wang, u"product_quality"_s, ComplaintSeverity::High, u"空调漏水"_s),
                 receive(m_wang, u"delivery"_s, ComplaintSeverity::Low, u"送货晚了两天"_s),
                 receive(m_li, u"billing"_s, ComplaintSeverity::Medium, u"多收了安装费"_s),
                 // Received ten days ago and never answered: overdue.
                 receive(m_li,
                         u"product_quality"_s,
                         ComplaintSeverity::Critical,
                         u"屏幕有坏点"_s,
                         now.addDays(-10))};
        QVERIFY(!m_ids.contains(0));
        // In progress with desk1; resolved.
        QVERIFY(m_complaints->move(m_desk, m_ids[1], 1, ComplaintStatus::InProgress));
        Complaint billing = m_complaints->get(m_chief, m_ids[2]).value();
        billing.resolution = u"已退还安装费"_s;
        QVERIFY(m_complaints->settle(m_chief, billing, ComplaintStatus::Resolved));
    }

    void filtersNarrowTheTableAndTheCounts()
    {
        auto window = showWindow(m_chief);
        QVERIFY(window);
        QAbstractItemModelTester tester(window->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settled(*window));
        QCOMPARE(window->model()->rowCount(), 4);
        QCOMPARE(listed(*window), QSet<qint64>(m_ids.cbegin(), m_ids.cend()));
        // Newest first; the overdue one is marked in words, not colour alone.
        QCOMPARE(window->model()->idAt(3), m_ids[3]);
        QVERIFY(window->model()->index(3, 0).data(ComplaintListModel::OverdueRole).toBool());
        auto *counts = window->countsLabel();
        QVERIFY(counts->text().contains(status(ComplaintStatus::Open, 2)));
        QVERIFY(counts->text().contains(status(ComplaintStatus::InProgress, 1)));
        QVERIFY(counts->text().contains(status(ComplaintStatus::Resolved, 1)));
        QVERIFY(counts->text().contains(u"1 overdue"_s));
        // The first row is chosen: its history and its customer's timeline beside it; the
        // keyboard is in the list.
        QCOMPARE(window->details()->complaint()->id, window->model()->idAt(0));
        QCOMPARE(window->selectedIds(), QList<qint64> {window->model()->idAt(0)});
        QVERIFY(child<QPushButton>(window.get(), "reviewAssignButton")->isEnabled());
        QTRY_VERIFY(window->view()->hasFocus());
        QVERIFY(window->details()->history()->topLevelItemCount() >= 1);
        QTRY_VERIFY(window->details()->timeline()->model()->rowCount() >= 1);

        // Reason: product quality.
        auto *reason = child<QComboBox>(window.get(), "filterReasonCombo");
        reason->setCurrentIndex(reason->findData(u"product_quality"_s));
        QTRY_COMPARE(window->model()->filter().reason, u"product_quality"_s);
        QVERIFY(settled(*window));
        QCOMPARE(listed(*window), (QSet<qint64> {m_ids[0], m_ids[3]}));
        QVERIFY(counts->text().contains(status(ComplaintStatus::Open, 2)));
        QVERIFY(counts->text().contains(status(ComplaintStatus::InProgress, 0)));

        // And overdue only.
        auto *overdue = child<QCheckBox>(window.get(), "filterOverdueCheck");
        overdue->setChecked(true);
        QTRY_VERIFY(window->model()->filter().overdueOnly);
        QVERIFY(settled(*window));
        QCOMPARE(listed(*window), QSet<qint64> {m_ids[3]});
        overdue->setChecked(false);
        reason->setCurrentIndex(0);

        // Text in the description, typed (it waits for a pause in the typing).
        auto *text = child<QLineEdit>(window.get(), "filterTextEdit");
        text->setFocus();
        typeText(text, u"漏水"_s);
        QTRY_COMPARE(window->model()->filter().text, u"漏水"_s);
        QVERIFY(settled(*window));
        QCOMPARE(listed(*window), QSet<qint64> {m_ids[0]});
        QVERIFY(counts->text().contains(status(ComplaintStatus::Open, 1)));
        QVERIFY(counts->text().contains(status(ComplaintStatus::Resolved, 0)));

        // Nothing matches: the empty state says so.
        typeText(text, u"不存在"_s);
        QTRY_COMPARE(window->model()->filter().text, u"漏水不存在"_s);
        QVERIFY(settled(*window));
        auto *empty = child<QLabel>(window.get(), "complaintsWindowEmpty");
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(), ComplaintsWindow::tr("No complaints match these filters."));
        text->clear();

        // A customer by code: only theirs.
        auto *customer = child<QLineEdit>(window.get(), "filterCustomerEdit");
        customer->setFocus();
        typeText(customer, m_liCode);
        QTRY_COMPARE(window->model()->filter().customerId, m_li);
        QVERIFY(settled(*window));
        QCOMPARE(listed(*window), (QSet<qint64> {m_ids[2], m_ids[3]}));
        QTRY_VERIFY(child<QLabel>(window.get(), "filterCustomerNote")->text().contains(u"李雷"_s));

        // Status "not settled" among them, by the status filter.
        auto *statusBox = child<QComboBox>(window.get(), "filterStatusCombo");
        statusBox->setCurrentIndex(1);
        QTRY_COMPARE(window->model()->filter().statuses.size(), 3);
        QVERIFY(settled(*window));
        QCOMPARE(listed(*window), QSet<qint64> {m_ids[3]});

        child<QPushButton>(window.get(), "filterClearButton")->click();
        QTRY_COMPARE(window->model()->filter(), ComplaintFilter());
        QVERIFY(settled(*window));
        QCOMPARE(window->model()->rowCount(), 4);
    }

    void assignsTwoSelectedComplaintsAtOnce()
    {
        auto window = showWindow(m_chief);
        QVERIFY(window);
        QVERIFY(settled(*window));
        auto *assign = child<QPushButton>(window.get(), "reviewAssignButton");
        QVERIFY(assign->isVisible());
        QVERIFY(child<QPushButton>(window.get(), "reviewCloseButton")->isVisible());
        // The two open ones: the leak and the broken screen.
        QTableView *view = window->view();
        const int first = window->model()->rowOf(m_ids[0]);
        const int second = window->model()->rowOf(m_ids[3]);
        view->selectionModel()->select(window->model()->index(first, 0),
                                       QItemSelectionModel::ClearAndSelect
                                               | QItemSelectionModel::Rows);
        view->selectionModel()->select(window->model()->index(second, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(window->selectedIds().size(), 2);
        QVERIFY(assign->isEnabled());
        const int audit = SecurityFixtures::rowCount(*m_db, u"audit_log"_s);

        assign->click();
        auto *dialog = qobject_cast<AssignDialog *>(window->activeDialog());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "assignIntro")->text().contains(u"2"_s));
        QComboBox *handlers = dialog->handlers();
        handlers->setCurrentIndex(handlers->findData(u"desk2"_s));
        QVERIFY(handlers->currentIndex() > 0);
        QTest::keyClick(handlers, Qt::Key_Return);
        QTRY_VERIFY(!window->activeDialog());

        for (qint64 id : {m_ids[0], m_ids[3]}) {
            const Complaint c = m_complaints->get(m_chief, id).value();
            QCOMPARE(c.handler, u"desk2"_s);
            const QList<ComplaintChange> changes = m_complaints->changes(m_chief, id).value();
            QCOMPARE(changes.last().field, u"handler"_s);
            QCOMPARE(changes.last().changedBy, m_chief.login);
        }
        QCOMPARE(SecurityFixtures::rowCount(*m_db, u"audit_log"_s), audit + 2);
        // The list reads again in place: the selection stays, the handler column shows it.
        QVERIFY(settled(*window));
        QTRY_COMPARE(window->model()
                             ->index(window->model()->rowOf(m_ids[0]), int(ComplaintColumn::Handler))
                             .data(ComplaintListModel::HandlerRole)
                             .toString(),
                     u"desk2"_s);
        QCOMPARE(window->selectedIds().size(), 2);
        QVERIFY(child<QLabel>(window.get(), "complaintsWindowMessage")->text().contains(u"desk2"_s));
    }

    void frontDeskReadsButDoesNotAssignOrClose()
    {
        auto window = showWindow(m_desk);
        QVERIFY(window);
        QVERIFY(settled(*window));
        QCOMPARE(window->model()->rowCount(), 4);
        QVERIFY(!child<QPushButton>(window.get(), "reviewAssignButton")->isVisible());
        QVERIFY(!child<QPushButton>(window.get(), "reviewCloseButton")->isVisible());
        QVERIFY(child<QPushButton>(window.get(), "reviewOpenButton")->isEnabled());
        QVERIFY(child<QPushButton>(window.get(), "reviewCustomerButton")->isEnabled());
        // Even when asked directly, core refuses and nothing changes.
        window->view()->selectAll();
        const Complaint before = m_complaints->get(m_chief, m_ids[1]).value();
        window->assignSelected();
        QVERIFY(!window->activeDialog());
        QVERIFY(!window->assignSelectedTo(u"desk2"_s));
        QVERIFY(child<QLabel>(window.get(), "complaintsWindowMessage")->isVisible());
        QCOMPARE(m_complaints->get(m_chief, m_ids[1])->handler, before.handler);
        QCOMPARE(m_complaints->get(m_chief, m_ids[1])->version, before.version);
    }

    // Runs last: it adds a complaint the tests above do not expect.
    void showsWhatAnotherDeskStores()
    {
        auto window = showWindow(m_chief);
        QVERIFY(window);
        QVERIFY(settled(*window));
        const int rows = window->model()->rowCount();
        // The leak, still open, is the one on screen.
        const qint64 current = m_ids[0];
        QCOMPARE(m_complaints->get(m_chief, current)->status, ComplaintStatus::Open);
        window->view()
                ->selectionModel()
                ->setCurrentIndex(window->model()->index(window->model()->rowOf(current), 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(window->selectedIds(), QList<qint64> {current});
        const qint64 open = window->model()->counts().count(ComplaintStatus::Open);
        const qint64 inProgress = window->model()->counts().count(ComplaintStatus::InProgress);

        // Another desk, on a connection of its own, receives a complaint and answers one.
        std::unique_ptr<Database> other = m_archive.open();
        QVERIFY(other);
        ComplaintRepository desk(*other);
        Complaint late = ComplaintFixtures::draft(m_wang, ComplaintSeverity::Low, u"电话一直占线"_s);
        QVERIFY(desk.receive(m_desk, late));
        const Result<Complaint> moved = desk.move(m_chief,
                                                  current,
                                                  m_complaints->get(m_chief, current)->version,
                                                  ComplaintStatus::InProgress);
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));

        window->otherDeskChanged();
        QVERIFY(settled(*window));
        QCOMPARE(window->model()->rowCount(), rows + 1);
        // One more open, one open moved on.
        QCOMPARE(window->model()->counts().count(ComplaintStatus::Open), open);
        QCOMPARE(window->model()->counts().count(ComplaintStatus::InProgress), inProgress + 1);
        QCOMPARE(window->selectedIds(), QList<qint64> {current}); // the selection stays
        QTRY_COMPARE(window->details()->complaint()->status, ComplaintStatus::InProgress);
        QTRY_VERIFY(window->countsLabel()->text().contains(QString::number(rows + 1)));
    }
};

QTEST_MAIN(tst_ComplaintsWindow)
#include "tst_complaintswindow.moc"
