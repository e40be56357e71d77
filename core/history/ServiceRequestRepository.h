#pragma once

#include "Actor.h"
#include "HistoryPage.h"
#include "Result.h"
#include "ServiceRequest.h"

#include <QCoreApplication>

class Database;

// All SQL for service requests and their stage moves (entity "service_request" in the audit
// log). The stage changes only through move(), which writes a StageMove in the same
// transaction; opening writes the first one.
class ServiceRequestRepository
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRequestRepository)

public:
    explicit ServiceRequestRepository(Database &db);

    // Opens in Contact (title required, customer known and not erased, budget >= 0).
    Result<ServiceRequest> open(const Actor &actor, const ServiceRequest &request);
    // Saves title, description, priority, owner, due date and the plan; version-checked.
    Result<ServiceRequest> update(const Actor &actor, const ServiceRequest &request);
    // Version-checked; StageRules::check decides. Closing or cancelling sets closed_at; a reopen
    // clears it.
    Result<ServiceRequest> move(const Actor &actor,
                                qint64 id,
                                int expectedVersion,
                                RequestStage to,
                                const QString &reason = {});
    Result<ServiceRequest> get(const Actor &actor, qint64 id) const;
    Result<HistoryPage<ServiceRequest>> forCustomer(const Actor &actor,
                                                    qint64 customerId,
                                                    const HistoryCursor &from = {},
                                                    int limit = 200) const;
    // Oldest first.
    Result<QList<StageMove>> moves(const Actor &actor, qint64 requestId) const;

private:
    Database &m_db;
};
