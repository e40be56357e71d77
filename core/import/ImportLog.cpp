#include "ImportLog.h"

#include "ImportCustomers.h"
#include "audit/AuditLog.h"
#include "customers/CustomerSearchIndex.h"
#include "followups/FollowUp.h"
#include "followups/FollowUpRules.h"
#include "history/Classification.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/LastWriter.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

Customer fromImage(const QJsonObject &o, qint64 id, QString *externalId)
{
    Customer c;
    c.id = id;
    c.kind = CustomerKind(o.value(QStringLiteral("kind")).toInt());
    c.name = o.value(QStringLiteral("name")).toString();
    c.gender = Gender(o.value(QStringLiteral("gender")).toInt());
    c.birthday = QDate::fromString(o.value(QStringLiteral("birthday")).toString(), Qt::ISODate);
    c.company = o.value(QStringLiteral("company")).toString();
    c.title = o.value(QStringLiteral("title")).toString();
    c.email = o.value(QStringLiteral("email")).toString();
    c.mailingAddress = o.value(QStringLiteral("mailing_address")).toString();
    c.shippingAddress = o.value(QStringLiteral("shipping_address")).toString();
    c.source = o.value(QStringLiteral("source")).toString();
    c.owner = o.value(QStringLiteral("owner")).toString();
    c.notes = o.value(QStringLiteral("notes")).toString();
    c.marketingConsent = o.value(QStringLiteral("marketing_consent")).toBool();
    c.consentDate = QDate::fromString(o.value(QStringLiteral("consent_date")).toString(),
                                      Qt::ISODate);
    c.lastVerifiedAt = QDateTime::fromString(o.value(QStringLiteral("last_verified_at")).toString(),
                                             Qt::ISODateWithMs);
    for (const QJsonValue &v : o.value(QStringLiteral("phones")).toArray()) {
        const QJsonObject p = v.toObject();
        c.phones.append(Phone {PhoneKind(p.value(QStringLiteral("kind")).toInt()),
                               p.value(QStringLiteral("number")).toString(),
                               p.value(QStringLiteral("primary")).toBool()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("tags")).toArray())
        c.tags.append(v.toString());
    *externalId = o.value(QStringLiteral("external_id")).toString();
    return c;
}

} // namespace

ImportLog::ImportLog(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

Result<QList<ImportLog::Entry>> ImportLog::entries(int limit)
{
    if (Status s = Permissions::require(m_actor, Operation::Import); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, kind, file_name, imported_at, imported_by, created,"
                             " updated, undone_at, undone_by FROM imports ORDER BY id DESC"
                             " LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Database::storageError(q.lastError());
    QList<Entry> out;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.kind = ImportFields::kindFromKey(q.value(1).toString()).value_or(ImportKind::Customers);
        e.fileName = q.value(2).toString();
        e.importedAt = StoredTime::toDateTime(q.value(3));
        e.importedBy = q.value(4).toString();
        e.created = q.value(5).toLongLong();
        e.updated = q.value(6).toLongLong();
        e.undoneAt = StoredTime::toDateTime(q.value(7));
        e.undoneBy = q.value(8).toString();
        out.append(e);
    }
    return out;
}

Status ImportLog::undo(qint64 importId, const Clock &clock)
{
    if (Status s = Permissions::require(m_actor, Operation::Import); !s)
        return s;
    const QDateTime now = clockNow(clock).toUTC();
    return WriteTransaction::run(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT file_name, undone_at, undone_by FROM imports"
                                 " WHERE id = ?"));
        q.addBindValue(importId);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (!q.next())
            return makeError(Error::Code::NotFound, tr("There is no import %1.").arg(importId));
        const QString fileName = q.value(0).toString();
        if (!q.value(1).isNull())
            return makeError(Error::Code::Conflict,
                             tr("The import of %1 was undone already, by %2 at %3.")
                                     .arg(fileName,
                                          q.value(2).toString(),
                                          QLocale().toString(StoredTime::toDateTime(q.value(1))
                                                                     .toLocalTime(),
                                                             QLocale::ShortFormat)));
        q.finish();

        const auto changedBy = [&](qint64 customerId, const QString &name) -> Error {
            const std::optional<LastWriter> last = LastWriter::of(m_db,
                                                                  QStringLiteral("customers"),
                                                                  customerId);
            return makeError(Error::Code::Conflict,
                             tr("The import of %1 cannot be undone: the customer %2 was changed "
                                "by %3 at %4 after the import. Nothing was undone.")
                                     .arg(fileName,
                                          name,
                                          last ? last->login : QString(),
                                          last ? last->shownTime : QString()));
        };
        const auto firstRow = [&](const QString &sql) -> Result<std::optional<QVariantList>> {
            QSqlQuery c(m_db.connection());
            c.prepare(sql);
            const int marks = int(sql.count(QLatin1Char('?')));
            for (int i = 0; i < marks; ++i)
                c.addBindValue(importId);
            if (!c.exec())
                return Database::storageError(c.lastError());
            if (!c.next())
                return std::optional<QVariantList>();
            QVariantList values;
            for (int i = 0; i < c.record().count(); ++i)
                values.append(c.value(i));
            return std::optional<QVariantList>(values);
        };

        // Customers it created and somebody changed since.
        Result<std::optional<QVariantList>> found = firstRow(QStringLiteral(
                "SELECT id, name FROM customers WHERE import_id = ? AND version <> 1 LIMIT 1"));
        if (!found)
            return found.error();
        if (found->has_value())
            return changedBy(found->value().at(0).toLongLong(), found->value().at(1).toString());
        // A birthday greeting the rules planned by themselves for a customer the import created
        // (untouched: not called, not reassigned) is no history: the undo takes it away too.
        const auto plannedGreeting = [](const QString &alias) {
            return QStringLiteral("%1rule = '%2' AND %1created_by = '%3' AND %1version = 1"
                                  " AND %1done_at IS NULL AND %1attempts = 0")
                    .arg(alias, FollowUpRule::Birthday, FollowUpRules::SystemLogin);
        };
        // Customers it created that have history of their own since.
        for (const char *table : {"purchases",
                                  "interactions",
                                  "complaints",
                                  "service_requests",
                                  "follow_ups",
                                  "purchase_returns"}) {
            const bool tagged = QByteArray(table) == "purchases"
                                || QByteArray(table) == "interactions"
                                || QByteArray(table) == "complaints";
            QString sql = QStringLiteral("SELECT c.id, c.name FROM customers c JOIN %1 h"
                                         " ON h.customer_id = c.id WHERE c.import_id = ?")
                                  .arg(QLatin1String(table));
            if (tagged)
                sql += QStringLiteral(" AND (h.import_id IS NULL OR h.import_id <> ?)");
            if (QByteArray(table) == "follow_ups")
                sql += QStringLiteral(" AND (h.done_at IS NOT NULL OR h.purchase_id IS NULL OR"
                                      " h.purchase_id NOT IN (SELECT id FROM purchases"
                                      " WHERE import_id = ?)) AND NOT (%1)")
                               .arg(plannedGreeting(QStringLiteral("h.")));
            found = firstRow(sql + QStringLiteral(" LIMIT 1"));
            if (!found)
                return found.error();
            if (found->has_value())
                return makeError(Error::Code::Conflict,
                                 tr("The import of %1 cannot be undone: the customer %2 it "
                                    "created has history recorded since. Nothing was undone.")
                                         .arg(fileName, found->value().at(1).toString()));
        }
        // History rows it created and somebody changed since (a return, a handled complaint,
        // a return visit done).
        found = firstRow(QStringLiteral(
                "SELECT c.id, c.name FROM purchases p JOIN customers c ON c.id = p.customer_id"
                " WHERE p.import_id = ? AND (p.version <> 1 OR p.refunded <> 0 OR EXISTS"
                " (SELECT 1 FROM follow_ups f WHERE f.purchase_id = p.id"
                " AND f.status <> 0)) LIMIT 1"));
        if (!found)
            return found.error();
        if (!found->has_value()) {
            found = firstRow(QStringLiteral(
                    "SELECT c.id, c.name FROM complaints k JOIN customers c"
                    " ON c.id = k.customer_id WHERE k.import_id = ? AND k.version <> 1 LIMIT 1"));
            if (!found)
                return found.error();
        }
        if (found->has_value())
            return makeError(Error::Code::Conflict,
                             tr("The import of %1 cannot be undone: the history it brought in "
                                "for %2 was worked on since. Nothing was undone.")
                                     .arg(fileName, found->value().at(1).toString()));

        // Customers it updated: each must still be as the import left it.
        struct Change
        {
            qint64 id;
            int versionAfter;
            QByteArray before;
        };
        QList<Change> changes;
        q.prepare(QStringLiteral("SELECT row_id, version_after, before FROM import_changes"
                                 " WHERE import_id = ? AND table_name = 'customers'"));
        q.addBindValue(importId);
        if (!q.exec())
            return Database::storageError(q.lastError());
        while (q.next())
            changes.append(
                    {q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString().toUtf8()});
        q.finish();
        for (const Change &change : std::as_const(changes)) {
            const Result<Customer> stored = ImportCustomers::load(m_db, change.id);
            if (!stored)
                return stored.error();
            if (stored->version != change.versionAfter)
                return changedBy(change.id, stored->name);
        }

        // Customers whose history shrinks are classified again afterwards.
        QSet<qint64> reclassify;
        q.prepare(QStringLiteral("SELECT customer_id FROM purchases WHERE import_id = ? UNION"
                                 " SELECT customer_id FROM interactions WHERE import_id = ? UNION"
                                 " SELECT customer_id FROM complaints WHERE import_id = ?"));
        for (int i = 0; i < 3; ++i)
            q.addBindValue(importId);
        if (!q.exec())
            return Database::storageError(q.lastError());
        while (q.next())
            reclassify.insert(q.value(0).toLongLong());
        q.finish();

        qint64 removed = 0;
        q.prepare(QStringLiteral("DELETE FROM follow_ups WHERE %1 AND customer_id IN"
                                 " (SELECT id FROM customers WHERE import_id = ?)")
                          .arg(plannedGreeting(QString())));
        q.addBindValue(importId);
        if (!q.exec())
            return Database::storageError(q.lastError());
        const char *const deletes[] = {
                "DELETE FROM follow_ups WHERE purchase_id IN"
                " (SELECT id FROM purchases WHERE import_id = ?)",
                "DELETE FROM complaint_changes WHERE complaint_id IN"
                " (SELECT id FROM complaints WHERE import_id = ?)",
                "DELETE FROM complaints WHERE import_id = ?",
                "DELETE FROM interactions WHERE import_id = ?",
                "DELETE FROM purchases WHERE import_id = ?",
                "DELETE FROM customer_phones WHERE customer_id IN"
                " (SELECT id FROM customers WHERE import_id = ?)",
                "DELETE FROM customer_tags WHERE customer_id IN"
                " (SELECT id FROM customers WHERE import_id = ?)",
                "DELETE FROM customer_grams WHERE customer_id IN"
                " (SELECT id FROM customers WHERE import_id = ?)",
                "DELETE FROM customers WHERE import_id = ?",
        };
        for (const char *sql : deletes) {
            q.prepare(QString::fromLatin1(sql));
            q.addBindValue(importId);
            if (!q.exec())
                return Database::storageError(q.lastError());
            removed += q.numRowsAffected();
        }
        for (const Change &change : std::as_const(changes)) {
            const Result<Customer> current = ImportCustomers::load(m_db, change.id);
            if (!current)
                return current.error();
            QString externalId;
            const QJsonObject image = QJsonDocument::fromJson(change.before).object();
            Customer restored = fromImage(image, change.id, &externalId);
            restored.code = current->code;
            restored.version = current->version + 1;
            if (Status s = ImportCustomers::write(m_db,
                                                  restored,
                                                  externalId,
                                                  CustomerSearchIndex::grams(current->name,
                                                                             current->company),
                                                  m_actor.login,
                                                  now);
                !s)
                return s;
            reclassify.remove(change.id);
            reclassify.insert(change.id);
        }
        const QDate today = now.toLocalTime().date();
        for (qint64 id : std::as_const(reclassify)) {
            QSqlQuery exists(m_db.connection());
            exists.prepare(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"));
            exists.addBindValue(id);
            if (!exists.exec())
                return Database::storageError(exists.lastError());
            if (exists.next())
                if (Status s = Classification::reclassify(m_db, id, today); !s)
                    return s;
        }
        q.prepare(QStringLiteral("UPDATE imports SET undone_at = ?, undone_by = ? WHERE id = ?"));
        q.addBindValue(StoredTime::fromDateTime(now));
        q.addBindValue(m_actor.login);
        q.addBindValue(importId);
        if (!q.exec())
            return Database::storageError(q.lastError());
        return AuditLog::append(m_db,
                                m_actor,
                                QStringLiteral("undo_import"),
                                QStringLiteral("import"),
                                importId,
                                {{QStringLiteral("file"), fileName},
                                 {QStringLiteral("rows_removed"), removed},
                                 {QStringLiteral("customers_restored"), changes.size()}});
    });
}
