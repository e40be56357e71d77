#pragma once

#include "history/Interaction.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The workflow of a complaint (投诉): open → in progress → resolved → closed; a resolved or
// closed complaint may be reopened (with a reason) and then goes on as an open one.
enum class ComplaintStatus {
    Open = 0, // 待处理
    InProgress = 1, // 处理中
    Resolved = 2, // 已解决
    Closed = 3, // 已关闭
    Reopened = 4, // 重新打开
};
enum class ComplaintSeverity { Low = 0, Medium = 1, High = 2, Critical = 3 };
// The customer's word on the outcome.
enum class ComplaintConfirmation { NotAsked = 0, Accepted = 1, Rejected = 2 };

struct Complaint
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDateTime receivedAt; // UTC
    InteractionChannel channel = InteractionChannel::Phone;
    QString reason; // first-level code of the complaint_reason list
    QString subReason; // second-level code under reason, or empty
    ComplaintSeverity severity = ComplaintSeverity::Medium;
    QString description;
    qint64 purchaseId = 0; // optional links (0: none), of the same customer
    qint64 requestId = 0;
    QString handler; // login; empty while nobody is assigned
    ComplaintStatus status = ComplaintStatus::Open; // changed only through ComplaintRepository::move
    QString response; // what the customer was told first
    QString resolution;
    QString rootCause;
    QString correctiveAction;
    QString preventiveAction;
    QString compensationKind; // code of the compensation_kind list, or empty
    qint64 compensationAmount = 0; // minor units
    ComplaintConfirmation confirmation = ComplaintConfirmation::NotAsked;
    QDateTime confirmedAt;
    // SLA (see ComplaintSla): fixed when received or when the severity changes.
    QDateTime responseDueAt;
    QDateTime resolutionDueAt;
    QDateTime respondedAt; // first left Open (or first response saved)
    QDateTime resolvedAt; // last reached Resolved or Closed; cleared by a reopen
    QDateTime closedAt;
    bool responseMissed = false; // answered after responseDueAt; stays set
    bool resolutionMissed = false; // resolved after resolutionDueAt; stays set
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    int version = 0;

    bool isSettled() const
    {
        return status == ComplaintStatus::Resolved || status == ComplaintStatus::Closed;
    }
};

// One entry of a complaint's history: one field changed (statuses and severities as numbers,
// text as it was), or its status moved (field "status"; the first entry has no before).
struct ComplaintChange
{
    qint64 id = 0;
    qint64 complaintId = 0;
    QDateTime changedAt; // UTC
    QString changedBy;
    QString field; // the complaints column: "status", "handler", "severity", "resolution", ...
    QString before; // null QString: none (the complaint was received)
    QString after;
    QString reason; // a reopen's reason
};
