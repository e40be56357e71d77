#include "ComplaintRules.h"

#include "ComplaintLabels.h"

namespace {

using S = ComplaintStatus;

Error invalid(const QString &field, const QString &message)
{
    Error e = makeError(Error::Code::Invalid, message);
    e.fieldErrors.insert(field, message);
    return e;
}

// Why `from` cannot move to `to` (a move nextStatuses() does not offer).
QString refusal(ComplaintStatus from, ComplaintStatus to)
{
    if (from == to)
        return ComplaintRules::tr("The complaint is already \"%1\".")
                .arg(ComplaintLabels::status(to));
    if (to == S::Reopened)
        return ComplaintRules::tr("Only a resolved or closed complaint can be reopened. This one "
                                  "is \"%1\".")
                .arg(ComplaintLabels::status(from));
    const bool settled = from == S::Resolved || from == S::Closed;
    if (settled)
        return ComplaintRules::tr("A complaint that is \"%1\" cannot go back to \"%2\". Reopen it "
                                  "with a reason instead.")
                .arg(ComplaintLabels::status(from), ComplaintLabels::status(to));
    return ComplaintRules::tr("A complaint that is \"%1\" cannot go back to \"%2\".")
            .arg(ComplaintLabels::status(from), ComplaintLabels::status(to));
}

} // namespace

QList<ComplaintStatus> ComplaintRules::nextStatuses(ComplaintStatus from)
{
    switch (from) {
    case S::Open:
    case S::Reopened:
        return {S::InProgress, S::Resolved, S::Closed};
    case S::InProgress:
        return {S::Resolved, S::Closed};
    case S::Resolved:
        return {S::Closed, S::Reopened};
    case S::Closed:
        return {S::Reopened};
    }
    return {};
}

Status ComplaintRules::check(const Complaint &complaint, ComplaintStatus to, const QString &reason)
{
    const ComplaintStatus from = complaint.status;
    if (!ComplaintLabels::statuses().contains(to))
        return invalid(QStringLiteral("status"), tr("Choose a status from the list."));
    if (!nextStatuses(from).contains(to))
        return invalid(QStringLiteral("status"), refusal(from, to));

    if ((to == S::Resolved || to == S::Closed) && complaint.resolution.trimmed().isEmpty())
        return invalid(QStringLiteral("resolution"),
                       tr("Enter the resolution: what was done for the customer. A complaint "
                          "cannot be \"%1\" without one.")
                               .arg(ComplaintLabels::status(to)));
    if (to == S::Reopened && reason.trimmed().isEmpty())
        return invalid(QStringLiteral("reason"), tr("Enter why the complaint is reopened."));
    return Done {};
}
