#include "PurchaseValidator.h"

#include "ChoiceLists.h"
#include "HistoryLabels.h"
#include "PurchaseRepository.h"
#include "customers/CustomerAudit.h"
#include "customers/CustomerEraser.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

Error invalid(const QHash<QString, QString> &errors)
{
    Error error = makeError(Error::Code::Invalid,
                            errors.size() == 1
                                    ? errors.constBegin().value()
                                    : PurchaseValidator::tr("%n field(s) need attention.",
                                                            nullptr,
                                                            int(errors.size())));
    error.fieldErrors = errors;
    return error;
}

// A time of the history: known, not before 1900 and at most a day ahead (a clock or time zone
// off by some hours is fine; a mistyped year is not).
QString timeProblem(const QDateTime &at, const QString &missing, const QString &future)
{
    if (!at.isValid())
        return missing;
    if (at.toUTC().date() < QDate(1900, 1, 1))
        return PurchaseValidator::tr("A date before 1900 is not possible here.");
    if (at > StoredTime::now().addDays(1))
        return future;
    return {};
}

} // namespace

QString PurchaseValidator::shownTime(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

Status PurchaseValidator::checkCustomer(Database &db, qint64 customerId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError());
    if (q.value(0).toInt() == 0)
        return makeError(Error::Code::NotFound, tr("This customer no longer exists."));
    q.finish();
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log"
                             " WHERE entity = ? AND entity_id = ? AND action = ?"));
    q.addBindValue(CustomerAudit::Entity);
    q.addBindValue(customerId);
    q.addBindValue(CustomerEraser::EraseAction);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError());
    if (q.value(0).toInt() > 0) {
        const QString message = tr("The personal data of this customer was erased: no new "
                                   "history can be recorded for them.");
        Error e = makeError(Error::Code::Invalid, message);
        e.fieldErrors.insert(QStringLiteral("customer"), message);
        return e;
    }
    return Done {};
}

Result<Purchase> PurchaseValidator::validate(Database &db,
                                             const Purchase &input,
                                             const Purchase *stored)
{
    Purchase p = input;
    QHash<QString, QString> errors;

    p.product = p.product.simplified();
    p.category = p.category.simplified();
    p.channel = p.channel.simplified();
    p.notes = p.notes.trimmed();
    p.paymentMethod = p.paymentMethod.trimmed();
    p.purchasedAt = p.purchasedAt.toUTC();

    if (p.product.isEmpty())
        errors.insert(QStringLiteral("product"), tr("Enter the product."));
    else if (p.product.size() > MaxTextLength)
        errors.insert(QStringLiteral("product"),
                      tr("A product name has at most %1 characters.").arg(MaxTextLength));
    if (p.category.size() > MaxTextLength)
        errors.insert(QStringLiteral("category"),
                      tr("A category has at most %1 characters.").arg(MaxTextLength));
    if (p.channel.size() > MaxTextLength)
        errors.insert(QStringLiteral("channel"),
                      tr("A channel has at most %1 characters.").arg(MaxTextLength));
    if (p.notes.size() > MaxNotesLength)
        errors.insert(QStringLiteral("notes"),
                      tr("Notes have at most %1 characters.").arg(MaxNotesLength));

    const bool quantityOk = p.quantity >= 1 && p.quantity <= PurchaseRepository::MaxQuantity;
    if (!quantityOk)
        errors.insert(QStringLiteral("quantity"),
                      tr("The quantity must be a whole number from 1 to %1.")
                              .arg(QLocale().toString(PurchaseRepository::MaxQuantity)));
    const bool priceOk = p.unitPrice >= 0 && p.unitPrice <= PurchaseRepository::MaxAmount;
    if (p.unitPrice < 0)
        errors.insert(QStringLiteral("unit_price"), tr("The unit price cannot be negative."));
    else if (!priceOk)
        errors.insert(QStringLiteral("unit_price"),
                      tr("The unit price cannot be more than %1.")
                              .arg(HistoryLabels::money(PurchaseRepository::MaxAmount)));

    // Both factors are bounded now: their product stays far below 2^63.
    if (quantityOk && priceOk && p.quantity * p.unitPrice > PurchaseRepository::MaxAmount)
        errors.insert(QStringLiteral("amount"),
                      tr("Quantity × unit price comes to more than %1. Check "
                         "the quantity and the price.")
                              .arg(HistoryLabels::money(PurchaseRepository::MaxAmount)));
    else if (p.amount < 0)
        errors.insert(QStringLiteral("amount"), tr("The amount cannot be negative."));
    else if (p.amount > PurchaseRepository::MaxAmount)
        errors.insert(QStringLiteral("amount"),
                      tr("The amount cannot be more than %1.")
                              .arg(HistoryLabels::money(PurchaseRepository::MaxAmount)));
    else if (p.amount == 0 && quantityOk && priceOk)
        p.amount = p.quantity * p.unitPrice;
    if (stored && !errors.contains(QStringLiteral("amount")) && p.amount < stored->refunded)
        errors.insert(QStringLiteral("amount"),
                      tr("The amount cannot be less than what was already "
                         "refunded on this purchase (%1).")
                              .arg(HistoryLabels::money(stored->refunded)));

    if (p.paymentMethod.isEmpty()) {
        errors.insert(QStringLiteral("payment_method"), tr("Choose the payment method."));
    } else if (!stored || stored->paymentMethod != p.paymentMethod) {
        const Result<bool> offered = ChoiceLists(db).offers(ChoiceLists::PaymentMethod,
                                                            p.paymentMethod);
        if (!offered)
            return offered.error();
        if (!offered.value())
            errors.insert(QStringLiteral("payment_method"),
                          tr("This payment method is not offered. Choose one from the list."));
    }

    QString when = timeProblem(p.purchasedAt,
                               tr("Enter the date of the purchase."),
                               tr("The purchase date cannot be more than a day ahead."));
    if (when.isEmpty() && stored) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT min(returned_at) FROM purchase_returns"
                                 " WHERE purchase_id = ?"));
        q.addBindValue(stored->id);
        if (!q.exec() || !q.next())
            return Database::storageError(q.lastError());
        const QDateTime firstReturn = StoredTime::toDateTime(q.value(0));
        if (firstReturn.isValid() && p.purchasedAt > firstReturn)
            when = tr("The purchase date cannot be after its first return "
                      "(%1).")
                           .arg(shownTime(firstReturn));
    }
    if (!when.isEmpty())
        errors.insert(QStringLiteral("purchased_at"), when);

    if (!errors.isEmpty())
        return invalid(errors);
    return p;
}

Result<PurchaseReturn> PurchaseValidator::validateReturn(Database &db,
                                                         const PurchaseReturn &input,
                                                         const Purchase &purchase)
{
    PurchaseReturn r = input;
    r.customerId = purchase.customerId;
    r.returnedAt = r.returnedAt.toUTC();
    r.reason = r.reason.trimmed();
    r.notes = r.notes.trimmed();
    QHash<QString, QString> errors;

    QString when = timeProblem(r.returnedAt,
                               tr("Enter the date of the return."),
                               tr("The return date cannot be more than a day ahead."));
    if (when.isEmpty() && r.returnedAt < purchase.purchasedAt)
        when = tr("The return cannot be dated before the purchase (%1).")
                       .arg(shownTime(purchase.purchasedAt));
    if (!when.isEmpty())
        errors.insert(QStringLiteral("returned_at"), when);

    if (r.reason.isEmpty()) {
        errors.insert(QStringLiteral("reason"), tr("Choose the reason for the return."));
    } else {
        const Result<bool> offered = ChoiceLists(db).offers(ChoiceLists::ReturnReason, r.reason);
        if (!offered)
            return offered.error();
        if (!offered.value())
            errors.insert(QStringLiteral("reason"),
                          tr("This return reason is not offered. Choose one from the list."));
    }

    const qint64 left = purchase.refundable();
    if (r.refunded <= 0)
        errors.insert(QStringLiteral("refunded"), tr("Enter the amount refunded."));
    else if (r.refunded > left)
        errors.insert(QStringLiteral("refunded"),
                      tr("The refund %1 exceeds what is left to refund on this purchase "
                         "(%2 of %3).")
                              .arg(HistoryLabels::money(r.refunded),
                                   HistoryLabels::money(left),
                                   HistoryLabels::money(purchase.amount)));
    if (r.notes.size() > MaxNotesLength)
        errors.insert(QStringLiteral("notes"),
                      tr("Notes have at most %1 characters.").arg(MaxNotesLength));
    if (!errors.isEmpty())
        return invalid(errors);

    return r;
}
