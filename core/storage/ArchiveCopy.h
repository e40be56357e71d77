#pragma once

#include "Actor.h"
#include "ArchiveAddress.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <functional>

class Database;

// A whole archive copied to another place, on the same or the other back end (a SQLite file to a
// PostgreSQL schema and back): every table of Migrations::tables(), ids and the audit trail
// unchanged, so the same accounts sign in and the hash chain still verifies.
//
// The source is read in one snapshot (other desks may go on working). The destination must be
// new: a file that does not exist yet, or an empty schema (or one holding an empty archive). All
// rows go in one write transaction, which also checks before committing that every table holds
// as many rows as the source's and that the audit chain verifies and ends in the source's last
// entry; a failure or a cancel leaves no rows behind (a new file is made under a temporary name
// and renamed into place only then). Needs Operation::ManageSettings on the source; the copy is
// audited there.
class ArchiveCopy
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCopy)

public:
    struct Report
    {
        QList<QPair<QString, qint64>> tables; // rows per table, in copy order
        qint64 auditEntries = 0;
    };
    // Rows done, rows in all; false cancels.
    using Progress = std::function<bool(qint64, qint64)>;

    static Result<Report> run(Database &source,
                              const Actor &actor,
                              const ArchiveAddress &destination,
                              const Progress &progress = {});

    // Audit action in the source.
    static inline const QString Action = QStringLiteral("copy");
};
