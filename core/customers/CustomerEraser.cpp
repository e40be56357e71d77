#include "CustomerEraser.h"

#include "CustomerAudit.h"
#include "CustomerRepository.h"
#include "CustomerSearchIndex.h"
#include "audit/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString erasedDetails()
{
    return QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("erased"), true}})
                                     .toJson(QJsonDocument::Compact));
}

// The audit entries about the customer and about the rows of their history, which the
// history's repositories audit as entities of their own: one bind value, the customer's id,
// for each '?'.
const char *const aboutCustomer = "(entity = 'customer' AND entity_id = ?)"
                                  " OR (entity = 'purchase' AND entity_id IN"
                                  " (SELECT id FROM purchases WHERE customer_id = ?))"
                                  " OR (entity = 'purchase_return' AND entity_id IN"
                                  " (SELECT id FROM purchase_returns WHERE customer_id = ?))"
                                  " OR (entity = 'interaction' AND entity_id IN"
                                  " (SELECT id FROM interactions WHERE customer_id = ?))"
                                  " OR (entity = 'service_request' AND entity_id IN"
                                  " (SELECT id FROM service_requests WHERE customer_id = ?))"
                                  " OR (entity = 'complaint' AND entity_id IN"
                                  " (SELECT id FROM complaints WHERE customer_id = ?))"
                                  " OR (entity = 'follow_up' AND entity_id IN"
                                  " (SELECT id FROM follow_ups WHERE customer_id = ?))";

void bindCustomer(QSqlQuery &q, qint64 customerId)
{
    for (int i = QString::fromLatin1(aboutCustomer).count(QLatin1Char('?')); i > 0; --i)
        q.addBindValue(customerId);
}

// Replaces the details of every entry about the customer or their history and recomputes the
// hash chain from the first changed entry on. Returns that entry's id (0 when there was none).
Result<qint64> rewriteAudit(Database &db, qint64 customerId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT min(id) FROM audit_log WHERE %1")
                      .arg(QLatin1String(aboutCustomer)));
    bindCustomer(q, customerId);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError());
    if (q.value(0).isNull())
        return qint64(0);
    const qint64 first = q.value(0).toLongLong();
    q.finish();

    for (const QString &sql : db.dialect().liftAuditGuard()) {
        if (!q.exec(sql))
            return Database::storageError(q.lastError());
    }

    q.prepare(QStringLiteral("UPDATE audit_log SET details = ? WHERE %1")
                      .arg(QLatin1String(aboutCustomer)));
    q.addBindValue(erasedDetails());
    bindCustomer(q, customerId);
    if (!q.exec())
        return Database::storageError(q.lastError());

    // The chain: the hash of the entry before the first changed one, then every entry after.
    QByteArray previous;
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(first);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (q.next())
        previous = q.value(0).toString().toLatin1();
    q.finish();

    struct Row
    {
        qint64 id;
        QString at, user, action, entity;
        qint64 entityId;
        QString details;
    };
    QList<Row> rows;
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, user_login, action, entity, entity_id, details"
                             " FROM audit_log WHERE id >= ? ORDER BY id"));
    q.addBindValue(first);
    if (!q.exec())
        return Database::storageError(q.lastError());
    while (q.next())
        rows.append({q.value(0).toLongLong(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     q.value(4).toString(),
                     q.value(5).toLongLong(),
                     q.value(6).toString()});
    q.finish();

    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
    for (const Row &row : rows) {
        const QByteArray hash = AuditLog::hashOf(previous,
                                                 row.id,
                                                 row.at,
                                                 row.user,
                                                 row.action,
                                                 row.entity,
                                                 row.entityId,
                                                 row.details);
        update.addBindValue(previous.isEmpty() ? QStringLiteral("") : QString::fromLatin1(previous));
        update.addBindValue(QString::fromLatin1(hash));
        update.addBindValue(row.id);
        if (!update.exec())
            return Database::storageError(update.lastError());
        previous = hash;
    }

    for (const QString &sql : db.dialect().restoreAuditGuard()) {
        if (!q.exec(sql))
            return Database::storageError(q.lastError());
    }
    return first;
}

// The complaints columns whose before and after in complaint_changes are codes, numbers, logins
// or times, kept by the erasure; every other field's (description, response, resolution, root
// cause, actions, and any text field added later) is blanked.
#define SA_COMPLAINT_KEPT_FIELDS \
    "('status', 'handler', 'severity', 'channel', 'reason', 'sub_reason', 'purchase_id'," \
    " 'request_id', 'compensation_kind', 'compensation_amount', 'confirmation', 'received_at')"

// The customer's history keeps what figures and accounting need (times, channels, types,
// durations, products, amounts, stages) and loses every text typed about them. Returns the
// tables that had rows of the customer.
Result<QStringList> anonymizeHistory(Database &db,
                                     const Actor &actor,
                                     qint64 customerId,
                                     const QVariant &now)
{
    struct Step
    {
        const char *table;
        const char *set;
        bool versioned; // edited through a version check: bumped, so a stale editor conflicts
    };
    const Step steps[] = {
            {"interactions", "summary = '', result = ''", false},
            {"purchases", "notes = ''", true},
            {"purchase_returns", "notes = ''", false},
            {"service_requests",
             "title = ?, description = '', cancel_reason = '', plan_content = '',"
             " plan_schedule = ''",
             true},
            {"request_stage_moves", "reason = ''", false},
            {"complaints",
             "description = '', response = '', resolution = '', root_cause = '',"
             " corrective_action = '', preventive_action = ''",
             true},
            // The typed text of a complaint's history goes; who changed what and when stays,
            // with the codes and numbers.
            {"complaint_changes",
             "before = CASE WHEN field IN " SA_COMPLAINT_KEPT_FIELDS " THEN before ELSE '' END,"
             " after = CASE WHEN field IN " SA_COMPLAINT_KEPT_FIELDS " THEN after ELSE '' END,"
             " reason = ''",
             false},
            // Nobody calls an erased customer back: what was planned is cancelled.
            {"follow_ups",
             "purpose = '', outcome = '', notes = '',"
             " status = CASE WHEN status = 0 THEN 3 ELSE status END",
             true},
    };
    QStringList touched;
    QSqlQuery q(db.connection());
    for (const Step &step : steps) {
        const QString table = QLatin1String(step.table);
        QString sql = QStringLiteral("UPDATE %1 SET %2").arg(table, QLatin1String(step.set));
        if (step.versioned)
            sql += QStringLiteral(", updated_at = ?, updated_by = ?, version = version + 1");
        q.prepare(sql + QStringLiteral(" WHERE customer_id = ?"));
        if (table == QLatin1String("service_requests"))
            q.addBindValue(CustomerEraser::erasedRequestTitle());
        if (step.versioned) {
            q.addBindValue(now);
            q.addBindValue(actor.login);
        }
        q.addBindValue(customerId);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (q.numRowsAffected() > 0)
            touched.append(table);
    }
    return touched;
}

#undef SA_COMPLAINT_KEPT_FIELDS

} // namespace

QString CustomerEraser::tombstoneName()
{
    return tr("Erased customer");
}

QString CustomerEraser::erasedRequestTitle()
{
    return tr("Erased");
}

Result<Customer> CustomerEraser::erase(Database &db,
                                       const Actor &actor,
                                       qint64 customerId,
                                       int expectedVersion)
{
    if (Status s = Permissions::require(actor, Operation::Erase); !s)
        return s.error();

    QStringList historyTables; // with rows of the customer, rewritten
    const Status status = WriteTransaction::run(db, [&]() -> Status {
        QSqlQuery q(db.connection());
        q.prepare(
                QStringLiteral("SELECT code, name, company, version FROM customers WHERE id = ?"));
        q.addBindValue(customerId);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (!q.next())
            return makeError(Error::Code::NotFound, tr("This customer no longer exists."));
        const QString code = q.value(0).toString();
        const QString oldName = q.value(1).toString();
        const QString oldCompany = q.value(2).toString();
        if (q.value(3).toInt() != expectedVersion)
            return makeError(Error::Code::Conflict,
                             tr("This customer was changed after you opened it. Nothing was "
                                "erased: reload the profile and erase it again."));
        q.finish();

        Customer tombstone;
        tombstone.code = code;
        const QString name = tombstoneName();
        const QVariant now = StoredTime::fromDateTime(StoredTime::now());
        q.prepare(QStringLiteral(
                "UPDATE customers SET name = :name, name_key = :name_key, gender = 0,"
                " birthday = NULL, company = '', title = '', email = '', mailing_address = '',"
                " shipping_address = '', source = '', owner = '', notes = '',"
                " marketing_consent = 0, consent_date = NULL, last_verified_at = NULL,"
                " primary_phone = '', search_text = :search_text, external_id = '',"
                " archived_at = coalesce(archived_at, :now),"
                " updated_at = :now, updated_by = :actor, version = version + 1"
                " WHERE id = :id AND version = :version"));
        q.bindValue(QStringLiteral(":name"), name);
        q.bindValue(QStringLiteral(":name_key"), CustomerSearchIndex::nameKey(name));
        q.bindValue(QStringLiteral(":search_text"), CustomerSearchIndex::searchText(tombstone));
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":actor"), actor.login);
        q.bindValue(QStringLiteral(":id"), customerId);
        q.bindValue(QStringLiteral(":version"), expectedVersion);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (q.numRowsAffected() != 1)
            return makeError(Error::Code::Conflict,
                             tr("This customer was changed after you opened it. Nothing was "
                                "erased: reload the profile and erase it again."));

        // The values an import overwrote are kept for its undo: personal data too.
        for (const char *sql : {"DELETE FROM customer_phones WHERE customer_id = ?",
                                "DELETE FROM customer_tags WHERE customer_id = ?",
                                "DELETE FROM import_changes WHERE table_name = 'customers'"
                                " AND row_id = ?"}) {
            q.prepare(QString::fromLatin1(sql));
            q.addBindValue(customerId);
            if (!q.exec())
                return Database::storageError(q.lastError());
        }
        // customer_grams has no index by customer: delete by the keys the old values gave.
        q.prepare(QStringLiteral("DELETE FROM customer_grams WHERE gram = ? AND customer_id = ?"));
        for (const QString &gram : CustomerSearchIndex::grams(oldName, oldCompany)) {
            q.addBindValue(gram);
            q.addBindValue(customerId);
            if (!q.exec())
                return Database::storageError(q.lastError());
        }

        const Result<QStringList> touched = anonymizeHistory(db, actor, customerId, now);
        if (!touched)
            return touched.error();
        historyTables = touched.value();

        const Result<qint64> rehashedFrom = rewriteAudit(db, customerId);
        if (!rehashedFrom)
            return rehashedFrom.error();
        return AuditLog::append(db,
                                actor,
                                EraseAction,
                                CustomerAudit::Entity,
                                customerId,
                                {{QStringLiteral("code"), code},
                                 {QStringLiteral("rehashed_from"), rehashedFrom.value()}});
    });
    if (!status)
        return status.error();

    // Purge what the old values left behind (SqlDialect::purgeAfterErase).
    QSqlQuery q(db.connection());
    for (const QString &sql : db.dialect().purgeAfterErase(historyTables)) {
        if (!q.exec(sql))
            return Database::storageError(q.lastError());
        while (q.next()) { }
        q.finish();
    }

    CustomerRepository repository(db);
    Result<Customer> stored = repository.get(actor, customerId);
    return stored;
}
