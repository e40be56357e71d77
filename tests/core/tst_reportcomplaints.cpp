#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/ReportFixtures.h"
#include "core/SecurityFixtures.h"

using namespace Qt::StringLiterals;
using namespace ReportFixtures;

// The complaint reports on the archive of ReportFixtures::seedComplaints (see there for K1..K7).
class tst_ReportComplaints : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    ComplaintArchive m_a;

    std::unique_ptr<ReportRows> run(const QString &name,
                                    const QVariantHash &values = {},
                                    const Report::RunOptions &options = at())
    {
        return ReportFixtures::run(*m_db, SecurityFixtures::supervisor(), name, values, options);
    }

    // The rows of a run as a map from the first column (handler, complaint no.) to the row.
    static QHash<QString, ReportRows::Row> byFirst(const QList<ReportRows::Row> &rows)
    {
        QHash<QString, ReportRows::Row> out;
        for (const ReportRows::Row &row : rows)
            out.insert(row.at(0).toString(), row);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { useShanghaiTime(); }

    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_a = seedComplaints(*m_db);
        QVERIFY(m_a.k[7] > 0);
    }

    void cleanup()
    {
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void historyHasOneRowPerComplaint()
    {
        auto rows = run(u"complaint-history"_s);
        QVERIFY(rows);
        QCOMPARE(rows->rowCount().value(), 7);
        const QList<ReportRows::Row> all = allRows(*rows);
        QCOMPARE(all.size(), 7);
        // The report's own order: received, oldest first: K1 (05-10), K2 (06-01), K3, K5, K7,
        // K4, K6.
        QList<qint64> order;
        for (const ReportRows::Row &row : all)
            order.append(row.at(0).toLongLong());
        QCOMPARE(order,
                 (QList<qint64> {
                         m_a.k[1], m_a.k[2], m_a.k[3], m_a.k[5], m_a.k[7], m_a.k[4], m_a.k[6]}));

        const QHash<QString, ReportRows::Row> byId = byFirst(all);
        const ReportRows::Row k1 = byId.value(QString::number(m_a.k[1]));
        QCOMPARE(k1.at(1).toDateTime(), local(2025, 5, 10, 9));
        QCOMPARE(k1.at(1).toDateTime().timeSpec(), Qt::UTC);
        QCOMPARE(k1.at(2).toString(), m_a.wang.code);
        QCOMPARE(k1.at(3).toString(), u"王芳"_s);
        QCOMPARE(k1.at(4).toString(), u"138****5678"_s); // masked: no reveal asked
        QCOMPARE(k1.at(6).toString(), u"Delivery"_s);
        QCOMPARE(k1.at(8).toString(), u"Closed"_s);
        QCOMPARE(k1.at(9).toString(), u"张伟"_s); // the handler's display name
        QCOMPARE(k1.at(10).toDateTime(), local(2025, 5, 10, 11));
        QCOMPARE(k1.at(11).toDateTime(), local(2025, 5, 11, 9));
        QCOMPARE(k1.at(12).toString(), u"Yes"_s);
        QCOMPARE(k1.at(13).toString(), u"补发"_s);
        QCOMPARE(k1.at(14).toLongLong(), 4); // the later of its two scores (3, then 4)

        const ReportRows::Row k3 = byId.value(QString::number(m_a.k[3]));
        QCOMPARE(k3.at(6).toString(), u"Billing / Overcharged"_s);
        QCOMPARE(k3.at(12).toString(), u"No"_s); // answered late
        QVERIFY(k3.at(14).isNull()); // no follow-up score
        // K4: unanswered past its due time -> missed; K6: within its time -> not decided yet.
        QCOMPARE(byId.value(QString::number(m_a.k[4])).at(12).toString(), u"No"_s);
        QVERIFY(byId.value(QString::number(m_a.k[6])).at(12).isNull());
        QVERIFY(byId.value(QString::number(m_a.k[6])).at(10).isNull()); // not answered
        // K7 has no handler.
        QCOMPARE(byId.value(QString::number(m_a.k[7])).at(9).toString(), u"(unassigned)"_s);
    }

    void historyFilters()
    {
        // Received 06-01 .. 06-30: K2 (06-01 01:00 local, 05-31 UTC), K3, K5, K7 (23:30 local).
        auto june = run(u"complaint-history"_s,
                        {{u"from"_s, QDate(2025, 6, 1)}, {u"to"_s, QDate(2025, 6, 30)}});
        QVERIFY(june);
        QCOMPARE(june->rowCount().value(), 4);
        auto zhang = run(u"complaint-history"_s, {{u"handler"_s, u"zhang"_s}});
        QCOMPARE(zhang->rowCount().value(), 4);
        auto open = run(u"complaint-history"_s, {{u"status"_s, u"open"_s}});
        QCOMPARE(open->rowCount().value(), 3); // K4, K6, K7
        auto high = run(u"complaint-history"_s, {{u"severity"_s, u"high"_s}});
        QCOMPARE(high->rowCount().value(), 1); // K5
        auto billing = run(u"complaint-history"_s, {{u"reason"_s, u"billing"_s}});
        QCOMPARE(billing->rowCount().value(), 1); // K3
        // A reason the archive's list does not have is refused when the report runs.
        const Report *report = ReportCatalogue::find(u"complaint-history"_s);
        const Result<ReportParams> params = ReportParams::fromValues(*report,
                                                                     {{u"reason"_s, u"weather"_s}});
        QVERIFY(params);
        const auto refused = report->run(*m_db,
                                         SecurityFixtures::supervisor(),
                                         params.value(),
                                         at());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QVERIFY(refused.error().fieldErrors.contains(u"reason"_s));
    }

    void historyRevealsPhonesOnlyWhenAskedAndAudits()
    {
        const int before = SecurityFixtures::rowCount(*m_db, u"audit_log"_s);
        auto revealed = run(u"complaint-history"_s, {}, at(now(), true));
        QVERIFY(revealed);
        QVERIFY(!revealed->masked());
        QCOMPARE(allRows(*revealed).first().at(4).toString(), u"138 1234 5678"_s);
        QCOMPARE(SecurityFixtures::rowCount(*m_db, u"audit_log"_s), before + 1);
        QCOMPARE(SecurityFixtures::scalar(*m_db,
                                          u"SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"_s)
                         .toString(),
                 u"reveal"_s);
        // An admin may run no complaint report; a front desk may reveal but not supervise.
        const Report *report = ReportCatalogue::find(u"complaint-history"_s);
        auto denied = report->run(*m_db, SecurityFixtures::frontDesk(), {}, at(now(), true));
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, Error::Code::Permission);
        // An admin may not supervise, so runs no complaint report; nothing more was audited.
        auto adminDenied = report->run(*m_db, SecurityFixtures::admin(), {}, at());
        QVERIFY(!adminDenied);
        QCOMPARE(SecurityFixtures::rowCount(*m_db, u"audit_log"_s), before + 1);
    }

    void byReasonAndMonth()
    {
        auto rows = run(u"complaints-by-reason"_s);
        QVERIFY(rows);
        const QList<ReportRows::Row> all = allRows(*rows);
        // Months May..July × reasons seen, in the list's order: product quality, delivery,
        // billing = 9 rows.
        QCOMPARE(all.size(), 9);
        const auto row = [&](int i) {
            return all.at(i);
        };
        // May: K1 delivery -> 1 of 1 complaint. The first month has nothing before it: no change.
        QCOMPARE(row(0).mid(0, 4), (ReportRows::Row {u"2025-05"_s, u"Product quality"_s, 0, 0.0}));
        QCOMPARE(row(1).mid(0, 4), (ReportRows::Row {u"2025-05"_s, u"Delivery"_s, 1, 100.0}));
        QVERIFY(row(1).at(4).isNull());
        QVERIFY(row(1).at(5).isNull());
        // June: K2 delivery (01:00 on 1 June local), K3 billing, K5 quality, K7 delivery -> 4.
        //   quality 1 = 25 %, +1 against May's 0 (no percentage of 0);
        //   delivery 2 = 50 %, +1 against May's 1 = +100 %; billing 1 = 25 %, +1.
        QCOMPARE(row(3),
                 (ReportRows::Row {u"2025-06"_s,
                                   u"Product quality"_s,
                                   1,
                                   25.0,
                                   1,
                                   QVariant(QMetaType::fromType<double>())}));
        QCOMPARE(row(4), (ReportRows::Row {u"2025-06"_s, u"Delivery"_s, 2, 50.0, 1, 100.0}));
        QCOMPARE(row(5).mid(0, 5), (ReportRows::Row {u"2025-06"_s, u"Billing"_s, 1, 25.0, 1}));
        // July: K4, K6 delivery -> 2 = 100 %, 0 against June's 2 = 0 %; quality 0: -1 = -100 %.
        QCOMPARE(row(6), (ReportRows::Row {u"2025-07"_s, u"Product quality"_s, 0, 0.0, -1, -100.0}));
        QCOMPARE(row(7), (ReportRows::Row {u"2025-07"_s, u"Delivery"_s, 2, 100.0, 0, 0.0}));
        QCOMPARE(row(8), (ReportRows::Row {u"2025-07"_s, u"Billing"_s, 0, 0.0, -1, -100.0}));
    }

    void byReasonComparesWithTheWholeMonthBefore()
    {
        // From 16 June: K2 and K3 (1 and 15 June) are out; K1 (May) is the month before June.
        // June: K5 quality, K7 delivery -> 2; July: K4, K6 delivery -> 2. Billing is not seen.
        auto rows = run(u"complaints-by-reason"_s,
                        {{u"from"_s, QDate(2025, 6, 16)}, {u"to"_s, QDate(2025, 7, 31)}});
        QVERIFY(rows);
        const QList<ReportRows::Row> all = allRows(*rows);
        QCOMPARE(all.size(), 4);
        // June quality 1 of 2 = 50 %, +1 against May's 0; delivery 1 of 2, 0 against May's 1.
        QCOMPARE(all.at(0),
                 (ReportRows::Row {u"2025-06"_s,
                                   u"Product quality"_s,
                                   1,
                                   50.0,
                                   1,
                                   QVariant(QMetaType::fromType<double>())}));
        QCOMPARE(all.at(1), (ReportRows::Row {u"2025-06"_s, u"Delivery"_s, 1, 50.0, 0, 0.0}));
        QCOMPARE(all.at(2),
                 (ReportRows::Row {u"2025-07"_s, u"Product quality"_s, 0, 0.0, -1, -100.0}));
        QCOMPARE(all.at(3), (ReportRows::Row {u"2025-07"_s, u"Delivery"_s, 2, 100.0, 1, 100.0}));
    }

    void handlingByHandler()
    {
        auto rows = run(u"complaint-handling"_s);
        QVERIFY(rows);
        const QHash<QString, ReportRows::Row> by = byFirst(allRows(*rows));
        QCOMPARE(by.size(), 3);
        // 张伟 (zhang): K1..K4. Settled: K1 closed, K2 and K3 resolved = 3.
        //   Hours to answer 2, 4, 10 -> median 4. Hours to resolve 24, 48, 30 -> median 30.
        //   SLA: K1 kept, K2 kept, K3 answered late, K4 unanswered past due -> 2 of 4 = 50 %.
        //   Scores: K1 4 (its later one), K2 2 -> mean 3.0 of 2 scores.
        QCOMPARE(by.value(u"张伟"_s), (ReportRows::Row {u"张伟"_s, 4, 3, 4.0, 30.0, 50.0, 3.0, 2}));
        // 李娜 (li): K5 and K6. Settled 1. Answer 1 h; resolve 100 h. SLA: K5 resolved late
        //   (missed); K6 still within its time (not counted) -> 0 of 1 = 0 %. Score 5.
        QCOMPARE(by.value(u"李娜"_s), (ReportRows::Row {u"李娜"_s, 2, 1, 1.0, 100.0, 0.0, 5.0, 1}));
        // Nobody: K7, unanswered past due -> 0 of 1; no times, no scores.
        const ReportRows::Row none = by.value(u"(unassigned)"_s);
        QCOMPARE(none.mid(0, 3), (ReportRows::Row {u"(unassigned)"_s, 1, 0}));
        QVERIFY(none.at(3).isNull());
        QVERIFY(none.at(4).isNull());
        QCOMPARE(none.at(5).toDouble(), 0.0);
        QVERIFY(none.at(6).isNull());
        QCOMPARE(none.at(7).toLongLong(), 0);
    }

    void handlingOverAnEvenCountTakesTheMeanOfTheMiddleTwo()
    {
        // June only: zhang has K2 (answer 4 h, resolve 48 h) and K3 (10 h, 30 h): medians
        // (4 + 10) / 2 = 7 and (30 + 48) / 2 = 39.
        auto rows = run(u"complaint-handling"_s,
                        {{u"from"_s, QDate(2025, 6, 1)}, {u"to"_s, QDate(2025, 6, 30)}});
        QVERIFY(rows);
        const ReportRows::Row zhang = byFirst(allRows(*rows)).value(u"张伟"_s);
        QCOMPARE(zhang.at(1).toLongLong(), 2);
        QCOMPARE(zhang.at(3).toDouble(), 7.0);
        QCOMPARE(zhang.at(4).toDouble(), 39.0);
        QCOMPARE(zhang.at(5).toDouble(), 50.0); // K2 kept, K3 missed
    }

    void frontDeskCannotRunComplaintReports()
    {
        for (const QString &name :
             {u"complaint-history"_s, u"complaints-by-reason"_s, u"complaint-handling"_s}) {
            const Report *report = ReportCatalogue::find(name);
            QVERIFY(report);
            const auto denied = report->run(*m_db, SecurityFixtures::frontDesk(), {}, at());
            QVERIFY(!denied);
            QCOMPARE(denied.error().code, Error::Code::Permission);
            QVERIFY(!report->mayExport(SecurityFixtures::frontDesk()));
            QVERIFY(report->mayExport(SecurityFixtures::supervisor()));
        }
    }

    void cancelStopsAnAggregate()
    {
        Report::RunOptions options = at();
        options.cancel = [] {
            return true;
        };
        const Report *report = ReportCatalogue::find(u"complaint-handling"_s);
        const auto cancelled = report->run(*m_db, SecurityFixtures::supervisor(), {}, options);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    }
};

QTEST_GUILESS_MAIN(tst_ReportComplaints)
#include "tst_reportcomplaints.moc"
