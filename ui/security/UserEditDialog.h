#pragma once

#include "Actor.h"
#include "security/UserRepository.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// One change to a staff account, made by an administrator through UserRepository: a new account
// (user name, name, roles, initial password), a password reset, or the account's roles. Core's
// refusals are shown in the dialog, which stays open with everything typed.
class UserEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Create,
        ResetPassword,
        Roles,
    };

    // For ResetPassword and Roles, user is the account to change; Create ignores it.
    UserEditDialog(UserRepository &users,
                   const Actor &actor,
                   Mode mode,
                   const User &user = User(),
                   QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The account as changed (for Create: the new one, with its id).
    const User &user() const { return m_user; }
    // What was done, in a sentence for the user list.
    const QString &outcome() const { return m_outcome; }
    void accept() override;

private:
    QWidget *createRoleChecks();
    QWidget *createPasswordRow();
    void generatePassword();
    int checkedRoles() const;
    void refuse(const Error &error);

    UserRepository &m_users;
    Actor m_actor;
    Mode m_mode;
    User m_user;
    QString m_outcome;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_generate = nullptr;
    QLabel *m_passwordNote = nullptr;
    QCheckBox *m_frontDesk = nullptr;
    QCheckBox *m_supervisor = nullptr;
    QCheckBox *m_admin = nullptr;
    QLabel *m_error = nullptr;
};
