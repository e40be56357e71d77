#pragma once

#include "ImportCustomers.h"
#include "complaints/ComplaintSla.h"
#include "followups/FollowUpRules.h"

// Purchases, interactions and complaints as an import brings them in: each row's customer is
// found by its customer keys (or made, with createMissingCustomers), its values are checked, and
// the row is inserted tagged with the import's id.
//
// Follow-up planning: an imported purchase gets the "after a purchase" return visit only when
// that visit would still be due today or later (purchase date + the rule's days >= today);
// historic purchases plan nothing, as a visit weeks overdue would only clutter the queue.
// Customers whose history changed are classified again (lifecycle, value tier) at the end.
class ImportHistory
{
    Q_DECLARE_TR_FUNCTIONS(ImportHistory)

public:
    ImportHistory(ImportCustomers &customers, ImportCustomers::Context context, ImportKind kind);
    Status begin();
    // Checks the row and, when write is true, inserts it. True when the row was imported.
    Result<bool> apply(ImportRow &row, bool createMissing, bool write, qint64 *customersCreated);
    Status finish(bool write);

private:
    Result<qint64> customerOf(ImportRow &row, bool createMissing, bool write, qint64 *created);
    Result<bool> purchase(ImportRow &row, qint64 customerId, bool write);
    Result<bool> interaction(ImportRow &row, qint64 customerId, bool write);
    Result<bool> complaint(ImportRow &row, qint64 customerId, bool write);

    ImportCustomers &m_customers;
    ImportCustomers::Context m_context;
    ImportKind m_kind;
    QList<ImportValues::Choice> m_paymentMethods;
    QList<ImportValues::Choice> m_reasons;
    QStringList m_reasonCodes;
    ComplaintSla m_sla;
    FollowUpRules m_rules;
    QSet<qint64> m_changed; // customers whose history grew
};
