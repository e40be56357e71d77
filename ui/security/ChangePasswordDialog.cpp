#include "ChangePasswordDialog.h"

#include "security/PasswordHasher.h"
#include "security/UserRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(UserRepository &users,
                                           const Actor &actor,
                                           QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    auto *intro = new QLabel(tr("A new password for <b>%1</b>. It has at least %2 characters "
                                "and does not contain your user name.")
                                     .arg(m_actor.login.toHtmlEscaped())
                                     .arg(PasswordHasher::MinimumLength),
                             this);
    intro->setWordWrap(true);
    auto passwordEdit = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    m_current = passwordEdit("currentPasswordEdit");
    m_new = passwordEdit("newPasswordEdit");
    m_repeat = passwordEdit("repeatPasswordEdit");
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("changePasswordError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Current password"), m_current);
    form->addRow(tr("&New password"), m_new);
    form->addRow(tr("&Repeat new password"), m_repeat);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole)
            ->setObjectName(QStringLiteral("changePasswordButton"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)
            ->setObjectName(QStringLiteral("changePasswordCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_current->setFocus();
}

void ChangePasswordDialog::refuse(const QString &message, QLineEdit *field)
{
    m_error->setText(message);
    m_error->show();
    field->selectAll();
    field->setFocus();
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        m_repeat->clear();
        refuse(tr("The two new passwords differ."), m_repeat);
        return;
    }
    const Status changed = m_users.changePassword(m_actor, m_current->text(), m_new->text());
    if (!changed) {
        // A wrong current password is a refusal of who is asking; anything else is about the new
        // password (too short, contains the user name).
        if (changed.error().code == Error::Code::Permission) {
            m_current->clear();
            refuse(changed.error().message, m_current);
        } else {
            refuse(changed.error().message, m_new);
        }
        return;
    }
    QDialog::accept();
}
