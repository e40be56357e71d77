#include "StageRules.h"

#include "HistoryLabels.h"

#include <array>

namespace {

bool isWorking(RequestStage stage)
{
    return int(stage) >= int(RequestStage::Contact) && int(stage) <= int(RequestStage::AfterSales);
}

bool isKnown(RequestStage stage)
{
    return int(stage) >= int(RequestStage::Contact) && int(stage) <= int(RequestStage::Cancelled);
}

Error invalid(const QString &field, const QString &message)
{
    Error error = makeError(Error::Code::Invalid, message);
    error.fieldErrors.insert(field, message);
    return error;
}

// What the stage graph allows, reasons and the plan's content aside.
bool reachable(RequestStage from, RequestStage to)
{
    if (!isKnown(from) || !isKnown(to) || from == to || from == RequestStage::Cancelled)
        return false;
    if (to == RequestStage::Cancelled)
        return from != RequestStage::Closed;
    // Forward to any later stage, back to any earlier working stage; from Closed back to a
    // working stage (a reopen).
    return true;
}

} // namespace

bool StageRules::isBackward(RequestStage from, RequestStage to)
{
    return isWorking(to) && from != RequestStage::Cancelled && isKnown(from) && int(to) < int(from);
}

Status StageRules::check(const ServiceRequest &request, RequestStage to, const QString &reason)
{
    const RequestStage from = request.stage;
    if (!isKnown(to))
        return invalid(QStringLiteral("stage"), tr("Choose a stage from the list."));
    if (from == RequestStage::Cancelled)
        return invalid(QStringLiteral("stage"), tr("A cancelled request cannot be moved."));
    if (from == to)
        return invalid(QStringLiteral("stage"),
                       tr("The request is already in %1.").arg(HistoryLabels::stage(to)));
    if (!reachable(from, to)) {
        if (from == RequestStage::Closed && to == RequestStage::Cancelled)
            return invalid(QStringLiteral("stage"),
                           tr("A closed request cannot be cancelled. Reopen it first if it "
                              "needs more work."));
        return invalid(QStringLiteral("stage"),
                       tr("A request cannot be moved from %1 to %2.")
                               .arg(HistoryLabels::stage(from), HistoryLabels::stage(to)));
    }

    const bool hasReason = !reason.trimmed().isEmpty();
    if (to == RequestStage::Cancelled) {
        if (!hasReason)
            return invalid(QStringLiteral("reason"), tr("Cancelling a request needs a reason."));
        return Done {};
    }
    if (isBackward(from, to)) {
        if (hasReason)
            return Done {};
        if (from == RequestStage::Closed)
            return invalid(QStringLiteral("reason"),
                           tr("Reopening a request in %1 needs a reason.")
                                   .arg(HistoryLabels::stage(to)));
        return invalid(QStringLiteral("reason"),
                       tr("Moving a request back to %1 needs a reason.")
                               .arg(HistoryLabels::stage(to)));
    }
    // Forward.
    if (from == RequestStage::Plan && request.planContent.trimmed().isEmpty())
        return invalid(QStringLiteral("plan_content"),
                       tr("Write the plan's content before moving on from the plan stage."));
    return Done {};
}

QList<RequestStage> StageRules::nextStages(const ServiceRequest &request)
{
    QList<RequestStage> stages;
    for (const RequestStage to : HistoryLabels::stages())
        if (reachable(request.stage, to))
            stages.append(to);
    return stages;
}

QList<StageTime> StageRules::stageTimes(const QList<StageMove> &moves, const QDateTime &now)
{
    constexpr int Working = int(RequestStage::AfterSales) + 1;
    std::array<qint64, Working> msecs {};
    std::array<int, Working> visits {};
    for (qsizetype i = 0; i < moves.size(); ++i) {
        const StageMove &move = moves.at(i);
        if (!isWorking(move.to))
            continue;
        const QDateTime left = i + 1 < moves.size() ? moves.at(i + 1).movedAt : now;
        const int stage = int(move.to);
        ++visits[stage];
        // A clock set back between two desks must not make a stage take negative time.
        if (move.movedAt.isValid() && left.isValid())
            msecs[stage] += std::max<qint64>(0, move.movedAt.msecsTo(left));
    }
    QList<StageTime> times;
    for (int stage = 0; stage < Working; ++stage)
        times.append(StageTime {RequestStage(stage), msecs[stage] / 1000, visits[stage]});
    return times;
}
