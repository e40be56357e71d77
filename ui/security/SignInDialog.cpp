#include "SignInDialog.h"

#include "security/UserRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

SignInDialog::SignInDialog(UserRepository &users, const QString &archiveName, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — ServiceArchive"));
    auto *intro = m_intro
            = new QLabel(tr("Sign in to the archive <b>%1</b>.").arg(archiveName.toHtmlEscaped()),
                         this);
    intro->setWordWrap(true);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setText(QSettings().value(QStringLiteral("signIn/lastLogin")).toString());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("User name"), m_login);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole)
            ->setObjectName(QStringLiteral("signInButton"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void SignInDialog::lockTo(const Actor &actor)
{
    m_lockedTo = actor.userId;
    setWindowTitle(tr("Locked — ServiceArchive"));
    m_intro->setText(tr("The window was locked after a while without use. %1, enter your "
                        "password to go on where you left off.")
                             .arg(actor.label().toHtmlEscaped()));
    m_login->setText(actor.login);
    m_login->setReadOnly(true);
    m_password->setFocus();
}

void SignInDialog::accept()
{
    const Result<Actor> actor = m_users.signIn(m_login->text(), m_password->text());
    m_password->clear();
    if (!actor) {
        m_error->setText(actor.error().message);
        m_error->show();
        m_password->setFocus();
        return;
    }
    if (m_lockedTo != 0 && actor->userId != m_lockedTo)
        return;
    m_actor = actor.value();
    QSettings().setValue(QStringLiteral("signIn/lastLogin"), m_actor.login);
    QDialog::accept();
}
