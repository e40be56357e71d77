#include "RecordVisitDialog.h"

#include "FollowUpLinks.h"
#include "ScoreButtons.h"
#include "followups/FollowUpRules.h"
#include "history/InlineErrors.h"
#include "security/Permissions.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

namespace {

const QString AskNpsSetting = QStringLiteral("followups/askNps");

} // namespace

RecordVisitDialog::RecordVisitDialog(Database &db,
                                     const Actor &actor,
                                     const FollowUp &followUp,
                                     const QString &customerLabel,
                                     QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_repository(db)
    , m_actor(actor)
    , m_followUp(followUp)
{
    setObjectName(QStringLiteral("recordVisitDialog"));
    setWindowTitle(tr("Return visit"));
    setMinimumWidth(560);
    if (const Result<FollowUpRules> rules = FollowUpRules::load(db))
        m_maxAttempts = rules->maxAttempts;

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("visitHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setText(headerText(customerLabel));

    m_banner = InlineErrors::createBanner(this, QStringLiteral("visitError"));
    m_errors = std::make_unique<InlineErrors>(m_banner);
    auto *form = new QFormLayout;

    m_outcome = new QLineEdit(this);
    m_outcome->setObjectName(QStringLiteral("visitOutcomeEdit"));
    m_outcome->setPlaceholderText(tr("What came of the call, e.g. 客户满意，问题已解决"));
    m_errors->addRow(form,
                     tr("&Outcome *"),
                     m_outcome,
                     QStringLiteral("outcome"),
                     QStringLiteral("visitOutcomeError"));

    m_csat = new ScoreButtons(this);
    m_csat->setObjectName(QStringLiteral("visitCsat"));
    m_errors->addRow(form,
                     tr("Satisfaction (CSAT)"),
                     m_csat,
                     QStringLiteral("csat"),
                     QStringLiteral("visitCsatError"));

    // NPS only where the business asks it: the box remembers the desk's last choice.
    auto *npsRow = new QWidget(this);
    m_askNps = new QCheckBox(tr("Ask N&PS"), npsRow);
    m_askNps->setObjectName(QStringLiteral("visitAskNps"));
    m_nps = new QSpinBox(npsRow);
    m_nps->setObjectName(QStringLiteral("visitNpsSpin"));
    m_nps->setRange(0, 10);
    m_nps->setValue(10);
    m_nps->setToolTip(tr("How likely is the customer to recommend us to a friend? 0 (not at "
                         "all likely) to 10 (extremely likely)"));
    auto *npsHint = new QLabel(tr("0 = not at all likely, 10 = extremely likely"), npsRow);
    npsHint->setObjectName(QStringLiteral("visitNpsHint"));
    auto *npsLayout = new QHBoxLayout(npsRow);
    npsLayout->setContentsMargins(0, 0, 0, 0);
    npsLayout->addWidget(m_askNps);
    npsLayout->addWidget(m_nps);
    npsLayout->addWidget(npsHint, 1);
    npsRow->setFocusProxy(m_askNps);
    const auto showNps = [this, npsHint](bool ask) {
        m_nps->setVisible(ask);
        npsHint->setVisible(ask);
    };
    connect(m_askNps, &QCheckBox::toggled, this, [showNps, this](bool ask) {
        showNps(ask);
        QSettings().setValue(AskNpsSetting, ask);
        if (ask)
            m_nps->setFocus(Qt::OtherFocusReason);
    });
    m_askNps->setChecked(QSettings().value(AskNpsSetting, false).toBool());
    showNps(m_askNps->isChecked());
    m_errors->addRow(form,
                     tr("Recommend (NPS)"),
                     npsRow,
                     QStringLiteral("nps"),
                     QStringLiteral("visitNpsError"));

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("visitNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_notes->setPlainText(followUp.notes);
    m_errors->addRow(form,
                     tr("No&tes"),
                     m_notes,
                     QStringLiteral("notes"),
                     QStringLiteral("visitNotesError"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("visitButtons"));
    const auto button = [this, buttons](const QString &text,
                                        const char *name,
                                        QDialogButtonBox::ButtonRole role,
                                        const QString &tip) {
        QPushButton *b = buttons->addButton(text, role);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false); // Enter in a field does not end the call by accident
        b->setToolTip(tip);
        return b;
    };
    m_done = button(tr("&Done"),
                    "visitDoneButton",
                    QDialogButtonBox::AcceptRole,
                    tr("Record the outcome and the score (Ctrl+Enter)"));
    m_noAnswer = button(tr("&No answer"),
                        "visitNoAnswerButton",
                        QDialogButtonBox::ActionRole,
                        tr("Nobody answered: try again on the next working day (Alt+N)"));
    m_cancel = button(tr("Cance&l follow-up…"),
                      "visitCancelButton",
                      QDialogButtonBox::ActionRole,
                      tr("The follow-up is no longer needed; say why"));
    button(tr("Close"),
           "visitCloseButton",
           QDialogButtonBox::RejectRole,
           tr("Close without recording anything (Esc)"));
    connect(m_done, &QPushButton::clicked, this, &RecordVisitDialog::recordDone);
    connect(m_noAnswer, &QPushButton::clicked, this, &RecordVisitDialog::noAnswer);
    connect(m_cancel, &QPushButton::clicked, this, &RecordVisitDialog::cancelFollowUp);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordVisitDialog::reject);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &RecordVisitDialog::recordDone);
    }
    // Enter after the outcome goes on to the score, as a desk types on the phone.
    m_outcome->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setTabOrder(m_outcome, m_csat);
    setTabOrder(m_csat, m_askNps);
    setTabOrder(m_askNps, m_nps);
    setTabOrder(m_nps, m_notes);
    setTabOrder(m_notes, m_done);

    const bool mayEdit = Permissions::allows(m_actor, Operation::Edit);
    if (!m_followUp.isOpen() || !mayEdit) {
        for (QPushButton *b : {m_done, m_noAnswer, m_cancel})
            b->setEnabled(false);
        m_banner->setText(!mayEdit ? tr("Your role may look at follow-ups but not record them.")
                                   : tr("This follow-up is no longer planned: nothing to record."));
        m_banner->setStyleSheet(QString());
        m_banner->show();
    }
    m_outcome->setFocus(Qt::OtherFocusReason);
}

RecordVisitDialog::~RecordVisitDialog() = default;

bool RecordVisitDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter after the outcome goes on to the score, as a desk types on the phone.
    if (watched == m_outcome && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            m_csat->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString RecordVisitDialog::headerText(const QString &customerLabel) const
{
    const FollowUp &f = m_followUp;
    const QLocale locale;
    const QDate today = QDate::currentDate();
    QStringList lines;
    if (!customerLabel.isEmpty())
        lines.append(tr("Call <b>%1</b>").arg(customerLabel.toHtmlEscaped()));
    lines.append(tr("Purpose: <b>%1</b>").arg(f.purpose.toHtmlEscaped()));
    QString due = locale.toString(f.dueOn, QLocale::ShortFormat);
    if (f.isOpen() && f.dueOn < today)
        due = tr("%1 (overdue)").arg(due);
    else if (f.dueOn == today)
        due = tr("%1 (today)").arg(due);
    QString dueLine = tr("Due: %1").arg(due.toHtmlEscaped());
    if (!f.assignee.isEmpty())
        dueLine += tr(" · assigned to %1").arg(f.assignee.toHtmlEscaped());
    lines.append(dueLine);
    const QString follows = FollowUpLinks(m_db, m_actor).describe(f);
    if (!follows.isEmpty())
        lines.append(tr("Follows: %1").arg(follows.toHtmlEscaped()));
    if (f.attempts > 0)
        lines.append(
                m_maxAttempts > 0
                        ? tr("Unanswered calls so far: %1 of %2").arg(f.attempts).arg(m_maxAttempts)
                        : tr("Unanswered calls so far: %1").arg(f.attempts));
    return lines.join(QStringLiteral("<br>"));
}

void RecordVisitDialog::refuse(const Error &error)
{
    m_errors->show(error);
}

void RecordVisitDialog::finishWith(const FollowUp &stored, const QString &message)
{
    m_followUp = stored;
    m_message = message;
    m_errors->clear();
    Q_EMIT written(m_followUp, m_message);
    accept();
}

void RecordVisitDialog::recordDone()
{
    if (!m_done->isEnabled())
        return;
    m_errors->clear();
    const int nps = m_askNps->isChecked() ? m_nps->value() : -1;
    const Result<FollowUp> stored = m_repository.record(m_actor,
                                                        m_followUp.id,
                                                        m_followUp.version,
                                                        m_outcome->text(),
                                                        m_csat->score(),
                                                        nps,
                                                        m_notes->toPlainText());
    if (!stored) {
        refuse(stored.error());
        return;
    }
    finishWith(*stored,
               stored->csat > 0 ? tr("Return visit recorded (CSAT %1/5): %2")
                                          .arg(stored->csat)
                                          .arg(stored->outcome)
                                : tr("Return visit recorded: %1").arg(stored->outcome));
}

QString RecordVisitDialog::noAnswerMessage(const FollowUp &f)
{
    if (f.status == FollowUpStatus::Unreachable)
        return tr("No answer again: after %n unanswered call(s) the customer is marked "
                  "unreachable for this follow-up.",
                  nullptr,
                  f.attempts);
    return tr("No answer. Next try on %1 (%n unanswered call(s) so far).", nullptr, f.attempts)
            .arg(QLocale().toString(f.dueOn, QLocale::LongFormat));
}

void RecordVisitDialog::noAnswer()
{
    if (!m_noAnswer->isEnabled())
        return;
    m_errors->clear();
    const Result<FollowUp> stored = m_repository.noAnswer(m_actor,
                                                          m_followUp.id,
                                                          m_followUp.version);
    if (!stored) {
        refuse(stored.error());
        return;
    }
    finishWith(*stored, noAnswerMessage(*stored));
}

void RecordVisitDialog::cancelFollowUp()
{
    if (!m_cancel->isEnabled())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("cancelFollowUpDialog"));
    dialog->setWindowTitle(tr("Cancel follow-up"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumWidth(420);
    auto *intro = new QLabel(tr("Why is this follow-up no longer needed? The reason is kept "
                                "with it."),
                             dialog);
    intro->setWordWrap(true);
    auto *reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("cancelReasonEdit"));
    QLabel *banner = InlineErrors::createBanner(dialog, QStringLiteral("cancelError"));
    auto errors = std::make_shared<InlineErrors>(banner);
    auto *form = new QFormLayout;
    errors->addRow(form,
                   tr("&Reason *"),
                   reason,
                   QStringLiteral("reason"),
                   QStringLiteral("cancelReasonError"));
    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *confirm = buttons->addButton(tr("Cancel follow-up"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("cancelConfirmButton"));
    confirm->setDefault(true);
    buttons->addButton(tr("Back"), QDialogButtonBox::RejectRole)
            ->setObjectName(QStringLiteral("cancelBackButton"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, reason, errors] {
        errors->clear();
        const Result<FollowUp> stored = m_repository.cancel(m_actor,
                                                            m_followUp.id,
                                                            m_followUp.version,
                                                            reason->text());
        if (!stored) {
            errors->show(stored.error());
            return;
        }
        dialog->accept();
        finishWith(*stored, tr("Follow-up cancelled: %1").arg(stored->outcome));
    });
    reason->setFocus(Qt::OtherFocusReason);
    dialog->open();
}
