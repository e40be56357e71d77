#include "ArchiveSettings.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ArchiveSettings {

Result<QString> read(Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Database::storageError(q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Result<QJsonObject> readObject(Database &db, const QString &key)
{
    const Result<QString> text = read(db, key);
    if (!text)
        return text.error();
    return QJsonDocument::fromJson(text.value().toUtf8()).object();
}

Status write(Database &db, const QString &key, const QJsonObject &value)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Database::storageError(q.lastError());
    return Done {};
}

Status remove(Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Database::storageError(q.lastError());
    return Done {};
}

} // namespace ArchiveSettings
