#include "ArchiveCopy.h"

#include "BulkLoadScope.h"
#include "BulkLoader.h"
#include "Database.h"
#include "Migrations.h"
#include "WriteTransaction.h"
#include "audit/AuditLog.h"
#include "security/Permissions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// Rows of archive_info the destination has made for itself.
const QStringList ownKeys {QStringLiteral("application"), QStringLiteral("schema_version")};

// Tables whose first column is an id (handed out by the application or an identity column).
bool hasId(const QSqlRecord &record)
{
    return record.indexOf(QStringLiteral("id")) == 0;
}

Result<qint64> count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return Database::storageError(q.lastError());
    return q.value(0).toLongLong();
}

Result<QString> lastHash(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Database::storageError(q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

// Tables the migrations fill with their defaults: a new destination has rows in them already.
bool keyValueTable(const QString &table)
{
    return table == QLatin1String("archive_info") || table == QLatin1String("counters");
}
bool seededList(const QString &table)
{
    return table == QLatin1String("choices");
}

// The destination must hold no archive data yet.
Status requireEmpty(Database &db)
{
    for (const QString &table : Migrations::tables()) {
        if (keyValueTable(table) || seededList(table))
            continue;
        const Result<qint64> rows = count(db, table);
        if (!rows)
            return rows.error();
        if (rows.value() > 0)
            return makeError(Error::Code::Conflict,
                             ArchiveCopy::tr(
                                     "The destination %1 already holds an archive (%2 "
                                     "rows in the table %3). Copy only into a new file or an "
                                     "empty schema.")
                                     .arg(db.address().toString(),
                                          QString::number(rows.value()),
                                          table));
    }
    return Done {};
}

class Copier
{
public:
    Copier(Database &source, Database &destination, const ArchiveCopy::Progress &progress)
        : m_source(source)
        , m_destination(destination)
        , m_progress(progress)
    { }

    Result<ArchiveCopy::Report> run()
    {
        ArchiveCopy::Report report;
        for (const QString &table : Migrations::tables()) {
            const Result<qint64> rows = count(m_source, table);
            if (!rows)
                return rows.error();
            report.tables.append({table, rows.value()});
            m_total += rows.value();
        }
        for (const auto &[table, rows] : std::as_const(report.tables)) {
            const Status s = keyValueTable(table) ? upsertTable(table) : loadTable(table);
            if (!s)
                return s.error();
        }
        // What the destination now holds is what the source held.
        for (const auto &[table, rows] : std::as_const(report.tables)) {
            const Result<qint64> copied = count(m_destination, table);
            if (!copied)
                return copied.error();
            const bool own = table == QLatin1String("archive_info");
            if (!own && copied.value() != rows)
                return makeError(Error::Code::Storage,
                                 ArchiveCopy::tr(
                                         "The copy of the table %1 holds %2 rows instead of %3; "
                                         "nothing was copied.")
                                         .arg(table)
                                         .arg(copied.value())
                                         .arg(rows));
            if (table == QLatin1String("audit_log"))
                report.auditEntries = rows;
        }
        const Result<qint64> broken = AuditLog::verify(m_destination);
        if (!broken)
            return broken.error();
        const Result<QString> sourceLast = lastHash(m_source);
        const Result<QString> copiedLast = lastHash(m_destination);
        if (!sourceLast || !copiedLast)
            return (!sourceLast ? sourceLast : copiedLast).error();
        if (broken.value() != 0 || sourceLast.value() != copiedLast.value())
            return makeError(Error::Code::Storage,
                             ArchiveCopy::tr("The copied audit trail does not verify (entry %1); "
                                             "nothing was copied.")
                                     .arg(broken.value()));
        return report;
    }

private:
    bool advance(qint64 rows)
    {
        m_done += rows;
        return !m_progress || m_progress(m_done, m_total);
    }

    Error cancelled() const
    {
        return makeError(Error::Code::Cancelled,
                         ArchiveCopy::tr("The copy was cancelled; nothing was copied."));
    }

    // Small key-value tables the new destination has rows in already.
    Status upsertTable(const QString &table)
    {
        const QString key = table == QLatin1String("counters") ? QStringLiteral("name")
                                                               : QStringLiteral("key");
        QSqlQuery read(m_source.connection());
        if (!read.exec(QStringLiteral("SELECT %1, value FROM %2").arg(key, table)))
            return Database::storageError(read.lastError());
        QSqlQuery write(m_destination.connection());
        while (read.next()) {
            if (!advance(1))
                return cancelled();
            if (ownKeys.contains(read.value(0).toString()) && table == QLatin1String("archive_info"))
                continue;
            write.prepare(QStringLiteral("INSERT INTO %2(%1, value) VALUES(?, ?) ON CONFLICT(%1)"
                                         " DO UPDATE SET value = excluded.value")
                                  .arg(key, table));
            write.addBindValue(read.value(0));
            write.addBindValue(read.value(1));
            if (!write.exec())
                return Database::storageError(write.lastError());
        }
        return Done {};
    }

    Status loadTable(const QString &table)
    {
        if (seededList(table)) { // the source's list replaces the defaults
            QSqlQuery clear(m_destination.connection());
            if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(table)))
                return Database::storageError(clear.lastError());
        }
        QSqlQuery read(m_source.connection());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return Database::storageError(read.lastError());
        const QSqlRecord record = read.record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        BulkLoadScope scope(m_destination, {table});
        if (Status s = scope.begin(); !s)
            return s;
        BulkLoader loader(m_destination);
        const int handle = loader.addTable(table, columns);
        if (!loader.status())
            return loader.status();
        qint64 maxId = 0;
        qint64 sinceProgress = 0;
        QVariantList values;
        values.reserve(columns.size());
        while (read.next()) {
            values.clear();
            for (int i = 0; i < columns.size(); ++i)
                values.append(read.value(i));
            if (hasId(record))
                maxId = qMax(maxId, values.first().toLongLong());
            if (Status s = loader.add(handle, values); !s)
                return s;
            if (++sinceProgress == 10000) {
                if (!advance(sinceProgress))
                    return cancelled();
                sinceProgress = 0;
            }
        }
        if (read.lastError().isValid())
            return Database::storageError(read.lastError());
        if (!advance(sinceProgress))
            return cancelled();
        if (Status s = loader.finish(); !s)
            return s;
        const QStringList fts = table == QLatin1String("customers")
                                        ? QStringList {QStringLiteral("customer_fts")}
                                        : QStringList {};
        if (Status s = scope.end(fts); !s)
            return s;
        // Identity columns hand out ids after the copied ones.
        const QString bump = m_destination.dialect().recordExplicitId(table);
        if (hasId(record) && maxId > 0 && !bump.isEmpty()) {
            QSqlQuery q(m_destination.connection());
            q.prepare(bump);
            q.addBindValue(maxId);
            if (!q.exec())
                return Database::storageError(q.lastError());
        }
        return Done {};
    }

    Database &m_source;
    Database &m_destination;
    const ArchiveCopy::Progress &m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

void removeFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Result<ArchiveCopy::Report> ArchiveCopy::run(Database &source,
                                             const Actor &actor,
                                             const ArchiveAddress &destination,
                                             const Progress &progress)
{
    if (Status s = Permissions::require(actor, Operation::ManageSettings); !s)
        return s.error();
    const QString target = destination.toString();
    if (target == source.address().toString())
        return makeError(Error::Code::Invalid, tr("An archive cannot be copied onto itself."));
    if (!destination.isServer() && QFileInfo::exists(destination.path()))
        return makeError(Error::Code::Conflict,
                         tr("%1 exists already. Copy only into a new file or an empty schema.")
                                 .arg(QDir::toNativeSeparators(destination.path())));

    // A new file is filled under a temporary name.
    ArchiveAddress into = destination;
    if (!destination.isServer())
        into = ArchiveAddress::file(
                destination.path()
                + QStringLiteral(".copying-%1").arg(QCoreApplication::applicationPid()));
    if (!into.isServer())
        removeFile(into.path());
    Result<Report> result = [&]() -> Result<Report> {
        auto opened = Database::open(into);
        if (!opened)
            return opened.error();
        Database &copy = *opened.value();
        if (Status s = requireEmpty(copy); !s)
            return s.error();
        QSqlQuery snapshot(source.connection());
        if (!snapshot.exec(source.dialect().beginSnapshot()))
            return Database::storageError(snapshot.lastError());
        Result<Report> copied = WriteTransaction::run<Report>(copy, [&]() -> Result<Report> {
            return Copier(source, copy, progress).run();
        });
        // Ends the read snapshot; the source must be free again for the copy's audit entry.
        if (!snapshot.exec(QStringLiteral("COMMIT")) && copied)
            return Database::storageError(snapshot.lastError());
        return copied;
    }(); // the destination is closed here, before it is renamed or removed
    if (!into.isServer()) {
        if (result && !QFile::rename(into.path(), destination.path()))
            result = makeError(Error::Code::Storage,
                               tr("The copy could not be renamed to %1.")
                                       .arg(QDir::toNativeSeparators(destination.path())));
        removeFile(into.path());
    }
    if (!result)
        return result;

    QJsonObject rows;
    for (const auto &[table, n] : std::as_const(result->tables))
        rows.insert(table, n);
    const Status audited = WriteTransaction::run(source, [&]() -> Status {
        return AuditLog::append(source,
                                actor,
                                Action,
                                QStringLiteral("archive"),
                                0,
                                {{QStringLiteral("to"), target}, {QStringLiteral("rows"), rows}});
    });
    if (!audited)
        return audited.error();
    return result;
}
