#pragma once

#include "Complaint.h"
#include "followups/FollowUp.h"

#include <QCoreApplication>
#include <QList>

// The translated words for complaints and follow-ups, in one place for forms, lists, the
// timeline, messages and reports.
class ComplaintLabels
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintLabels)

public:
    static QString status(ComplaintStatus status);
    static QString severity(ComplaintSeverity severity);
    static QString confirmation(ComplaintConfirmation confirmation);
    static QString followUpStatus(FollowUpStatus status);
    // The name a complaint_changes field is shown under ("handler" -> "Handler").
    static QString field(const QString &column);

    static QList<ComplaintStatus> statuses();
    static QList<ComplaintSeverity> severities();
};
