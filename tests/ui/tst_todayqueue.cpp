#include "MainWindow.h"
#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "core/FollowUpFixtures.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerWorkspace.h"
#include "customers/ProfileTabs.h"
#include "followups/FollowUpBanner.h"
#include "followups/FollowUpDesk.h"
#include "followups/FollowUpRepository.h"
#include "followups/FollowUpsPanel.h"
#include "followups/RecordVisitDialog.h"
#include "followups/TodayQueue.h"
#include "followups/TodayQueueModel.h"
#include "history/PagedRowsModel.h"
#include "history/TimelineView.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

#define VERIFY_OK(result) \
    do { \
        const auto &verified_ = (result); /* evaluated once */ \
        QVERIFY2(verified_, verified_ ? "" : qPrintable(verified_.error().message)); \
    } while (false)

// The front desk's Today queue through the real main window, keyboard only: what is due shows
// at sign-in without taking the keyboard from the customer search; Ctrl+T, arrows and Enter open
// the customer beside the record dialog; the outcome and score are stored and the task leaves
// the queue; unanswered calls move it to the next working day until it is given up.
class tst_TodayQueue : public QObject
{
    Q_OBJECT

private:
    TempArchive m_archive;
    std::unique_ptr<MainWindow> m_window;
    const Actor m_desk {2, u"desk1"_s, u"前台一"_s, int(Role::FrontDesk)};
    const Actor m_chief {4, u"chief"_s, u"主管"_s, int(Role::Supervisor)};
    const QDate m_today = QDate::currentDate();
    // The follow-ups planned below.
    qint64 m_overdue3 = 0; // desk1's, three days late
    qint64 m_overdue1 = 0; // nobody's, a day late
    qint64 m_today1 = 0; // desk1's, due today
    qint64 m_othersToday = 0; // desk2's, due today
    qint64 m_upcoming = 0; // desk1's, in two days
    qint64 m_later = 0; // desk1's, in a month: not in the queue
    qint64 m_zhang = 0;

    TodayQueue *queue() const { return m_window->followUps()->queue(); }
    TodayQueueModel *model() const { return queue()->model(); }
    ProfileTabs *profile() const { return m_window->workspace()->profile(); }
    QStringList purposes() const
    {
        QStringList out;
        for (const QueueItem &item : model()->items())
            out.append(item.followUp.purpose);
        return out;
    }
    FollowUp stored(qint64 id) const
    {
        const Result<FollowUp> f = FollowUpRepository(m_window->database()).get(m_desk, id);
        if (!f)
            qWarning("%s", qPrintable(f.error().message));
        return f ? *f : FollowUp {};
    }
    bool mainWindowActive() const
    {
        m_window->activateWindow();
        return QTest::qWaitFor([this] { return QApplication::activeWindow() == m_window.get(); });
    }
    // Enter on the queue's row of a follow-up: the record dialog, once it has the keyboard.
    RecordVisitDialog *openFromQueue(qint64 followUpId)
    {
        if (!mainWindowActive())
            return nullptr;
        const int row = model()->rowOf(followUpId);
        if (row < 0)
            return nullptr;
        queue()->view()->selectRow(row);
        queue()->view()->setFocus();
        QTest::keyClick(queue()->view(), Qt::Key_Return);
        RecordVisitDialog *dialog = m_window->followUps()->activeDialog();
        if (!dialog || !QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }))
            return nullptr;
        return dialog;
    }
    static qint64 plan(Database &db,
                       qint64 customerId,
                       const QString &purpose,
                       const QDate &due,
                       const QString &assignee)
    {
        FollowUp f;
        f.customerId = customerId;
        f.purpose = purpose;
        f.dueOn = due;
        f.assignee = assignee;
        const Result<FollowUp> planned = FollowUpRepository(db).plan(Fixtures::alice(), f);
        if (!planned)
            qWarning("%s", qPrintable(planned.error().message));
        return planned ? planned->id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareUnattendedUi();
        auto db = m_archive.open();
        QVERIFY(db);
        for (const QString &login : {u"desk1"_s, u"desk2"_s, u"chief"_s})
            QVERIFY(FollowUpFixtures::user(*db, login) > 0);
        CustomerRepository customers(*db);
        const auto customer = [&](const QString &name, const QString &phone) -> qint64 {
            const Result<Customer> c = customers.create(Fixtures::alice(),
                                                        Fixtures::person(name, {phone}));
            return c ? c->id : 0;
        };
        const qint64 wang = customer(u"王芳"_s, u"13812345678"_s);
        const qint64 li = customer(u"李雷"_s, u"13900001111"_s);
        m_zhang = customer(u"张伟"_s, u"13722223333"_s);
        const qint64 zhao = customer(u"赵敏"_s, u"13644445555"_s);
        QVERIFY(wang && li && m_zhang && zhao);
        m_upcoming = plan(*db, wang, u"使用两周回访"_s, m_today.addDays(2), u"desk1"_s);
        m_today1 = plan(*db, m_zhang, u"回访维修满意度"_s, m_today, u"desk1"_s);
        m_overdue1 = plan(*db, li, u"询问退货处理结果"_s, m_today.addDays(-1), u""_s);
        m_othersToday = plan(*db, zhao, u"确认投诉处理"_s, m_today, u"desk2"_s);
        m_overdue3 = plan(*db, wang, u"确认空调安装"_s, m_today.addDays(-3), u"desk1"_s);
        m_later = plan(*db, li, u"季度回访"_s, m_today.addDays(30), u"desk1"_s);
        QVERIFY(m_upcoming && m_today1 && m_overdue1 && m_othersToday && m_overdue3 && m_later);

        m_window = std::make_unique<MainWindow>(std::move(db), m_desk);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(mainWindowActive());
    }

    void signInShowsWhatIsDueAndLeavesTheKeyboardInTheSearch()
    {
        QVERIFY(m_window->todayDock()->isVisible());
        QCOMPARE(m_window->todayDock()->windowTitle(),
                 TodayQueue::titleFor(2, 1)); // "Today — 2 overdue, 1 due today"
        QVERIFY(m_window->todayDock()->windowTitle().contains(u"2"_s));
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QCOMPARE(focus->objectName(), u"searchEdit"_s);
    }

    void queueShowsOverdueTodayAndUpcomingInOrder()
    {
        QAbstractItemModelTester tester(model());
        // Overdue (oldest first), today's, then upcoming; another desk's and next month's not.
        QCOMPARE(purposes(),
                 QStringList({u"确认空调安装"_s,
                              u"询问退货处理结果"_s,
                              u"回访维修满意度"_s,
                              u"使用两周回访"_s}));
        const auto cell = [this](int row, int column) {
            return model()->index(row, column).data().toString();
        };
        // Overdue is said in words, not by colour alone.
        QCOMPARE(cell(0, TodayQueueModel::WhenColumn),
                 TodayQueueModel::tr("Overdue by %n day(s)", nullptr, 3));
        QCOMPARE(cell(1, TodayQueueModel::WhenColumn),
                 TodayQueueModel::tr("Overdue by %n day(s)", nullptr, 1));
        QCOMPARE(cell(2, TodayQueueModel::WhenColumn), TodayQueueModel::tr("Today"));
        QCOMPARE(cell(3, TodayQueueModel::WhenColumn), TodayQueueModel::tr("Upcoming"));
        QCOMPARE(cell(0, TodayQueueModel::CustomerColumn), u"王芳"_s);
        QVERIFY(cell(0, TodayQueueModel::CodeColumn).startsWith(u'C'));
        // Masked: the whole number is revealed (and audited) on the profile.
        QCOMPARE(cell(0, TodayQueueModel::PhoneColumn), u"138****5678"_s);
        QCOMPARE(cell(1, TodayQueueModel::AssigneeColumn), TodayQueueModel::tr("(anyone)"));
        QCOMPARE(cell(2, TodayQueueModel::AssigneeColumn), u"desk1"_s);
        // Only a supervisor may switch to the team's queue.
        QVERIFY(!queue()->findChild<QRadioButton *>(u"queueTeamButton"_s)->isVisible());
    }

    void recordsAReturnVisitWithTheKeyboardAlone()
    {
        // Ctrl+T from the customer search: the queue, its first row selected, the keyboard in it.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
        QTableView *view = queue()->view();
        QVERIFY(view->hasFocus());
        QCOMPARE(view->currentIndex().row(), 0);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(model()->item(view->currentIndex().row()).followUp.id, m_today1);
        QTest::keyClick(view, Qt::Key_Return);

        // The customer opens on the timeline with the purpose above it; the dialog beside it.
        QCOMPARE(m_window->workspace()->form()->loaded().id, m_zhang);
        QCOMPARE(profile()->tabs()->currentWidget(), profile()->timeline());
        QVERIFY(profile()->followUpBanner()->isVisible());
        QVERIFY(profile()->followUpBanner()->text().contains(u"回访维修满意度"_s));
        QPointer<RecordVisitDialog> dialog = m_window->followUps()->activeDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }));
        QVERIFY(dialog->findChild<QLabel *>(u"visitHeader"_s)->text().contains(u"张伟"_s));
        QWidget *outcome = QApplication::focusWidget();
        QCOMPARE(outcome->objectName(), u"visitOutcomeEdit"_s);

        typeText(outcome, u"已修好，客户满意"_s);
        QTest::keyClick(outcome, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"visitCsat"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog);

        const FollowUp done = stored(m_today1);
        QCOMPARE(done.status, FollowUpStatus::Done);
        QCOMPARE(done.outcome, u"已修好，客户满意"_s);
        QCOMPARE(done.csat, 4);
        QCOMPARE(done.nps, -1);
        QCOMPARE(done.doneBy, u"desk1"_s);
        // It left the queue; the next one is selected and the keyboard is back in the list.
        QCOMPARE(model()->rowOf(m_today1), -1);
        QCOMPARE(m_window->todayDock()->windowTitle(), TodayQueue::titleFor(2, 0));
        QVERIFY(QTest::qWaitFor([this] { return QApplication::activeWindow() == m_window.get(); }));
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(model()->item(view->currentIndex().row()).followUp.id, m_upcoming);
        QVERIFY(!profile()->followUpBanner()->isVisible());
        // The timeline on screen shows the return visit with its score.
        PagedRowsModel *timeline = profile()->timeline()->model();
        QTRY_VERIFY(timeline->rowCount() >= 1);
        const QString what = timeline->index(0, 1).data().toString()
                             + timeline->index(0, 2).data().toString();
        QVERIFY2(what.contains(u"回访维修满意度"_s) && what.contains(u"4/5"_s), qPrintable(what));
    }

    void noAnswerMovesItToTheNextWorkingDayThenGivesUp()
    {
        const QDate next = FollowUpRepository::nextWorkingDay(m_today);
        QVERIFY(next > m_today && next.dayOfWeek() <= 5);
        for (int attempt = 1; attempt <= 3; ++attempt) {
            QPointer<RecordVisitDialog> dialog = openFromQueue(m_overdue3);
            QVERIFY2(dialog, qPrintable(QString::number(attempt)));
            QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);
            QTRY_VERIFY(!dialog);
            const FollowUp f = stored(m_overdue3);
            QCOMPARE(f.attempts, attempt);
            auto *message = queue()->findChild<QLabel *>(u"queueMessage"_s);
            QVERIFY(message->isVisible());
            if (attempt < 3) {
                QCOMPARE(f.status, FollowUpStatus::Planned);
                QCOMPARE(f.dueOn, next);
                // Tried again on the next working day: upcoming now, and the message says when.
                const int row = model()->rowOf(m_overdue3);
                QVERIFY(row >= 0);
                QCOMPARE(model()->item(row).when, QueueItem::When::Upcoming);
                // The next in line is selected, not the one that moved down to upcoming.
                const QModelIndex selected = queue()->view()->currentIndex();
                QVERIFY(selected.isValid());
                if (attempt == 1)
                    QCOMPARE(model()->item(selected.row()).followUp.id, m_overdue1);
                QVERIFY2(message->text().contains(QLocale().toString(next, QLocale::LongFormat)),
                         qPrintable(message->text()));
            } else {
                // The last attempt: given up as unreachable, and out of the queue.
                QCOMPARE(f.status, FollowUpStatus::Unreachable);
                QCOMPARE(model()->rowOf(m_overdue3), -1);
                QCOMPARE(message->text(), RecordVisitDialog::noAnswerMessage(f));
            }
        }
        QCOMPARE(m_window->todayDock()->windowTitle(), TodayQueue::titleFor(1, 0));
    }

    void plansAFollowUpForTheOpenCustomer()
    {
        QVERIFY(mainWindowActive());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(profile()->tabs()->currentWidget(), profile()->followUps());
        QWidget *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            dialog = QApplication::activeWindow();
            return dialog && dialog->objectName() == u"followUpDialog"_s;
        }));
        QPointer<QWidget> guard(dialog);
        QWidget *purpose = QApplication::focusWidget();
        QCOMPARE(purpose->objectName(), u"followUpPurposeEdit"_s);
        typeText(purpose, u"确认维修后无异响"_s);
        QTest::keyClick(purpose, Qt::Key_Return);
        QTRY_VERIFY(!guard);
        // On the profile's tab, and in the queue: the desk's own, due the next working day.
        FollowUpsPanel *panel = profile()->followUps();
        QStringList shown;
        for (int row = 0; row < panel->model()->rowCount(); ++row)
            shown.append(
                    panel->model()->index(row, FollowUpsPanel::PurposeColumn).data().toString());
        QVERIFY2(shown.contains(u"确认维修后无异响"_s), qPrintable(shown.join(u", "_s)));
        const int row = purposes().indexOf(u"确认维修后无异响"_s);
        QVERIFY(row >= 0);
        const FollowUp planned = model()->item(row).followUp;
        QCOMPARE(planned.dueOn, FollowUpRepository::nextWorkingDay(m_today));
        QCOMPARE(planned.assignee, m_desk.login);
        QCOMPARE(planned.customerId, m_window->workspace()->form()->loaded().id);
    }

    void teamQueueOnlyForSupervisors()
    {
        TodayQueue chief(m_window->database(), m_chief);
        chief.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chief));
        chief.reload();
        auto *team = chief.findChild<QRadioButton *>(u"queueTeamButton"_s);
        QVERIFY(team->isVisible());
        QVERIFY(chief.findChild<QRadioButton *>(u"queueMineButton"_s)->isChecked());
        // Mine: the chief's own (none) and nobody's.
        QStringList mine;
        for (const QueueItem &item : chief.model()->items())
            mine.append(item.followUp.purpose);
        QCOMPARE(mine, QStringList({u"询问退货处理结果"_s}));
        team->click();
        QVERIFY(chief.isTeam());
        QStringList all;
        for (const QueueItem &item : chief.model()->items())
            all.append(item.followUp.purpose);
        QVERIFY2(all.contains(u"确认投诉处理"_s) && all.contains(u"使用两周回访"_s),
                 qPrintable(all.join(u", "_s)));
        QVERIFY(!all.contains(u"季度回访"_s));
        QCOMPARE(chief.title(), TodayQueue::titleFor(1, 1));

        // A front desk cannot switch, even by asking.
        TodayQueue desk(m_window->database(), m_desk);
        desk.setTeam(true);
        QVERIFY(!desk.isTeam());
    }

    void emptyQueueSaysSo()
    {
        TodayQueue other(m_window->database(),
                         Actor {9, u"desk2"_s, u"前台二"_s, int(Role::FrontDesk)});
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        // desk2 has one due today and shares the unassigned one; record both away.
        FollowUpRepository repository(m_window->database());
        for (const qint64 id : {m_othersToday, m_overdue1}) {
            const FollowUp f = stored(id);
            VERIFY_OK(repository.record(m_desk, id, f.version, u"已联系"_s, 5, -1));
        }
        other.reload();
        QCOMPARE(other.model()->rowCount(), 0);
        auto *empty = other.findChild<QLabel *>(u"queueEmpty"_s);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), TodayQueue::tr("Nothing to follow up today."));
        QCOMPARE(other.title(), TodayQueue::titleFor(0, 0));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(tst_TodayQueue)
#include "tst_todayqueue.moc"
