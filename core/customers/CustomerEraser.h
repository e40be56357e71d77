#pragma once

#include "Actor.h"
#include "Customer.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// Erasure on a data-subject request: the customer's personal data leaves the archive for good.
// The row stays as a tombstone (code, kind, lifecycle, value tier, dates, version) so aggregates
// and references keep working; phones, tags and search rows go; every audit entry about the
// customer loses its details (the hash chain is recomputed from the first changed entry) and an
// "erase" entry records the erasure. Afterwards the FTS index is rebuilt and the WAL checkpointed
// and truncated, so with secure_delete the old values are in neither the archive file nor its
// -wal file.
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
};
