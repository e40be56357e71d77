#pragma once

#include "Actor.h"
#include "Result.h"
#include "security/PasswordHasher.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

class Database;

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    int roles = 0;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil;
    int version = 0;
};

// Staff accounts: the first admin of a new archive, sign-in with lockout, password changes, and
// an admin's user management. Every sign-in, success or failure, is audited.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int MaxFailures = 5;
    static constexpr int LockMinutes = 15;

    explicit UserRepository(Database &db,
                            PasswordHasher hasher = PasswordHasher(),
                            Clock clock = {});

    Result<bool> hasUsers() const;
    // Only while the archive has no user at all: the account that creates the others.
    // roles must include Admin; a one-person business may hold every role.
    Result<User> createFirstAdmin(const QString &login,
                                  const QString &displayName,
                                  const QString &password,
                                  int roles = int(Role::Admin));
    Result<User> create(const Actor &actor,
                        const QString &login,
                        const QString &displayName,
                        const QString &password,
                        int roles);
    // The signed-in user as an Actor, or why not (wrong password, locked until, disabled).
    Result<Actor> signIn(const QString &login, const QString &password);
    Status changePassword(const Actor &actor,
                          const QString &oldPassword,
                          const QString &newPassword);
    Status resetPassword(const Actor &actor, qint64 userId, const QString &newPassword);
    Status setDisabled(const Actor &actor, qint64 userId, bool disabled);
    Status setRoles(const Actor &actor, qint64 userId, int roles);
    Result<QList<User>> list(const Actor &actor) const;
    // The enabled accounts (login, name, roles) in login order, for anyone who may view: the
    // people a complaint or a return visit can be handed to. No lockout or version details.
    Result<QList<User>> staff(const Actor &actor) const;
    Result<User> find(const QString &login) const;

private:
    QDateTime now() const;
    Status checkNewAccount(const QString &login,
                           const QString &displayName,
                           const QString &password,
                           int roles) const;
    Result<User> insert(const QString &createdBy,
                        const QString &login,
                        const QString &displayName,
                        const QString &password,
                        int roles);
    Result<int> activeAdmins(qint64 exceptUserId) const;

    Database &m_db;
    PasswordHasher m_hasher;
    Clock m_clock;
};
