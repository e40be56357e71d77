#include "MainWindow.h"
#include "TestSupport.h"
#include "complaints/ComplaintDialog.h"
#include "complaints/ComplaintForm.h"
#include "complaints/ComplaintHistoryView.h"
#include "complaints/ComplaintLabels.h"
#include "complaints/ComplaintListModel.h"
#include "complaints/ComplaintRepository.h"
#include "complaints/ComplaintSla.h"
#include "complaints/ComplaintSlaDialog.h"
#include "complaints/ComplaintsPanel.h"
#include "complaints/ComplaintsWindow.h"
#include "core/ComplaintFixtures.h"
#include "core/CustomerFixtures.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerWorkspace.h"
#include "customers/ProfileTabs.h"
#include "history/ChoiceLists.h"
#include "history/PagedRowsModel.h"
#include "settings/ChoiceListsDialog.h"
#include "ui/UiTestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

// A complaint received and handled in its dialog, as the desk and the supervisor do it: received
// with the keyboard alone; closed without a resolution (refused next to the resolution, the form
// kept as typed, nothing written); then closed with one.
class tst_ComplaintDialog : public QObject
{
    Q_OBJECT

private:
    TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ComplaintRepository> m_complaints;
    const Actor m_desk {1, u"desk1"_s, u"前台一"_s, int(Role::FrontDesk)};
    const Actor m_chief {2, u"chief"_s, u"主管"_s, int(Role::Supervisor)};
    const Actor m_admin {3, u"root"_s, u"管理员"_s, int(Role::Admin)};
    qint64 m_customerId = 0;

    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    std::unique_ptr<ComplaintDialog> showDialog(const Actor &actor, const Complaint &complaint)
    {
        auto dialog = std::make_unique<ComplaintDialog>(*m_db, actor, complaint);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog.get()))
            return nullptr;
        return dialog;
    }
    int rows(const QString &table) const { return SecurityFixtures::rowCount(*m_db, table); }
    int changesOf(qint64 id) const
    {
        const Result<QList<ComplaintChange>> changes = m_complaints->changes(m_chief, id);
        return changes ? int(changes->size()) : -1;
    }
    // Tab from the focused widget to the next one; returns it.
    static QWidget *tab()
    {
        QWidget *from = QApplication::focusWidget();
        QTest::keyClick(from, Qt::Key_Tab);
        return QApplication::focusWidget();
    }
    // Every error on screen, for a failure's message.
    static QString shownErrors(QWidget *dialog)
    {
        QStringList shown;
        for (QLabel *l : dialog->findChildren<QLabel *>())
            if (l->isVisible() && l->objectName().contains(u"Error"_s))
                shown.append(l->objectName() + u": "_s + l->text());
        return shown.join(u'\n');
    }
    static QLabel *visibleLabel(QWidget *parent, const char *name)
    {
        auto *label = child<QLabel>(parent, name);
        return label && label->isVisible() ? label : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareUnattendedUi();
        m_db = m_archive.open();
        QVERIFY(m_db);
        QVERIFY(ComplaintFixtures::addUser(*m_db, m_desk.login, m_desk.roles));
        QVERIFY(ComplaintFixtures::addUser(*m_db, m_chief.login, m_chief.roles));
        CustomerRepository customers(*m_db);
        const Result<Customer> c = customers.create(Fixtures::alice(), Fixtures::person(u"王芳"_s));
        QVERIFY(c);
        m_customerId = c->id;
        m_complaints = std::make_unique<ComplaintRepository>(*m_db);
    }

    void receivesAComplaintWithTheKeyboardAlone()
    {
        Complaint fresh;
        fresh.customerId = m_customerId;
        auto dialog = showDialog(m_desk, fresh);
        QVERIFY(dialog);
        QVERIFY(dialog->isNew());
        QSignalSpy saved(dialog.get(), &ComplaintDialog::saved);
        // Status and SLA say what will happen; no history yet.
        QVERIFY(child<QLabel>(dialog.get(), "complaintStatusLabel")
                        ->text()
                        .contains(ComplaintLabels::status(ComplaintStatus::Open)));
        QVERIFY(child<QLabel>(dialog.get(), "complaintSlaLabel")->text().contains(u"Response due"_s));
        auto *tabs = child<QTabWidget>(dialog.get(), "complaintTabs");
        QVERIFY(!tabs->isTabVisible(
                tabs->indexOf(child<QWidget>(dialog.get(), "complaintHistoryPage"))));
        QVERIFY(!child<QPushButton>(dialog.get(), "complaintCloseButton")->isVisible());

        // Received now; the keyboard starts at the channel, by phone.
        auto *received = child<QDateTimeEdit>(dialog.get(), "complaintReceivedEdit");
        QVERIFY(qAbs(received->dateTime().secsTo(QDateTime::currentDateTime())) < 120);
        auto *channel = child<QComboBox>(dialog.get(), "complaintChannelCombo");
        QTRY_VERIFY(channel->hasFocus());
        QCOMPARE(channel->currentData().toInt(), int(InteractionChannel::Phone));
        // The reason, and a detailed reason under it.
        auto *reason = child<QComboBox>(dialog.get(), "complaintReasonCombo");
        auto *subReason = child<QComboBox>(dialog.get(), "complaintSubReasonCombo");
        QCOMPARE(tab(), reason);
        QVERIFY(!subReason->isEnabled()); // no reason chosen yet
        QTest::keyClick(reason, Qt::Key_Down);
        QCOMPARE(reason->currentData().toString(), u"product_quality"_s);
        QVERIFY(subReason->isEnabled());
        QCOMPARE(subReason->count(), 4); // (none) and the three under product quality
        QCOMPARE(tab(), subReason);
        QTest::keyClick(subReason, Qt::Key_Down);
        QCOMPARE(subReason->currentData().toString(), u"product_quality.defect"_s);
        // Another reason offers its own detailed reasons.
        QTest::keyClick(reason, Qt::Key_Down);
        QCOMPARE(reason->currentData().toString(), u"service_attitude"_s);
        QCOMPARE(subReason->currentData().toString(), QString());
        QCOMPARE(subReason->itemData(1).toString(), u"service_attitude.rude"_s);
        QTest::keyClick(reason, Qt::Key_Up);
        subReason->setFocus();
        QTest::keyClick(subReason, Qt::Key_Down);
        QCOMPARE(subReason->currentData().toString(), u"product_quality.defect"_s);
        // Severity high: the due times follow.
        auto *severity = child<QComboBox>(dialog.get(), "complaintSeverityCombo");
        QCOMPARE(tab(), severity);
        const QString slaBefore = child<QLabel>(dialog.get(), "complaintSlaLabel")->text();
        QTest::keyClick(severity, Qt::Key_Down);
        QCOMPARE(severity->currentData().toInt(), int(ComplaintSeverity::High));
        QVERIFY(child<QLabel>(dialog.get(), "complaintSlaLabel")->text() != slaBefore);
        auto *description = child<QPlainTextEdit>(dialog.get(), "complaintDescriptionEdit");
        QCOMPARE(tab(), description);
        typeText(description, u"新买的空调漏水，地板泡坏了"_s);
        // Ctrl+Enter receives it from the text box.
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(saved.count(), 1);

        const Complaint stored = dialog->complaint();
        QVERIFY(stored.id > 0);
        const Complaint read = m_complaints->get(m_desk, stored.id).value();
        QCOMPARE(read.customerId, m_customerId);
        QCOMPARE(read.status, ComplaintStatus::Open);
        QCOMPARE(read.channel, InteractionChannel::Phone);
        QCOMPARE(read.reason, u"product_quality"_s);
        QCOMPARE(read.subReason, u"product_quality.defect"_s);
        QCOMPARE(read.severity, ComplaintSeverity::High);
        QCOMPARE(read.description, u"新买的空调漏水，地板泡坏了"_s);
        QVERIFY(read.handler.isEmpty());
        QCOMPARE(read.createdBy, m_desk.login);
        QVERIFY(read.responseDueAt.isValid());
        QCOMPARE(changesOf(read.id), 1); // received
    }

    void escapeAsksBeforeDroppingTypedText()
    {
        Complaint fresh;
        fresh.customerId = m_customerId;
        auto dialog = showDialog(m_desk, fresh);
        QVERIFY(dialog);
        const int complaintsBefore = rows(u"complaints"_s);
        // Nothing typed: Esc closes without asking.
        const int asked = MessageBox::askedCount();
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(MessageBox::askedCount(), asked);

        dialog = showDialog(m_desk, fresh);
        QVERIFY(dialog);
        auto *description = child<QPlainTextEdit>(dialog.get(), "complaintDescriptionEdit");
        description->setFocus();
        typeText(description, u"态度差"_s);
        MessageBox::queueAnswer(1); // Keep editing
        QTest::keyClick(description, Qt::Key_Escape);
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QVERIFY(dialog->isVisible());
        QCOMPARE(description->toPlainText(), u"态度差"_s);
        MessageBox::queueAnswer(0); // Discard
        QTest::keyClick(description, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(rows(u"complaints"_s), complaintsBefore);
    }

    void closingWithoutAResolutionKeepsTheForm()
    {
        const Complaint received
                = m_complaints->receive(m_desk, ComplaintFixtures::draft(m_customerId)).value();
        const Complaint working = m_complaints
                                          ->move(m_chief,
                                                 received.id,
                                                 received.version,
                                                 ComplaintStatus::InProgress)
                                          .value();
        QCOMPARE(working.handler, m_chief.login);
        const int changes = changesOf(working.id);
        const int audit = rows(u"audit_log"_s);

        auto dialog = showDialog(m_chief, working);
        QVERIFY(dialog);
        QSignalSpy saved(dialog.get(), &ComplaintDialog::saved);
        QVERIFY(child<QLabel>(dialog.get(), "complaintStatusLabel")
                        ->text()
                        .contains(ComplaintLabels::status(ComplaintStatus::InProgress)));
        auto *close = dialog->moveButton(ComplaintStatus::Closed);
        QVERIFY(close->isVisible() && close->isEnabled());
        QVERIFY(!dialog->moveButton(ComplaintStatus::InProgress)->isVisible());
        QVERIFY(!dialog->moveButton(ComplaintStatus::Reopened)->isVisible());
        // The history so far, on its tab: received, then into progress (with its new handler).
        auto *history = child<ComplaintHistoryView>(dialog.get(), "complaintHistoryView");
        auto *tabs = child<QTabWidget>(dialog.get(), "complaintTabs");
        QVERIFY(tabs->isTabVisible(
                tabs->indexOf(child<QWidget>(dialog.get(), "complaintHistoryPage"))));
        QCOMPARE(history->topLevelItemCount(), changes);
        QStringList lines;
        for (int row = 0; row < history->topLevelItemCount(); ++row)
            lines.append(history->rowText(row));
        const QString moved = u"%1 → %2"_s.arg(ComplaintLabels::status(ComplaintStatus::Open),
                                               ComplaintLabels::status(ComplaintStatus::InProgress));
        QVERIFY2(lines.filter(moved).size() == 1, qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.filter(u"— → chief"_s).size() == 1, qPrintable(lines.join(u'\n')));

        // What the supervisor types, except the resolution.
        auto *response = child<QPlainTextEdit>(dialog.get(), "complaintResponseEdit");
        response->setFocus();
        typeText(response, u"已致电道歉"_s);
        auto *rootCause = child<QPlainTextEdit>(dialog.get(), "complaintRootCauseEdit");
        rootCause->setFocus();
        typeText(rootCause, u"快递公司分拣错误"_s);
        auto *kind = child<QComboBox>(dialog.get(), "complaintCompensationKindCombo");
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down); // (none) -> refund
        auto *amount = child<QLineEdit>(dialog.get(), "complaintCompensationAmountEdit");
        QCOMPARE(tab(), amount);
        typeText(amount, u"50"_s);
        auto *severity = child<QComboBox>(dialog.get(), "complaintSeverityCombo");
        severity->setFocus();
        QTest::keyClick(severity, Qt::Key_Down); // medium -> high

        // With the history on screen: the refusal brings the resolution's tab back.
        tabs->setCurrentIndex(1);
        close->click();
        // Refused next to the resolution, which gets the keyboard; the dialog stays.
        QVERIFY(dialog->isVisible());
        auto *error = visibleLabel(dialog.get(), "complaintResolutionError");
        QVERIFY(error);
        QVERIFY(!error->text().isEmpty());
        auto *resolution = child<QPlainTextEdit>(dialog.get(), "complaintResolutionEdit");
        QTRY_VERIFY(resolution->hasFocus());
        // Everything typed is still there.
        QCOMPARE(response->toPlainText(), u"已致电道歉"_s);
        QCOMPARE(rootCause->toPlainText(), u"快递公司分拣错误"_s);
        QCOMPARE(amount->text(), u"50"_s);
        QCOMPARE(kind->currentData().toString(), u"refund"_s);
        QCOMPARE(severity->currentData().toInt(), int(ComplaintSeverity::High));
        QVERIFY(dialog->isDirty());
        // And nothing was written: no change row, no audit entry, the same version.
        QCOMPARE(saved.count(), 0);
        QCOMPARE(changesOf(working.id), changes);
        QCOMPARE(rows(u"audit_log"_s), audit);
        const Complaint still = m_complaints->get(m_chief, working.id).value();
        QCOMPARE(still.version, working.version);
        QCOMPARE(still.status, ComplaintStatus::InProgress);
        QVERIFY(still.response.isEmpty());

        // With a resolution, Close stores it all and closes the dialog.
        typeText(resolution, u"补发新品并赔偿50元"_s);
        close->click();
        QTRY_VERIFY2(!dialog->isVisible(), qPrintable(shownErrors(dialog.get())));
        QCOMPARE(saved.count(), 1);
        const Complaint closed = m_complaints->get(m_chief, working.id).value();
        QCOMPARE(closed.status, ComplaintStatus::Closed);
        QCOMPARE(closed.resolution, u"补发新品并赔偿50元"_s);
        QCOMPARE(closed.response, u"已致电道歉"_s);
        QCOMPARE(closed.rootCause, u"快递公司分拣错误"_s);
        QCOMPARE(closed.compensationKind, u"refund"_s);
        QCOMPARE(closed.compensationAmount, qint64(5000));
        QCOMPARE(closed.severity, ComplaintSeverity::High);
        QVERIFY(closed.closedAt.isValid());
        QVERIFY(changesOf(working.id) > changes);
        QVERIFY(rows(u"audit_log"_s) > audit);
    }

    void reopeningAsksForAReason()
    {
        Complaint c = m_complaints->receive(m_desk, ComplaintFixtures::draft(m_customerId)).value();
        c.resolution = u"已退款"_s;
        c = m_complaints->settle(m_chief, c, ComplaintStatus::Resolved).value();
        auto dialog = showDialog(m_desk, c);
        QVERIFY(dialog);
        // A front desk resolves but does not close.
        QVERIFY(!dialog->moveButton(ComplaintStatus::Closed)->isVisible());
        QPushButton *reopen = dialog->moveButton(ComplaintStatus::Reopened);
        QVERIFY(reopen->isVisible());
        reopen->click();
        auto *reason = child<QLineEdit>(dialog.get(), "complaintReopenReasonEdit");
        QTRY_VERIFY(reason->hasFocus());
        const int changes = changesOf(c.id);
        QTest::keyClick(reason, Qt::Key_Return); // no reason
        QVERIFY(visibleLabel(dialog.get(), "complaintReopenReasonError"));
        QCOMPARE(changesOf(c.id), changes);
        typeText(reason, u"客户说又坏了"_s);
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_COMPARE(m_complaints->get(m_desk, c.id)->status, ComplaintStatus::Reopened);
        QVERIFY(dialog->isVisible()); // stays, for the work that follows
        QVERIFY(!reason->isVisible());
        QVERIFY(child<QLabel>(dialog.get(), "complaintStatusLabel")
                        ->text()
                        .contains(ComplaintLabels::status(ComplaintStatus::Reopened)));
        auto *history = child<ComplaintHistoryView>(dialog.get(), "complaintHistoryView");
        QVERIFY(history->rowText(history->topLevelItemCount() - 1).contains(u"客户说又坏了"_s));
    }
    // Ctrl+Shift+C in the main window: the profile's Complaints tab with the dialog; the new
    // complaint is listed there and Enter opens it again.
    void newComplaintFromTheCustomerMenu()
    {
        MainWindow window(m_archive.open(), m_desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.workspace()->openCustomer(m_customerId));
        auto *action = child<QAction>(&window, "newComplaintAction");
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        ProfileTabs *profile = window.workspace()->profile();
        const QStringList tabs = [&] {
            QStringList names;
            for (int i = 0; i < profile->tabs()->count(); ++i)
                names.append(profile->tabs()->tabText(i));
            return names;
        }();
        QCOMPARE(tabs.indexOf(ProfileTabs::tr("Complaints")),
                 tabs.indexOf(ProfileTabs::tr("Requests")) + 1);
        QCOMPARE(tabs.indexOf(ProfileTabs::tr("Return visits")),
                 tabs.indexOf(ProfileTabs::tr("Complaints")) + 1);
        QCOMPARE(tabs.indexOf(ProfileTabs::tr("Timeline")),
                 tabs.indexOf(ProfileTabs::tr("Return visits")) + 1);
        ComplaintsPanel *panel = profile->complaints();
        const int before = [&] {
            profile->tabs()->setCurrentWidget(panel);
            return panel->model()->rowCount();
        }();
        profile->tabs()->setCurrentIndex(0);

        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(profile->tabs()->currentWidget(), panel);
        QPointer<ComplaintDialog> dialog = panel->activeDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *channel = child<QComboBox>(dialog, "complaintChannelCombo");
        QTRY_VERIFY(channel->hasFocus());
        auto *reason = child<QComboBox>(dialog, "complaintReasonCombo");
        QCOMPARE(tab(), reason);
        QTest::keyClick(reason, Qt::Key_Down);
        tab(); // detailed reason
        tab(); // severity
        auto *description = child<QPlainTextEdit>(dialog, "complaintDescriptionEdit");
        QCOMPARE(tab(), description);
        typeText(description, u"店员态度恶劣"_s);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_COMPARE(panel->model()->rowCount(), before + 1);
        QCOMPARE(panel->model()->index(0, ComplaintsPanel::StatusColumn).data().toString(),
                 ComplaintLabels::status(ComplaintStatus::Open));
        QVERIFY(panel->model()
                        ->index(0, ComplaintsPanel::ReasonColumn)
                        .data()
                        .toString()
                        .startsWith(ChoiceLists::builtInLabel(ChoiceLists::ComplaintReason,
                                                              u"product_quality"_s)));
        QCOMPARE(panel->model()->index(0, ComplaintsPanel::HandlerColumn).data().toString(),
                 ComplaintsPanel::tr("(unassigned)"));

        // Enter on the row opens it; Esc leaves it as it was.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTRY_VERIFY(panel->view()->hasFocus());
        QTest::keyClick(panel->view(), Qt::Key_Return);
        dialog = panel->activeDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->complaint().id, panel->model()->idAt(0));
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QVERIFY(!dialog->isDirty());
        // The keyboard waits in the response: handling goes on from there.
        auto *response = child<QPlainTextEdit>(dialog, "complaintResponseEdit");
        QTRY_VERIFY(response->hasFocus());
        QTest::keyClick(response, Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        // The review is in its own menu, for anyone who may view.
        auto *review = child<QAction>(&window, "reviewComplaintsAction");
        QVERIFY(review->isVisible());
        review->trigger();
        auto *reviewWindow = window.findChild<ComplaintsWindow *>();
        QVERIFY(reviewWindow);
        QTRY_VERIFY(reviewWindow->isVisible());
        // Open customer: the complaint's customer on the main window, on the Complaints tab.
        profile->tabs()->setCurrentIndex(0);
        QVERIFY(window.workspace()->newCustomer()); // another profile on screen first
        QTRY_VERIFY(!reviewWindow->model()->isLoading() && reviewWindow->model()->rowCount() > 0);
        auto *openCustomer = child<QPushButton>(reviewWindow, "reviewCustomerButton");
        QTRY_VERIFY(openCustomer->isEnabled());
        openCustomer->click();
        QCOMPARE(profile->shownCustomer(), m_customerId);
        QCOMPARE(profile->tabs()->currentWidget(), panel);
        reviewWindow->close();
    }

    void slaDialogRefusesResolutionBeforeResponse()
    {
        ComplaintSlaDialog dialog(*m_db, m_admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString critical = QString::number(int(ComplaintSeverity::Critical));
        QSpinBox *response = dialog.field(u"response_"_s + critical);
        QSpinBox *resolution = dialog.field(u"resolution_"_s + critical);
        QVERIFY(response && resolution);
        QCOMPARE(response->value(), 2); // the defaults
        QCOMPARE(resolution->value(), 24);
        const int audit = rows(u"audit_log"_s);
        response->setValue(30);
        resolution->setValue(20);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(visibleLabel(&dialog, "slaError_resolution_3"));
        QCOMPARE(rows(u"audit_log"_s), audit);
        QCOMPARE(ComplaintSla::load(*m_db)->hours(ComplaintSeverity::Critical).response, 2);

        resolution->setValue(48);
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        const SlaHours stored = ComplaintSla::load(*m_db)->hours(ComplaintSeverity::Critical);
        QCOMPARE(stored.response, 30);
        QCOMPARE(stored.resolution, 48);
        QCOMPARE(rows(u"audit_log"_s), audit + 1);
        // Put back for the other tests.
        VERIFY_OK(ComplaintSla::save(*m_db, m_admin, ComplaintSla()));
    }

    // The complaint reasons in Settings > Choice lists: detailed reasons under their reason.
    void choiceListsEditDetailedReasons()
    {
        ChoiceListsDialog dialog(*m_db, m_admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = child<QComboBox>(&dialog, "choiceListCombo");
        list->setCurrentIndex(list->findData(ChoiceLists::ComplaintReason));
        QListWidget *entries = dialog.entries();
        auto *addSub = child<QPushButton>(&dialog, "addSubChoiceButton");
        QVERIFY(addSub->isVisible());
        int delivery = -1;
        for (int i = 0; i < entries->count(); ++i)
            if (entries->item(i)->data(Qt::UserRole + 1).toString() == u"delivery"_s)
                delivery = i;
        QVERIFY(delivery >= 0);
        QCOMPARE(entries->item(delivery + 1)->data(Qt::UserRole + 3).toString(), u"delivery"_s);
        entries->setCurrentRow(delivery + 1); // a detailed reason: the new one goes beside it
        typeText(child<QLineEdit>(&dialog, "newChoiceEdit"), u"包装破损"_s);
        addSub->click();
        const Result<QList<Choice>> stored
                = ChoiceLists(*m_db).entries(m_admin, ChoiceLists::ComplaintReason);
        VERIFY_OK(stored);
        bool found = false;
        for (const Choice &c : stored.value())
            found = found || (c.label == u"包装破损"_s && c.parent == u"delivery"_s);
        QVERIFY(found);
        // A one-level list has no detailed entries.
        list->setCurrentIndex(list->findData(ChoiceLists::PaymentMethod));
        QVERIFY(!addSub->isVisible());
    }
};

QTEST_MAIN(tst_ComplaintDialog)
#include "tst_complaintdialog.moc"
