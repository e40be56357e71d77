#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "core/FollowUpFixtures.h"
#include "customers/CustomerRepository.h"
#include "followups/FollowUpRepository.h"
#include "followups/RecordVisitDialog.h"
#include "followups/ScoreButtons.h"
#include "history/PurchaseRepository.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace Qt::StringLiterals;

#define VERIFY_OK(result) \
    do { \
        const auto &verified_ = (result); /* evaluated once */ \
        QVERIFY2(verified_, verified_ ? "" : qPrintable(verified_.error().message)); \
    } while (false)

// The record dialog of one return visit: core's refusals show under the fields and keep what
// was typed; the score is set with the keys; cancelling needs a reason; a follow-up another
// desk recorded in between is not recorded twice.
class tst_RecordVisitDialog : public QObject
{
    Q_OBJECT

private:
    TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    const Actor m_desk {2, u"desk1"_s, u"前台一"_s, int(Role::FrontDesk)};
    qint64 m_customer = 0;
    qint64 m_purchase = 0;

    FollowUp plan(const QString &purpose, qint64 purchaseId = 0)
    {
        FollowUp f;
        f.customerId = m_customer;
        f.purpose = purpose;
        f.dueOn = QDate::currentDate();
        f.assignee = m_desk.login;
        f.purchaseId = purchaseId;
        f.notes = u"上次说周三方便"_s;
        const Result<FollowUp> planned = FollowUpRepository(*m_db).plan(Fixtures::alice(), f);
        if (!planned)
            qWarning("%s", qPrintable(planned.error().message));
        return planned ? *planned : FollowUp {};
    }
    FollowUp stored(qint64 id)
    {
        const Result<FollowUp> f = FollowUpRepository(*m_db).get(m_desk, id);
        return f ? *f : FollowUp {};
    }
    static bool shown(QDialog *dialog)
    {
        dialog->show();
        return QTest::qWaitForWindowExposed(dialog)
               && QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; });
    }
    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    static void pressDone(QWidget *anywhere)
    {
        QTest::keyClick(anywhere, Qt::Key_Return, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareUnattendedUi();
        m_db = m_archive.open();
        QVERIFY(m_db);
        QVERIFY(FollowUpFixtures::user(*m_db, u"desk1"_s) > 0);
        const Result<Customer> c = CustomerRepository(*m_db).create(Fixtures::alice(),
                                                                    Fixtures::person(u"王芳"_s));
        VERIFY_OK(c);
        m_customer = c->id;
        Purchase p;
        p.customerId = m_customer;
        p.purchasedAt = QDateTime::currentDateTimeUtc().addDays(-3);
        p.product = u"空调 KFR-35GW"_s;
        p.quantity = 1;
        p.unitPrice = 399900;
        p.paymentMethod = u"cash"_s;
        const Result<Purchase> purchase = PurchaseRepository(*m_db).create(Fixtures::alice(), p);
        VERIFY_OK(purchase);
        m_purchase = purchase->id;
    }

    void showsWhatTheCallIsAbout()
    {
        const FollowUp f = plan(u"确认空调安装"_s, m_purchase);
        RecordVisitDialog dialog(*m_db, m_desk, f, u"王芳 · C000001"_s);
        QVERIFY(shown(&dialog));
        const QString header = child<QLabel>(&dialog, "visitHeader")->text();
        QVERIFY2(header.contains(u"确认空调安装"_s) && header.contains(u"空调 KFR-35GW"_s)
                         && header.contains(u"王芳"_s),
                 qPrintable(header));
        // The planned notes are there to add to.
        QCOMPARE(child<QPlainTextEdit>(&dialog, "visitNotesEdit")->toPlainText(),
                 u"上次说周三方便"_s);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"visitOutcomeEdit"_s);
        // NPS only when asked.
        QVERIFY(!child<QSpinBox>(&dialog, "visitNpsSpin")->isVisible());
    }

    void missingOutcomeIsRefusedAndKeepsWhatWasTyped()
    {
        const FollowUp f = plan(u"回访维修满意度"_s);
        RecordVisitDialog dialog(*m_db, m_desk, f);
        QSignalSpy written(&dialog, &RecordVisitDialog::written);
        QVERIFY(shown(&dialog));
        // The score by its key, NPS asked, notes typed; the outcome forgotten.
        auto *score = child<ScoreButtons>(&dialog, "visitCsat");
        score->setFocus();
        QTest::keyClick(score, Qt::Key_2);
        QCOMPARE(score->score(), 2);
        QVERIFY(child<QPushButton>(&dialog, "csatButton2")->isChecked());
        auto *ask = child<QCheckBox>(&dialog, "visitAskNps");
        ask->setFocus();
        QTest::keyClick(ask, Qt::Key_Space);
        auto *nps = child<QSpinBox>(&dialog, "visitNpsSpin");
        QVERIFY(nps->isVisible());
        QVERIFY(nps->hasFocus());
        nps->setValue(8);
        auto *notes = child<QPlainTextEdit>(&dialog, "visitNotesEdit");
        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_End, Qt::ControlModifier);
        typeText(notes, u"，客户下周出差"_s);
        pressDone(notes);

        auto *error = child<QLabel>(&dialog, "visitOutcomeError");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(written.count(), 0);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"visitOutcomeEdit"_s);
        QCOMPARE(score->score(), 2);
        QVERIFY(ask->isChecked());
        QCOMPARE(nps->value(), 8);
        QCOMPARE(notes->toPlainText(), u"上次说周三方便，客户下周出差"_s);
        // Nothing was written.
        const FollowUp still = stored(f.id);
        QCOMPARE(still.status, FollowUpStatus::Planned);
        QCOMPARE(still.csat, 0);
        QCOMPARE(still.version, f.version);

        // With the outcome it is recorded, score, NPS and notes as typed.
        typeText(QApplication::focusWidget(), u"客户满意"_s);
        pressDone(QApplication::focusWidget());
        QCOMPARE(written.count(), 1);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const FollowUp done = stored(f.id);
        QCOMPARE(done.status, FollowUpStatus::Done);
        QCOMPARE(done.outcome, u"客户满意"_s);
        QCOMPARE(done.csat, 2);
        QCOMPARE(done.nps, 8);
        QCOMPARE(done.notes, u"上次说周三方便，客户下周出差"_s);
        ask->setChecked(false); // the box is remembered for the next dialog
    }

    void scoreKeys()
    {
        const FollowUp f = plan(u"生日问候"_s);
        RecordVisitDialog dialog(*m_db, m_desk, f);
        QVERIFY(shown(&dialog));
        auto *score = child<ScoreButtons>(&dialog, "visitCsat");
        // Alt+5 from the outcome field; the chosen button again clears it.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_5, Qt::AltModifier);
        QTRY_COMPARE(score->score(), 5); // a mnemonic clicks after the button's press shows
        QCOMPARE(QApplication::focusWidget()->objectName(), u"visitOutcomeEdit"_s);
        child<QPushButton>(&dialog, "csatButton5")->click();
        QCOMPARE(score->score(), 0);
        // Enter after the outcome goes on to the score; arrows and 0 work there.
        auto *outcome = child<QLineEdit>(&dialog, "visitOutcomeEdit");
        outcome->setFocus();
        QTest::keyClick(outcome, Qt::Key_Return);
        QVERIFY(score->hasFocus());
        QVERIFY(dialog.isVisible());
        QTest::keyClick(score, Qt::Key_3);
        QTest::keyClick(score, Qt::Key_Right);
        QCOMPARE(score->score(), 4);
        QTest::keyClick(score, Qt::Key_0);
        QCOMPARE(score->score(), 0);
        QTest::keyClick(score, Qt::Key_7); // not a score: nothing changes
        QCOMPARE(score->score(), 0);
    }

    void cancellingNeedsAReason()
    {
        const FollowUp f = plan(u"确认退货"_s);
        RecordVisitDialog dialog(*m_db, m_desk, f);
        QVERIFY(shown(&dialog));
        child<QPushButton>(&dialog, "visitCancelButton")->click();
        QDialog *cancel = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            cancel = dialog.findChild<QDialog *>(u"cancelFollowUpDialog"_s);
            return cancel && QApplication::activeWindow() == cancel;
        }));
        QPointer<QDialog> guard(cancel);
        auto *reason = child<QLineEdit>(cancel, "cancelReasonEdit");
        QVERIFY(reason->hasFocus());
        QTest::keyClick(reason, Qt::Key_Return);
        QVERIFY(child<QLabel>(cancel, "cancelReasonError")->isVisible());
        QCOMPARE(stored(f.id).status, FollowUpStatus::Planned);
        typeText(reason, u"客户已到店处理"_s);
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY(!guard || !guard->isVisible());
        QVERIFY(!dialog.isVisible());
        const FollowUp cancelled = stored(f.id);
        QCOMPARE(cancelled.status, FollowUpStatus::Cancelled);
        QVERIFY(dialog.resultMessage().contains(u"客户已到店处理"_s));
    }

    void recordedElsewhereInBetweenIsNotRecordedTwice()
    {
        const FollowUp f = plan(u"确认安装"_s);
        RecordVisitDialog dialog(*m_db, m_desk, f);
        QVERIFY(shown(&dialog));
        // Another desk reaches the customer first.
        VERIFY_OK(FollowUpRepository(*m_db)
                          .record(Fixtures::alice(), f.id, f.version, u"已回访"_s, 5, -1));
        typeText(QApplication::focusWidget(), u"客户满意"_s);
        pressDone(QApplication::focusWidget());
        QVERIFY(dialog.isVisible());
        auto *banner = child<QLabel>(&dialog, "visitError");
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->text().isEmpty());
        QCOMPARE(child<QLineEdit>(&dialog, "visitOutcomeEdit")->text(), u"客户满意"_s);
        const FollowUp now = stored(f.id);
        QCOMPARE(now.outcome, u"已回访"_s);
        QCOMPARE(now.csat, 5);
    }

    void aFollowUpNoLongerPlannedOffersNothingToRecord()
    {
        const FollowUp f = plan(u"季度回访"_s);
        VERIFY_OK(FollowUpRepository(*m_db).cancel(Fixtures::alice(), f.id, f.version, u"重复"_s));
        RecordVisitDialog dialog(*m_db, m_desk, stored(f.id));
        QVERIFY(shown(&dialog));
        QVERIFY(!child<QPushButton>(&dialog, "visitDoneButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "visitNoAnswerButton")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "visitError")->isVisible());
    }
};

QTEST_MAIN(tst_RecordVisitDialog)
#include "tst_recordvisitdialog.moc"
