#include "PasswordPrompt.h"

#include "storage/ArchiveAddress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordPrompt::PasswordPrompt(const ArchiveAddress &address, bool retry, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordPrompt"));
    setWindowTitle(tr("Server password — ServiceArchive"));
    const QString user = address.user().isEmpty() ? tr("(default)") : address.user();
    auto *intro = new QLabel(tr("The server of the archive <b>%1</b> asks for the password of "
                                "the database user <b>%2</b>.")
                                     .arg(address.displayName().toHtmlEscaped(),
                                          user.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto *note = new QLabel(tr("It is kept only while the archive is open, never saved."), this);
    note->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *error = new QLabel(tr("That password was not accepted. Try again."), this);
    error->setObjectName(QStringLiteral("serverPasswordError"));
    error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error->setWordWrap(true);
    error->setVisible(retry);

    auto *form = new QFormLayout;
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole)
            ->setObjectName(QStringLiteral("connectButton"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(400);
    m_password->setFocus();
}

QString PasswordPrompt::password() const
{
    return m_password->text();
}

std::optional<QString> PasswordPrompt::ask(QWidget *parent,
                                           const ArchiveAddress &address,
                                           bool retry)
{
    ++s_asked;
    if (!s_answers.empty()) {
        const std::optional<QString> answer = s_answers.front();
        s_answers.pop_front();
        return answer;
    }
    if (s_unattended)
        return std::nullopt;
    PasswordPrompt prompt(address, retry, parent);
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    return prompt.password();
}
