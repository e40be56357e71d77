#include "TestSupport.h"
#include "followups/FollowUp.h"
#include "followups/FollowUpRules.h"
#include "followups/FollowUpRulesDialog.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

// Settings > Follow-up rules…: each rule on or off with its delay, the attempts before a
// follow-up is unreachable; FollowUpRules's refusals under the values, nothing saved.
class tst_FollowUpRulesDialog : public QObject
{
    Q_OBJECT

private:
    TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    const Actor m_admin {1, u"root"_s, u"管理员"_s, int(Role::Admin)};

    template<typename T>
    static T *child(QObject *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareUnattendedUi();
        m_db = m_archive.open();
        QVERIFY(m_db);
    }

    void showsTheDefaults()
    {
        FollowUpRulesDialog dialog(*m_db, m_admin);
        const FollowUpRules defaults;
        QCOMPARE(child<QSpinBox>(&dialog, u"ruleDays_"_s + FollowUpRule::AfterPurchase)->value(),
                 defaults.afterPurchase.days);
        QCOMPARE(child<QSpinBox>(&dialog, u"ruleDays_"_s + FollowUpRule::ComplaintCheck)->value(),
                 defaults.complaintCheck.days);
        QVERIFY(child<QCheckBox>(&dialog, u"ruleEnabled_"_s + FollowUpRule::Birthday)->isChecked());
        QCOMPARE(child<QSpinBox>(&dialog, u"maxAttemptsSpin"_s)->value(), defaults.maxAttempts);
    }

    void refusedValuesShowUnderTheirRuleAndNothingIsSaved()
    {
        FollowUpRulesDialog dialog(*m_db, m_admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *days = child<QSpinBox>(&dialog, u"ruleDays_"_s + FollowUpRule::AfterRequestClosed);
        days->setValue(400);
        child<QSpinBox>(&dialog, u"maxAttemptsSpin"_s)->setValue(0);
        child<QPushButton>(&dialog, u"saveFollowUpRulesButton"_s)->click();
        QVERIFY(dialog.isVisible());
        auto *error = child<QLabel>(&dialog, u"ruleError_"_s + FollowUpRule::AfterRequestClosed);
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(child<QLabel>(&dialog, u"maxAttemptsError"_s)->isVisible());
        QVERIFY(!child<QLabel>(&dialog, u"ruleError_"_s + FollowUpRule::AfterPurchase)->isVisible());
        QVERIFY(days->hasFocus());
        QCOMPARE(days->value(), 400); // what was typed stays
        QCOMPARE(FollowUpRules::load(*m_db).value().afterRequestClosed.days,
                 FollowUpRules().afterRequestClosed.days);
    }

    void savesRulesSwitchedOffAndNewDelays()
    {
        FollowUpRulesDialog dialog(*m_db, m_admin);
        child<QCheckBox>(&dialog, u"ruleEnabled_"_s + FollowUpRule::Birthday)->setChecked(false);
        child<QSpinBox>(&dialog, u"ruleDays_"_s + FollowUpRule::AfterPurchase)->setValue(5);
        child<QSpinBox>(&dialog, u"maxAttemptsSpin"_s)->setValue(4);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const FollowUpRules stored = FollowUpRules::load(*m_db).value();
        QVERIFY(!stored.birthday.enabled);
        QCOMPARE(stored.afterPurchase.days, 5);
        QCOMPARE(stored.maxAttempts, 4);
        // Shown as stored the next time.
        FollowUpRulesDialog again(*m_db, m_admin);
        QVERIFY(!child<QCheckBox>(&again, u"ruleEnabled_"_s + FollowUpRule::Birthday)->isChecked());
        QVERIFY(!child<QSpinBox>(&again, u"ruleDays_"_s + FollowUpRule::Birthday)->isEnabled());
    }

    void aFrontDeskCannotChangeThem()
    {
        FollowUpRulesDialog dialog(*m_db, Actor {2, u"desk1"_s, u"前台"_s, int(Role::FrontDesk)});
        child<QSpinBox>(&dialog, u"maxAttemptsSpin"_s)->setValue(9);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!child<QLabel>(&dialog, u"followUpRulesError"_s)->text().isEmpty());
        QCOMPARE(FollowUpRules::load(*m_db).value().maxAttempts, 4);
    }
};

QTEST_MAIN(tst_FollowUpRulesDialog)
#include "tst_followuprulesdialog.moc"
