#pragma once

#include "Actor.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class Database;
class SignInDialog;
class UserRepository;
class QWidget;

// Locks the window after a while without keyboard or mouse input; the signed-in user's password
// opens it again. The window stays as it was underneath, unsaved edits included.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMinutes = 10;

    IdleLock(Database &db, const Actor &actor, QWidget *window);
    ~IdleLock() override;

    void setInterval(int milliseconds);
    bool isLocked() const { return !m_dialog.isNull(); }
    void lock();

Q_SIGNALS:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::unique_ptr<UserRepository> m_users;
    Actor m_actor;
    QWidget *m_window;
    QTimer m_timer;
    QPointer<SignInDialog> m_dialog;
};
