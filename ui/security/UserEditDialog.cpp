#include "UserEditDialog.h"

#include "security/PasswordHasher.h"
#include "security/Permissions.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UserEditDialog::UserEditDialog(
        UserRepository &users, const Actor &actor, Mode mode, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_actor(actor)
    , m_mode(mode)
    , m_user(mode == Mode::Create ? User() : user)
{
    setObjectName(QStringLiteral("userEditDialog"));
    const QString who = tr("<b>%1</b> (%2)")
                                .arg(m_user.displayName.toHtmlEscaped(),
                                     m_user.login.toHtmlEscaped());
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("userEditIntro"));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    QString acceptText;
    switch (m_mode) {
    case Mode::Create:
        setWindowTitle(tr("New user"));
        intro->setText(tr("A new staff account. Its owner signs in with the user name and the "
                          "initial password, and can then change the password under File > "
                          "Change password."));
        m_login = new QLineEdit(this);
        m_login->setObjectName(QStringLiteral("newLoginEdit"));
        m_login->setPlaceholderText(tr("e.g. wang.fang"));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("newNameEdit"));
        form->addRow(tr("&User name"), m_login);
        form->addRow(tr("&Name"), m_name);
        form->addRow(tr("Roles"), createRoleChecks());
        form->addRow(tr("Initial &password"), createPasswordRow());
        acceptText = tr("Create user");
        break;
    case Mode::ResetPassword:
        setWindowTitle(tr("Reset password"));
        intro->setText(tr("A new password for %1. The old one stops working at once, and a lock "
                          "after wrong passwords is lifted.")
                               .arg(who));
        form->addRow(tr("New &password"), createPasswordRow());
        acceptText = tr("Reset password");
        break;
    case Mode::Roles:
        setWindowTitle(tr("Roles"));
        intro->setText(m_user.id == m_actor.userId
                               ? tr("What you may do. Changes to your own roles take effect "
                                    "when you next sign in.")
                               : tr("What %1 may do. The changes take effect when they next "
                                    "sign in.")
                                         .arg(who));
        form->addRow(tr("Roles"), createRoleChecks());
        m_frontDesk->setChecked(m_user.roles & int(Role::FrontDesk));
        m_supervisor->setChecked(m_user.roles & int(Role::Supervisor));
        m_admin->setChecked(m_user.roles & int(Role::Admin));
        acceptText = tr("Save roles");
        break;
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("userEditError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(acceptText, QDialogButtonBox::AcceptRole)
            ->setObjectName(QStringLiteral("userEditAcceptButton"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)
            ->setObjectName(QStringLiteral("userEditCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
    if (m_login)
        m_login->setFocus();
    else if (m_password)
        m_password->setFocus();
    else
        m_frontDesk->setFocus();
}

QWidget *UserEditDialog::createRoleChecks()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto check = [&](Role role, const char *name, const QString &help) {
        auto *c = new QCheckBox(Permissions::roleName(role), box);
        c->setObjectName(QString::fromLatin1(name));
        c->setToolTip(help);
        layout->addWidget(c);
        return c;
    };
    m_frontDesk = check(Role::FrontDesk,
                        "frontDeskCheck",
                        tr("Finds customers and keeps their profiles and service history."));
    m_supervisor = check(Role::Supervisor,
                         "supervisorCheck",
                         tr("Reviews complaints and service quality, runs reports, exports."));
    m_admin = check(Role::Admin,
                    "adminCheck",
                    tr("Manages users and roles, lists, settings and backups."));
    return box;
}

QWidget *UserEditDialog::createPasswordRow()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    // The administrator hands this password over, so it is shown; digits and letters that look
    // alike are easier to tell apart in a fixed-width font.
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_password->setPlaceholderText(tr("at least %1 characters").arg(PasswordHasher::MinimumLength));
    m_generate = new QPushButton(tr("&Generate"), box);
    m_generate->setObjectName(QStringLiteral("generatePasswordButton"));
    m_generate->setAutoDefault(false);
    m_generate->setToolTip(tr("Make up a random password of letters and digits."));
    connect(m_generate, &QPushButton::clicked, this, &UserEditDialog::generatePassword);
    row->addWidget(m_password, 1);
    row->addWidget(m_generate);
    layout->addLayout(row);
    m_passwordNote = new QLabel(box);
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setText(tr("Hand this password over now: it is not shown again. The user "
                               "should change it after signing in."));
    m_passwordNote->hide();
    layout->addWidget(m_passwordNote);
    connect(m_password, &QLineEdit::textEdited, m_passwordNote, &QWidget::hide);
    return box;
}

void UserEditDialog::generatePassword()
{
    m_password->setText(PasswordHasher::generate());
    m_passwordNote->show();
    m_password->setFocus();
    m_password->selectAll();
}

int UserEditDialog::checkedRoles() const
{
    int roles = 0;
    if (m_frontDesk->isChecked())
        roles |= int(Role::FrontDesk);
    if (m_supervisor->isChecked())
        roles |= int(Role::Supervisor);
    if (m_admin->isChecked())
        roles |= int(Role::Admin);
    return roles;
}

void UserEditDialog::refuse(const Error &error)
{
    // Validation names every offending field; show them all, in the order of the form.
    QStringList lines;
    const std::pair<const char *, QWidget *> fields[] = {
            {"login", m_login},
            {"displayName", m_name},
            {"password", m_password},
            {"roles", m_frontDesk},
    };
    QWidget *first = nullptr;
    for (const auto &[key, widget] : fields) {
        const QString message = error.fieldErrors.value(QString::fromLatin1(key));
        if (message.isEmpty() || !widget)
            continue;
        lines.append(message);
        if (!first)
            first = widget;
    }
    if (lines.isEmpty())
        lines.append(error.message);
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->show();
    if (!first && error.code == Error::Code::Duplicate)
        first = m_login;
    if (!first && error.code == Error::Code::Invalid)
        first = m_password ? static_cast<QWidget *>(m_password) : m_frontDesk;
    if (first)
        first->setFocus();
}

void UserEditDialog::accept()
{
    switch (m_mode) {
    case Mode::Create: {
        const Result<User> created = m_users.create(m_actor,
                                                    m_login->text(),
                                                    m_name->text(),
                                                    m_password->text(),
                                                    checkedRoles());
        if (!created)
            return refuse(created.error());
        m_user = created.value();
        m_outcome = tr("%1 can now sign in as %2.").arg(m_user.displayName, m_user.login);
        break;
    }
    case Mode::ResetPassword:
        if (Status s = m_users.resetPassword(m_actor, m_user.id, m_password->text()); !s)
            return refuse(s.error());
        m_outcome = tr("The password of %1 was reset.").arg(m_user.login);
        break;
    case Mode::Roles:
        if (checkedRoles() != m_user.roles) {
            if (Status s = m_users.setRoles(m_actor, m_user.id, checkedRoles()); !s)
                return refuse(s.error());
            m_user.roles = checkedRoles();
        }
        m_outcome = tr("The roles of %1 were saved.").arg(m_user.login);
        break;
    }
    QDialog::accept();
}
