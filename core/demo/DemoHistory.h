#pragma once

#include "DemoEvents.h"
#include "Result.h"
#include "history/Classification.h"

#include <QDateTime>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <random>
#include <vector>

class BulkLoader;
class DemoComplaints;
class DemoFollowUps;

// The service history of demo customers, written row by row into a BulkLoader (schema 3):
// purchases (most customers buy 0-2 times, loyal ones up to 8) and their returns (about 5% of
// purchases; purchases.refunded is the sum of its returns), about five interactions per
// customer, and service requests for about one customer in ten with their stage moves (most
// closed, some cancelled with a reason, some open, a few sent back with a reason); then (schema
// 4) complaints with their handling history (DemoComplaints) and follow-ups with satisfaction
// scores (DemoFollowUps). Every time lies between the customer's creation and `now`; the same
// seed gives the same history.
class DemoHistory
{
public:
    struct Counts
    {
        qint64 purchases = 0;
        qint64 returns = 0;
        qint64 interactions = 0;
        qint64 requests = 0;
        qint64 moves = 0;
        qint64 complaints = 0;
        qint64 complaintChanges = 0;
        qint64 followUps = 0;
        qint64 scores = 0; // follow-ups with a CSAT score
    };
    // Purchases, service requests and complaints get explicit ids from these on; the other
    // tables' ids are the archive's.
    struct FirstIds
    {
        qint64 purchase = 1;
        qint64 request = 1;
        qint64 complaint = 1;
    };

    // staff: the logins that serve customers (at least one); supervisors: those who assign and
    // close complaints (staff when empty).
    DemoHistory(BulkLoader &loader,
                quint64 seed,
                const QStringList &staff,
                const QStringList &supervisors,
                const QDateTime &now,
                const FirstIds &firstIds);
    ~DemoHistory();
    DemoHistory(const DemoHistory &) = delete;
    DemoHistory &operator=(const DemoHistory &) = delete;

    // The tables written, parents first (for BulkLoadScope and the loader's order).
    static QStringList tables();

    // Makes one customer's history and holds its rows until write(): the customer's row goes
    // first (foreign keys), carrying the lifecycle and tier that facts() gives it — instead of a
    // million updates afterwards.
    Status add(qint64 customerId,
               bool organization,
               const QDateTime &createdAt,
               const QDate &birthday = {});
    const CustomerFacts &facts() const { return m_facts; }
    Status write();
    Counts counts() const;
    // The highest explicit ids used (0 when none).
    qint64 lastPurchaseId() const { return m_nextPurchaseId - 1; }
    qint64 lastRequestId() const { return m_nextRequestId - 1; }
    qint64 lastComplaintId() const;

private:
    Status put(int table, QVariantList values);
    Status addPurchases(qint64 customerId, bool organization, qint64 from, int count);
    Status addReturns(qint64 purchaseId, qint64 customerId, qint64 purchasedAt, qint64 amount);
    Status addInteractions(qint64 customerId, qint64 from, int count);
    Status addRequest(qint64 customerId, qint64 from);
    qint64 timeBetween(qint64 from, qint64 to);
    const QString &staff();
    // What interactions and requests talk about: mostly what the customer bought.
    const QString &productName();

    BulkLoader &m_loader;
    std::mt19937_64 m_rng;
    QStringList m_staff;
    qint64 m_now = 0; // seconds since the epoch, UTC
    qint64 m_nextPurchaseId = 1;
    qint64 m_nextRequestId = 1;
    int m_purchases = -1, m_returns = -1, m_interactions = -1, m_requests = -1, m_moves = -1;
    Counts m_counts;
    std::vector<qsizetype> m_bought; // the current customer's products (DemoPhrases::products)
    CustomerFacts m_facts;
    DemoEvents m_events; // the current customer's, with the rows held until write()
    std::unique_ptr<DemoComplaints> m_complaints;
    std::unique_ptr<DemoFollowUps> m_followUps;
};
