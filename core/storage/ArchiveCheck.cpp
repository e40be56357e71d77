#include "ArchiveCheck.h"

#include "Database.h"
#include "audit/AuditLog.h"
#include "security/Permissions.h"

#include <QSqlError>
#include <QSqlQuery>

Result<QStringList> ArchiveCheck::run(Database &db)
{
    if (!db.connection().isOpen())
        return makeError(Error::Code::Storage, tr("The archive is not open."));
    QStringList findings;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);

    // The SQLite file itself (a server checks its own storage).
    if (db.sqliteHandle()) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
            findings.append(tr("The structure of the archive file could not be checked: %1")
                                    .arg(q.lastError().text()));
        } else {
            QStringList lines;
            while (q.next())
                lines.append(q.value(0).toString());
            if (lines != QStringList {QStringLiteral("ok")}) {
                for (const QString &line : std::as_const(lines))
                    findings.append(tr("The archive file is damaged: %1").arg(line));
            }
        }
        q.finish();

        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            findings.append(tr("The links between records could not be checked: %1")
                                    .arg(q.lastError().text()));
        } else {
            // table, rowid (NULL for a WITHOUT ROWID table), parent table, constraint
            while (q.next()) {
                if (q.value(1).isNull())
                    findings.append(tr("A row of table %1 refers to a row of table %2 that does "
                                       "not exist.")
                                            .arg(q.value(0).toString(), q.value(2).toString()));
                else
                    findings.append(tr("Row %1 of table %2 refers to a row of table %3 that does "
                                       "not exist.")
                                            .arg(q.value(1).toString(),
                                                 q.value(0).toString(),
                                                 q.value(2).toString()));
            }
        }
        q.finish();
    }

    const Result<qint64> broken = AuditLog::verify(db);
    if (!broken)
        findings.append(tr("The audit trail could not be checked: %1").arg(broken.error().message));
    else if (broken.value() != 0)
        findings.append(tr("The audit trail is broken at entry %1: that entry was changed or "
                           "deleted outside the application.")
                                .arg(broken.value()));
    return findings;
}

Result<QStringList> ArchiveCheck::run(Database &db, const Actor &actor)
{
    if (Status s = Permissions::require(actor, Operation::ViewAudit); !s)
        return s.error();
    return run(db);
}
