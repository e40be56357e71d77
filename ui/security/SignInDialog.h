#pragma once

#include "Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class UserRepository;

// Sign-in at start (and when another archive is opened). Wrong passwords, locks and disabled
// accounts are explained in the dialog; the user name typed stays.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(UserRepository &users, const QString &archiveName, QWidget *parent = nullptr);

    const Actor &actor() const { return m_actor; }
    // Unlocking a locked window: only this user, whose password opens it again.
    void lockTo(const Actor &actor);
    void accept() override;

private:
    UserRepository &m_users;
    Actor m_actor;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_intro = nullptr;
    qint64 m_lockedTo = 0;
};
