#include "FirstAdminDialog.h"

#include "security/UserRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstAdminDialog::FirstAdminDialog(UserRepository &users,
                                   const QString &archiveName,
                                   QWidget *parent)
    : QDialog(parent)
    , m_users(users)
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("New archive — ServiceArchive"));
    auto *intro = new QLabel(tr("<b>%1</b> is a new archive. Create its administrator: the "
                                "account that adds the front desk and supervisor accounts. "
                                "Keep the password safe; there is no default password.")
                                     .arg(archiveName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("adminLoginEdit"));
    m_login->setText(QStringLiteral("admin"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("adminNameEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("adminPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("adminConfirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_allRoles = new QCheckBox(tr("I also work at the front desk and as supervisor"), this);
    m_allRoles->setObjectName(QStringLiteral("allRolesCheck"));
    m_allRoles->setToolTip(tr("For a small business where one person does everything. Untick "
                              "it to keep this account for administration only."));
    m_allRoles->setChecked(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("firstAdminError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("User name"), m_login);
    form->addRow(tr("Your name"), m_name);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Repeat password"), m_confirm);
    form->addRow(QString(), m_allRoles);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Create and sign in"), QDialogButtonBox::AcceptRole)
            ->setObjectName(QStringLiteral("createAdminButton"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    QPushButton *demo = buttons->addButton(tr("Try a demo archive instead"),
                                           QDialogButtonBox::ActionRole);
    demo->setObjectName(QStringLiteral("demoArchiveButton"));
    demo->setToolTip(tr("Opens a separate archive with made-up customers to look around in; "
                        "this archive stays new."));
    connect(demo, &QPushButton::clicked, this, [this] { done(DemoRequested); });
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_name->setFocus();
}

void FirstAdminDialog::accept()
{
    auto refuse = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    };
    if (m_password->text() != m_confirm->text()) {
        refuse(tr("The two passwords differ."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    const Result<User> admin = m_users.createFirstAdmin(m_login->text(),
                                                        m_name->text(),
                                                        m_password->text(),
                                                        m_allRoles->isChecked() ? AllRoles
                                                                                : int(Role::Admin));
    if (!admin) {
        refuse(admin.error().message);
        return;
    }
    const Result<Actor> actor = m_users.signIn(m_login->text(), m_password->text());
    if (!actor) {
        refuse(actor.error().message);
        return;
    }
    m_actor = actor.value();
    QDialog::accept();
}
