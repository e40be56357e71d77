#include "HistoryCustomer.h"

#include "customers/CustomerAudit.h"
#include "customers/CustomerEraser.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Status HistoryCustomer::requireWritable(Database &db, qint64 customerId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (!q.next())
        return makeError(Error::Code::NotFound, tr("This customer no longer exists."));
    q.finish();

    // The customer's audit entries (index audit_log_entity): few per customer.
    q.prepare(QStringLiteral("SELECT 1 FROM audit_log"
                             " WHERE entity = ? AND entity_id = ? AND action = ? LIMIT 1"));
    q.addBindValue(CustomerAudit::Entity);
    q.addBindValue(customerId);
    q.addBindValue(CustomerEraser::EraseAction);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (q.next())
        return makeError(Error::Code::Invalid,
                         tr("This customer's personal data was erased. Nothing new can be "
                            "recorded for them."));
    return Done {};
}
