#pragma once

#include "Result.h"
#include "ServiceRequest.h"

#include <QCoreApplication>

// The service process's rules, without storage: which moves are allowed and what each needs,
// and the time spent per stage derived from the moves.
class StageRules
{
    Q_DECLARE_TR_FUNCTIONS(StageRules)

public:
    // Forward to any later stage (skipping is allowed); back to any earlier working stage, and
    // from Closed back to After-sales or earlier (reopen), with a reason; to Cancelled from any
    // open stage, with a reason; nothing out of Cancelled; leaving Plan forward needs the plan's
    // content. Done, or Invalid with a translated message (fieldErrors "stage" / "reason" /
    // "plan_content").
    static Status check(const ServiceRequest &request, RequestStage to, const QString &reason);
    static bool isBackward(RequestStage from, RequestStage to);
    // The stages the request may be moved to next, in process order (Cancelled last); a reason
    // or the plan's content that check() would still ask for does not leave a stage out.
    static QList<RequestStage> nextStages(const ServiceRequest &request);

    // Per working stage (Contact..AfterSales), in process order: the time spent in it across
    // every visit, the current visit counting up to now. moves oldest first.
    static QList<StageTime> stageTimes(const QList<StageMove> &moves, const QDateTime &now);
};
