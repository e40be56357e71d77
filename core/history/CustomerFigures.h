#pragma once

#include "Actor.h"
#include "Classification.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;

// The derived figures of the profile header, computed in core from the history through the
// per-customer indexes (a handful of index lookups, whatever the history's size).
struct CustomerFigures
{
    qint64 netSpend = 0; // minor units, net of refunds
    int purchases = 0;
    qint64 averageOrder = 0; // net spend / purchases, rounded; 0 without purchases
    QDateTime firstPurchase;
    QDateTime lastPurchase;
    QDateTime lastContact;
    int openRequests = 0;
    ClassificationResult classification;

    static Result<CustomerFigures> read(Database &db,
                                        const Actor &actor,
                                        qint64 customerId,
                                        const QDate &today = QDate::currentDate());
};
