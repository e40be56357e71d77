#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

class Database;

// The settings table: admin-editable policies (classification thresholds, complaint SLAs,
// follow-up rules), one JSON object per key. The callers check permissions and write inside
// their own WriteTransaction, with the audit entry.
namespace ArchiveSettings {

// The stored text of a key; empty when there is none.
Result<QString> read(Database &db, const QString &key);
// The stored object of a key; empty when there is none or it is not a JSON object.
Result<QJsonObject> readObject(Database &db, const QString &key);
Status write(Database &db, const QString &key, const QJsonObject &value);
Status remove(Database &db, const QString &key);

} // namespace ArchiveSettings
