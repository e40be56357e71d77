#pragma once

#include "Result.h"

#include <QCoreApplication>

class Database;

// The customer a history record (interaction, service request) is written for: it must exist,
// and must not have been erased. An erased customer keeps only a tombstone, marked by the
// "erase" entry CustomerEraser writes to the audit log; it takes no new history, since that would
// bring personal data back. Archived customers are fine.
class HistoryCustomer
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCustomer)

public:
    // Done; NotFound for an unknown customer; Invalid for an erased one. Run it inside the
    // write transaction of the record.
    static Status requireWritable(Database &db, qint64 customerId);
};
