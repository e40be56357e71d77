#include "ComplaintForm.h"

#include "complaints/ComplaintLabels.h"
#include "history/HistoryLabels.h"
#include "history/InlineErrors.h"
#include "history/PurchaseRepository.h"
#include "history/ServiceRequestRepository.h"
#include "security/UserRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
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
    edit->setMaximumHeight(line * (lines + 1) + 12);
    return edit;
}

QComboBox *combo(QWidget *parent, const char *name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    return box;
}

QDateTime toMinute(const QDateTime &t)
{
    QDateTime local = t.toLocalTime();
    local.setTime(QTime(local.time().hour(), local.time().minute()));
    return local;
}

} // namespace

ComplaintForm::ComplaintForm(Database &db, const Actor &actor, InlineErrors &errors, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_errors(errors)
    , m_choices(db)
{
    auto *received = new QGroupBox(tr("Complaint"), this);
    received->setObjectName(QStringLiteral("complaintGroup"));
    // Rows packed at the top: the column beside may be the taller one.
    auto *left = new QFormLayout;
    auto *leftBox = new QVBoxLayout(received);
    leftBox->addLayout(left);
    leftBox->addStretch();
    m_received = new QDateTimeEdit(received);
    m_received->setObjectName(QStringLiteral("complaintReceivedEdit"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_received->setToolTip(tr("When the complaint came in (Alt+Down opens the calendar)"));
    m_errors.addRow(left,
                    tr("Recei&ved"),
                    m_received,
                    QStringLiteral("received_at"),
                    QStringLiteral("complaintReceivedError"));
    m_channel = combo(received, "complaintChannelCombo");
    for (InteractionChannel ch : HistoryLabels::channels())
        m_channel->addItem(HistoryLabels::channel(ch), int(ch));
    m_errors.addRow(left,
                    tr("C&hannel"),
                    m_channel,
                    QStringLiteral("channel"),
                    QStringLiteral("complaintChannelError"));
    m_reason = combo(received, "complaintReasonCombo");
    m_errors.addRow(left,
                    tr("&Reason *"),
                    m_reason,
                    QStringLiteral("reason"),
                    QStringLiteral("complaintReasonError"));
    m_subReason = combo(received, "complaintSubReasonCombo");
    m_errors.addRow(left,
                    tr("De&tailed reason"),
                    m_subReason,
                    QStringLiteral("sub_reason"),
                    QStringLiteral("complaintSubReasonError"));
    m_severity = combo(received, "complaintSeverityCombo");
    for (ComplaintSeverity s : ComplaintLabels::severities())
        m_severity->addItem(ComplaintLabels::severity(s), int(s));
    m_errors.addRow(left,
                    tr("Se&verity"),
                    m_severity,
                    QStringLiteral("severity"),
                    QStringLiteral("complaintSeverityError"));
    m_description = textBox(received, "complaintDescriptionEdit", 3);
    m_description->setPlaceholderText(tr("What the customer complains about, in their words"));
    m_errors.addRow(left,
                    tr("&Description *"),
                    m_description,
                    QStringLiteral("description"),
                    QStringLiteral("complaintDescriptionError"));
    m_purchase = combo(received, "complaintPurchaseCombo");
    m_errors.addRow(left,
                    tr("&Purchase"),
                    m_purchase,
                    QStringLiteral("purchase"),
                    QStringLiteral("complaintPurchaseError"));
    m_request = combo(received, "complaintRequestCombo");
    m_errors.addRow(left,
                    tr("Service re&quest"),
                    m_request,
                    QStringLiteral("request"),
                    QStringLiteral("complaintRequestError"));
    m_handler = combo(received, "complaintHandlerCombo");
    m_errors.addRow(left,
                    tr("Hand&ler"),
                    m_handler,
                    QStringLiteral("handler"),
                    QStringLiteral("complaintHandlerError"));

    // Handling beside what was received, and the history as the next tab (the dialog adds it):
    // the whole complaint fits a laptop's screen.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("complaintTabs"));
    auto *handling = new QWidget(m_tabs);
    handling->setObjectName(QStringLiteral("handlingPage"));
    auto *right = new QFormLayout;
    auto *rightBox = new QVBoxLayout(handling);
    rightBox->addLayout(right);
    rightBox->addStretch();
    m_response = textBox(handling, "complaintResponseEdit", 2);
    m_response->setPlaceholderText(tr("What the customer was told first"));
    m_errors.addRow(right,
                    tr("Res&ponse"),
                    m_response,
                    QStringLiteral("response"),
                    QStringLiteral("complaintResponseError"));
    m_resolution = textBox(handling, "complaintResolutionEdit", 2);
    m_resolution->setPlaceholderText(tr("How it was settled; needed to resolve or close"));
    m_errors.addRow(right,
                    tr("Resol&ution"),
                    m_resolution,
                    QStringLiteral("resolution"),
                    QStringLiteral("complaintResolutionError"));
    m_rootCause = textBox(handling, "complaintRootCauseEdit", 2);
    m_errors.addRow(right,
                    tr("Root ca&use"),
                    m_rootCause,
                    QStringLiteral("root_cause"),
                    QStringLiteral("complaintRootCauseError"));
    m_corrective = textBox(handling, "complaintCorrectiveEdit", 2);
    m_errors.addRow(right,
                    tr("Corrective action"),
                    m_corrective,
                    QStringLiteral("corrective_action"),
                    QStringLiteral("complaintCorrectiveError"));
    m_preventive = textBox(handling, "complaintPreventiveEdit", 2);
    m_errors.addRow(right,
                    tr("Preventive action"),
                    m_preventive,
                    QStringLiteral("preventive_action"),
                    QStringLiteral("complaintPreventiveError"));
    m_compensationKind = combo(handling, "complaintCompensationKindCombo");
    m_errors.addRow(right,
                    tr("Compensation"),
                    m_compensationKind,
                    QStringLiteral("compensation_kind"),
                    QStringLiteral("complaintCompensationKindError"));
    m_compensationAmount = new QLineEdit(handling);
    m_compensationAmount->setObjectName(QStringLiteral("complaintCompensationAmountEdit"));
    m_compensationAmount->setPlaceholderText(tr("yuan, e.g. 200.00"));
    m_compensationAmount->setAlignment(Qt::AlignRight);
    m_errors.addRow(right,
                    tr("Compensation amount"),
                    m_compensationAmount,
                    QStringLiteral("compensation_amount"),
                    QStringLiteral("complaintCompensationAmountError"));
    m_confirmation = combo(handling, "complaintConfirmationCombo");
    for (ComplaintConfirmation c : {ComplaintConfirmation::NotAsked,
                                    ComplaintConfirmation::Accepted,
                                    ComplaintConfirmation::Rejected})
        m_confirmation->addItem(ComplaintLabels::confirmation(c), int(c));
    m_errors.addRow(right,
                    tr("Customer's confirmation"),
                    m_confirmation,
                    QStringLiteral("confirmation"),
                    QStringLiteral("complaintConfirmationError"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(handling, tr("Handlin&g"));
    layout->addWidget(received, 1);
    layout->addWidget(m_tabs, 1);

    const QList<QWidget *> order {m_received,
                                  m_channel,
                                  m_reason,
                                  m_subReason,
                                  m_severity,
                                  m_description,
                                  m_purchase,
                                  m_request,
                                  m_handler,
                                  m_response,
                                  m_resolution,
                                  m_rootCause,
                                  m_corrective,
                                  m_preventive,
                                  m_compensationKind,
                                  m_compensationAmount,
                                  m_confirmation};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] {
        fillSubReasons(m_reason->currentData().toString(), m_storedSubReason);
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, &ComplaintForm::slaInputsChanged);
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &ComplaintForm::slaInputsChanged);
}

QWidget *ComplaintForm::firstField() const
{
    return m_received;
}

QWidget *ComplaintForm::startField(bool isNew) const
{
    if (isNew)
        return m_channel;
    return m_response->isReadOnly() ? m_description : m_response;
}

void ComplaintForm::load(const Complaint &c)
{
    const QSignalBlocker blockSeverity(m_severity);
    const QSignalBlocker blockReceived(m_received);
    m_reasonLabels = m_choices.labels(ChoiceLists::ComplaintReason);
    m_compensationLabels = m_choices.labels(ChoiceLists::CompensationKind);
    m_loadedReceived = c.receivedAt.isValid() ? c.receivedAt : QDateTime::currentDateTimeUtc();
    const QDateTime shown = toMinute(m_loadedReceived);
    // Up to the end of today (a clock that was ahead leaves a later time as it is).
    m_received->setMaximumDateTime(qMax(QDateTime(QDate::currentDate(), QTime(23, 59)), shown));
    m_received->setDateTime(shown);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(int(c.channel))));
    m_storedSubReason = c.subReason;
    fillReasons(c.reason);
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(int(c.severity))));
    m_description->setPlainText(c.description);
    fillLinks(c);
    fillHandlers(c.handler);
    m_response->setPlainText(c.response);
    m_resolution->setPlainText(c.resolution);
    m_rootCause->setPlainText(c.rootCause);
    m_corrective->setPlainText(c.correctiveAction);
    m_preventive->setPlainText(c.preventiveAction);
    fillCompensationKinds(c.compensationKind);
    m_compensationAmount->setText(
            c.compensationAmount ? HistoryLabels::moneyPlain(c.compensationAmount) : QString());
    m_confirmation->setCurrentIndex(qMax(0, m_confirmation->findData(int(c.confirmation))));
}

void ComplaintForm::fillReasons(const QString &stored)
{
    const QSignalBlocker block(m_reason);
    m_reason->clear();
    m_subReason->clear();
    const Result<QList<Choice>> entries = m_choices.entries(m_actor,
                                                            ChoiceLists::ComplaintReason,
                                                            true);
    m_reasons = entries ? entries.value() : QList<Choice>();
    if (!entries)
        m_errors.showField(QStringLiteral("reason"), entries.error().message);
    m_reason->addItem(tr("(choose a reason)"), QString());
    for (const Choice &c : std::as_const(m_reasons))
        if (c.parent.isEmpty() && (!c.retired || c.code == stored))
            m_reason->addItem(c.label, c.code);
    if (!stored.isEmpty() && m_reason->findData(stored) < 0)
        m_reason->addItem(m_reasonLabels.label(stored), stored);
    m_reason->setCurrentIndex(qMax(0, m_reason->findData(stored)));
    fillSubReasons(m_reason->currentData().toString(), m_storedSubReason);
}

void ComplaintForm::fillSubReasons(const QString &reason, const QString &stored)
{
    const QString keep = m_subReason->count() ? m_subReason->currentData().toString() : stored;
    m_subReason->clear();
    m_subReason->addItem(tr("(none)"), QString());
    for (const Choice &c : std::as_const(m_reasons))
        if (!reason.isEmpty() && c.parent == reason && (!c.retired || c.code == stored))
            m_subReason->addItem(c.label, c.code);
    const int index = m_subReason->findData(keep.isEmpty() ? stored : keep);
    m_subReason->setCurrentIndex(qMax(0, index));
    m_subReason->setEnabled(m_reason->isEnabled() && m_subReason->count() > 1);
}

void ComplaintForm::fillCompensationKinds(const QString &stored)
{
    m_compensationKind->clear();
    m_compensationKind->addItem(tr("(none)"), QString());
    const Result<QList<Choice>> kinds = m_choices.entries(m_actor, ChoiceLists::CompensationKind);
    if (kinds) {
        for (const Choice &c : kinds.value())
            m_compensationKind->addItem(c.label, c.code);
    } else {
        m_errors.showField(QStringLiteral("compensation_kind"), kinds.error().message);
    }
    if (!stored.isEmpty() && m_compensationKind->findData(stored) < 0)
        m_compensationKind->addItem(m_compensationLabels.label(stored), stored);
    m_compensationKind->setCurrentIndex(qMax(0, m_compensationKind->findData(stored)));
}

void ComplaintForm::fillLinks(const Complaint &c)
{
    const QLocale locale;
    m_purchase->clear();
    m_purchase->addItem(tr("(none)"), qint64(0));
    PurchaseRepository purchases(m_db);
    // The newest ones: a complaint is about something recent; an older link stays as stored.
    if (const auto page = purchases.forCustomer(m_actor, c.customerId, {}, 100)) {
        for (const Purchase &p : page->rows)
            m_purchase->addItem(tr("%1 · %2 · %3")
                                        .arg(locale.toString(p.purchasedAt.toLocalTime().date(),
                                                             QLocale::ShortFormat),
                                             p.product,
                                             HistoryLabels::money(p.amount)),
                                p.id);
    }
    if (c.purchaseId && m_purchase->findData(c.purchaseId) < 0)
        m_purchase->addItem(tr("Purchase No. %1").arg(c.purchaseId), c.purchaseId);
    m_purchase->setCurrentIndex(qMax(0, m_purchase->findData(c.purchaseId)));

    m_request->clear();
    m_request->addItem(tr("(none)"), qint64(0));
    ServiceRequestRepository requests(m_db);
    if (const auto page = requests.forCustomer(m_actor, c.customerId, {}, 100)) {
        for (const ServiceRequest &r : page->rows)
            m_request->addItem(tr("%1 · %2 (%3)")
                                       .arg(locale.toString(r.openedAt.toLocalTime().date(),
                                                            QLocale::ShortFormat),
                                            r.title,
                                            HistoryLabels::stage(r.stage)),
                               r.id);
    }
    if (c.requestId && m_request->findData(c.requestId) < 0)
        m_request->addItem(tr("Request No. %1").arg(c.requestId), c.requestId);
    m_request->setCurrentIndex(qMax(0, m_request->findData(c.requestId)));
}

void ComplaintForm::fillHandlers(const QString &stored)
{
    m_handler->clear();
    m_handler->addItem(tr("(unassigned)"), QString());
    UserRepository users(m_db);
    const Result<QList<User>> staff = users.staff(m_actor);
    if (staff) {
        for (const User &u : staff.value())
            m_handler->addItem(u.displayName.isEmpty() || u.displayName == u.login
                                       ? u.login
                                       : tr("%1 (%2)").arg(u.displayName, u.login),
                               u.login);
    } else {
        m_errors.showField(QStringLiteral("handler"), staff.error().message);
    }
    // A handler whose account was disabled since still shows.
    if (!stored.isEmpty() && m_handler->findData(stored) < 0)
        m_handler->addItem(stored, stored);
    m_handler->setCurrentIndex(qMax(0, m_handler->findData(stored)));
}

void ComplaintForm::limitHandlersTo(const QString &login)
{
    const QString current = m_handler->currentData().toString();
    for (int i = m_handler->count() - 1; i > 0; --i) {
        const QString code = m_handler->itemData(i).toString();
        if (code != login && code != current)
            m_handler->removeItem(i);
    }
}

void ComplaintForm::setEditable(bool fields, bool handler)
{
    for (QWidget *w : std::initializer_list<QWidget *> {m_received,
                                                        m_channel,
                                                        m_reason,
                                                        m_severity,
                                                        m_purchase,
                                                        m_request,
                                                        m_compensationKind,
                                                        m_confirmation})
        w->setEnabled(fields);
    m_subReason->setEnabled(fields && m_subReason->count() > 1);
    for (QPlainTextEdit *e :
         {m_description, m_response, m_resolution, m_rootCause, m_corrective, m_preventive})
        e->setReadOnly(!fields);
    m_compensationAmount->setReadOnly(!fields);
    m_handler->setEnabled(handler);
}

std::optional<Complaint> ComplaintForm::collect(const Complaint &base) const
{
    Complaint c = base;
    const QDateTime shown = m_received->dateTime();
    c.receivedAt = shown == toMinute(m_loadedReceived) ? m_loadedReceived : shown.toUTC();
    c.channel = InteractionChannel(m_channel->currentData().toInt());
    c.reason = m_reason->currentData().toString();
    c.subReason = m_subReason->currentData().toString();
    c.severity = ComplaintSeverity(m_severity->currentData().toInt());
    c.description = m_description->toPlainText().trimmed();
    c.purchaseId = m_purchase->currentData().toLongLong();
    c.requestId = m_request->currentData().toLongLong();
    c.handler = m_handler->currentData().toString();
    c.response = m_response->toPlainText().trimmed();
    c.resolution = m_resolution->toPlainText().trimmed();
    c.rootCause = m_rootCause->toPlainText().trimmed();
    c.correctiveAction = m_corrective->toPlainText().trimmed();
    c.preventiveAction = m_preventive->toPlainText().trimmed();
    c.compensationKind = m_compensationKind->currentData().toString();
    c.confirmation = ComplaintConfirmation(m_confirmation->currentData().toInt());
    const QString amount = m_compensationAmount->text().trimmed();
    if (amount.isEmpty()) {
        c.compensationAmount = 0;
    } else if (const std::optional<qint64> value = HistoryLabels::parseMoney(amount)) {
        c.compensationAmount = *value;
    } else {
        m_errors.showField(QStringLiteral("compensation_amount"),
                           tr("“%1” is not an amount. Type yuan with at most two decimals, "
                              "e.g. 200.00.")
                                   .arg(amount));
        m_compensationAmount->setFocus(Qt::OtherFocusReason);
        return std::nullopt;
    }
    return c;
}

QStringList ComplaintForm::fingerprint() const
{
    return {m_received->dateTime().toString(Qt::ISODate),
            m_channel->currentData().toString(),
            m_reason->currentData().toString(),
            m_subReason->currentData().toString(),
            m_severity->currentData().toString(),
            m_description->toPlainText(),
            m_purchase->currentData().toString(),
            m_request->currentData().toString(),
            m_handler->currentData().toString(),
            m_response->toPlainText(),
            m_resolution->toPlainText(),
            m_rootCause->toPlainText(),
            m_corrective->toPlainText(),
            m_preventive->toPlainText(),
            m_compensationKind->currentData().toString(),
            m_compensationAmount->text(),
            m_confirmation->currentData().toString()};
}
