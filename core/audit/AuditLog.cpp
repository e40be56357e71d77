#include "AuditLog.h"

#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const char entryColumns[] = "id, at, user_login, action, entity, entity_id, details";

// Runs a prepared query over entryColumns and reads its rows.
Result<QList<AuditEntry>> readEntries(QSqlQuery &q)
{
    if (!q.exec())
        return Database::storageError(q.lastError());
    QList<AuditEntry> entries;
    while (q.next())
        entries.append({q.value(0).toLongLong(),
                        StoredTime::toDateTime(q.value(1)),
                        q.value(2).toString(),
                        q.value(3).toString(),
                        q.value(4).toString(),
                        q.value(5).toLongLong(),
                        QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object()});
    return entries;
}

} // namespace

QByteArray AuditLog::hashOf(const QByteArray &previousHash,
                            qint64 id,
                            const QString &at,
                            const QString &user,
                            const QString &action,
                            const QString &entity,
                            qint64 entityId,
                            const QString &details)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    for (const QString &part :
         {QString::number(id), at, user, action, entity, QString::number(entityId), details}) {
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(part.toUtf8());
    }
    return hash.result().toHex();
}

Status AuditLog::append(Database &db,
                        const QString &user,
                        const QString &action,
                        const QString &entity,
                        qint64 entityId,
                        const QJsonObject &details,
                        const QDateTime &at)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Database::storageError(q.lastError());
    qint64 id = 1;
    QByteArray previous;
    if (q.next()) {
        id = q.value(0).toLongLong() + 1;
        previous = q.value(1).toString().toLatin1();
    }
    q.finish();
    // Never reuse the id of an entry deleted behind the application's back: the gap must stay
    // visible to verify().
    if (q.exec(db.dialect().highestIdEver(QStringLiteral("audit_log"))) && q.next())
        id = qMax(id, q.value(0).toLongLong() + 1);
    q.finish();
    const QString when = StoredTime::fromDateTime(at).toString();
    const QString text = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    const QByteArray hash = hashOf(previous, id, when, user, action, entity, entityId, text);
    q.prepare(QStringLiteral("INSERT INTO audit_log(id, at, user_login, action, entity, entity_id,"
                             " details, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(when);
    q.addBindValue(user);
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(text);
    q.addBindValue(previous.isEmpty() ? QStringLiteral("") : QString::fromLatin1(previous));
    q.addBindValue(QString::fromLatin1(hash));
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (const QString record = db.dialect().recordHighestId(QStringLiteral("audit_log"));
        !record.isEmpty()) {
        q.prepare(record);
        q.addBindValue(id);
        if (!q.exec())
            return Database::storageError(q.lastError());
        q.finish();
    }
    return Done {};
}

Result<QList<AuditEntry>> AuditLog::forEntity(Database &db,
                                              const Actor &actor,
                                              const QString &entity,
                                              qint64 entityId)
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE entity = ? AND entity_id = ?"
                             " ORDER BY id")
                      .arg(QLatin1String(entryColumns)));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    return readEntries(q);
}

Result<QList<AuditEntry>> AuditLog::query(Database &db,
                                          const Actor &actor,
                                          const AuditFilter &filter)
{
    if (Status s = Permissions::require(actor, Operation::ViewAudit); !s)
        return s.error();
    QStringList where {QStringLiteral("1 = 1")};
    QVariantList binds;
    if (!filter.user.isEmpty()) {
        where << QStringLiteral("user_login = ?");
        binds << filter.user;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        binds << filter.action;
    }
    if (!filter.entity.isEmpty()) {
        where << QStringLiteral("entity = ?");
        binds << filter.entity;
    }
    // Local calendar days, turned into the UTC instants the log stores.
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        binds << StoredTime::fromDateTime(filter.from.startOfDay());
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        binds << StoredTime::fromDateTime(filter.to.addDays(1).startOfDay());
    }
    if (filter.beforeId > 0) {
        where << QStringLiteral("id < ?");
        binds << filter.beforeId;
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE %2 ORDER BY id DESC LIMIT %3")
                      .arg(QLatin1String(entryColumns), where.join(QStringLiteral(" AND ")))
                      .arg(qBound(1, filter.limit, 10000)));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return readEntries(q);
}

Result<QStringList> AuditLog::distinctValues(Database &db, const Actor &actor, const QString &column)
{
    if (Status s = Permissions::require(actor, Operation::ViewAudit); !s)
        return s.error();
    static const QStringList allowed {QStringLiteral("user_login"),
                                      QStringLiteral("action"),
                                      QStringLiteral("entity")};
    if (!allowed.contains(column))
        return makeError(Error::Code::Invalid, QStringLiteral("unknown audit column"));
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY 1").arg(column)))
        return Database::storageError(q.lastError());
    QStringList values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

Result<qint64> AuditLog::verify(Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, user_login, action, entity, entity_id, details,"
                               " prev_hash, hash FROM audit_log ORDER BY id")))
        return Database::storageError(q.lastError());
    QByteArray previous;
    qint64 expectedId = 1;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != expectedId)
            return expectedId; // an entry is missing here
        const QByteArray hash = hashOf(previous,
                                       id,
                                       q.value(1).toString(),
                                       q.value(2).toString(),
                                       q.value(3).toString(),
                                       q.value(4).toString(),
                                       q.value(5).toLongLong(),
                                       q.value(6).toString());
        if (q.value(7).toString().toLatin1() != previous || q.value(8).toString().toLatin1() != hash)
            return id;
        previous = hash;
        ++expectedId;
    }
    q.finish();
    // Entries deleted at the end: the highest id ever handed out is remembered by the archive.
    if (!q.exec(db.dialect().highestIdEver(QStringLiteral("audit_log"))))
        return Database::storageError(q.lastError());
    if (q.next() && q.value(0).toLongLong() >= expectedId)
        return expectedId;
    return qint64(0);
}
