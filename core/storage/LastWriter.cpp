#include "LastWriter.h"

#include "Database.h"
#include "StoredTime.h"

#include <QLocale>
#include <QSqlQuery>

std::optional<LastWriter> LastWriter::of(Database &db, const QString &table, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT updated_by, updated_at FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return LastWriter {q.value(0).toString(),
                       QLocale().toString(StoredTime::toDateTime(q.value(1)).toLocalTime(),
                                          QLocale::ShortFormat)};
}
