#pragma once

#include "DemoEvents.h"
#include "DemoRandom.h"

#include <QStringList>

class BulkLoader;

// The follow-ups (return visits) of demo customers, as the automatic rules with their default
// delays would have planned them (FollowUpRules): after bigger purchases (+3 days; the demo's
// business calls back after sales of 3,000 yuan or more), after a request was closed (+7),
// after a complaint was resolved (+1 to confirm, +30 to check), and birthday greetings around
// today. Those due before today were mostly done, with an outcome and a satisfaction score
// (CSAT, sometimes NPS) that rates the seller, the request's owner or the complaint's handler;
// some were given up as unreachable or cancelled; the recent ones and those due from today on are
// planned (the Today queue). A stream of its own, like DemoComplaints.
class DemoFollowUps
{
public:
    enum Kind { Purchase = 0, Request = 1, ComplaintConfirm = 2, ComplaintCheck = 3, Birthday = 4 };

    // offsetSeconds: the local time's offset from UTC (due dates are local days).
    DemoFollowUps(BulkLoader &loader,
                  quint64 seed,
                  const QStringList &staff,
                  qint64 now,
                  qint64 offsetSeconds);

    static QStringList tables();

    // Adds the customer's follow-ups to events.rows.
    void add(DemoEvents &events);

    qint64 followUps() const { return m_followUps; }
    qint64 scores() const { return m_scores; }

    // Purchases from this amount on (minor units) get a return visit.
    static constexpr qint64 PurchaseThreshold = 300000;

private:
    struct Source
    {
        Kind kind;
        qint64 eventAt; // when the rule planned it
        qint64 dueDay; // local day number (DemoRandom::dayOf)
        qint64 sourceId;
        qint64 purchaseId = 0;
        qint64 requestId = 0;
        qint64 complaintId = 0;
        QString assignee;
        QString createdBy;
        QString purpose;
        bool troubled = false; // a complaint that missed its SLA or was reopened
    };
    void addOne(DemoEvents &events, const Source &source);
    int csat(const Source &source);
    int nps(int csat);

    DemoRandom::Rng m_rng;
    QStringList m_staff;
    qint64 m_now = 0;
    qint64 m_offset = 0;
    qint64 m_today = 0;
    int m_table = -1;
    qint64 m_followUps = 0;
    qint64 m_scores = 0;
};
