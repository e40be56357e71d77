#pragma once

#include "Actor.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class UserRepository;

// A new archive has no users: its first administrator is created here. There is no default
// password anywhere.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int DemoRequested = 2; // exec() result: open a demo archive instead

    FirstAdminDialog(UserRepository &users, const QString &archiveName, QWidget *parent = nullptr);

    const Actor &actor() const { return m_actor; }
    void accept() override;

private:
    UserRepository &m_users;
    Actor m_actor;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QCheckBox *m_allRoles = nullptr;
    QLabel *m_error = nullptr;
};
