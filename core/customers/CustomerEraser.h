#pragma once

#include "Actor.h"
#include "Customer.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// Erasure on a data-subject request: the customer's personal data leaves the archive for good.
// The row stays as a tombstone (code, kind, lifecycle, value tier, dates, version) so aggregates
// and references keep working; phones, tags and search rows go. The history stays for figures
// and accounting without the texts typed about the customer: interactions keep channel,
// direction, type, time and duration but lose summary and result; purchases and returns keep
// products and amounts but lose their notes; service requests keep priority, owner, dates, stage
// and budget, their title becomes erasedRequestTitle() and description, plan and cancel reason
// go; stage moves lose their reasons. Complaints keep channel, reasons, severity, handler,
// status, compensation, confirmation and the SLA's times and flags but lose description,
// response, resolution, root cause and actions; their history keeps who changed which field
// when (codes and numbers before and after) but loses the texts and the reopen reasons.
// Follow-ups keep dates, status, attempts and scores but lose purpose, outcome and notes, and
// those still planned are cancelled. Every audit entry about the customer or one of those rows
// loses its details (the hash chain is recomputed from the first changed entry) and an "erase"
// entry records the erasure, all in one transaction. Afterwards the FTS index is rebuilt and the
// WAL checkpointed and truncated, so with secure_delete the old values are in neither the archive
// file nor its -wal file (on PostgreSQL the rewritten tables are vacuumed in full).
class CustomerEraser
{
    Q_DECLARE_TR_FUNCTIONS(CustomerEraser)

public:
    static inline const QString EraseAction = QStringLiteral("erase");

    // Needs Operation::Erase. A stale expectedVersion gives Error::Code::Conflict and changes
    // nothing. Returns the tombstone as stored.
    static Result<Customer> erase(Database &db,
                                  const Actor &actor,
                                  qint64 customerId,
                                  int expectedVersion);

    static QString tombstoneName();
    // The title an erased customer's service requests keep.
    static QString erasedRequestTitle();
};
