#pragma once

#include "Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class UserRepository;

// File > Change password: the signed-in user replaces their own password, giving the current one
// first. Core's refusals (wrong current password, a weak new one) are shown in the dialog, which
// stays open.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(UserRepository &users, const Actor &actor, QWidget *parent = nullptr);

    void accept() override;

private:
    void refuse(const QString &message, QLineEdit *field);

    UserRepository &m_users;
    Actor m_actor;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};
