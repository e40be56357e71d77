#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

enum class FollowUpStatus {
    Planned = 0, // to do on dueOn (rescheduled after each unanswered call)
    Done = 1, // reached: outcome (and perhaps a score) recorded
    Unreachable = 2, // given up after the last unanswered attempt
    Cancelled = 3, // no longer needed
};

// The automatic rules that plan follow-ups (FollowUpRules); "" for one planned by hand.
namespace FollowUpRule {
inline const QString AfterPurchase = QStringLiteral("after_purchase");
inline const QString AfterRequestClosed = QStringLiteral("after_request_closed");
inline const QString ComplaintConfirm = QStringLiteral("complaint_confirm");
inline const QString ComplaintCheck = QStringLiteral("complaint_check");
inline const QString Birthday = QStringLiteral("birthday");
} // namespace FollowUpRule

// A follow-up or return visit (跟进/回访): a task to contact a customer on a day, and what came
// of it, with the satisfaction score taken at the desk.
struct FollowUp
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 purchaseId = 0; // optional link (0: none), of the same customer
    qint64 requestId = 0;
    qint64 complaintId = 0;
    QString rule; // FollowUpRule that planned it, or empty
    qint64 sourceId = 0; // the rule's source row (or the birthday's year)
    QString purpose;
    QDate dueOn;
    QString assignee; // login; empty: anyone's
    FollowUpStatus status = FollowUpStatus::Planned;
    int attempts = 0; // unanswered calls so far
    QDateTime doneAt; // UTC, when Done or Unreachable
    QString doneBy;
    QString outcome;
    QString notes;
    int csat = 0; // 1..5; 0: not asked
    int nps = -1; // 0..10; -1: not asked
    QString ratedStaff; // whose service the score rates (handler / owner / seller)
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    int version = 0;

    bool isOpen() const { return status == FollowUpStatus::Planned; }
};
