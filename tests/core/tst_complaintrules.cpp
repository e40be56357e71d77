#include "complaints/ComplaintLabels.h"
#include "complaints/ComplaintRules.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ComplaintStatus)

namespace {

using S = ComplaintStatus;

Complaint withStatus(ComplaintStatus status, const QString &resolution = u"换了新的，客户满意"_s)
{
    Complaint c;
    c.status = status;
    c.resolution = resolution;
    return c;
}

// The whole workflow, as the issue states it.
bool allowed(ComplaintStatus from, ComplaintStatus to)
{
    switch (from) {
    case S::Open:
    case S::Reopened:
        return to == S::InProgress || to == S::Resolved || to == S::Closed;
    case S::InProgress:
        return to == S::Resolved || to == S::Closed;
    case S::Resolved:
        return to == S::Closed || to == S::Reopened;
    case S::Closed:
        return to == S::Reopened;
    }
    return false;
}

} // namespace

class tst_ComplaintRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every (from, to) pair: allowed ones pass with what they need, all others are refused
    // with a message naming both statuses.
    void everyPair_data()
    {
        QTest::addColumn<ComplaintStatus>("from");
        QTest::addColumn<ComplaintStatus>("to");
        for (const S from : ComplaintLabels::statuses())
            for (const S to : ComplaintLabels::statuses())
                QTest::addRow("%s -> %s",
                              qPrintable(ComplaintLabels::status(from)),
                              qPrintable(ComplaintLabels::status(to)))
                        << from << to;
    }

    void everyPair()
    {
        QFETCH(ComplaintStatus, from);
        QFETCH(ComplaintStatus, to);
        const Status s = ComplaintRules::check(withStatus(from), to, u"客户说问题又出现了"_s);
        QCOMPARE(s.ok(), allowed(from, to));
        QCOMPARE(ComplaintRules::nextStatuses(from).contains(to), allowed(from, to));
        if (s)
            return;
        QCOMPARE(s.error().code, Error::Code::Invalid);
        QVERIFY(s.error().fieldErrors.contains(u"status"_s));
        QCOMPARE(s.error().fieldErrors.value(u"status"_s), s.error().message);
        if (to != S::Reopened)
            QVERIFY2(s.error().message.contains(ComplaintLabels::status(to)),
                     qPrintable(s.error().message));
        if (from != to)
            QVERIFY2(s.error().message.contains(ComplaintLabels::status(from)),
                     qPrintable(s.error().message));
    }

    // The messages a front desk reads for the moves people try most.
    void clearMessages()
    {
        QCOMPARE(ComplaintRules::check(withStatus(S::Closed), S::Resolved, {}).error().message,
                 u"A complaint that is \"Closed\" cannot go back to \"Resolved\". Reopen it with "
                 "a reason instead."_s);
        QCOMPARE(ComplaintRules::check(withStatus(S::InProgress), S::Open, {}).error().message,
                 u"A complaint that is \"In progress\" cannot go back to \"Open\"."_s);
        QCOMPARE(ComplaintRules::check(withStatus(S::InProgress), S::Reopened, u"x"_s).error().message,
                 u"Only a resolved or closed complaint can be reopened. This one is \"In "
                 "progress\"."_s);
        QCOMPARE(ComplaintRules::check(withStatus(S::Resolved), S::Resolved, {}).error().message,
                 u"The complaint is already \"Resolved\"."_s);
    }

    // Resolved and Closed need a resolution on the complaint as it will be saved.
    void resolutionRequired_data()
    {
        QTest::addColumn<ComplaintStatus>("from");
        QTest::addColumn<ComplaintStatus>("to");
        QTest::newRow("open -> resolved") << S::Open << S::Resolved;
        QTest::newRow("open -> closed") << S::Open << S::Closed;
        QTest::newRow("in progress -> resolved") << S::InProgress << S::Resolved;
        QTest::newRow("in progress -> closed") << S::InProgress << S::Closed;
        QTest::newRow("reopened -> resolved") << S::Reopened << S::Resolved;
        QTest::newRow("reopened -> closed") << S::Reopened << S::Closed;
    }

    void resolutionRequired()
    {
        QFETCH(ComplaintStatus, from);
        QFETCH(ComplaintStatus, to);
        for (const QString &blank : {QString(), u""_s, u"  \n\t "_s}) {
            const Status s = ComplaintRules::check(withStatus(from, blank), to, {});
            QVERIFY(!s);
            QCOMPARE(s.error().code, Error::Code::Invalid);
            QVERIFY(s.error().fieldErrors.contains(u"resolution"_s));
            QVERIFY(!s.error().fieldErrors.contains(u"status"_s));
            QVERIFY2(s.error().message.contains(ComplaintLabels::status(to)),
                     qPrintable(s.error().message));
        }
        QVERIFY(ComplaintRules::check(withStatus(from, u"退款 200 元"_s), to, {}));
    }

    // Moves that do not settle need no resolution.
    void noResolutionNeededOtherwise()
    {
        QVERIFY(ComplaintRules::check(withStatus(S::Open, {}), S::InProgress, {}));
        QVERIFY(ComplaintRules::check(withStatus(S::Reopened, {}), S::InProgress, {}));
    }

    void reopenNeedsAReason()
    {
        for (const S from : {S::Resolved, S::Closed}) {
            for (const QString &blank : {QString(), u"   "_s}) {
                const Status s = ComplaintRules::check(withStatus(from), S::Reopened, blank);
                QVERIFY(!s);
                QCOMPARE(s.error().code, Error::Code::Invalid);
                QVERIFY(s.error().fieldErrors.contains(u"reason"_s));
            }
            QVERIFY(ComplaintRules::check(withStatus(from), S::Reopened, u"又坏了"_s));
        }
    }

    // The statuses a form offers next, in workflow order.
    void nextStatuses()
    {
        QCOMPARE(ComplaintRules::nextStatuses(S::Open),
                 (QList<S> {S::InProgress, S::Resolved, S::Closed}));
        QCOMPARE(ComplaintRules::nextStatuses(S::Reopened),
                 (QList<S> {S::InProgress, S::Resolved, S::Closed}));
        QCOMPARE(ComplaintRules::nextStatuses(S::InProgress), (QList<S> {S::Resolved, S::Closed}));
        QCOMPARE(ComplaintRules::nextStatuses(S::Resolved), (QList<S> {S::Closed, S::Reopened}));
        QCOMPARE(ComplaintRules::nextStatuses(S::Closed), (QList<S> {S::Reopened}));
    }

    // A status that is no status (a number stored behind the application's back).
    void unknownStatus()
    {
        const Status s = ComplaintRules::check(withStatus(S::Open), ComplaintStatus(9), {});
        QVERIFY(!s);
        QVERIFY(s.error().fieldErrors.contains(u"status"_s));
        QVERIFY(ComplaintRules::nextStatuses(ComplaintStatus(9)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ComplaintRules)
#include "tst_complaintrules.moc"
