#pragma once

#include <QDateTime>
#include <QString>

// A purchase (消费记录) of one customer. Money in minor units (fen): amount = quantity × unit
// price unless entered otherwise (a discount); refunded is the sum of its returns.
struct Purchase
{
    qint64 id = 0; // 0: not saved yet
    qint64 customerId = 0;
    QDateTime purchasedAt; // UTC
    QString product;
    QString category;
    qint64 quantity = 1;
    qint64 unitPrice = 0;
    qint64 amount = 0;
    qint64 refunded = 0; // read-only: maintained by the returns
    QString paymentMethod; // a code of the "payment_method" choice list
    QString channel; // where it was bought (store, online shop, ...); free text
    QString notes;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    int version = 0;

    qint64 refundable() const { return amount - refunded; }
};

// A return (退货) against one purchase; its refund counts against what is left of the purchase.
struct PurchaseReturn
{
    qint64 id = 0;
    qint64 purchaseId = 0;
    qint64 customerId = 0; // filled from the purchase
    QDateTime returnedAt; // UTC
    QString reason; // a code of the "return_reason" choice list
    qint64 refunded = 0;
    QString notes;
    QDateTime createdAt;
    QString createdBy;
};
