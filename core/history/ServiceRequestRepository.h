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
    // The audit action of a stage move; its details are {"from", "to", "reason"} (stages as
    // numbers).
    static inline const QString MoveAction = QStringLiteral("move");

    explicit ServiceRequestRepository(Database &db);

    // Opens in Contact (title required, customer known and not erased, budget >= 0; the due
    // date may be empty) and writes the first StageMove (opened, no from stage). The input's
    // stage is ignored. Bad input: Invalid with fieldErrors "title", "description",
    // "plan_content", "plan_schedule", "plan_budget", "priority".
    Result<ServiceRequest> open(const Actor &actor, const ServiceRequest &request);
    // Saves title, description, priority, owner, due date and the plan; version-checked
    // (Conflict naming who saved and when). Never changes the stage (only move() does). Only
    // an open request can be edited: a closed one is the record of what was done (reopen it
    // first, which its stage history then shows), a cancelled one stays as it was (Invalid);
    // nor can a request of an erased customer (it may still be moved, e.g. cancelled).
    Result<ServiceRequest> update(const Actor &actor, const ServiceRequest &request);
    // Version-checked; StageRules::check decides. Closing or cancelling sets closed_at; a reopen
    // clears it. Cancelling keeps the reason in cancel_reason.
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
