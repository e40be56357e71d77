#pragma once

#include "TestSupport.h"
#include "import/Importer.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

// Files to import and what an archive holds, for the import tests.
namespace ImportFixtures {

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// The options for a file whose columns are named like the fields (or mapped by aliases).
inline Importer::Options options(ImportKind kind,
                                 const QStringList &header,
                                 ImportMapping::OnDuplicate rule = ImportMapping::OnDuplicate::Skip)
{
    Importer::Options o;
    o.mapping = ImportMapping::guess(kind, header);
    o.mapping.onDuplicate = rule;
    o.clock = [] {
        return QDateTime(QDate(2025, 6, 15), QTime(9, 0), Qt::UTC);
    };
    return o;
}

// Every row of every table (sorted), the file's bytes aside: equal before and after means the
// archive is unchanged.
inline QString snapshot(const Database &db)
{
    QStringList out;
    for (const QString &table : Migrations::tables()) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM ") + table))
            return QStringLiteral("<%1 unreadable>").arg(table);
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells.append(q.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        rows.sort();
        out.append(table + QLatin1Char(':') + rows.join(QLatin1Char('\n')));
    }
    return out.join(QStringLiteral("\n\n"));
}

inline qint64 count(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

inline QString errorsText(const ImportSummary &s)
{
    QStringList lines;
    for (const ImportRowError &e : s.errors)
        lines.append(QStringLiteral("%1/%2 [%3] %4: %5")
                             .arg(e.row)
                             .arg(e.line)
                             .arg(e.column, e.value, e.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace ImportFixtures

#define IMPORT_OK(result) \
    do { \
        const auto &checked_ = (result); \
        QVERIFY2(checked_, checked_ ? "" : qPrintable(checked_.error().message)); \
    } while (false)
