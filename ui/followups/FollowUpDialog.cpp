#include "FollowUpDialog.h"

#include "FollowUpLinks.h"
#include "history/InlineErrors.h"
#include "security/Permissions.h"
#include "security/UserRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

// The link combo's data: kind and id.
QVariant linkData(FollowUpLinks::Kind kind, qint64 id)
{
    return QStringLiteral("%1:%2").arg(int(kind)).arg(id);
}

FollowUpLinks::Choice choiceOf(const QVariant &data)
{
    const QStringList parts = data.toString().split(QLatin1Char(':'));
    if (parts.size() != 2)
        return {};
    return {FollowUpLinks::Kind(parts.at(0).toInt()), parts.at(1).toLongLong(), {}};
}

} // namespace

FollowUpDialog::FollowUpDialog(Database &db,
                               const Actor &actor,
                               const FollowUp &followUp,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_repository(db)
    , m_actor(actor)
    , m_followUp(followUp)
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(isNew() ? tr("Plan a follow-up") : tr("Follow-up"));
    setMinimumWidth(520);

    m_banner = InlineErrors::createBanner(this, QStringLiteral("followUpError"));
    m_errors = std::make_unique<InlineErrors>(m_banner);
    auto *form = new QFormLayout;

    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("followUpPurposeEdit"));
    m_purpose->setPlaceholderText(tr("Why call, e.g. 确认空调安装后使用情况"));
    m_errors->addRow(form,
                     tr("&Purpose *"),
                     m_purpose,
                     QStringLiteral("purpose"),
                     QStringLiteral("followUpPurposeError"));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("followUpDueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setToolTip(tr("The day to call (Alt+Down opens the calendar)"));
    m_errors->addRow(form,
                     tr("&Due on *"),
                     m_due,
                     QStringLiteral("due_on"),
                     QStringLiteral("followUpDueError"));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("followUpAssigneeCombo"));
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    m_assignee->setToolTip(tr("The user name of who calls; empty: anyone at the desk"));
    m_errors->addRow(form,
                     tr("&Assignee"),
                     m_assignee,
                     QStringLiteral("assignee"),
                     QStringLiteral("followUpAssigneeError"));
    m_link = new QComboBox(this);
    m_link->setObjectName(QStringLiteral("followUpLinkCombo"));
    m_link->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_link->setMinimumContentsLength(30);
    // One place for the three links' refusals.
    m_errors->addRow(form,
                     tr("&Follows"),
                     m_link,
                     QStringLiteral("link"),
                     QStringLiteral("followUpLinkError"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("followUpNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_errors->addRow(form,
                     tr("&Notes"),
                     m_notes,
                     QStringLiteral("notes"),
                     QStringLiteral("followUpNotesError"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("followUpSaveButton"));
    save->setText(isNew() ? tr("Plan") : tr("Save"));
    save->setDefault(true);
    save->setToolTip(tr("Save the follow-up (Enter; Ctrl+Enter in the notes)"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("followUpCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &FollowUpDialog::accept);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);

    // A new one: the next working day, the desk itself calls.
    if (isNew()) {
        m_followUp.dueOn = FollowUpRepository::nextWorkingDay(QDate::currentDate());
        m_followUp.assignee = m_actor.login;
    }
    m_purpose->setText(m_followUp.purpose);
    m_due->setDate(m_followUp.dueOn);
    m_notes->setPlainText(m_followUp.notes);
    fillAssignees();
    fillLinks();
    // A planned follow-up keeps what it follows (core changes only purpose, due, assignee, notes).
    m_link->setEnabled(isNew());
    m_purpose->setFocus(Qt::OtherFocusReason);
}

FollowUpDialog::~FollowUpDialog() = default;

void FollowUpDialog::fillAssignees()
{
    m_assignee->addItem(tr("(anyone)"), QString());
    QStringList logins {m_actor.login};
    // Who may see the staff list sees it; others type the user name.
    if (Permissions::allows(m_actor, Operation::ManageUsers)) {
        if (const Result<QList<User>> users = UserRepository(m_db).list(m_actor))
            for (const User &u : *users)
                if (!u.disabled && !logins.contains(u.login))
                    logins.append(u.login);
    }
    if (!m_followUp.assignee.isEmpty() && !logins.contains(m_followUp.assignee))
        logins.append(m_followUp.assignee);
    for (const QString &login : std::as_const(logins))
        m_assignee->addItem(login, login);
    const int current = m_assignee->findData(m_followUp.assignee);
    m_assignee->setCurrentIndex(qMax(0, current));
}

void FollowUpDialog::fillLinks()
{
    m_link->addItem(tr("(nothing)"), linkData(FollowUpLinks::Kind::None, 0));
    const FollowUpLinks links(m_db, m_actor);
    const QList<FollowUpLinks::Choice> choices = links.choices(m_followUp.customerId);
    for (const FollowUpLinks::Choice &c : choices)
        m_link->addItem(c.text, linkData(c.kind, c.id));
    const QVariant current = linkData(FollowUpLinks::kindOf(m_followUp),
                                      FollowUpLinks::idOf(m_followUp));
    int index = m_link->findData(current);
    if (index < 0 && FollowUpLinks::idOf(m_followUp) != 0) {
        m_link->addItem(links.describe(m_followUp), current);
        index = m_link->count() - 1;
    }
    m_link->setCurrentIndex(qMax(0, index));
}

FollowUp FollowUpDialog::collect() const
{
    FollowUp f = m_followUp;
    f.purpose = m_purpose->text();
    f.dueOn = m_due->date();
    // A typed name, or the one picked from the list ("(anyone)" is empty).
    const QString typed = m_assignee->currentText().trimmed();
    const int picked = m_assignee->findText(typed);
    f.assignee = picked >= 0 ? m_assignee->itemData(picked).toString() : typed;
    f.notes = m_notes->toPlainText();
    if (isNew())
        FollowUpLinks::apply(f, choiceOf(m_link->currentData()));
    return f;
}

void FollowUpDialog::accept()
{
    m_errors->clear();
    const FollowUp typed = collect();
    const Result<FollowUp> stored = isNew() ? m_repository.plan(m_actor, typed)
                                            : m_repository.update(m_actor, typed);
    if (!stored) {
        Error error = stored.error();
        for (const char *key : {"purchase", "request", "complaint"})
            if (error.fieldErrors.contains(QLatin1String(key)))
                error.fieldErrors.insert(QStringLiteral("link"),
                                         error.fieldErrors.take(QLatin1String(key)));
        m_errors->show(error);
        return;
    }
    m_followUp = *stored;
    QDialog::accept();
}
