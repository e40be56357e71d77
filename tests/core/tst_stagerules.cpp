#include "history/HistoryLabels.h"
#include "history/StageRules.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

#define VERIFY_NO_ERROR(status) \
    do { \
        const Status verified_ = (status); /* evaluated once */ \
        QVERIFY2(verified_, verified_ ? "" : qPrintable(verified_.error().message)); \
    } while (false)

namespace {

using S = RequestStage;

const QList<S> allStages = {S::Contact,
                            S::NeedsAnalysis,
                            S::Plan,
                            S::Execution,
                            S::AfterSales,
                            S::Closed,
                            S::Cancelled};

// The service process as a table, one row per current stage, one column per target stage
// (Contact, Needs analysis, Plan, Execution, After-sales, Closed, Cancelled):
//   .  already there (refused)       F  forward (allowed, skipping is fine)
//   P  forward out of Plan: the plan's content is needed
//   B  back (or a reopen out of Closed): a reason is needed
//   C  cancel: a reason is needed     x  refused
const char *const process[] = {
        ".FFFFFC", // Contact
        "B.FFFFC", // Needs analysis
        "BB.PPPC", // Plan
        "BBB.FFC", // Execution
        "BBBB.FC", // After-sales
        "BBBBB.x", // Closed: reopen to any working stage; no cancelling a closed request
        "xxxxxxx", // Cancelled: final
};

char rule(S from, S to)
{
    return process[int(from)][int(to)];
}

ServiceRequest requestIn(S stage, const QString &planContent = {})
{
    ServiceRequest r;
    r.stage = stage;
    r.planContent = planContent;
    return r;
}

const QDateTime t0(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);

StageMove moveAt(qint64 secondsAfterT0, S to, std::optional<S> from = std::nullopt)
{
    StageMove m;
    m.movedAt = t0.addSecs(secondsAfterT0);
    m.movedBy = u"desk"_s;
    m.opened = !from.has_value();
    m.from = from.value_or(to);
    m.to = to;
    return m;
}

QString describe(const QList<StageTime> &times)
{
    QStringList parts;
    for (const StageTime &t : times)
        parts.append(u"%1=%2s/%3"_s.arg(HistoryLabels::stage(t.stage)).arg(t.seconds).arg(t.visits));
    return parts.join(u", "_s);
}

} // namespace

Q_DECLARE_METATYPE(RequestStage)

class tst_StageRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every from/to pair, with what it needs given and with each need left out.
    void check_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        QTest::addColumn<QString>("planContent");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("refusedField"); // empty: allowed

        for (const S from : allStages)
            for (const S to : allStages) {
                const QString pair = HistoryLabels::stage(from) + u" -> "_s
                                     + HistoryLabels::stage(to);
                const char r = rule(from, to);
                const bool allowed = r == 'F' || r == 'P' || r == 'B' || r == 'C';
                // Everything given.
                QTest::newRow(qPrintable(pair + u", all given"_s))
                        << from << to << u"Replace the compressor"_s << u"Customer asked"_s
                        << (allowed ? QString() : u"stage"_s);
                // No reason (blank counts as none).
                QTest::newRow(qPrintable(pair + u", blank reason"_s))
                        << from << to << u"Replace the compressor"_s << u"  \t "_s
                        << (r == 'B' || r == 'C' ? u"reason"_s : (allowed ? QString() : u"stage"_s));
                // No plan content.
                QTest::newRow(qPrintable(pair + u", no plan"_s))
                        << from << to << u"  "_s << u"Customer asked"_s
                        << (r == 'P' ? u"plan_content"_s : (allowed ? QString() : u"stage"_s));
            }
    }

    void check()
    {
        QFETCH(S, from);
        QFETCH(S, to);
        QFETCH(QString, planContent);
        QFETCH(QString, reason);
        QFETCH(QString, refusedField);

        const Status status = StageRules::check(requestIn(from, planContent), to, reason);
        if (refusedField.isEmpty()) {
            QVERIFY2(status, status ? "" : qPrintable(status.error().message));
            return;
        }
        QVERIFY(!status);
        QCOMPARE(status.error().code, Error::Code::Invalid);
        QCOMPARE(status.error().fieldErrors.keys(), QStringList {refusedField});
        QVERIFY(!status.error().message.isEmpty());
        QCOMPARE(status.error().fieldErrors.value(refusedField), status.error().message);
    }

    void messagesSayWhatIsMissing()
    {
        const auto message = [](S from, S to, const QString &reason, const QString &plan = {}) {
            const Status s = StageRules::check(requestIn(from, plan), to, reason);
            return s ? QString() : s.error().message;
        };
        QCOMPARE(message(S::Execution, S::NeedsAnalysis, {}),
                 u"Moving a request back to Needs analysis needs a reason."_s);
        QCOMPARE(message(S::Cancelled, S::Contact, u"typo"_s),
                 u"A cancelled request cannot be moved."_s);
        QCOMPARE(message(S::Plan, S::Execution, {}),
                 u"Write the plan's content before moving on from the plan stage."_s);
        QCOMPARE(message(S::Execution, S::Execution, {}), u"The request is already in Execution."_s);
        QCOMPARE(message(S::Contact, S::Cancelled, {}), u"Cancelling a request needs a reason."_s);
        QCOMPARE(message(S::Closed, S::AfterSales, {}),
                 u"Reopening a request in After-sales needs a reason."_s);
        QCOMPARE(message(S::Closed, S::Cancelled, u"no longer needed"_s),
                 u"A closed request cannot be cancelled. Reopen it first if it needs more work."_s);
    }

    void unknownTargetStageIsRefused()
    {
        const Status s = StageRules::check(requestIn(S::Contact), RequestStage(42), u"why"_s);
        QVERIFY(!s);
        QCOMPARE(s.error().fieldErrors.keys(), QStringList {u"stage"_s});
    }

    // Plan content is needed only when leaving Plan forward: going back from Plan, or skipping
    // past it from an earlier stage, does not ask for it.
    void planContentOnlyWhenLeavingPlanForward()
    {
        VERIFY_NO_ERROR(StageRules::check(requestIn(S::Plan), S::NeedsAnalysis, u"unclear"_s));
        VERIFY_NO_ERROR(StageRules::check(requestIn(S::Plan), S::Cancelled, u"too dear"_s));
        VERIFY_NO_ERROR(StageRules::check(requestIn(S::NeedsAnalysis), S::Execution, {}));
        VERIFY_NO_ERROR(StageRules::check(requestIn(S::Plan, u"Visit on Monday"_s), S::Closed, {}));
    }

    void isBackward_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        QTest::addColumn<bool>("backward");
        for (const S from : allStages)
            for (const S to : allStages)
                QTest::newRow(qPrintable(HistoryLabels::stage(from) + u" -> "_s
                                         + HistoryLabels::stage(to)))
                        << from << to << (rule(from, to) == 'B');
    }

    void isBackward()
    {
        QFETCH(S, from);
        QFETCH(S, to);
        QFETCH(bool, backward);
        QCOMPARE(StageRules::isBackward(from, to), backward);
    }

    void nextStagesFollowTheProcess_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<QList<S>>("next");
        QTest::newRow("contact") << S::Contact
                                 << QList<S> {S::NeedsAnalysis,
                                              S::Plan,
                                              S::Execution,
                                              S::AfterSales,
                                              S::Closed,
                                              S::Cancelled};
        QTest::newRow("plan") << S::Plan
                              << QList<S> {S::Contact,
                                           S::NeedsAnalysis,
                                           S::Execution,
                                           S::AfterSales,
                                           S::Closed,
                                           S::Cancelled};
        QTest::newRow("after-sales") << S::AfterSales
                                     << QList<S> {S::Contact,
                                                  S::NeedsAnalysis,
                                                  S::Plan,
                                                  S::Execution,
                                                  S::Closed,
                                                  S::Cancelled};
        QTest::newRow("closed: reopen only")
                << S::Closed
                << QList<S> {S::Contact, S::NeedsAnalysis, S::Plan, S::Execution, S::AfterSales};
        QTest::newRow("cancelled: nothing") << S::Cancelled << QList<S> {};
    }

    void nextStagesFollowTheProcess()
    {
        QFETCH(S, from);
        QFETCH(QList<S>, next);
        QCOMPARE(StageRules::nextStages(requestIn(from)), next);
        // Each one is a move check() allows once its reason and the plan are given.
        for (const S to : next)
            VERIFY_NO_ERROR(StageRules::check(requestIn(from, u"plan"_s), to, u"why"_s));
    }

    void stageTimesOfAForwardRunStillOpen()
    {
        const QList<StageMove> moves = {moveAt(0, S::Contact),
                                        moveAt(60, S::NeedsAnalysis, S::Contact),
                                        moveAt(360, S::Plan, S::NeedsAnalysis)};
        const QList<StageTime> times = StageRules::stageTimes(moves, t0.addSecs(3960));
        QCOMPARE(describe(times),
                 u"Contact=60s/1, Needs analysis=300s/1, Plan=3600s/1, Execution=0s/0, "
                 "After-sales=0s/0"_s);
    }

    // Sent back once: the stages visited twice add both visits up; the current one counts until
    // now.
    void stageTimesWithAMoveBack()
    {
        const QList<StageMove> moves = {moveAt(0, S::Contact),
                                        moveAt(100, S::NeedsAnalysis, S::Contact),
                                        moveAt(300, S::Plan, S::NeedsAnalysis),
                                        moveAt(400, S::NeedsAnalysis, S::Plan),
                                        moveAt(1000, S::Plan, S::NeedsAnalysis),
                                        moveAt(1500, S::Execution, S::Plan)};
        const QList<StageTime> times = StageRules::stageTimes(moves, t0.addSecs(2000));
        QCOMPARE(describe(times),
                 u"Contact=100s/1, Needs analysis=800s/2, Plan=600s/2, Execution=500s/1, "
                 "After-sales=0s/0"_s);
    }

    // Closed stops the clock; a reopen starts it again in the stage it reopens into.
    void stageTimesAcrossCloseAndReopen()
    {
        QList<StageMove> moves = {moveAt(0, S::Contact),
                                  moveAt(50, S::Execution, S::Contact),
                                  moveAt(250, S::AfterSales, S::Execution),
                                  moveAt(400, S::Closed, S::AfterSales)};
        QCOMPARE(describe(StageRules::stageTimes(moves, t0.addDays(30))),
                 u"Contact=50s/1, Needs analysis=0s/0, Plan=0s/0, Execution=200s/1, "
                 "After-sales=150s/1"_s);

        moves.append(moveAt(1000, S::AfterSales, S::Closed));
        QCOMPARE(describe(StageRules::stageTimes(moves, t0.addSecs(1090))),
                 u"Contact=50s/1, Needs analysis=0s/0, Plan=0s/0, Execution=200s/1, "
                 "After-sales=240s/2"_s);
    }

    void stageTimesOfACancelledRequest()
    {
        const QList<StageMove> moves = {moveAt(0, S::Contact),
                                        moveAt(30, S::NeedsAnalysis, S::Contact),
                                        moveAt(90, S::Cancelled, S::NeedsAnalysis)};
        QCOMPARE(describe(StageRules::stageTimes(moves, t0.addDays(400))),
                 u"Contact=30s/1, Needs analysis=60s/1, Plan=0s/0, Execution=0s/0, "
                 "After-sales=0s/0"_s);
    }

    void stageTimesWithoutMoves()
    {
        const QList<StageTime> times = StageRules::stageTimes({}, t0);
        QCOMPARE(times.size(), 5);
        for (int i = 0; i < times.size(); ++i) {
            QCOMPARE(times.at(i).stage, RequestStage(i));
            QCOMPARE(times.at(i).seconds, qint64(0));
            QCOMPARE(times.at(i).visits, 0);
        }
    }

    // Two desks whose clocks disagree: a move stamped before the one it follows counts as no
    // time, never as negative time.
    void stageTimesNeverNegative()
    {
        const QList<StageMove> moves = {moveAt(500, S::Contact),
                                        moveAt(200, S::NeedsAnalysis, S::Contact)};
        QCOMPARE(describe(StageRules::stageTimes(moves, t0.addSecs(260))),
                 u"Contact=0s/1, Needs analysis=60s/1, Plan=0s/0, Execution=0s/0, "
                 "After-sales=0s/0"_s);
    }
};

QTEST_GUILESS_MAIN(tst_StageRules)
#include "tst_stagerules.moc"
