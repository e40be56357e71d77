#pragma once

#include "Complaint.h"
#include "Result.h"

#include <QCoreApplication>

// The complaint workflow, without storage: which status moves are allowed and what each needs.
class ComplaintRules
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRules)

public:
    // Open/Reopened → InProgress, Resolved or Closed; InProgress → Resolved or Closed;
    // Resolved → Closed or Reopened; Closed → Reopened. Resolved and Closed need a resolution
    // (on the complaint as it will be saved); Reopened needs a reason. Nothing else: moving back
    // from InProgress to Open, or from Closed to Resolved, is refused. Done, or Invalid with a
    // translated message (fieldErrors "status", "resolution" or "reason").
    static Status check(const Complaint &complaint, ComplaintStatus to, const QString &reason);
    // The statuses the complaint may be moved to next, in workflow order.
    static QList<ComplaintStatus> nextStatuses(ComplaintStatus from);
};
