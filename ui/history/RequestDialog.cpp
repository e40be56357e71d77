#include "RequestDialog.h"

#include "history/HistoryLabels.h"
#include "history/ServiceRequestRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// A multi-line field that Tab leaves (Enter still starts a new line in it).
QPlainTextEdit *textBox(QWidget *parent, const char *name, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    const int line = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(line * lines + 12);
    edit->setMaximumHeight(line * (lines + 3) + 12);
    return edit;
}

} // namespace

RequestDialog::RequestDialog(ServiceRequestRepository &requests,
                             const Actor &actor,
                             const ServiceRequest &request,
                             QWidget *parent)
    : QDialog(parent)
    , m_requests(requests)
    , m_actor(actor)
    , m_request(request)
{
    setObjectName(QStringLiteral("requestDialog"));
    setWindowTitle(isNew() ? tr("New service request") : tr("Service request"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("requestTitleEdit"));
    m_title->setPlaceholderText(tr("What the customer needs, in a few words"));
    m_description = textBox(this, "requestDescriptionEdit", 3);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("requestPriorityCombo"));
    for (RequestPriority p : HistoryLabels::priorities())
        m_priority->addItem(HistoryLabels::priority(p), int(p));
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("requestOwnerEdit"));
    m_owner->setPlaceholderText(tr("user name of the responsible staff"));

    // "No due date" is a state of its own, not a date far away.
    m_hasDue = new QCheckBox(tr("&Due date"), this);
    m_hasDue->setObjectName(QStringLiteral("requestDueCheck"));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("requestDueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_due->setEnabled(false);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);

    auto *plan = new QGroupBox(tr("Plan"), this);
    plan->setObjectName(QStringLiteral("planGroup"));
    m_planContent = textBox(plan, "planContentEdit", 2);
    m_planContent->setPlaceholderText(tr("What will be done; needed before the request leaves "
                                         "the plan stage"));
    m_planSchedule = new QLineEdit(plan);
    m_planSchedule->setObjectName(QStringLiteral("planScheduleEdit"));
    m_planSchedule->setPlaceholderText(tr("e.g. on site Tuesday, done by the 20th"));
    m_planBudget = new QLineEdit(plan);
    m_planBudget->setObjectName(QStringLiteral("planBudgetEdit"));
    m_planBudget->setPlaceholderText(HistoryLabels::moneyPlain(0));
    m_planBudget->setAlignment(Qt::AlignRight);
    auto *planForm = new QFormLayout(plan);
    planForm->addRow(tr("&Content"), m_planContent);
    planForm->addRow(tr("&Schedule"), m_planSchedule);
    planForm->addRow(tr("&Budget"), m_planBudget);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("D&escription"), m_description);
    form->addRow(tr("&Priority"), m_priority);
    form->addRow(tr("&Owner"), m_owner);
    form->addRow(m_hasDue, m_due);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("requestError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(isNew() ? tr("Open request") : tr("Save"),
                                QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("requestSaveButton"));
    m_save->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)
            ->setObjectName(QStringLiteral("requestCancelButton"));
    // Offered when somebody else saved the request in between.
    m_reload = buttons->addButton(tr("&Reload"), QDialogButtonBox::ResetRole);
    m_reload->setObjectName(QStringLiteral("requestReloadButton"));
    m_reload->setAutoDefault(false);
    m_reload->setToolTip(tr("Show the request as it is stored now; what you typed is replaced."));
    m_reload->hide();
    connect(m_reload, &QPushButton::clicked, this, &RequestDialog::reloadStored);
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RequestDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(plan);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);

    if (isNew()) {
        m_request.priority = RequestPriority::Normal;
        if (m_request.owner.isEmpty())
            m_request.owner = m_actor.login;
    }
    load(m_request);
    m_title->setFocus();
}

void RequestDialog::load(const ServiceRequest &request)
{
    m_title->setText(request.title);
    m_description->setPlainText(request.description);
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(int(request.priority))));
    m_owner->setText(request.owner);
    m_hasDue->setChecked(request.dueOn.isValid());
    // Unchecked, the date waits at a week from today: a sensible first pick when ticked.
    m_due->setDate(request.dueOn.isValid() ? request.dueOn : QDate::currentDate().addDays(7));
    m_due->setEnabled(request.dueOn.isValid());
    m_planContent->setPlainText(request.planContent);
    m_planSchedule->setText(request.planSchedule);
    m_planBudget->setText(request.planBudget ? HistoryLabels::moneyPlain(request.planBudget)
                                             : QString());
}

ServiceRequest RequestDialog::collect(bool *budgetOk) const
{
    ServiceRequest r = m_request;
    r.title = m_title->text().trimmed();
    r.description = m_description->toPlainText().trimmed();
    r.priority = RequestPriority(m_priority->currentData().toInt());
    r.owner = m_owner->text().trimmed();
    r.dueOn = m_hasDue->isChecked() ? m_due->date() : QDate();
    r.planContent = m_planContent->toPlainText().trimmed();
    r.planSchedule = m_planSchedule->text().trimmed();
    bool ok = true;
    const QString budget = m_planBudget->text().trimmed();
    if (budget.isEmpty()) {
        r.planBudget = 0;
    } else if (const std::optional<qint64> amount = HistoryLabels::parseMoney(budget)) {
        r.planBudget = *amount;
    } else {
        ok = false;
    }
    if (budgetOk)
        *budgetOk = ok;
    return r;
}

void RequestDialog::refuse(const Error &error)
{
    // Every offending field's message, in the order of the form; the first one gets the focus.
    const std::pair<const char *, QWidget *> fields[] = {
            {"title", m_title},
            {"description", m_description},
            {"priority", m_priority},
            {"owner", m_owner},
            {"due_on", m_due},
            {"plan_content", m_planContent},
            {"plan_schedule", m_planSchedule},
            {"plan_budget", m_planBudget},
    };
    QStringList lines;
    QWidget *first = nullptr;
    QHash<QString, QString> rest = error.fieldErrors;
    for (const auto &[key, widget] : fields) {
        const QString message = rest.take(QString::fromLatin1(key));
        if (message.isEmpty())
            continue;
        lines.append(message);
        if (!first)
            first = widget;
    }
    for (const QString &message : std::as_const(rest))
        lines.append(message);
    if (lines.isEmpty())
        lines.append(error.message);
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->show();
    m_reload->setVisible(error.code == Error::Code::Conflict && !isNew());
    if (first == m_due && !m_hasDue->isChecked())
        first = m_hasDue;
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void RequestDialog::reloadStored()
{
    const Result<ServiceRequest> stored = m_requests.get(m_actor, m_request.id);
    if (!stored) {
        refuse(stored.error());
        return;
    }
    m_request = stored.value();
    load(m_request);
    m_error->hide();
    m_reload->hide();
    m_title->setFocus(Qt::OtherFocusReason);
}

void RequestDialog::accept()
{
    bool budgetOk = true;
    const ServiceRequest typed = collect(&budgetOk);
    if (!budgetOk) {
        Error e = makeError(Error::Code::Invalid, QString());
        e.fieldErrors.insert(QStringLiteral("plan_budget"),
                             tr("Enter the budget as an amount, e.g. %1.")
                                     .arg(HistoryLabels::moneyPlain(120000)));
        refuse(e);
        return;
    }
    const Result<ServiceRequest> saved = isNew() ? m_requests.open(m_actor, typed)
                                                 : m_requests.update(m_actor, typed);
    if (!saved) {
        refuse(saved.error());
        return;
    }
    m_request = saved.value();
    m_error->hide();
    m_reload->hide();
    QDialog::accept();
}
