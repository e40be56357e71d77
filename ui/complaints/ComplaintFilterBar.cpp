#include "ComplaintFilterBar.h"

#include "CustomerPicker.h"
#include "complaints/ComplaintLabels.h"
#include "history/ChoiceLists.h"
#include "security/UserRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {

const QDate AnyDay(2000, 1, 1); // shown as "any"

// Status choices beyond the single statuses.
constexpr int AllStatuses = -1;
constexpr int Unsettled = -2;

QDateEdit *dateEdit(QWidget *parent, const char *name, const QString &any)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(AnyDay);
    edit->setSpecialValueText(any);
    edit->setDate(AnyDay);
    return edit;
}

} // namespace

ComplaintFilterBar::ComplaintFilterBar(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_actor(actor)
    , m_db(db)
{
    m_from = dateEdit(this, "filterFromEdit", tr("any day"));
    m_from->setToolTip(tr("Received on or after this day"));
    m_to = dateEdit(this, "filterToEdit", tr("any day"));
    m_to->setToolTip(tr("Received on or before this day"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("filterStatusCombo"));
    m_status->addItem(tr("All statuses"), AllStatuses);
    m_status->addItem(tr("Not settled"), Unsettled);
    for (ComplaintStatus s : ComplaintLabels::statuses())
        m_status->addItem(ComplaintLabels::status(s), int(s));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("filterReasonCombo"));
    fillReasons();
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("filterSeverityCombo"));
    m_severity->addItem(tr("All severities"), -1);
    for (ComplaintSeverity s : ComplaintLabels::severities())
        m_severity->addItem(ComplaintLabels::severity(s), int(s));
    m_handler = new QComboBox(this);
    m_handler->setObjectName(QStringLiteral("filterHandlerCombo"));
    fillHandlers(db, actor);
    m_customer = new CustomerPicker(db, actor, this);
    m_customer->setObjectName(QStringLiteral("filterCustomerEdit"));
    m_customerNote = new QLabel(this);
    m_customerNote->setObjectName(QStringLiteral("filterCustomerNote"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterTextEdit"));
    m_text->setPlaceholderText(tr("in the description or resolution"));
    m_text->setClearButtonEnabled(true);
    m_overdue = new QCheckBox(tr("&Overdue only"), this);
    m_overdue->setObjectName(QStringLiteral("filterOverdueCheck"));
    auto *clearButton = new QPushButton(tr("C&lear filters"), this);
    clearButton->setObjectName(QStringLiteral("filterClearButton"));
    clearButton->setAutoDefault(false);

    // Narrow combos: the longest reason or name shows in the open list, not in the bar.
    for (QComboBox *box : {m_status, m_reason, m_severity, m_handler}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    m_customer->setMinimumWidth(m_customer->fontMetrics().horizontalAdvance(u'M') * 12);
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(u'M') * 14);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *dates = new QHBoxLayout;
    dates->setContentsMargins(0, 0, 0, 0);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label(tr("Recei&ved"), m_from), 0, 0);
    grid->addLayout(dates, 0, 1);
    grid->addWidget(label(tr("&Status"), m_status), 0, 2);
    grid->addWidget(m_status, 0, 3);
    grid->addWidget(label(tr("&Reason"), m_reason), 0, 4);
    grid->addWidget(m_reason, 0, 5);
    grid->addWidget(label(tr("Se&verity"), m_severity), 0, 6);
    grid->addWidget(m_severity, 0, 7);
    grid->addWidget(label(tr("C&ustomer"), m_customer), 1, 0);
    grid->addWidget(m_customer, 1, 1);
    grid->addWidget(label(tr("&Handler"), m_handler), 1, 2);
    grid->addWidget(m_handler, 1, 3);
    grid->addWidget(label(tr("&Text"), m_text), 1, 4);
    grid->addWidget(m_text, 1, 5, 1, 3);
    auto *last = new QHBoxLayout;
    last->setContentsMargins(0, 0, 0, 0);
    last->addWidget(m_overdue);
    last->addWidget(clearButton);
    last->addStretch();
    grid->addLayout(last, 0, 8);
    grid->addWidget(m_customerNote, 1, 8);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 2);
    grid->setColumnStretch(7, 1);
    grid->setColumnStretch(8, 1);

    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &ComplaintFilterBar::changed);
    for (QComboBox *box : {m_status, m_reason, m_severity, m_handler})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { later(0); });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] { later(TypingPause); });
    connect(m_overdue, &QCheckBox::toggled, this, [this] { later(0); });
    connect(m_text, &QLineEdit::textChanged, this, [this] { later(TypingPause); });
    connect(m_customer, &CustomerPicker::customerChanged, this, [this] { later(0); });
    connect(m_customer, &CustomerPicker::noteChanged, m_customerNote, &QLabel::setText);
    connect(clearButton, &QPushButton::clicked, this, &ComplaintFilterBar::clear);
}

void ComplaintFilterBar::fillReasons()
{
    m_reason->addItem(tr("All reasons"), QString());
    const Result<QList<Choice>> reasons = ChoiceLists(m_db).entries(m_actor,
                                                                    ChoiceLists::ComplaintReason,
                                                                    true);
    if (!reasons)
        return;
    for (const Choice &c : reasons.value())
        if (c.parent.isEmpty())
            m_reason->addItem(c.label, c.code);
}

void ComplaintFilterBar::fillHandlers(Database &db, const Actor &actor)
{
    m_handler->addItem(tr("Anyone"));
    m_handler->addItem(tr("(unassigned)"));
    const Result<QList<User>> staff = UserRepository(db).staff(actor);
    if (!staff)
        return;
    for (const User &u : staff.value())
        m_handler->addItem(u.displayName.isEmpty() || u.displayName == u.login
                                   ? u.login
                                   : tr("%1 (%2)").arg(u.displayName, u.login),
                           u.login);
}

void ComplaintFilterBar::later(int delay)
{
    m_pause.start(delay);
}

ComplaintFilter ComplaintFilterBar::filter() const
{
    ComplaintFilter f;
    if (m_from->date() != AnyDay)
        f.receivedFrom = m_from->date();
    if (m_to->date() != AnyDay)
        f.receivedTo = m_to->date();
    const int status = m_status->currentData().toInt();
    if (status == Unsettled)
        f.statuses = {ComplaintStatus::Open, ComplaintStatus::InProgress, ComplaintStatus::Reopened};
    else if (status != AllStatuses)
        f.statuses = {ComplaintStatus(status)};
    f.reason = m_reason->currentData().toString();
    if (const int severity = m_severity->currentData().toInt(); severity >= 0)
        f.severity = ComplaintSeverity(severity);
    if (m_handler->currentIndex() == 1)
        f.handler = QString();
    else if (m_handler->currentIndex() > 1)
        f.handler = m_handler->currentData().toString();
    f.customerId = m_customer->customerId();
    f.overdueOnly = m_overdue->isChecked();
    f.text = m_text->text().trimmed();
    return f;
}

bool ComplaintFilterBar::isFiltering() const
{
    return !(filter() == ComplaintFilter());
}

void ComplaintFilterBar::clear()
{
    for (QWidget *w : std::initializer_list<QWidget *> {
                 m_from, m_to, m_status, m_reason, m_severity, m_handler, m_overdue, m_text})
        w->blockSignals(true);
    m_from->setDate(AnyDay);
    m_to->setDate(AnyDay);
    for (QComboBox *box : {m_status, m_reason, m_severity, m_handler})
        box->setCurrentIndex(0);
    m_overdue->setChecked(false);
    m_text->clear();
    for (QWidget *w : std::initializer_list<QWidget *> {
                 m_from, m_to, m_status, m_reason, m_severity, m_handler, m_overdue, m_text})
        w->blockSignals(false);
    m_customer->clear();
    m_customer->clearCustomer();
    m_customerNote->clear();
    later(0);
}
