#include "WriteTransaction.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

Status WriteTransaction::run(Database &db, const std::function<Status()> &work)
{
    QSqlQuery control(db.connection());
    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Database::storageError(control.lastError());
    Status status = work();
    if (status) {
        if (control.exec(QStringLiteral("COMMIT")))
            return status;
        status = Database::storageError(control.lastError());
    }
    control.exec(QStringLiteral("ROLLBACK"));
    return status;
}
