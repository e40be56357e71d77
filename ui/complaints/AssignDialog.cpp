#include "AssignDialog.h"

#include "security/UserRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AssignDialog::AssignDialog(Database &db, const Actor &actor, int complaints, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign complaints"));
    auto *intro = new QLabel(tr("Hand %n complaint(s) to:", nullptr, complaints), this);
    intro->setObjectName(QStringLiteral("assignIntro"));
    m_handlers = new QComboBox(this);
    m_handlers->setObjectName(QStringLiteral("assignHandlerCombo"));
    m_handlers->addItem(tr("(unassigned)"), QString());
    auto *error = new QLabel(this);
    error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error->setWordWrap(true);
    error->hide();
    const Result<QList<User>> staff = UserRepository(db).staff(actor);
    if (staff) {
        for (const User &u : staff.value())
            m_handlers->addItem(u.displayName.isEmpty() || u.displayName == u.login
                                        ? u.login
                                        : tr("%1 (%2)").arg(u.displayName, u.login),
                                u.login);
        m_handlers->setCurrentIndex(m_handlers->count() > 1 ? 1 : 0);
    } else {
        error->setText(staff.error().message);
        error->show();
    }
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *assign = buttons->addButton(tr("Assign"), QDialogButtonBox::AcceptRole);
    assign->setObjectName(QStringLiteral("assignAcceptButton"));
    assign->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)
            ->setObjectName(QStringLiteral("assignCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Handler"), m_handlers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    m_handlers->setFocus();
}

QString AssignDialog::handler() const
{
    return m_handlers->currentData().toString();
}
