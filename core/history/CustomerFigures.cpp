#include "CustomerFigures.h"

#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QDate localDate(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().date() : QDate();
}

} // namespace

Result<CustomerFigures> CustomerFigures::read(Database &db,
                                              const Actor &actor,
                                              qint64 customerId,
                                              const QDate &today)
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError());
    if (q.value(0).toInt() == 0)
        return makeError(Error::Code::NotFound,
                         // The repository's words, translated once.
                         QCoreApplication::translate("CustomerRepository",
                                                     "This customer no longer exists."));
    q.finish();

    CustomerFigures figures;
    // count, min and max come from the purchases_customer index; the sum reads the customer's
    // purchase rows (a handful, next to each other).
    q.prepare(QStringLiteral("SELECT count(*), min(purchased_at), max(purchased_at),"
                             " CAST(coalesce(sum(amount - refunded), 0) AS BIGINT)"
                             " FROM purchases WHERE customer_id = ?"));
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError());
    figures.purchases = q.value(0).toInt();
    figures.firstPurchase = StoredTime::toDateTime(q.value(1));
    figures.lastPurchase = StoredTime::toDateTime(q.value(2));
    figures.netSpend = q.value(3).toLongLong();
    q.finish();
    if (figures.purchases > 0) {
        // Rounded half away from zero (net spend is never negative: refunds cannot exceed it).
        const qint64 n = figures.purchases;
        const qint64 s = figures.netSpend;
        figures.averageOrder = s >= 0 ? (s + n / 2) / n : -((-s + n / 2) / n);
    }

    q.prepare(QStringLiteral("SELECT occurred_at FROM interactions WHERE customer_id = ?"
                             " ORDER BY occurred_at DESC, id DESC LIMIT 1"));
    q.addBindValue(customerId);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (q.next())
        figures.lastContact = StoredTime::toDateTime(q.value(0));
    q.finish();

    q.prepare(QStringLiteral(
            "SELECT count(*) FROM service_requests WHERE customer_id = ? AND closed_at IS NULL"));
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError());
    figures.openRequests = q.value(0).toInt();
    q.finish();

    const Result<ClassificationRules> rules = Classification::rules(db);
    if (!rules)
        return rules.error();
    CustomerFacts facts;
    facts.purchases = figures.purchases;
    facts.netSpend = figures.netSpend;
    facts.firstPurchase = localDate(figures.firstPurchase);
    facts.lastPurchase = localDate(figures.lastPurchase);
    facts.lastContact = localDate(figures.lastContact);
    figures.classification = Classification::classify(facts, rules.value(), today);
    return figures;
}
