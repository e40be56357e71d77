#include "StageMoveDialog.h"

#include "history/HistoryLabels.h"
#include "history/ServiceRequestRepository.h"
#include "history/StageRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

StageMoveDialog::StageMoveDialog(ServiceRequestRepository &requests,
                                 const Actor &actor,
                                 const ServiceRequest &request,
                                 QWidget *parent)
    : QDialog(parent)
    , m_requests(requests)
    , m_actor(actor)
    , m_request(request)
{
    setObjectName(QStringLiteral("stageMoveDialog"));
    setWindowTitle(tr("Move stage"));

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("moveIntro"));
    intro->setWordWrap(true);
    intro->setText(tr("<b>%1</b><br>Now in: <b>%2</b>")
                           .arg(m_request.title.toHtmlEscaped(),
                                HistoryLabels::stage(m_request.stage).toHtmlEscaped()));

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetStageCombo"));
    const QList<RequestStage> allowed = StageRules::nextStages(m_request);
    for (RequestStage stage : allowed) {
        QString text = HistoryLabels::stage(stage);
        if (stage != RequestStage::Cancelled && StageRules::isBackward(m_request.stage, stage))
            text = m_request.stage == RequestStage::Closed ? tr("%1 (reopen)").arg(text)
                                                           : tr("%1 (back)").arg(text);
        m_target->addItem(text, int(stage));
    }
    if (!allowed.isEmpty())
        m_target->setCurrentIndex(m_target->findData(int(preferredTarget(m_request, allowed))));

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("moveReasonEdit"));
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setObjectName(QStringLiteral("moveReasonLabel"));
    m_reasonLabel->setBuddy(m_reason);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("moveHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *form = new QFormLayout;
    form->addRow(tr("Move &to"), m_target);
    form->addRow(m_reasonLabel, m_reason);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("moveError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *move = buttons->addButton(tr("Move"), QDialogButtonBox::AcceptRole);
    move->setObjectName(QStringLiteral("moveAcceptButton"));
    move->setDefault(true);
    move->setEnabled(!allowed.isEmpty());
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)
            ->setObjectName(QStringLiteral("moveCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StageMoveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StageMoveDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        m_error->hide();
        updateReasonLabel();
    });
    updateReasonLabel();
    m_target->setFocus();
}

RequestStage StageMoveDialog::preferredTarget(const ServiceRequest &request,
                                              const QList<RequestStage> &allowed)
{
    // allowed is in process order: the first stage after the current one is the next step.
    for (RequestStage stage : allowed)
        if (stage != RequestStage::Cancelled && int(stage) > int(request.stage))
            return stage;
    // Nothing ahead (a closed request): the nearest stage back.
    for (auto it = allowed.crbegin(); it != allowed.crend(); ++it)
        if (*it != RequestStage::Cancelled)
            return *it;
    return allowed.isEmpty() ? request.stage : allowed.first();
}

RequestStage StageMoveDialog::target() const
{
    return m_target->count() ? RequestStage(m_target->currentData().toInt()) : m_request.stage;
}

bool StageMoveDialog::reasonRequired() const
{
    const RequestStage to = target();
    return to == RequestStage::Cancelled || StageRules::isBackward(m_request.stage, to);
}

void StageMoveDialog::updateReasonLabel()
{
    m_reasonLabel->setText(reasonRequired() ? tr("&Reason (required)") : tr("&Reason"));
    const RequestStage to = target();
    QString hint;
    if (m_target->count() == 0)
        hint = tr("A cancelled request stays where it is; open a new one if the customer "
                  "comes back to it.");
    else if (to == RequestStage::Cancelled)
        hint = tr("Cancelling ends the request; the reason is kept with it.");
    else if (m_request.stage == RequestStage::Closed)
        hint = tr("Reopening sends the closed request back to work.");
    else if (StageRules::isBackward(m_request.stage, to))
        hint = tr("Sending the request back is recorded with the reason.");
    else if (m_request.stage == RequestStage::Plan && m_request.planContent.trimmed().isEmpty())
        hint = tr("The plan's content is needed before the request leaves the plan stage "
                  "(Edit… the request to write it).");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void StageMoveDialog::refuse(const Error &error)
{
    QStringList lines;
    for (const char *key : {"stage", "reason", "plan_content"}) {
        const QString message = error.fieldErrors.value(QString::fromLatin1(key));
        if (!message.isEmpty())
            lines.append(message);
    }
    if (lines.isEmpty())
        lines.append(error.message);
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->show();
    if (error.fieldErrors.contains(QStringLiteral("reason")))
        m_reason->setFocus(Qt::OtherFocusReason);
    else
        m_target->setFocus(Qt::OtherFocusReason);
}

void StageMoveDialog::accept()
{
    if (m_target->count() == 0)
        return;
    const Result<ServiceRequest> moved = m_requests.move(m_actor,
                                                         m_request.id,
                                                         m_request.version,
                                                         target(),
                                                         m_reason->text().trimmed());
    if (!moved) {
        refuse(moved.error());
        return;
    }
    m_request = moved.value();
    m_error->hide();
    QDialog::accept();
}
