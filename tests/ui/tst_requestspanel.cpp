#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "customers/CustomerRepository.h"
#include "history/HistoryLabels.h"
#include "history/PagedRowsModel.h"
#include "history/RequestDetailsView.h"
#include "history/RequestDialog.h"
#include "history/RequestsPanel.h"
#include "history/ServiceRequestRepository.h"
#include "history/StageMoveDialog.h"
#include "ui/UiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>

using namespace Qt::StringLiterals;

#define VERIFY_OK(result) \
    do { \
        const auto &verified_ = (result); /* evaluated once */ \
        QVERIFY2(verified_, verified_ ? "" : qPrintable(verified_.error().message)); \
    } while (false)

// The profile's Requests tab as a front desk works it, keyboard only: a request opened, moved
// forward, sent back (which needs a reason) and cancelled (which needs one too), with every
// write made, or refused, by ServiceRequestRepository.
class tst_RequestsPanel : public QObject
{
    Q_OBJECT

private:
    TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ServiceRequestRepository> m_requests;
    const Actor m_desk {1, u"desk1"_s, u"前台一"_s, int(Role::FrontDesk)};
    const Actor m_chief {2, u"chief"_s, u"主管"_s, int(Role::Supervisor)};

    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    qint64 newCustomer(const QString &name)
    {
        CustomerRepository customers(*m_db);
        const Result<Customer> c = customers.create(m_desk, Fixtures::person(name));
        if (!c)
            qWarning("%s", qPrintable(c.error().message));
        return c ? c->id : 0;
    }
    std::unique_ptr<RequestsPanel> showPanel(qint64 customerId, const Actor &actor)
    {
        auto panel = std::make_unique<RequestsPanel>(*m_db, actor);
        panel->resize(900, 640);
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel.get()))
            return nullptr;
        panel->activateWindow();
        if (!QTest::qWaitForWindowActive(panel.get()))
            return nullptr;
        panel->showCustomer(customerId);
        return panel;
    }
    std::unique_ptr<RequestsPanel> showPanel(qint64 customerId)
    {
        return showPanel(customerId, m_desk);
    }
    // The dialog of type T the panel has open, once it is shown.
    template<typename T>
    static T *openDialog(RequestsPanel &panel)
    {
        for (int i = 0; i < 100; ++i) {
            for (T *d : panel.findChildren<T *>())
                if (d->isVisible())
                    return QTest::qWaitForWindowActive(d) ? d : nullptr;
            QTest::qWait(10);
        }
        return nullptr;
    }
    // The dialog that the panel's keys open (the one closed before is deleted first).
    template<typename T>
    static T *press(RequestsPanel &panel, const QKeySequence &keys)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        // The keyboard is back in the panel's window after a dialog.
        if (!QTest::qWaitForWindowActive(&panel))
            return nullptr;
        QTest::keySequence(&panel, keys);
        return openDialog<T>(panel);
    }
    static RequestDialog *pressNew(RequestsPanel &panel)
    {
        return press<RequestDialog>(panel, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    }
    static StageMoveDialog *pressMove(RequestsPanel &panel)
    {
        return press<StageMoveDialog>(panel, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    }
    static QString cell(RequestsPanel &panel, int row, int column)
    {
        return panel.model()->index(row, column).data().toString();
    }
    static QLabel *visibleLabel(QWidget *parent, const char *name)
    {
        auto *label = child<QLabel>(parent, name);
        return label && label->isVisible() ? label : nullptr;
    }
    QList<ServiceRequest> stored(qint64 customerId)
    {
        const Result<HistoryPage<ServiceRequest>> page = m_requests->forCustomer(m_desk, customerId);
        return page ? page->rows : QList<ServiceRequest>();
    }
    int storedMoves(qint64 requestId)
    {
        const Result<QList<StageMove>> moves = m_requests->moves(m_desk, requestId);
        return moves ? int(moves->size()) : -1;
    }
    // A request for the customer through the panel: Ctrl+Shift+R, the title, Return.
    bool openByKeyboard(RequestsPanel &panel, const QString &title)
    {
        RequestDialog *dialog = pressNew(panel);
        if (!dialog)
            return false;
        QPointer<RequestDialog> guard(dialog);
        auto *edit = child<QLineEdit>(dialog, "requestTitleEdit");
        typeText(edit, title);
        QTest::keyClick(edit, Qt::Key_Return);
        return QTest::qWaitFor([&] { return !guard || !guard->isVisible(); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareUnattendedUi();
        // The primary audience's locale: dates and amounts as a Chinese desk sees them.
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        m_db = m_archive.open();
        QVERIFY(m_db);
        m_requests = std::make_unique<ServiceRequestRepository>(*m_db);
    }

    void emptyStates()
    {
        auto panel = showPanel(0);
        QVERIFY(panel);
        QCOMPARE(visibleLabel(panel.get(), "requestsEmpty")->text(),
                 RequestsPanel::tr("Save the profile first to open service requests."));
        QVERIFY(!child<QPushButton>(panel.get(), "newRequestButton")->isEnabled());
        QVERIFY(!child<QTableView>(panel.get(), "requestsView")->isVisible());
        // The shortcut does nothing for a profile that is not saved yet.
        QVERIFY(!pressNew(*panel));

        panel->showCustomer(newCustomer(u"王芳"_s));
        QCOMPARE(visibleLabel(panel.get(), "requestsEmpty")->text(),
                 u"No service requests yet. Open one with Ctrl+Shift+R."_s);
        QVERIFY(child<QPushButton>(panel.get(), "newRequestButton")->isEnabled());
        QVERIFY(!child<QPushButton>(panel.get(), "editRequestButton")->isEnabled());
        QVERIFY(!child<QPushButton>(panel.get(), "moveStageButton")->isEnabled());
    }

    void requestThroughTheServiceProcessByKeyboard()
    {
        const qint64 customer = newCustomer(u"李雷"_s);
        auto panel = showPanel(customer);
        QVERIFY(panel);
        QSignalSpy changed(panel.get(), &RequestsPanel::changed);

        // Open: Ctrl+Shift+R, a title in Chinese, Return.
        QPointer<RequestDialog> dialog = pressNew(*panel);
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"requestDialog"_s);
        auto *title = child<QLineEdit>(dialog, "requestTitleEdit");
        QTRY_VERIFY(title->hasFocus());
        QCOMPARE(child<QLineEdit>(dialog, "requestOwnerEdit")->text(), m_desk.login);
        QVERIFY(!child<QCheckBox>(dialog, "requestDueCheck")->isChecked());
        QVERIFY(!child<QDateEdit>(dialog, "requestDueEdit")->isEnabled());
        typeText(title, u"打印机无法联网"_s);
        QTest::keyClick(title, Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(cell(*panel, 0, RequestsPanel::TitleColumn), u"打印机无法联网"_s);
        QCOMPARE(cell(*panel, 0, RequestsPanel::StageColumn),
                 HistoryLabels::stage(RequestStage::Contact));
        QCOMPARE(cell(*panel, 0, RequestsPanel::PriorityColumn),
                 HistoryLabels::priority(RequestPriority::Normal));
        QCOMPARE(cell(*panel, 0, RequestsPanel::OwnerColumn), m_desk.login);
        QVERIFY(cell(*panel, 0, RequestsPanel::DueColumn).isEmpty());
        QList<ServiceRequest> requests = stored(customer);
        QCOMPARE(requests.size(), 1);
        const qint64 id = requests.first().id;
        QCOMPARE(requests.first().title, u"打印机无法联网"_s);
        QCOMPARE(requests.first().stage, RequestStage::Contact);
        QCOMPARE(requests.first().owner, m_desk.login);
        QVERIFY(!requests.first().dueOn.isValid());
        // The new request is selected, shown below, and the keyboard is back in the list.
        QCOMPARE(panel->selectedRequest()->id, id);
        QVERIFY(panel->details()->pathLabel()->text().contains(
                u"<b>%1</b>"_s.arg(HistoryLabels::stage(RequestStage::Contact))));
        QCOMPARE(panel->details()->stageMoves()->rowCount(), 1);
        QTRY_VERIFY(panel->view()->hasFocus());

        // Forward: Ctrl+Shift+M, the next stage is preselected, Return.
        QPointer<StageMoveDialog> move = pressMove(*panel);
        QVERIFY(move);
        QCOMPARE(move->objectName(), u"stageMoveDialog"_s);
        auto *target = child<QComboBox>(move, "targetStageCombo");
        QCOMPARE(move->target(), RequestStage::NeedsAnalysis);
        QVERIFY(!child<QLabel>(move, "moveReasonLabel")->text().contains(u"(required)"_s));
        QTRY_VERIFY(target->hasFocus());
        QTest::keyClick(target, Qt::Key_Return);
        QTRY_VERIFY(!move || !move->isVisible());

        QCOMPARE(changed.count(), 2);
        QCOMPARE(cell(*panel, 0, RequestsPanel::StageColumn),
                 HistoryLabels::stage(RequestStage::NeedsAnalysis));
        QVERIFY(panel->details()->pathLabel()->text().contains(
                u"<b>%1</b>"_s.arg(HistoryLabels::stage(RequestStage::NeedsAnalysis))));
        QCOMPARE(panel->details()->stageMoves()->rowCount(), 2);
        QCOMPARE(panel->details()->stageMoves()->index(1, 1).data().toString(), m_desk.login);
        QCOMPARE(panel->details()->stageMoves()->index(1, 2).data().toString(),
                 u"%1 → %2"_s.arg(HistoryLabels::stage(RequestStage::Contact),
                                  HistoryLabels::stage(RequestStage::NeedsAnalysis)));
        // Time per stage: both stages visited once.
        QStandardItemModel *times = panel->details()->stageTimes();
        QCOMPARE(times->rowCount(), 2);
        QCOMPARE(times->index(0, 0).data().toString(), HistoryLabels::stage(RequestStage::Contact));
        QCOMPARE(times->index(1, 0).data().toString(),
                 HistoryLabels::stage(RequestStage::NeedsAnalysis));
        QCOMPARE(times->index(1, 2).data().toString(), u"1"_s);
        QCOMPARE(m_requests->get(m_desk, id)->stage, RequestStage::NeedsAnalysis);
        QCOMPARE(storedMoves(id), 2);

        // Back without a reason: refused in the dialog, which stays; nothing stored.
        move = pressMove(*panel);
        QVERIFY(move);
        target = child<QComboBox>(move, "targetStageCombo");
        QTRY_VERIFY(target->hasFocus());
        QTest::keyClick(target, Qt::Key_Home);
        QCOMPARE(move->target(), RequestStage::Contact);
        QVERIFY(move->reasonRequired());
        QVERIFY(child<QLabel>(move, "moveReasonLabel")->text().contains(u"(required)"_s));
        QTest::keyClick(target, Qt::Key_Return);
        QVERIFY(visibleLabel(move, "moveError"));
        QVERIFY(!visibleLabel(move, "moveError")->text().isEmpty());
        QVERIFY(move->isVisible());
        auto *reason = child<QLineEdit>(move, "moveReasonEdit");
        QTRY_VERIFY(reason->hasFocus());
        QCOMPARE(m_requests->get(m_desk, id)->stage, RequestStage::NeedsAnalysis);
        QCOMPARE(storedMoves(id), 2);
        QCOMPARE(changed.count(), 2);

        // With a reason: stored, and the reason is in the moves list.
        typeText(reason, u"客户补充了需求"_s);
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY(!move || !move->isVisible());
        QCOMPARE(changed.count(), 3);
        QCOMPARE(m_requests->get(m_desk, id)->stage, RequestStage::Contact);
        QCOMPARE(storedMoves(id), 3);
        QCOMPARE(cell(*panel, 0, RequestsPanel::StageColumn),
                 HistoryLabels::stage(RequestStage::Contact));
        QCOMPARE(panel->details()->stageMoves()->rowCount(), 3);
        QCOMPARE(panel->details()->stageMoves()->index(2, 3).data().toString(), u"客户补充了需求"_s);
        // Contact has now been visited twice.
        QCOMPARE(panel->details()->stageTimes()->index(0, 2).data().toString(), u"2"_s);

        // Cancel: needs a reason too.
        move = pressMove(*panel);
        QVERIFY(move);
        target = child<QComboBox>(move, "targetStageCombo");
        QTRY_VERIFY(target->hasFocus());
        QTest::keyClick(target, Qt::Key_End);
        QCOMPARE(move->target(), RequestStage::Cancelled);
        QVERIFY(child<QLabel>(move, "moveReasonLabel")->text().contains(u"(required)"_s));
        QTest::keyClick(target, Qt::Key_Return);
        QVERIFY(visibleLabel(move, "moveError"));
        QVERIFY(move->isVisible());
        QCOMPARE(m_requests->get(m_desk, id)->stage, RequestStage::Contact);
        QCOMPARE(storedMoves(id), 3);
        reason = child<QLineEdit>(move, "moveReasonEdit");
        QTRY_VERIFY(reason->hasFocus());
        typeText(reason, u"客户自行解决"_s);
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY(!move || !move->isVisible());
        QCOMPARE(changed.count(), 4);
        const Result<ServiceRequest> cancelled = m_requests->get(m_desk, id);
        QCOMPARE(cancelled->stage, RequestStage::Cancelled);
        QCOMPARE(cancelled->cancelReason, u"客户自行解决"_s);
        QCOMPARE(cell(*panel, 0, RequestsPanel::StageColumn),
                 HistoryLabels::stage(RequestStage::Cancelled));
        const QString path = panel->details()->pathLabel()->text();
        QVERIFY(path.contains(HistoryLabels::stage(RequestStage::Cancelled)));
        QVERIFY(path.contains(u"客户自行解决"_s));
        QVERIFY(panel->model()->index(0, 0).data(PagedRowsModel::KindRole).toInt()
                & RequestsPanel::EndedRow);
        // Nothing more to do with a cancelled request.
        QVERIFY(!child<QPushButton>(panel.get(), "editRequestButton")->isEnabled());
        QVERIFY(!child<QPushButton>(panel.get(), "moveStageButton")->isEnabled());
        QVERIFY(!pressMove(*panel));
    }

    void refusedRequestKeepsWhatWasTyped()
    {
        const qint64 customer = newCustomer(u"韩梅梅"_s);
        auto panel = showPanel(customer);
        QVERIFY(panel);
        QSignalSpy changed(panel.get(), &RequestsPanel::changed);
        QPointer<RequestDialog> dialog = pressNew(*panel);
        QVERIFY(dialog);

        // No title: core's message next to the form, the title field focused.
        auto *description = child<QPlainTextEdit>(dialog, "requestDescriptionEdit");
        description->setFocus();
        typeText(description, u"无法连接无线网络"_s);
        QTest::keyClick(description, Qt::Key_Tab); // Tab leaves the description
        QVERIFY(!description->hasFocus());
        QCOMPARE(description->toPlainText(), u"无法连接无线网络"_s);
        auto *title = child<QLineEdit>(dialog, "requestTitleEdit");
        QTest::keyClick(child<QComboBox>(dialog, "requestPriorityCombo"), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(visibleLabel(dialog, "requestError"));
        QTRY_VERIFY(title->hasFocus());
        QCOMPARE(description->toPlainText(), u"无法连接无线网络"_s);
        QVERIFY(stored(customer).isEmpty());

        // A budget that is not an amount: refused before core, the budget focused.
        typeText(title, u"路由器更换"_s);
        auto *budget = child<QLineEdit>(dialog, "planBudgetEdit");
        budget->setFocus();
        typeText(budget, u"一千"_s);
        QTest::keyClick(budget, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(visibleLabel(dialog, "requestError")
                        ->text()
                        .contains(HistoryLabels::moneyPlain(120000)));
        QTRY_VERIFY(budget->hasFocus());
        QCOMPARE(title->text(), u"路由器更换"_s);
        QVERIFY(stored(customer).isEmpty());
        QCOMPARE(changed.count(), 0);

        // Corrected: saved with every field as typed.
        budget->selectAll();
        typeText(budget, u"1,200.50"_s);
        auto *due = child<QCheckBox>(dialog, "requestDueCheck");
        due->setFocus();
        QTest::keyClick(due, Qt::Key_Space);
        QVERIFY(child<QDateEdit>(dialog, "requestDueEdit")->isEnabled());
        const QDate dueOn = child<QDateEdit>(dialog, "requestDueEdit")->date();
        QTest::keyClick(due, Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        const QList<ServiceRequest> requests = stored(customer);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().title, u"路由器更换"_s);
        QCOMPARE(requests.first().description, u"无法连接无线网络"_s);
        QCOMPARE(requests.first().planBudget, 120050);
        QCOMPARE(requests.first().dueOn, dueOn);
        QCOMPARE(cell(*panel, 0, RequestsPanel::DueColumn),
                 QLocale().toString(dueOn, QLocale::ShortFormat));
        QCOMPARE(changed.count(), 1);
    }

    void editKeepsVersionAndShowsConflict()
    {
        const qint64 customer = newCustomer(u"张伟"_s);
        ServiceRequest r;
        r.customerId = customer;
        r.title = u"空调不制冷"_s;
        r.owner = m_desk.login;
        r.description = u""_s;
        const Result<ServiceRequest> opened = m_requests->open(m_desk, r);
        VERIFY_OK(opened);
        auto panel = showPanel(customer);
        QVERIFY(panel);
        QSignalSpy changed(panel.get(), &RequestsPanel::changed);

        // Return on the list edits the selected request.
        panel->view()->setFocus();
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QPointer<RequestDialog> dialog = openDialog<RequestDialog>(*panel);
        QVERIFY(dialog);
        QVERIFY(!dialog->isNew());
        auto *title = child<QLineEdit>(dialog, "requestTitleEdit");
        QCOMPARE(title->text(), u"空调不制冷"_s);
        auto *priority = child<QComboBox>(dialog, "requestPriorityCombo");
        priority->setFocus();
        QTest::keyClick(priority, Qt::Key_End); // Urgent
        auto *content = child<QPlainTextEdit>(dialog, "planContentEdit");
        content->setFocus();
        typeText(content, u"上门检修，更换压缩机"_s);

        // Meanwhile the supervisor saves the same request.
        ServiceRequest other = opened.value();
        other.title = u"空调不制冷（二楼）"_s;
        VERIFY_OK(m_requests->update(m_chief, other));

        QTest::keyClick(title, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(visibleLabel(dialog, "requestError"));
        QCOMPARE(content->toPlainText(), u"上门检修，更换压缩机"_s);
        QCOMPARE(m_requests->get(m_desk, opened->id)->title, u"空调不制冷（二楼）"_s);
        QVERIFY(m_requests->get(m_desk, opened->id)->planContent.isEmpty());
        QCOMPARE(changed.count(), 0);
        // Reload shows the request as stored now; the edit is made again on top of it.
        auto *reload = child<QPushButton>(dialog, "requestReloadButton");
        QVERIFY(reload->isVisible());
        reload->setFocus();
        QTest::keyClick(reload, Qt::Key_Space);
        QCOMPARE(title->text(), u"空调不制冷（二楼）"_s);
        QVERIFY(content->toPlainText().isEmpty());
        QVERIFY(!visibleLabel(dialog, "requestError"));
        QVERIFY(!reload->isVisible());
        content->setFocus();
        typeText(content, u"上门检修"_s);
        QTest::keyClick(title, Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(changed.count(), 1);
        const Result<ServiceRequest> saved = m_requests->get(m_desk, opened->id);
        QCOMPARE(saved->planContent, u"上门检修"_s);
        QCOMPARE(saved->title, u"空调不制冷（二楼）"_s);
        QVERIFY(panel->details()
                        ->findChild<QLabel *>(u"requestSummary"_s)
                        ->text()
                        .contains(u"上门检修"_s));
    }

    void overdueDueDatesAreMarked()
    {
        const qint64 customer = newCustomer(u"赵敏"_s);
        const QDate today = QDate::currentDate();
        for (int days : {-3, 5}) {
            ServiceRequest r;
            r.customerId = customer;
            r.title = days < 0 ? u"逾期"_s : u"未到期"_s;
            r.owner = m_desk.login;
            r.dueOn = today.addDays(days);
            VERIFY_OK(m_requests->open(m_desk, r));
        }
        auto panel = showPanel(customer);
        QVERIFY(panel);
        QCOMPARE(panel->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const QString title = cell(*panel, row, RequestsPanel::TitleColumn);
            const QString due = cell(*panel, row, RequestsPanel::DueColumn);
            const int kind = panel->model()->index(row, 0).data(PagedRowsModel::KindRole).toInt();
            const QDate date = title == u"逾期"_s ? today.addDays(-3) : today.addDays(5);
            const QString shown = QLocale().toString(date, QLocale::ShortFormat);
            if (title == u"逾期"_s) {
                QCOMPARE(due, RequestsPanel::tr("%1 (overdue)").arg(shown));
                QVERIFY(kind & RequestsPanel::OverdueRow);
            } else {
                QCOMPARE(due, shown);
                QVERIFY(!(kind & RequestsPanel::OverdueRow));
            }
        }
    }

    void withoutTheRightTheButtonsAreOff()
    {
        const qint64 customer = newCustomer(u"周杰"_s);
        ServiceRequest r;
        r.customerId = customer;
        r.title = u"安装指导"_s;
        r.owner = m_desk.login;
        VERIFY_OK(m_requests->open(m_desk, r));
        const Actor admin {3, u"root"_s, u"管理员"_s, int(Role::Admin)};
        auto panel = showPanel(customer, admin);
        QVERIFY(panel);
        QCOMPARE(panel->model()->rowCount(), 1);
        QVERIFY(!child<QPushButton>(panel.get(), "newRequestButton")->isEnabled());
        QVERIFY(!child<QPushButton>(panel.get(), "editRequestButton")->isEnabled());
        QVERIFY(!child<QPushButton>(panel.get(), "moveStageButton")->isEnabled());
        QVERIFY(!pressNew(*panel));
        QVERIFY(!pressMove(*panel));
        QCOMPARE(stored(customer).size(), 1);
    }

    void leavingPlanWithoutContentIsRefusedInTheDialog()
    {
        const qint64 customer = newCustomer(u"陈静"_s);
        ServiceRequest r;
        r.customerId = customer;
        r.title = u"门店网络改造"_s;
        r.owner = m_desk.login;
        Result<ServiceRequest> opened = m_requests->open(m_desk, r);
        VERIFY_OK(opened);
        const Result<ServiceRequest> planned = m_requests->move(m_desk,
                                                                opened->id,
                                                                opened->version,
                                                                RequestStage::Plan);
        VERIFY_OK(planned);
        auto panel = showPanel(customer);
        QVERIFY(panel);
        QVERIFY(panel->details()->pathLabel()->text().contains(
                u"<b>%1</b>"_s.arg(HistoryLabels::stage(RequestStage::Plan))));

        QPointer<StageMoveDialog> move = pressMove(*panel);
        QVERIFY(move);
        QCOMPARE(move->target(), RequestStage::Execution);
        QVERIFY(visibleLabel(move, "moveHint")); // says the plan must be written first
        QTest::keyClick(child<QComboBox>(move, "targetStageCombo"), Qt::Key_Return);
        QVERIFY(move->isVisible());
        QVERIFY(visibleLabel(move, "moveError"));
        QCOMPARE(m_requests->get(m_desk, opened->id)->stage, RequestStage::Plan);
        QTest::keyClick(move, Qt::Key_Escape);
        QTRY_VERIFY(!move || !move->isVisible());
        QCOMPARE(m_requests->get(m_desk, opened->id)->version, planned->version);
    }

    void reloadKeepsTheSelectedRequestBeyondTheFirstPage()
    {
        const qint64 customer = newCustomer(u"刘洋"_s);
        const int count = PagedRowsModel::PageSize + 20;
        for (int i = 0; i < count; ++i) {
            ServiceRequest r;
            r.customerId = customer;
            r.title = u"请求 %1"_s.arg(i);
            r.owner = m_desk.login;
            VERIFY_OK(m_requests->open(m_desk, r));
        }
        auto panel = showPanel(customer);
        QVERIFY(panel);
        // The first page only, the rest as the list scrolls.
        QCOMPARE(panel->model()->rowCount(), PagedRowsModel::PageSize);
        QVERIFY(panel->model()->canFetchMore({}));
        panel->view()->scrollToBottom();
        QTRY_COMPARE(panel->model()->rowCount(), count);
        const int row = count - 5;
        panel->view()->selectRow(row);
        const qint64 id = panel->model()->idAt(row);
        QCOMPARE(panel->selectedRequest()->id, id);

        // Another desk moves it; the list is read again and the request stays selected.
        const Result<ServiceRequest> before = m_requests->get(m_chief, id);
        VERIFY_OK(m_requests->move(m_chief, id, before->version, RequestStage::NeedsAnalysis));
        panel->reload();
        QCOMPARE(panel->selectedRequest()->id, id);
        QCOMPARE(panel->selectedRequest()->stage, RequestStage::NeedsAnalysis);
        const int shown = panel->view()->currentIndex().row();
        QCOMPARE(panel->model()->idAt(shown), id);
        QCOMPARE(cell(*panel, shown, RequestsPanel::StageColumn),
                 HistoryLabels::stage(RequestStage::NeedsAnalysis));
    }

    void preferredTargetIsTheNextStage()
    {
        ServiceRequest r;
        r.stage = RequestStage::Plan;
        QCOMPARE(StageMoveDialog::preferredTarget(r,
                                                  {RequestStage::Contact,
                                                   RequestStage::NeedsAnalysis,
                                                   RequestStage::Execution,
                                                   RequestStage::AfterSales,
                                                   RequestStage::Closed,
                                                   RequestStage::Cancelled}),
                 RequestStage::Execution);
        r.stage = RequestStage::Closed;
        QCOMPARE(StageMoveDialog::preferredTarget(r,
                                                  {RequestStage::Contact,
                                                   RequestStage::NeedsAnalysis,
                                                   RequestStage::Plan,
                                                   RequestStage::Execution,
                                                   RequestStage::AfterSales}),
                 RequestStage::AfterSales);
    }

    void spansReadAsDaysAndHours()
    {
        QCOMPARE(RequestDetailsView::spanText(45), HistoryLabels::duration(45));
        QCOMPARE(RequestDetailsView::spanText(3 * 3600 + 300),
                 HistoryLabels::duration(3 * 3600 + 300));
        QCOMPARE(RequestDetailsView::spanText(2 * 86400 + 5 * 3600),
                 RequestDetailsView::tr("%n day(s) %1 h", nullptr, 2).arg(5));
    }

    void cleanupTestCase()
    {
        m_requests.reset();
        m_db.reset();
    }
};

QTEST_MAIN(tst_RequestsPanel)
#include "tst_requestspanel.moc"
