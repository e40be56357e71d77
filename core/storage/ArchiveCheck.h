#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// The archive's health in words: SQLite's quick_check (the file's structure),
// foreign_key_check (records pointing at records that are gone) and the audit trail's hash
// chain (AuditLog::verify, naming the first broken entry). An empty list means all is well.
class ArchiveCheck
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCheck)

public:
    // Every finding is a value, including a check that could not run on a damaged file; an
    // error is returned only when there is nothing to check (no open connection).
    static Result<QStringList> run(Database &db);
    // For a signed-in user: needs Operation::ViewAudit (supervisors and administrators).
    static Result<QStringList> run(Database &db, const Actor &actor);
};
