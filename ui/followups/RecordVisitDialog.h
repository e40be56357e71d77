#pragma once

#include "Actor.h"
#include "followups/FollowUp.h"
#include "followups/FollowUpRepository.h"

#include <QDialog>

#include <memory>

class Database;
class InlineErrors;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class ScoreButtons;

// What came of one follow-up (回访), taken with the keyboard alone while the customer is on the
// phone: what it is for and what it follows at the top (read-only), then the outcome, the CSAT
// score (keys 1–5 in the score row, or Alt+1 … Alt+5), NPS when the business asks it, and notes.
// Done (Ctrl+Enter) records it; No answer (Alt+N) reschedules it to the next working day, or
// marks it unreachable after the last attempt; Cancel follow-up… ends it with a reason. Every
// write goes through FollowUpRepository; its refusals appear under the fields, and what was
// typed stays. Open it with open() or show().
class RecordVisitDialog : public QDialog
{
    Q_OBJECT

public:
    // customerLabel: who to call ("王芳 (C000123) · 138****5678"); empty on the customer's own
    // profile.
    RecordVisitDialog(Database &db,
                      const Actor &actor,
                      const FollowUp &followUp,
                      const QString &customerLabel = {},
                      QWidget *parent = nullptr);
    ~RecordVisitDialog() override;

    // The follow-up as stored after the last write (as given before).
    const FollowUp &followUp() const { return m_followUp; }
    // What the last write did, in a sentence for the status bar ("No answer. Next try on …").
    QString resultMessage() const { return m_message; }

    // The buttons' actions.
    void recordDone();
    void noAnswer();
    void cancelFollowUp();

    // The sentence for a follow-up that was just not answered (rescheduled or unreachable).
    static QString noAnswerMessage(const FollowUp &followUp);

Q_SIGNALS:
    // A write succeeded (recorded, rescheduled, unreachable or cancelled); the dialog closes.
    void written(const FollowUp &followUp, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString headerText(const QString &customerLabel) const;
    void finishWith(const FollowUp &stored, const QString &message);
    void refuse(const Error &error);

    Database &m_db;
    FollowUpRepository m_repository;
    Actor m_actor;
    FollowUp m_followUp;
    QString m_message;
    int m_maxAttempts = 0;
    std::unique_ptr<InlineErrors> m_errors;
    QLabel *m_banner = nullptr;
    QLabel *m_header = nullptr;
    QLineEdit *m_outcome = nullptr;
    ScoreButtons *m_csat = nullptr;
    QCheckBox *m_askNps = nullptr;
    QSpinBox *m_nps = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_noAnswer = nullptr;
    QPushButton *m_cancel = nullptr;
};
