#include "WriteTransaction.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

Status WriteTransaction::run(Database &db, const std::function<Status()> &work)
{
    QSqlQuery control(db.connection());
    const QStringList begin = db.dialect().beginWrite();
    for (qsizetype i = 0; i < begin.size(); ++i) {
        if (!control.exec(begin.at(i))) {
            const Error error = Database::storageError(control.lastError());
            if (i > 0)
                control.exec(QStringLiteral("ROLLBACK"));
            return error;
        }
    }
    control.finish();
    Status status = work();
    if (status) {
        for (const QString &sql : db.dialect().beforeCommit()) {
            if (!control.exec(sql)) {
                status = Database::storageError(control.lastError());
                break;
            }
            control.finish();
        }
    }
    if (status) {
        if (control.exec(QStringLiteral("COMMIT")))
            return status;
        status = Database::storageError(control.lastError());
    }
    control.exec(QStringLiteral("ROLLBACK"));
    return status;
}
