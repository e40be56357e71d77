#pragma once

#include "DemoEvents.h"
#include "DemoRandom.h"
#include "Result.h"

#include <QStringList>

class BulkLoader;

// The complaints of demo customers (schema 4) and the complaint_changes of their handling: about
// one customer in six complains, most about what they bought (linked to the purchase) or a
// service request; severities mostly medium; SLA due times from the default policy; handled by
// the demo staff along the workflow (received, assigned, answered, resolved, closed after the
// customer's confirmation; a few reopened; a few stuck). Old complaints are closed or resolved,
// recent ones open or in progress, and some missed their SLA. A stream of its own: the seed's
// purchases, interactions and requests stay the ones it gave before there were complaints.
class DemoComplaints
{
public:
    DemoComplaints(BulkLoader &loader,
                   quint64 seed,
                   const QStringList &staff,
                   const QStringList &supervisors,
                   qint64 now,
                   qint64 firstId);

    static QStringList tables();

    // Adds the customer's complaints to events.rows and events.complaints.
    void add(DemoEvents &events);

    qint64 complaints() const { return m_complaints; }
    qint64 changes() const { return m_changes; }
    qint64 lastId() const { return m_nextId - 1; }

private:
    struct Handling;
    void addOne(DemoEvents &events,
                qint64 receivedAt,
                int reason,
                const DemoEvents::Purchase *bought,
                const DemoEvents::Request *request);

    DemoRandom::Rng m_rng;
    QStringList m_staff;
    QStringList m_supervisors;
    qint64 m_now = 0;
    qint64 m_nextId = 1;
    int m_table = -1;
    int m_changeTable = -1;
    int m_reasonWeights[6] = {};
    qint64 m_complaints = 0;
    qint64 m_changes = 0;
};
