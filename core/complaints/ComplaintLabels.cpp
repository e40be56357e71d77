#include "ComplaintLabels.h"

#include <QHash>

QString ComplaintLabels::status(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Open:
        return tr("Open");
    case ComplaintStatus::InProgress:
        return tr("In progress");
    case ComplaintStatus::Resolved:
        return tr("Resolved");
    case ComplaintStatus::Closed:
        return tr("Closed");
    case ComplaintStatus::Reopened:
        return tr("Reopened");
    }
    return {};
}

QString ComplaintLabels::severity(ComplaintSeverity severity)
{
    switch (severity) {
    case ComplaintSeverity::Low:
        return tr("Low");
    case ComplaintSeverity::Medium:
        return tr("Medium");
    case ComplaintSeverity::High:
        return tr("High");
    case ComplaintSeverity::Critical:
        return tr("Critical");
    }
    return {};
}

QString ComplaintLabels::confirmation(ComplaintConfirmation confirmation)
{
    switch (confirmation) {
    case ComplaintConfirmation::NotAsked:
        return tr("Not asked");
    case ComplaintConfirmation::Accepted:
        return tr("Customer accepted the outcome");
    case ComplaintConfirmation::Rejected:
        return tr("Customer did not accept the outcome");
    }
    return {};
}

QString ComplaintLabels::followUpStatus(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::Planned:
        return tr("Planned");
    case FollowUpStatus::Done:
        return tr("Done");
    case FollowUpStatus::Unreachable:
        return tr("Unreachable");
    case FollowUpStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ComplaintLabels::field(const QString &column)
{
    static const QHash<QString, const char *> names {
            {QStringLiteral("status"), QT_TR_NOOP("Status")},
            {QStringLiteral("handler"), QT_TR_NOOP("Handler")},
            {QStringLiteral("severity"), QT_TR_NOOP("Severity")},
            {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
            {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
            {QStringLiteral("sub_reason"), QT_TR_NOOP("Detailed reason")},
            {QStringLiteral("description"), QT_TR_NOOP("Description")},
            {QStringLiteral("purchase_id"), QT_TR_NOOP("Purchase")},
            {QStringLiteral("request_id"), QT_TR_NOOP("Service request")},
            {QStringLiteral("response"), QT_TR_NOOP("Response")},
            {QStringLiteral("resolution"), QT_TR_NOOP("Resolution")},
            {QStringLiteral("root_cause"), QT_TR_NOOP("Root cause")},
            {QStringLiteral("corrective_action"), QT_TR_NOOP("Corrective action")},
            {QStringLiteral("preventive_action"), QT_TR_NOOP("Preventive action")},
            {QStringLiteral("compensation_kind"), QT_TR_NOOP("Compensation")},
            {QStringLiteral("compensation_amount"), QT_TR_NOOP("Compensation amount")},
            {QStringLiteral("confirmation"), QT_TR_NOOP("Customer's confirmation")},
            {QStringLiteral("received_at"), QT_TR_NOOP("Received")},
    };
    const auto it = names.constFind(column);
    return it == names.cend() ? column : tr(*it);
}

QList<ComplaintStatus> ComplaintLabels::statuses()
{
    return {ComplaintStatus::Open,
            ComplaintStatus::InProgress,
            ComplaintStatus::Resolved,
            ComplaintStatus::Closed,
            ComplaintStatus::Reopened};
}

QList<ComplaintSeverity> ComplaintLabels::severities()
{
    return {ComplaintSeverity::Low,
            ComplaintSeverity::Medium,
            ComplaintSeverity::High,
            ComplaintSeverity::Critical};
}
