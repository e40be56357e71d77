#pragma once

#include "Actor.h"
#include "HistoryPage.h"
#include "Purchase.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// All SQL for purchases and their returns. Every write is one WriteTransaction with its audit
// entry (entity "purchase" / "purchase_return"), re-classifies the customer (Classification) in
// the same transaction, and refuses bad input with Error::Code::Invalid and fieldErrors keyed
// "product", "quantity", "unit_price", "amount", "payment_method", "purchased_at", "reason",
// "refunded", "returned_at".
class PurchaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseRepository)

public:
    // Amounts above this (minor units: 10 000 000 000.00) are refused as typing errors; it also
    // keeps quantity × unit price and every sum far from overflowing 64 bits.
    static constexpr qint64 MaxAmount = 1'000'000'000'000LL;
    static constexpr qint64 MaxQuantity = 1'000'000;

    explicit PurchaseRepository(Database &db);

    Result<Purchase> get(const Actor &actor, qint64 id) const;
    Result<HistoryPage<Purchase>> forCustomer(const Actor &actor,
                                              qint64 customerId,
                                              const HistoryCursor &from = {},
                                              int limit = 200) const;
    // amount 0 means quantity × unit price. Unknown, archived-only is fine, erased customers are
    // refused (NotFound / Invalid).
    Result<Purchase> create(const Actor &actor, const Purchase &purchase);
    // Version-checked like customers (Conflict); the amount may not fall below what was refunded.
    Result<Purchase> update(const Actor &actor, const Purchase &purchase);

    Result<QList<PurchaseReturn>> returnsOf(const Actor &actor, qint64 purchaseId) const;
    // Refused when the refund exceeds what is left of the purchase after earlier refunds; the
    // message names both amounts.
    Result<PurchaseReturn> addReturn(const Actor &actor, const PurchaseReturn &purchaseReturn);

private:
    Database &m_db;
};
