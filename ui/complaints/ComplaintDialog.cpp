#include "ComplaintDialog.h"

#include "ComplaintForm.h"
#include "ComplaintHistoryView.h"
#include "ComplaintText.h"
#include "MessageBox.h"
#include "complaints/ComplaintLabels.h"
#include "complaints/ComplaintRules.h"
#include "complaints/ComplaintSla.h"
#include "customers/CustomerRepository.h"
#include "history/InlineErrors.h"
#include "security/Permissions.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

const QString AlarmStyle = QStringLiteral("color: #c0392b; font-weight: bold;");

} // namespace

ComplaintDialog::ComplaintDialog(Database &db,
                                 const Actor &actor,
                                 const Complaint &complaint,
                                 QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_complaints(db)
    , m_actor(actor)
    , m_complaint(complaint)
{
    setObjectName(QStringLiteral("complaintDialog"));
    m_banner = InlineErrors::createBanner(this, QStringLiteral("complaintError"));
    m_errors = std::make_unique<InlineErrors>(m_banner);

    m_customer = new QLabel(this);
    m_customer->setObjectName(QStringLiteral("complaintCustomerLabel"));
    m_customer->setTextFormat(Qt::PlainText);
    QString customerName;
    if (const Result<Customer> c = CustomerRepository(db).get(actor, complaint.customerId)) {
        customerName = c->name;
        m_customer->setText(tr("Customer: %1 (%2)").arg(c->name, c->code));
    }
    setWindowTitle(isNew() ? tr("New complaint — %1").arg(customerName)
                           : tr("Complaint No. %1 — %2").arg(complaint.id).arg(customerName));

    m_form = new ComplaintForm(db, actor, *m_errors, this);
    m_form->setObjectName(QStringLiteral("complaintForm"));

    // The status, the moves the workflow allows from it, and the reopen's reason.
    auto *statusRow = new QWidget(this);
    auto *statusLayout = new QHBoxLayout(statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(statusRow);
    m_status->setObjectName(QStringLiteral("complaintStatusLabel"));
    statusLayout->addWidget(m_status);
    statusLayout->addSpacing(12);
    const std::pair<ComplaintStatus, const char *> moves[] = {
            {ComplaintStatus::InProgress, "complaintStartButton"},
            {ComplaintStatus::Resolved, "complaintResolveButton"},
            {ComplaintStatus::Closed, "complaintCloseButton"},
            {ComplaintStatus::Reopened, "complaintReopenButton"},
    };
    const QHash<int, QString> moveText {
            {int(ComplaintStatus::InProgress), tr("Start &handling")},
            {int(ComplaintStatus::Resolved), tr("Re&solve")},
            {int(ComplaintStatus::Closed), tr("Clos&e")},
            {int(ComplaintStatus::Reopened), tr("Re&open…")},
    };
    const QHash<int, QString> moveTip {
            {int(ComplaintStatus::InProgress),
             tr("Take the complaint into progress; an unassigned one becomes yours")},
            {int(ComplaintStatus::Resolved),
             tr("Save what you typed and mark it resolved; it "
                "needs a resolution")},
            {int(ComplaintStatus::Closed),
             tr("Save what you typed and close it; it needs a "
                "resolution")},
            {int(ComplaintStatus::Reopened), tr("Send it back to work, with a reason")},
    };
    for (const auto &[to, name] : moves) {
        auto *b = new QPushButton(moveText.value(int(to)), statusRow);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        b->setToolTip(moveTip.value(int(to)));
        connect(b, &QPushButton::clicked, this, [this, to = to] { moveTo(to); });
        m_moves.insert(int(to), b);
        statusLayout->addWidget(b);
    }
    statusLayout->addStretch();

    m_reopenRow = new QWidget(this);
    auto *reopenLayout = new QHBoxLayout(m_reopenRow);
    reopenLayout->setContentsMargins(0, 0, 0, 0);
    m_reopenReason = new QLineEdit(m_reopenRow);
    m_reopenReason->setObjectName(QStringLiteral("complaintReopenReasonEdit"));
    m_reopenReason->setPlaceholderText(tr("Why it goes back to work; Enter reopens it"));
    m_reopenConfirm = new QPushButton(tr("Reopen"), m_reopenRow);
    m_reopenConfirm->setObjectName(QStringLiteral("complaintReopenConfirmButton"));
    connect(m_reopenConfirm, &QPushButton::clicked, this, &ComplaintDialog::reopen);
    reopenLayout->addWidget(m_reopenReason, 1);
    reopenLayout->addWidget(m_reopenConfirm);
    m_reopenRow->setFocusProxy(m_reopenReason);

    m_sla = new QLabel(this);
    m_sla->setObjectName(QStringLiteral("complaintSlaLabel"));
    m_sla->setWordWrap(true);

    m_statusForm = new QFormLayout;
    m_errors->addRow(m_statusForm,
                     tr("Status"),
                     statusRow,
                     QStringLiteral("status"),
                     QStringLiteral("complaintStatusError"));
    m_errors->addRow(m_statusForm,
                     tr("Reason for reopening"),
                     m_reopenRow,
                     QStringLiteral("reopen_reason"),
                     QStringLiteral("complaintReopenReasonError"));
    m_statusForm->addRow(tr("SLA"), m_sla);
    m_statusForm->setRowVisible(m_reopenRow->parentWidget(), false);

    m_historyGroup = new QWidget(this);
    m_historyGroup->setObjectName(QStringLiteral("complaintHistoryPage"));
    m_history = new ComplaintHistoryView(m_historyGroup);
    m_history->setObjectName(QStringLiteral("complaintHistoryView"));
    auto *historyLayout = new QVBoxLayout(m_historyGroup);
    historyLayout->addWidget(m_history);
    m_form->tabs()->addTab(m_historyGroup, tr("H&istory"));

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(isNew() ? tr("&Receive complaint") : tr("&Save"),
                                QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("complaintSaveButton"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save what you typed (Enter; Ctrl+Enter in a text box)"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)
            ->setObjectName(QStringLiteral("complaintCancelButton"));
    m_reload = buttons->addButton(tr("Re&load"), QDialogButtonBox::ResetRole);
    m_reload->setObjectName(QStringLiteral("complaintReloadButton"));
    m_reload->setAutoDefault(false);
    m_reload->setToolTip(tr("Show the complaint as it is stored now; what you typed is replaced."));
    m_reload->hide();
    connect(m_reload, &QPushButton::clicked, this, &ComplaintDialog::reloadStored);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComplaintDialog::reject);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_reopenRow->isVisible())
                reopen();
            else
                accept();
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_customer);
    layout->addWidget(m_form, 1);
    layout->addLayout(m_statusForm);
    layout->addWidget(buttons);
    setMinimumWidth(900);

    connect(m_form, &ComplaintForm::slaInputsChanged, this, &ComplaintDialog::updateSla);
    if (isNew()) {
        m_complaint.status = ComplaintStatus::Open;
        m_form->load(m_complaint);
        m_loaded = m_form->fingerprint();
        updateStatusRow();
        updateSla();
        m_form->tabs()->setTabVisible(m_form->tabs()->indexOf(m_historyGroup), false);
    } else {
        showStored(m_complaint);
    }
    m_form->startField(isNew())->setFocus(Qt::OtherFocusReason);
}

ComplaintDialog::~ComplaintDialog() = default;

bool ComplaintDialog::isDirty() const
{
    return m_form->fingerprint() != m_loaded;
}

void ComplaintDialog::focusResolution()
{
    m_form->resolution()->setFocus(Qt::OtherFocusReason);
    m_form->resolution()->moveCursor(QTextCursor::End);
}

void ComplaintDialog::showStored(const Complaint &c)
{
    m_complaint = c;
    m_form->load(c);
    m_loaded = m_form->fingerprint();
    updateStatusRow();
    updateSla();
    const Result<QList<ComplaintChange>> changes = m_complaints.changes(m_actor, c.id);
    if (changes)
        m_history->setChanges(changes.value(), m_form->reasonLabels(), m_form->compensationLabels());
    else
        m_errors->showField(QString(), changes.error().message);
    QTabWidget *tabs = m_form->tabs();
    tabs->setTabText(tabs->indexOf(m_historyGroup),
                     tr("H&istory (%n)", nullptr, changes ? int(changes->size()) : 0));
    tabs->setTabVisible(tabs->indexOf(m_historyGroup), true);
}

void ComplaintDialog::updateStatusRow()
{
    const bool supervise = Permissions::allows(m_actor, Operation::Supervise);
    const bool closed = m_complaint.status == ComplaintStatus::Closed;
    const bool mayWrite = isNew() ? Permissions::allows(m_actor, Operation::Create)
                                  : Permissions::allows(m_actor, Operation::Edit) && !closed;
    // Someone else's complaint is theirs (or a supervisor's) to move and reassign.
    const bool othersComplaint = !m_complaint.handler.isEmpty()
                                 && m_complaint.handler != m_actor.login;
    const bool mayMove = !isNew() && Permissions::allows(m_actor, Operation::Edit)
                         && (supervise || !othersComplaint);
    m_form->setEditable(mayWrite, mayWrite && (supervise || m_complaint.handler.isEmpty()));
    if (!supervise)
        m_form->limitHandlersTo(m_actor.login);
    m_save->setEnabled(mayWrite);

    if (isNew()) {
        m_status->setText(tr("New: it is received as “%1”.")
                                  .arg(ComplaintLabels::status(ComplaintStatus::Open)));
    } else {
        m_status->setText(
                tr("<b>%1</b>").arg(ComplaintLabels::status(m_complaint.status).toHtmlEscaped()));
    }
    const QList<ComplaintStatus> next = isNew() ? QList<ComplaintStatus>()
                                                : ComplaintRules::nextStatuses(m_complaint.status);
    for (auto it = m_moves.cbegin(); it != m_moves.cend(); ++it) {
        const auto to = ComplaintStatus(it.key());
        QPushButton *b = it.value();
        // Closing is a supervisor's; the others see Resolve.
        b->setVisible(next.contains(to) && (to != ComplaintStatus::Closed || supervise));
        b->setEnabled(mayMove);
    }
    if (!isNew() && othersComplaint && !supervise)
        m_status->setToolTip(tr("%1 handles this complaint: only they or a supervisor can move it.")
                                     .arg(m_complaint.handler));
    else
        m_status->setToolTip(QString());
}

void ComplaintDialog::updateSla()
{
    Complaint shown = m_complaint;
    if (isNew()) {
        // What the policy will promise for the time and severity typed.
        shown.receivedAt = m_form->received()->dateTime().toUTC();
        shown.severity = ComplaintSeverity(m_form->severity()->currentData().toInt());
        const Result<ComplaintSla> sla = ComplaintSla::load(m_db);
        if (!sla) {
            m_sla->setText(sla.error().message);
            return;
        }
        sla->applyDueTimes(shown);
    }
    bool alarm = false;
    QString text = ComplaintText::slaLine(shown, QDateTime::currentDateTimeUtc(), &alarm);
    if (!isNew()
        && ComplaintSeverity(m_form->severity()->currentData().toInt()) != m_complaint.severity)
        text += QLatin1Char('\n') + tr("A new severity sets new due times when it is saved.");
    m_sla->setText(text);
    m_sla->setStyleSheet(alarm ? AlarmStyle : QString());
}

void ComplaintDialog::refuse(const Error &error)
{
    // The field in error is shown, on the Handling tab when it is one of its own.
    if (QWidget *field = m_errors->show(error); field && !field->isVisible()) {
        m_form->tabs()->setCurrentIndex(0);
        field->setFocus(Qt::OtherFocusReason);
    }
    m_reload->setVisible(error.code == Error::Code::Conflict && !isNew());
}

void ComplaintDialog::stored(const Complaint &c)
{
    m_complaint = c;
    Q_EMIT saved(c);
}

bool ComplaintDialog::saveEdits()
{
    const std::optional<Complaint> typed = m_form->collect(m_complaint);
    if (!typed)
        return false;
    if (!isDirty())
        return true;
    const Result<Complaint> updated = m_complaints.update(m_actor, *typed);
    if (!updated) {
        refuse(updated.error());
        return false;
    }
    const bool wrote = updated->version != m_complaint.version;
    m_complaint = updated.value();
    if (typed->handler != m_complaint.handler) {
        const Result<Complaint> assigned = m_complaints.assign(m_actor,
                                                               m_complaint.id,
                                                               m_complaint.version,
                                                               typed->handler);
        if (!assigned) {
            if (wrote)
                Q_EMIT saved(m_complaint);
            refuse(assigned.error());
            return false;
        }
        m_complaint = assigned.value();
    }
    m_loaded = m_form->fingerprint();
    Q_EMIT saved(m_complaint);
    return true;
}

void ComplaintDialog::accept()
{
    if (!m_save->isEnabled())
        return;
    m_errors->clear();
    if (!isNew()) {
        if (saveEdits())
            QDialog::accept();
        return;
    }
    const std::optional<Complaint> typed = m_form->collect(m_complaint);
    if (!typed)
        return;
    const Result<Complaint> received = m_complaints.receive(m_actor, *typed);
    if (!received) {
        refuse(received.error());
        return;
    }
    m_loaded = m_form->fingerprint();
    stored(received.value());
    QDialog::accept();
}

void ComplaintDialog::moveTo(ComplaintStatus to)
{
    QPushButton *button = moveButton(to);
    if (isNew() || !button || !button->isVisible() || !button->isEnabled())
        return;
    m_errors->clear();
    if (to == ComplaintStatus::Reopened) {
        askReopenReason();
        return;
    }
    if (to == ComplaintStatus::InProgress) {
        if (!saveEdits())
            return;
        const Result<Complaint> moved = m_complaints.move(m_actor,
                                                          m_complaint.id,
                                                          m_complaint.version,
                                                          to);
        if (!moved) {
            refuse(moved.error());
            return;
        }
        stored(moved.value());
        showStored(moved.value());
        return;
    }
    // Resolve or close: what was typed and the move, in one step.
    std::optional<Complaint> typed = m_form->collect(m_complaint);
    if (!typed)
        return;
    // The workflow's word first, so that a refusal writes nothing at all (not even a handler).
    if (const Status allowed = ComplaintRules::check(*typed, to, {}); !allowed) {
        refuse(allowed.error());
        return;
    }
    if (typed->handler != m_complaint.handler) {
        const Result<Complaint> assigned = m_complaints.assign(m_actor,
                                                               m_complaint.id,
                                                               m_complaint.version,
                                                               typed->handler);
        if (!assigned) {
            refuse(assigned.error());
            return;
        }
        stored(assigned.value());
        typed->version = m_complaint.version;
        typed->handler = m_complaint.handler;
    }
    const Result<Complaint> settled = m_complaints.settle(m_actor, *typed, to);
    if (!settled) {
        refuse(settled.error());
        return;
    }
    m_loaded = m_form->fingerprint();
    stored(settled.value());
    QDialog::accept();
}

void ComplaintDialog::askReopenReason()
{
    m_statusForm->setRowVisible(m_reopenRow->parentWidget(), true);
    m_save->setDefault(false);
    m_reopenConfirm->setDefault(true);
    m_reopenReason->setFocus(Qt::OtherFocusReason);
}

void ComplaintDialog::hideReopen()
{
    m_reopenReason->clear();
    m_reopenConfirm->setDefault(false);
    m_save->setDefault(true);
    m_statusForm->setRowVisible(m_reopenRow->parentWidget(), false);
}

void ComplaintDialog::reopen()
{
    if (!m_reopenRow->isVisible())
        return;
    m_errors->clear();
    if (!saveEdits())
        return;
    const Result<Complaint> moved = m_complaints.move(m_actor,
                                                      m_complaint.id,
                                                      m_complaint.version,
                                                      ComplaintStatus::Reopened,
                                                      m_reopenReason->text());
    if (!moved) {
        // The workflow's "reason" is the reopen's, not the complaint's reason.
        Error e = moved.error();
        if (e.fieldErrors.contains(QStringLiteral("reason")))
            e.fieldErrors.insert(QStringLiteral("reopen_reason"),
                                 e.fieldErrors.take(QStringLiteral("reason")));
        refuse(e);
        return;
    }
    hideReopen();
    stored(moved.value());
    showStored(moved.value());
    m_form->startField(false)->setFocus(Qt::OtherFocusReason);
}

void ComplaintDialog::reloadStored()
{
    const Result<Complaint> c = m_complaints.get(m_actor, m_complaint.id);
    if (!c) {
        refuse(c.error());
        return;
    }
    m_errors->clear();
    m_reload->hide();
    showStored(c.value());
}

void ComplaintDialog::reject()
{
    if (m_reopenRow->isVisible()) {
        hideReopen();
        m_moves.value(int(ComplaintStatus::Reopened))->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (isDirty()) {
        const int answer = MessageBox::ask(this,
                                           QMessageBox::Question,
                                           tr("Unsaved changes"),
                                           isNew() ? tr("Throw away the complaint you typed?")
                                                   : tr("Throw away the changes you typed?"),
                                           {tr("Discard"), tr("Keep editing")});
        if (answer != 0)
            return;
    }
    QDialog::reject();
}
