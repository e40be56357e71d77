#pragma once

#include "Purchase.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// The checks of PurchaseRepository: what a purchase or a return must satisfy before it is
// written, each problem as a translated message under its field key. Run inside the write
// transaction, so what they read (choice lists, earlier refunds) cannot change before the write.
class PurchaseValidator
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseValidator)

public:
    static constexpr int MaxTextLength = 500;
    static constexpr int MaxNotesLength = 10000;

    // The customer exists (NotFound) and was not erased (Invalid, key "customer").
    static Status checkCustomer(Database &db, qint64 customerId);
    // Normalized (texts trimmed, time in UTC, amount 0 -> quantity × unit price) or Invalid.
    // stored is the saved version when editing: its payment method stays acceptable after it
    // was retired, its refunds bound the amount and its first return the date.
    static Result<Purchase> validate(Database &db, const Purchase &input, const Purchase *stored);
    // Normalized (customer filled from the purchase) or Invalid; the refund counts what was
    // refunded on the purchase before.
    static Result<PurchaseReturn> validateReturn(Database &db,
                                                 const PurchaseReturn &input,
                                                 const Purchase &purchase);

    // A stored UTC time as people read it in messages: local time, the locale's short format.
    static QString shownTime(const QDateTime &t);
};
