#pragma once

#include "Actor.h"
#include "HistoryPage.h"
#include "Interaction.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// All SQL for interactions. Logging one is a create (Operation::Create), audited as entity
// "interaction", and re-classifies the customer in the same transaction (last contact).
class InteractionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InteractionRepository)

public:
    explicit InteractionRepository(Database &db);

    // The quick-log defaults: now, phone, inbound, inquiry, the acting user as staff.
    static Interaction defaults(const Actor &actor, qint64 customerId);

    // Validates (summary required, duration 0..24 h, not in the future beyond a few minutes,
    // known customer not erased); an empty staff becomes the actor. Bad input: Invalid with
    // fieldErrors "summary", "result", "duration", "occurred_at", "channel", "direction", "type";
    // unknown customer NotFound, erased customer Invalid.
    Result<Interaction> log(const Actor &actor, const Interaction &interaction);
    Result<Interaction> get(const Actor &actor, qint64 id) const;
    Result<HistoryPage<Interaction>> forCustomer(const Actor &actor,
                                                 qint64 customerId,
                                                 const HistoryCursor &from = {},
                                                 int limit = 200) const;

private:
    Database &m_db;
};
