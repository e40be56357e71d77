#include "UserRepository.h"

#include "audit/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const char userColumns[] = "id, login, display_name, roles, disabled, failed_attempts,"
                           " locked_until, version";

User readUser(const QSqlQuery &q)
{
    return User {q.value(0).toLongLong(),
                 q.value(1).toString(),
                 q.value(2).toString(),
                 q.value(3).toInt(),
                 q.value(4).toBool(),
                 q.value(5).toInt(),
                 StoredTime::toDateTime(q.value(6)),
                 q.value(7).toInt()};
}

const QString userEntity = QStringLiteral("user");

} // namespace

UserRepository::UserRepository(Database &db, PasswordHasher hasher, Clock clock)
    : m_db(db)
    , m_hasher(hasher)
    , m_clock(std::move(clock))
{ }

QDateTime UserRepository::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Result<bool> UserRepository::hasUsers() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM users)")) || !q.next())
        return Database::storageError(q.lastError());
    return q.value(0).toBool();
}

Result<User> UserRepository::find(const QString &login) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE lower(login) = %2")
                      .arg(QLatin1String(userColumns), m_db.dialect().lowerParam()));
    q.addBindValue(login.trimmed());
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (!q.next())
        return makeError(Error::Code::NotFound, tr("There is no user %1.").arg(login.trimmed()));
    return readUser(q);
}

Status UserRepository::checkNewAccount(const QString &login,
                                       const QString &displayName,
                                       const QString &password,
                                       int roles) const
{
    Error error = makeError(Error::Code::Invalid, QString());
    static const QRegularExpression loginRe(QStringLiteral("^[\\w.@-]{2,40}$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!loginRe.match(login).hasMatch())
        error.fieldErrors.insert(QStringLiteral("login"),
                                 tr("A user name has 2 to 40 letters, digits or . _ @ -"));
    if (displayName.trimmed().isEmpty())
        error.fieldErrors.insert(QStringLiteral("displayName"), tr("Enter the person's name."));
    if (const QString weak = PasswordHasher::weakness(password, login); !weak.isEmpty())
        error.fieldErrors.insert(QStringLiteral("password"), weak);
    if ((roles & AllRoles) == 0 || (roles & ~AllRoles) != 0)
        error.fieldErrors.insert(QStringLiteral("roles"), tr("Choose at least one role."));
    if (error.fieldErrors.isEmpty())
        return Done {};
    error.message = error.fieldErrors.constBegin().value();
    return error;
}

Result<User> UserRepository::insert(const QString &createdBy,
                                    const QString &login,
                                    const QString &displayName,
                                    const QString &password,
                                    int roles)
{
    const Result<QString> hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM users WHERE lower(login) = %1")
                      .arg(m_db.dialect().lowerParam()));
    q.addBindValue(login);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (q.next())
        return makeError(Error::Code::Duplicate, tr("The user name %1 is taken.").arg(login));
    const QVariant stamp = StoredTime::fromDateTime(now());
    q.prepare(QStringLiteral("INSERT INTO users(login, display_name, password_hash, roles,"
                             " created_at, created_by, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?)"
                             " RETURNING id"));
    q.addBindValue(login);
    q.addBindValue(displayName.simplified());
    q.addBindValue(hash.value());
    q.addBindValue(roles);
    q.addBindValue(stamp);
    q.addBindValue(createdBy);
    q.addBindValue(stamp);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Status s = AuditLog::append(m_db,
                                    createdBy,
                                    AuditLog::Create,
                                    userEntity,
                                    id,
                                    {{QStringLiteral("login"), login},
                                     {QStringLiteral("display_name"), displayName.simplified()},
                                     {QStringLiteral("roles"), roles}},
                                    now());
        !s)
        return s.error();
    return find(login);
}

Result<User> UserRepository::createFirstAdmin(const QString &login,
                                              const QString &displayName,
                                              const QString &password,
                                              int roles)
{
    const QString name = login.trimmed();
    roles |= int(Role::Admin);
    if (Status s = checkNewAccount(name, displayName, password, roles); !s)
        return s.error();
    return WriteTransaction::run<User>(m_db, [&]() -> Result<User> {
        const Result<bool> exists = hasUsers();
        if (!exists)
            return exists.error();
        if (exists.value())
            return makeError(Error::Code::Permission,
                             tr("This archive already has users; sign in as an administrator to "
                                "add more."));
        return insert(name, name, displayName, password, roles);
    });
}

Result<User> UserRepository::create(const Actor &actor,
                                    const QString &login,
                                    const QString &displayName,
                                    const QString &password,
                                    int roles)
{
    if (Status s = Permissions::require(actor, Operation::ManageUsers); !s)
        return s.error();
    const QString name = login.trimmed();
    if (Status s = checkNewAccount(name, displayName, password, roles); !s)
        return s.error();
    return WriteTransaction::run<User>(m_db, [&]() -> Result<User> {
        return insert(actor.login, name, displayName, password, roles);
    });
}

Result<Actor> UserRepository::signIn(const QString &login, const QString &password)
{
    std::optional<Error> refusal;
    Actor actor;
    const QDateTime t = now();
    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, login, display_name, roles, disabled,"
                                 " failed_attempts, locked_until, password_hash"
                                 " FROM users WHERE lower(login) = %1")
                          .arg(m_db.dialect().lowerParam()));
        q.addBindValue(login.trimmed());
        if (!q.exec())
            return Database::storageError(q.lastError());
        const Error wrong = makeError(Error::Code::Permission,
                                      tr("The user name or the password is wrong."));
        auto fail = [&](const Error &error, const QString &reason, qint64 id) -> Status {
            refusal = error;
            return AuditLog::append(m_db,
                                    login.trimmed(),
                                    AuditLog::LoginFailed,
                                    userEntity,
                                    id,
                                    {{QStringLiteral("reason"), reason}},
                                    t);
        };
        if (!q.next()) {
            // The same work as for a real user, so timing does not tell which names exist.
            static const Result<QString> dummy = m_hasher.hash(QStringLiteral("not a password"));
            if (dummy)
                m_hasher.verify(dummy.value(), password);
            return fail(wrong, QStringLiteral("unknown user"), 0);
        }
        const qint64 id = q.value(0).toLongLong();
        const QString storedLogin = q.value(1).toString();
        const bool disabled = q.value(4).toBool();
        int failures = q.value(5).toInt();
        const QDateTime lockedUntil = StoredTime::toDateTime(q.value(6));
        const QString hash = q.value(7).toString();
        actor = Actor {id, storedLogin, q.value(2).toString(), q.value(3).toInt()};
        q.finish();
        if (lockedUntil.isValid() && lockedUntil > t)
            return fail(makeError(Error::Code::Permission,
                                  tr("Too many wrong passwords: the account %1 is locked until "
                                     "%2.")
                                          .arg(storedLogin,
                                               QLocale().toString(lockedUntil.toLocalTime().time(),
                                                                  QLocale::ShortFormat))),
                        QStringLiteral("locked"),
                        id);
        if (lockedUntil.isValid())
            failures = 0; // the lock has run out: a fresh count

        // A wrong password gets the same answer whether or not the name exists.
        if (!m_hasher.verify(hash, password)) {
            ++failures;
            QVariant lockUntil(QMetaType::fromType<QString>());
            Error error = wrong;
            if (failures >= MaxFailures) {
                const QDateTime until = t.addSecs(LockMinutes * 60);
                lockUntil = StoredTime::fromDateTime(until);
                failures = 0;
                error.message = tr("Too many wrong passwords: the account %1 is locked for %n "
                                   "minute(s).",
                                   nullptr,
                                   LockMinutes)
                                        .arg(storedLogin);
            }
            q.prepare(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ?"
                                     " WHERE id = ?"));
            q.addBindValue(failures);
            q.addBindValue(lockUntil);
            q.addBindValue(id);
            if (!q.exec())
                return Database::storageError(q.lastError());
            return fail(error, QStringLiteral("wrong password"), id);
        }
        if (disabled)
            return fail(makeError(Error::Code::Permission,
                                  tr("The account %1 is disabled; ask an administrator.")
                                          .arg(storedLogin)),
                        QStringLiteral("disabled"),
                        id);

        q.prepare(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL"
                                 " WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (m_hasher.needsRehash(hash)) {
            const Result<QString> renewed = m_hasher.hash(password);
            if (renewed) {
                q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
                q.addBindValue(renewed.value());
                q.addBindValue(id);
                if (!q.exec())
                    return Database::storageError(q.lastError());
            }
        }
        return AuditLog::append(m_db, storedLogin, AuditLog::Login, userEntity, id, {}, t);
    });
    if (!status)
        return status.error();
    if (refusal)
        return *refusal;
    return actor;
}

Status UserRepository::changePassword(const Actor &actor,
                                      const QString &oldPassword,
                                      const QString &newPassword)
{
    if (const QString weak = PasswordHasher::weakness(newPassword, actor.login); !weak.isEmpty()) {
        Error error = makeError(Error::Code::Invalid, weak);
        error.fieldErrors.insert(QStringLiteral("password"), weak);
        return error;
    }
    return WriteTransaction::run(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ? AND disabled = 0"));
        q.addBindValue(actor.userId);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (!q.next())
            return makeError(Error::Code::NotFound, tr("This account no longer exists."));
        if (!m_hasher.verify(q.value(0).toString(), oldPassword))
            return makeError(Error::Code::Permission, tr("The current password is wrong."));
        q.finish();
        const Result<QString> hash = m_hasher.hash(newPassword);
        if (!hash)
            return hash.error();
        q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ?,"
                                 " version = version + 1 WHERE id = ?"));
        q.addBindValue(hash.value());
        q.addBindValue(StoredTime::fromDateTime(now()));
        q.addBindValue(actor.userId);
        if (!q.exec())
            return Database::storageError(q.lastError());
        return AuditLog::append(m_db,
                                actor.login,
                                AuditLog::PasswordChange,
                                userEntity,
                                actor.userId,
                                {},
                                now());
    });
}

Status UserRepository::resetPassword(const Actor &actor, qint64 userId, const QString &newPassword)
{
    if (Status s = Permissions::require(actor, Operation::ManageUsers); !s)
        return s;
    return WriteTransaction::run(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT login FROM users WHERE id = ?"));
        q.addBindValue(userId);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (!q.next())
            return makeError(Error::Code::NotFound, tr("This account no longer exists."));
        const QString login = q.value(0).toString();
        q.finish();
        if (const QString weak = PasswordHasher::weakness(newPassword, login); !weak.isEmpty())
            return makeError(Error::Code::Invalid, weak);
        const Result<QString> hash = m_hasher.hash(newPassword);
        if (!hash)
            return hash.error();
        q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0,"
                                 " locked_until = NULL, updated_at = ?, version = version + 1"
                                 " WHERE id = ?"));
        q.addBindValue(hash.value());
        q.addBindValue(StoredTime::fromDateTime(now()));
        q.addBindValue(userId);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (q.numRowsAffected() != 1)
            return makeError(Error::Code::NotFound, tr("This account no longer exists."));
        return AuditLog::append(m_db,
                                actor.login,
                                AuditLog::PasswordReset,
                                userEntity,
                                userId,
                                {},
                                now());
    });
}

Result<int> UserRepository::activeAdmins(qint64 exceptUserId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE disabled = 0 AND (roles & ?) <> 0"
                             " AND id <> ?"));
    q.addBindValue(int(Role::Admin));
    q.addBindValue(exceptUserId);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError());
    return q.value(0).toInt();
}

Status UserRepository::setDisabled(const Actor &actor, qint64 userId, bool disabled)
{
    if (Status s = Permissions::require(actor, Operation::ManageUsers); !s)
        return s;
    return WriteTransaction::run(m_db, [&]() -> Status {
        if (disabled) {
            const Result<int> others = activeAdmins(userId);
            if (!others)
                return others.error();
            if (others.value() == 0)
                return makeError(Error::Code::Invalid,
                                 tr("The last administrator cannot be disabled."));
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE users SET disabled = ?, updated_at = ?,"
                                 " version = version + 1 WHERE id = ?"));
        q.addBindValue(disabled ? 1 : 0);
        q.addBindValue(StoredTime::fromDateTime(now()));
        q.addBindValue(userId);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (q.numRowsAffected() != 1)
            return makeError(Error::Code::NotFound, tr("This account no longer exists."));
        return AuditLog::append(m_db,
                                actor.login,
                                disabled ? AuditLog::Disable : AuditLog::Enable,
                                userEntity,
                                userId,
                                {},
                                now());
    });
}

Status UserRepository::setRoles(const Actor &actor, qint64 userId, int roles)
{
    if (Status s = Permissions::require(actor, Operation::ManageUsers); !s)
        return s;
    if ((roles & AllRoles) == 0 || (roles & ~AllRoles) != 0)
        return makeError(Error::Code::Invalid, tr("Choose at least one role."));
    return WriteTransaction::run(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT roles, disabled FROM users WHERE id = ?"));
        q.addBindValue(userId);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (!q.next())
            return makeError(Error::Code::NotFound, tr("This account no longer exists."));
        const int before = q.value(0).toInt();
        const bool disabled = q.value(1).toBool();
        q.finish();
        if ((before & int(Role::Admin)) && !(roles & int(Role::Admin)) && !disabled) {
            const Result<int> others = activeAdmins(userId);
            if (!others)
                return others.error();
            if (others.value() == 0)
                return makeError(Error::Code::Invalid,
                                 tr("The last administrator keeps the admin role."));
        }
        q.prepare(QStringLiteral("UPDATE users SET roles = ?, updated_at = ?,"
                                 " version = version + 1 WHERE id = ?"));
        q.addBindValue(roles);
        q.addBindValue(StoredTime::fromDateTime(now()));
        q.addBindValue(userId);
        if (!q.exec())
            return Database::storageError(q.lastError());
        return AuditLog::append(m_db,
                                actor.login,
                                AuditLog::RolesChange,
                                userEntity,
                                userId,
                                {{QStringLiteral("roles"),
                                  QJsonObject {{QStringLiteral("before"), before},
                                               {QStringLiteral("after"), roles}}}},
                                now());
    });
}

Result<QList<User>> UserRepository::staff(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, login, display_name, roles FROM users"
                               " WHERE disabled = 0 ORDER BY login")))
        return Database::storageError(q.lastError());
    QList<User> users;
    while (q.next()) {
        User u;
        u.id = q.value(0).toLongLong();
        u.login = q.value(1).toString();
        u.displayName = q.value(2).toString();
        u.roles = q.value(3).toInt();
        users.append(u);
    }
    return users;
}

Result<QList<User>> UserRepository::list(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, Operation::ManageUsers); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY login")
                        .arg(QLatin1String(userColumns))))
        return Database::storageError(q.lastError());
    QList<User> users;
    while (q.next())
        users.append(readUser(q));
    return users;
}
