#pragma once

#include <QString>
#include <QVariantList>

#include <utility>
#include <vector>

// One demo customer's history as far as complaints and follow-ups refer to it (times in seconds
// since the epoch, UTC), and the rows made for that customer, held until the customer's own row
// is written (foreign keys).
struct DemoEvents
{
    struct Purchase
    {
        qint64 id = 0;
        qint64 at = 0;
        qint64 amount = 0; // minor units
        QString seller; // created_by
        qsizetype product = 0; // into DemoPhrases::products
    };
    struct Request
    {
        qint64 id = 0;
        qint64 openedAt = 0;
        qint64 closedAt = 0; // 0 while open; also set for a cancelled one
        bool closed = false; // reached Closed (not cancelled)
        QString owner;
        QString closedBy;
        QString title;
    };
    struct Complaint
    {
        qint64 id = 0;
        qint64 resolvedAt = 0; // its first resolution; 0 when never resolved
        QString handler;
        QString summary; // the start of its description
        int reason = 0; // into DemoPhrases::complaintReasons
        bool missed = false; // an SLA was missed
        bool reopened = false;
    };

    qint64 customerId = 0;
    qint64 from = 0; // the customer's creation (not after now)
    qint64 birthdayMonth = 0; // 1..12, 0: no birthday known
    qint64 birthdayDay = 0;
    std::vector<Purchase> purchases; // in time order
    std::vector<Request> requests;
    std::vector<Complaint> complaints;
    // Rows for BulkLoader::add: (table handle, values).
    std::vector<std::pair<int, QVariantList>> rows;

    void clear()
    {
        customerId = from = birthdayMonth = birthdayDay = 0;
        purchases.clear();
        requests.clear();
        complaints.clear();
    }
};
