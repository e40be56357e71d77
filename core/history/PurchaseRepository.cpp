#include "PurchaseRepository.h"

#include "HistoryPaging.h"

#include "Classification.h"
#include "HistoryCustomer.h"
#include "PurchaseValidator.h"
#include "audit/AuditLog.h"
#include "followups/FollowUpRules.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/LastWriter.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString PurchaseEntity = QStringLiteral("purchase");
const QString ReturnEntity = QStringLiteral("purchase_return");

const char purchaseColumns[] = "id, customer_id, purchased_at, product, category, quantity,"
                               " unit_price, amount, refunded, payment_method, channel, notes,"
                               " created_at, created_by, updated_at, updated_by, version";
const char returnColumns[] = "id, purchase_id, customer_id, returned_at, reason, refunded, notes,"
                             " created_at, created_by";

Purchase readPurchase(const QSqlQuery &q)
{
    Purchase p;
    int i = 0;
    p.id = q.value(i++).toLongLong();
    p.customerId = q.value(i++).toLongLong();
    p.purchasedAt = StoredTime::toDateTime(q.value(i++));
    p.product = q.value(i++).toString();
    p.category = q.value(i++).toString();
    p.quantity = q.value(i++).toLongLong();
    p.unitPrice = q.value(i++).toLongLong();
    p.amount = q.value(i++).toLongLong();
    p.refunded = q.value(i++).toLongLong();
    p.paymentMethod = q.value(i++).toString();
    p.channel = q.value(i++).toString();
    p.notes = q.value(i++).toString();
    p.createdAt = StoredTime::toDateTime(q.value(i++));
    p.createdBy = q.value(i++).toString();
    p.updatedAt = StoredTime::toDateTime(q.value(i++));
    p.updatedBy = q.value(i++).toString();
    p.version = q.value(i++).toInt();
    return p;
}

PurchaseReturn readReturn(const QSqlQuery &q)
{
    PurchaseReturn r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.purchaseId = q.value(i++).toLongLong();
    r.customerId = q.value(i++).toLongLong();
    r.returnedAt = StoredTime::toDateTime(q.value(i++));
    r.reason = q.value(i++).toString();
    r.refunded = q.value(i++).toLongLong();
    r.notes = q.value(i++).toString();
    r.createdAt = StoredTime::toDateTime(q.value(i++));
    r.createdBy = q.value(i++).toString();
    return r;
}

// Text columns are NOT NULL: a null QString would be bound as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString timeText(const QDateTime &t)
{
    return StoredTime::fromDateTime(t).toString();
}

Result<Purchase> loadPurchase(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM purchases WHERE id = ?")
                      .arg(QLatin1String(purchaseColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (!q.next())
        return makeError(Error::Code::NotFound,
                         PurchaseRepository::tr("This purchase no longer exists."));
    return readPurchase(q);
}

Result<PurchaseReturn> loadReturn(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM purchase_returns WHERE id = ?")
                      .arg(QLatin1String(returnColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (!q.next())
        return makeError(Error::Code::NotFound,
                         PurchaseRepository::tr("This return no longer exists."));
    return readReturn(q);
}

QJsonObject snapshot(const Purchase &p)
{
    return {
            {QStringLiteral("customer_id"), p.customerId},
            {QStringLiteral("purchased_at"), timeText(p.purchasedAt)},
            {QStringLiteral("product"), p.product},
            {QStringLiteral("category"), p.category},
            {QStringLiteral("quantity"), p.quantity},
            {QStringLiteral("unit_price"), p.unitPrice},
            {QStringLiteral("amount"), p.amount},
            {QStringLiteral("payment_method"), p.paymentMethod},
            {QStringLiteral("channel"), p.channel},
            {QStringLiteral("notes"), p.notes},
    };
}

// {"field": {"before": ..., "after": ...}} for each field that differs.
QJsonObject changes(const Purchase &before, const Purchase &after)
{
    const QJsonObject a = snapshot(before);
    const QJsonObject b = snapshot(after);
    QJsonObject diff;
    for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
        const QJsonValue old = a.value(it.key());
        if (old != it.value())
            diff.insert(it.key(),
                        QJsonObject {{QStringLiteral("before"), old},
                                     {QStringLiteral("after"), it.value()}});
    }
    return diff;
}

void bindContent(QSqlQuery &q, const Purchase &p)
{
    q.bindValue(QStringLiteral(":purchased_at"), StoredTime::fromDateTime(p.purchasedAt));
    q.bindValue(QStringLiteral(":product"), text(p.product));
    q.bindValue(QStringLiteral(":category"), text(p.category));
    q.bindValue(QStringLiteral(":quantity"), p.quantity);
    q.bindValue(QStringLiteral(":unit_price"), p.unitPrice);
    q.bindValue(QStringLiteral(":amount"), p.amount);
    q.bindValue(QStringLiteral(":payment_method"), text(p.paymentMethod));
    q.bindValue(QStringLiteral(":channel"), text(p.channel));
    q.bindValue(QStringLiteral(":notes"), text(p.notes));
}

Error conflict(Database &db, qint64 id)
{
    const std::optional<LastWriter> last = LastWriter::of(db, QStringLiteral("purchases"), id);
    if (!last)
        return makeError(Error::Code::NotFound,
                         PurchaseRepository::tr("This purchase no longer exists."));
    return makeError(Error::Code::Conflict,
                     PurchaseRepository::tr("This purchase was changed by %1 at %2 after you "
                                            "opened it. Nothing was saved: reload it to see "
                                            "their changes, then make yours again.")
                             .arg(last->login, last->shownTime));
}

} // namespace

PurchaseRepository::PurchaseRepository(Database &db)
    : m_db(db)
{ }

Result<Purchase> PurchaseRepository::get(const Actor &actor, qint64 id) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    return loadPurchase(m_db, id);
}

Result<HistoryPage<Purchase>> PurchaseRepository::forCustomer(const Actor &actor,
                                                              qint64 customerId,
                                                              const HistoryCursor &from,
                                                              int limit) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    return HistoryPaging::read<Purchase>(
            m_db,
            QStringLiteral("purchases"),
            QLatin1String(purchaseColumns),
            QStringLiteral("purchased_at"),
            customerId,
            from,
            limit,
            &readPurchase,
            [](const Purchase &p) { return p.purchasedAt; },
            [](const Purchase &p) { return p.id; });
}

Result<Purchase> PurchaseRepository::create(const Actor &actor, const Purchase &input)
{
    if (Status s = Permissions::require(actor, Operation::Create); !s)
        return s.error();
    const Result<qint64> id = WriteTransaction::run<qint64>(m_db, [&]() -> Result<qint64> {
        if (Status s = HistoryCustomer::requireWritable(m_db, input.customerId); !s)
            return s.error();
        const Result<Purchase> checked = PurchaseValidator::validate(m_db, input, nullptr);
        if (!checked)
            return checked.error();
        const Purchase &p = checked.value();

        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                "INSERT INTO purchases(customer_id, purchased_at, product, category, quantity,"
                " unit_price, amount, refunded, payment_method, channel, notes, created_at,"
                " created_by, updated_at, updated_by, version)"
                " VALUES(:customer_id, :purchased_at, :product, :category, :quantity,"
                " :unit_price, :amount, 0, :payment_method, :channel, :notes, :now, :actor,"
                " :now, :actor, 1) RETURNING id"));
        q.bindValue(QStringLiteral(":customer_id"), p.customerId);
        bindContent(q, p);
        q.bindValue(QStringLiteral(":now"), StoredTime::fromDateTime(StoredTime::now()));
        q.bindValue(QStringLiteral(":actor"), actor.login);
        if (!q.exec() || !q.next())
            return Database::storageError(q.lastError());
        const qint64 newId = q.value(0).toLongLong();
        q.finish();
        if (Status s
            = AuditLog::append(m_db, actor, AuditLog::Create, PurchaseEntity, newId, snapshot(p));
            !s)
            return s.error();
        if (Status s = Classification::reclassify(m_db, p.customerId, QDate::currentDate()); !s)
            return s.error();
        // The return visit after the purchase, counted from the day it was made.
        if (Status s = FollowUpRules::onPurchase(m_db,
                                                 actor,
                                                 newId,
                                                 p.purchasedAt.toLocalTime().date());
            !s)
            return s.error();
        return newId;
    });
    if (!id)
        return id.error();
    return loadPurchase(m_db, id.value());
}

Result<Purchase> PurchaseRepository::update(const Actor &actor, const Purchase &input)
{
    if (Status s = Permissions::require(actor, Operation::Edit); !s)
        return s.error();
    if (input.id <= 0)
        return makeError(Error::Code::NotFound, tr("This purchase has not been saved yet."));
    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        const Result<Purchase> before = loadPurchase(m_db, input.id);
        if (!before)
            return before.error();
        if (Status s = HistoryCustomer::requireWritable(m_db, before->customerId); !s)
            return s;
        Purchase edited = input;
        edited.customerId = before->customerId; // a purchase stays with its customer
        const Result<Purchase> checked = PurchaseValidator::validate(m_db, edited, &before.value());
        if (!checked)
            return checked.error();
        const Purchase &p = checked.value();

        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                "UPDATE purchases SET purchased_at = :purchased_at, product = :product,"
                " category = :category, quantity = :quantity, unit_price = :unit_price,"
                " amount = :amount, payment_method = :payment_method, channel = :channel,"
                " notes = :notes, updated_at = :now, updated_by = :actor,"
                " version = version + 1 WHERE id = :id AND version = :version"));
        bindContent(q, p);
        q.bindValue(QStringLiteral(":now"), StoredTime::fromDateTime(StoredTime::now()));
        q.bindValue(QStringLiteral(":actor"), actor.login);
        q.bindValue(QStringLiteral(":id"), p.id);
        q.bindValue(QStringLiteral(":version"), p.version);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (q.numRowsAffected() != 1)
            return conflict(m_db, p.id);
        if (Status s = AuditLog::append(m_db,
                                        actor,
                                        AuditLog::Update,
                                        PurchaseEntity,
                                        p.id,
                                        changes(before.value(), p));
            !s)
            return s;
        return Classification::reclassify(m_db, p.customerId, QDate::currentDate());
    });
    if (!status)
        return status.error();
    return loadPurchase(m_db, input.id);
}

Result<QList<PurchaseReturn>> PurchaseRepository::returnsOf(const Actor &actor,
                                                            qint64 purchaseId) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM purchase_returns WHERE purchase_id = ?"
                             " ORDER BY returned_at, id")
                      .arg(QLatin1String(returnColumns)));
    q.addBindValue(purchaseId);
    if (!q.exec())
        return Database::storageError(q.lastError());
    QList<PurchaseReturn> out;
    while (q.next())
        out.append(readReturn(q));
    if (out.isEmpty()) {
        if (const Result<Purchase> p = loadPurchase(m_db, purchaseId); !p)
            return p.error();
    }
    return out;
}

Result<PurchaseReturn> PurchaseRepository::addReturn(const Actor &actor, const PurchaseReturn &input)
{
    if (Status s = Permissions::require(actor, Operation::Create); !s)
        return s.error();
    const Result<qint64> id = WriteTransaction::run<qint64>(m_db, [&]() -> Result<qint64> {
        const Result<Purchase> purchase = loadPurchase(m_db, input.purchaseId);
        if (!purchase)
            return purchase.error();
        if (Status s = HistoryCustomer::requireWritable(m_db, purchase->customerId); !s)
            return s.error();

        const Result<PurchaseReturn> checked = PurchaseValidator::validateReturn(m_db,
                                                                                 input,
                                                                                 purchase.value());
        if (!checked)
            return checked.error();
        PurchaseReturn r = checked.value();

        const QVariant now = StoredTime::fromDateTime(StoredTime::now());
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                "INSERT INTO purchase_returns(purchase_id, customer_id, returned_at, reason,"
                " refunded, notes, created_at, created_by)"
                " VALUES(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(r.purchaseId);
        q.addBindValue(r.customerId);
        q.addBindValue(StoredTime::fromDateTime(r.returnedAt));
        q.addBindValue(r.reason);
        q.addBindValue(r.refunded);
        q.addBindValue(text(r.notes));
        q.addBindValue(now);
        q.addBindValue(actor.login);
        if (!q.exec() || !q.next())
            return Database::storageError(q.lastError());
        r.id = q.value(0).toLongLong();
        q.finish();

        q.prepare(QStringLiteral("UPDATE purchases SET refunded = refunded + ?, updated_at = ?,"
                                 " updated_by = ?, version = version + 1 WHERE id = ?"));
        q.addBindValue(r.refunded);
        q.addBindValue(now);
        q.addBindValue(actor.login);
        q.addBindValue(r.purchaseId);
        if (!q.exec())
            return Database::storageError(q.lastError());

        if (Status s = AuditLog::append(m_db,
                                        actor,
                                        AuditLog::Create,
                                        ReturnEntity,
                                        r.id,
                                        {{QStringLiteral("purchase_id"), r.purchaseId},
                                         {QStringLiteral("customer_id"), r.customerId},
                                         {QStringLiteral("returned_at"), timeText(r.returnedAt)},
                                         {QStringLiteral("reason"), r.reason},
                                         {QStringLiteral("refunded"), r.refunded},
                                         {QStringLiteral("notes"), r.notes}});
            !s)
            return s.error();
        if (Status s = Classification::reclassify(m_db, r.customerId, QDate::currentDate()); !s)
            return s.error();
        return r.id;
    });
    if (!id)
        return id.error();
    return loadReturn(m_db, id.value());
}
