#include "Importer.h"

#include "ImportCustomers.h"
#include "ImportHistory.h"
#include "audit/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr qsizetype MaxErrors = 10000;
constexpr qint64 ProgressRows = 2000;
// Files that hold at least this many rows (by their size) load with the customers' indexes
// dropped and built again at the end, when they are large beside the archive.
constexpr qint64 BulkRows = 20000;
constexpr qint64 BytesPerRow = 100;

} // namespace

Importer::Importer(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

Result<ImportSummary> Importer::run(const QString &path, const Options &options)
{
    if (Status s = Permissions::require(m_actor, Operation::Import); !s)
        return s.error();
    const ImportMapping &mapping = options.mapping;
    CsvTableReader table(path, options.csv);
    if (Status s = table.open(); !s)
        return s.error();
    const QStringList header = table.layout().header;
    if (const QStringList problems = mapping.problems(header); !problems.isEmpty())
        return makeError(Error::Code::Invalid,
                         tr("The file %1 cannot be imported as %2: %3")
                                 .arg(QFileInfo(path).fileName(),
                                      ImportFields::kindName(mapping.kind),
                                      problems.join(QLatin1Char(' '))));

    const QDateTime now = clockNow(options.clock).toUTC();
    ImportSummary summary;
    summary.dryRun = options.dryRun;
    const QString fileName = QFileInfo(path).fileName();
    const bool customersKind = mapping.kind == ImportKind::Customers;

    bool bulk = false;
    if (customersKind && !options.dryRun && table.fileSize() / BytesPerRow >= BulkRows) {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next())
            bulk = table.fileSize() / BytesPerRow >= q.value(0).toLongLong() / 4;
    }
    bool refused = false; // invalid rows and no skipping: everything is rolled back

    const auto body = [&](bool write) -> Status {
        qint64 importId = 0;
        if (write) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO imports(kind, file_name, imported_at,"
                                     " imported_by) VALUES(?, ?, ?, ?) RETURNING id"));
            q.addBindValue(ImportFields::kindKey(mapping.kind));
            q.addBindValue(fileName);
            q.addBindValue(StoredTime::fromDateTime(now));
            q.addBindValue(m_actor.login);
            if (!q.exec() || !q.next())
                return Database::storageError(q.lastError());
            importId = q.value(0).toLongLong();
        }
        const ImportCustomers::Context context {m_db,
                                                m_actor,
                                                now,
                                                importId,
                                                bulk && write,
                                                !customersKind,
                                                bulk && write ? table.fileSize() / BytesPerRow : 0};
        ImportCustomers customers(context);
        if (Status s = customers.begin(); !s)
            return s;
        std::optional<ImportHistory> history;
        if (!customersKind) {
            history.emplace(customers, context, mapping.kind);
            if (Status s = history->begin(); !s)
                return s;
        }
        ImportRow row(mapping, header);
        bool writing = write;
        while (true) {
            const Result<bool> more = table.next();
            if (!more)
                return more.error();
            if (!more.value())
                break;
            ++summary.rows;
            row.reset(table.record(), summary.rows, table.record().firstLine());
            if (customersKind) {
                if (const std::optional<ImportCustomers::Row> r = customers.read(row)) {
                    const Result<ImportCustomers::Outcome> outcome
                            = customers.apply(r.value(), mapping.onDuplicate, writing);
                    if (!outcome)
                        return outcome.error();
                    switch (outcome.value()) {
                    case ImportCustomers::Outcome::Created:
                        ++summary.created;
                        break;
                    case ImportCustomers::Outcome::Updated:
                        ++summary.updated;
                        break;
                    case ImportCustomers::Outcome::Skipped:
                        ++summary.skipped;
                        break;
                    }
                }
            } else {
                const Result<bool> done = history->apply(row,
                                                         mapping.createMissingCustomers,
                                                         writing,
                                                         &summary.customersCreated);
                if (!done)
                    return done.error();
                if (done.value())
                    ++summary.created;
            }
            if (!row.errors.isEmpty()) {
                ++summary.invalid;
                summary.errorCount += row.errors.size();
                for (const ImportRowError &e : std::as_const(row.errors))
                    if (summary.errors.size() < MaxErrors)
                        summary.errors.append(e);
                if (!mapping.skipInvalidRows)
                    writing = false; // go on checking, write nothing more
            }
            if (options.progress && summary.rows % ProgressRows == 0
                && !options.progress(table.bytesRead(), table.fileSize())) {
                return makeError(Error::Code::Cancelled,
                                 tr("The import was cancelled; the archive is unchanged."));
            }
        }
        summary.leftOut = table.skipped();
        summary.leftOutLines = table.skippedLineCount();
        if (Status s = customers.finish(writing); !s)
            return s;
        if (history)
            if (Status s = history->finish(writing); !s)
                return s;
        if (write && !writing) {
            refused = true;
            return makeError(Error::Code::Invalid, QString());
        }
        // The last chance to cancel, still inside the transaction: small files never reach a
        // ProgressRows boundary, and building the indexes comes after the last row.
        if (options.progress && !options.progress(table.fileSize(), table.fileSize()))
            return makeError(Error::Code::Cancelled,
                             tr("The import was cancelled; the archive is unchanged."));
        if (!write)
            return Done {};
        summary.importId = importId;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE imports SET rows = ?, created = ?, updated = ?,"
                                 " skipped = ? WHERE id = ?"));
        for (const QVariant &v :
             QVariantList {summary.rows, summary.created, summary.updated, summary.skipped, importId})
            q.addBindValue(v);
        if (!q.exec())
            return Database::storageError(q.lastError());
        // One entry for the whole file, not one per row.
        return AuditLog::append(m_db,
                                m_actor,
                                QStringLiteral("import"),
                                QStringLiteral("import"),
                                importId,
                                {{QStringLiteral("file"), fileName},
                                 {QStringLiteral("kind"), ImportFields::kindKey(mapping.kind)},
                                 {QStringLiteral("rows"), summary.rows},
                                 {QStringLiteral("created"), summary.created},
                                 {QStringLiteral("updated"), summary.updated},
                                 {QStringLiteral("skipped"), summary.skipped},
                                 {QStringLiteral("invalid"), summary.invalid},
                                 {QStringLiteral("customers_created"), summary.customersCreated}});
    };

    if (options.dryRun) {
        if (Status s = body(false); !s)
            return s.error();
    } else {
        QSqlQuery pragma(m_db.connection());
        if (bulk && m_db.sqliteHandle())
            pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
        const Status s = WriteTransaction::run(m_db, [&]() { return body(true); });
        if (bulk && m_db.sqliteHandle())
            pragma.exec(QStringLiteral("PRAGMA cache_size = -2000"));
        if (!s && !refused)
            return s.error();
        if (refused) {
            summary.importId = 0;
            summary.created = summary.updated = summary.skipped = summary.customersCreated = 0;
        }
    }
    return summary;
}
