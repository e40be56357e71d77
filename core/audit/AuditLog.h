#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString action;
    QString entity;
    qint64 entityId = 0;
    QJsonObject details;
};

// What the audit viewer asks for; empty fields do not filter.
struct AuditFilter
{
    QString user;
    QString action;
    QString entity;
    QDate from; // local dates, inclusive
    QDate to;
    qint64 beforeId = 0; // paging: entries older than this one
    int limit = 500;
};

// The append-only audit trail. Each entry is written in the same transaction as the change it
// records and holds the SHA-256 of the entry before it, so an entry edited or deleted behind the
// application's back breaks the chain at that point (verify()).
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // Actions, as stored.
    static inline const QString Create = QStringLiteral("create");
    static inline const QString Update = QStringLiteral("update");
    static inline const QString Archive = QStringLiteral("archive");
    static inline const QString Restore = QStringLiteral("restore");
    static inline const QString Login = QStringLiteral("login");
    static inline const QString LoginFailed = QStringLiteral("login_failed");
    static inline const QString PasswordChange = QStringLiteral("password_change");
    static inline const QString PasswordReset = QStringLiteral("password_reset");
    static inline const QString Disable = QStringLiteral("disable");
    static inline const QString Enable = QStringLiteral("enable");
    static inline const QString RolesChange = QStringLiteral("roles_change");

    // Must run inside a WriteTransaction: the entry commits or rolls back with the change.
    static Status append(Database &db,
                         const QString &user,
                         const QString &action,
                         const QString &entity,
                         qint64 entityId,
                         const QJsonObject &details,
                         const QDateTime &at = QDateTime::currentDateTimeUtc());
    static Status append(Database &db,
                         const Actor &actor,
                         const QString &action,
                         const QString &entity,
                         qint64 entityId,
                         const QJsonObject &details)
    {
        return append(db, actor.login, action, entity, entityId, details);
    }

    // One entity's history, oldest first (the profile's History tab).
    static Result<QList<AuditEntry>> forEntity(Database &db,
                                               const Actor &actor,
                                               const QString &entity,
                                               qint64 entityId);

    // Every desk's entries, newest first, for supervisors and admins (Operation::ViewAudit).
    static Result<QList<AuditEntry>> query(Database &db,
                                           const Actor &actor,
                                           const AuditFilter &filter);
    // The users, actions and entities that occur, for the viewer's filter choices.
    static Result<QStringList> distinctValues(Database &db,
                                              const Actor &actor,
                                              const QString &column);

    // 0 when the chain is intact; otherwise the id of the first entry that does not match (an
    // edited entry, or the one after a deleted entry; for entries deleted at the end, the id the
    // next entry would have had).
    static Result<qint64> verify(Database &db);

    static QByteArray hashOf(const QByteArray &previousHash,
                             qint64 id,
                             const QString &at,
                             const QString &user,
                             const QString &action,
                             const QString &entity,
                             qint64 entityId,
                             const QString &details);
};
