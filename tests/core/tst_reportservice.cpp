#include "TestSupport.h"
#include "core/ReportFixtures.h"
#include "core/SecurityFixtures.h"
#include "followups/Satisfaction.h"
#include "reports/ReportSupport.h"

using namespace Qt::StringLiterals;
using namespace ReportFixtures;

// The service reports on ReportFixtures' archive: satisfaction trend, return-visit completion,
// returns by reason and category, time per stage; and the statistics behind them.
class tst_ReportService : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;

    std::unique_ptr<ReportRows> run(const QString &name, const QVariantHash &values = {})
    {
        return ReportFixtures::run(*m_db, SecurityFixtures::supervisor(), name, values);
    }

    static QHash<QString, ReportRows::Row> byFirstTwo(const QList<ReportRows::Row> &rows)
    {
        QHash<QString, ReportRows::Row> out;
        for (const ReportRows::Row &row : rows)
            out.insert(row.at(0).toString() + u'/' + row.at(1).toString(), row);
        return out;
    }

    static QVariant none() { return QVariant(QMetaType::fromType<double>()); }

private Q_SLOTS:
    void initTestCase() { useShanghaiTime(); }

    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        seedHistory(*m_db, seedComplaints(*m_db));
    }

    void cleanup()
    {
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void statistics()
    {
        using namespace ReportSupport;
        QVERIFY(median({}).isNull());
        QCOMPARE(median({5}).toDouble(), 5.0);
        QCOMPARE(median({4, 1, 3, 2}).toDouble(), 2.5); // (2 + 3) / 2
        QCOMPARE(median({9, 1, 5}).toDouble(), 5.0);
        // Nearest rank: ceil(0.9 n). n = 10 -> rank 9; n = 11 -> rank 10; n = 3 -> rank 3.
        QCOMPARE(percentile90({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}).toDouble(), 9.0);
        QCOMPARE(percentile90({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}).toDouble(), 10.0);
        QCOMPARE(percentile90({6, 24, 48}).toDouble(), 48.0);
        QCOMPARE(percentile90({7}).toDouble(), 7.0);
        QVERIFY(percentile90({}).isNull());
        QVERIFY(percent(1, 0).isNull());
        QCOMPARE(percent(1, 4).toDouble(), 25.0);
    }

    void satisfactionByMonth()
    {
        auto rows = run(u"satisfaction-trend"_s);
        QVERIFY(rows);
        const QList<ReportRows::Row> all = allRows(*rows);
        QCOMPARE(all.size(), 3);
        // May: K1's scores 3 and 4 -> 2 scores, 1 satisfied (4-5) = 50 %, mean 3.5; no NPS.
        QCOMPARE(all.at(0), (ReportRows::Row {u"2025-05"_s, u""_s, 2, 50.0, 3.5, 0, none()}));
        // June: CSAT 2 (K2), 5 (K5), 4 (Fa), 1 (Fb) -> 4, satisfied 2 = 50 %, mean 12 / 4 = 3;
        //   NPS 10 (promoter) and 3 (detractor) -> (1 - 1) / 2 = 0.
        QCOMPARE(all.at(1), (ReportRows::Row {u"2025-06"_s, u""_s, 4, 50.0, 3.0, 2, 0.0}));
        // July: Fc CSAT 5, NPS 8 (passive) -> 100 %, 5.0; NPS 0 of 1.
        QCOMPARE(all.at(2), (ReportRows::Row {u"2025-07"_s, u""_s, 1, 100.0, 5.0, 1, 0.0}));
    }

    void satisfactionAgreesWithTheProfileFigures()
    {
        // The same scores as Satisfaction::compute over the period: 7 CSAT (4 satisfied), 3 NPS.
        const auto f = Satisfaction::compute(*m_db, SecurityFixtures::supervisor(), {});
        VERIFY_OK(f);
        qint64 csat = 0;
        qint64 nps = 0;
        for (const ReportRows::Row &row : allRows(*run(u"satisfaction-trend"_s))) {
            csat += row.at(2).toLongLong();
            nps += row.at(5).toLongLong();
        }
        QCOMPARE(csat, f->csatCount);
        QCOMPARE(nps, f->npsCount);
        QCOMPARE(f->csatCount, 7);
    }

    void satisfactionByChannelAndStaff()
    {
        const auto june = QVariantHash {{u"from"_s, QDate(2025, 6, 1)},
                                        {u"to"_s, QDate(2025, 6, 30)}};
        QVariantHash byChannel = june;
        byChannel.insert(u"by"_s, u"channel"_s);
        const auto channels = byFirstTwo(allRows(*run(u"satisfaction-trend"_s, byChannel)));
        QCOMPARE(channels.size(), 3);
        // K2 and K5 came by phone: CSAT 2 and 5 -> 50 %, 3.5; no NPS.
        QCOMPARE(channels.value(u"2025-06/Phone"_s).mid(2),
                 (ReportRows::Row {2, 50.0, 3.5, 0, none()}));
        // Fa follows a purchase in the store (门店): CSAT 4, NPS 10 -> +100.
        QCOMPARE(channels.value(u"2025-06/门店"_s).mid(2),
                 (ReportRows::Row {1, 100.0, 4.0, 1, 100.0}));
        // Fb follows a Tmall purchase: CSAT 1, NPS 3 -> -100.
        QCOMPARE(channels.value(u"2025-06/天猫"_s).mid(2),
                 (ReportRows::Row {1, 0.0, 1.0, 1, -100.0}));

        QVariantHash byStaff = june;
        byStaff.insert(u"by"_s, u"staff"_s);
        const auto staff = byFirstTwo(allRows(*run(u"satisfaction-trend"_s, byStaff)));
        QCOMPARE(staff.size(), 3);
        QCOMPARE(staff.value(u"2025-06/张伟"_s).mid(2), (ReportRows::Row {1, 100.0, 4.0, 1, 100.0}));
        QCOMPARE(staff.value(u"2025-06/李娜"_s).mid(2), (ReportRows::Row {1, 0.0, 1.0, 1, -100.0}));
        QCOMPARE(staff.value(u"2025-06/(unassigned)"_s).at(2).toLongLong(), 2);
    }

    void returnVisitCompletion()
    {
        auto rows = run(u"return-visits"_s);
        QVERIFY(rows);
        QHash<QString, ReportRows::Row> by;
        for (const ReportRows::Row &row : allRows(*rows))
            by.insert(row.at(0).toString(), row);
        QCOMPARE(by.size(), 3);
        // Today 10 July. The complaints' four visits (nobody assigned): all done -> 100 %.
        QCOMPARE(by.value(u"(unassigned)"_s),
                 (ReportRows::Row {u"(unassigned)"_s, 4, 4, 0, 0, 0, 100.0}));
        // 张伟: Fa, Fc done; G1 due 5 July still open (overdue); G2 due 15 July (to come):
        //   2 of 4 = 50 %.
        QCOMPARE(by.value(u"张伟"_s), (ReportRows::Row {u"张伟"_s, 4, 2, 0, 1, 1, 50.0}));
        // 李娜: Fb done, G3 unreachable; G4 cancelled is not due -> 1 of 2 = 50 %.
        QCOMPARE(by.value(u"李娜"_s), (ReportRows::Row {u"李娜"_s, 2, 1, 1, 0, 0, 50.0}));
        // July: 张伟 Fc, G1, G2 -> 1 of 3; 李娜 G3 -> 0 of 1.
        auto july = run(u"return-visits"_s,
                        {{u"from"_s, QDate(2025, 7, 1)}, {u"to"_s, QDate(2025, 7, 31)}});
        const QList<ReportRows::Row> j = allRows(*july);
        QCOMPARE(j.size(), 2);
        QCOMPARE(j.at(0).mid(1, 5), (ReportRows::Row {3, 1, 0, 1, 1}));
        QCOMPARE(j.at(0).at(6).toDouble(), 100.0 / 3);
        QCOMPARE(j.at(1).mid(1), (ReportRows::Row {1, 0, 1, 0, 0, 0.0}));
        auto one = run(u"return-visits"_s, {{u"assignee"_s, u"li"_s}});
        QCOMPARE(one->rowCount().value(), 1);
    }

    void returnsByReasonAndCategory()
    {
        auto rows = run(u"returns-by-reason"_s);
        QVERIFY(rows);
        const QList<ReportRows::Row> all = allRows(*rows);
        QCOMPARE(all.size(), 2);
        // 家电: P1, P2 bought; P2 returned for quality, 500.00 -> 1 of 2 = 50 %.
        QCOMPARE(all.at(0), (ReportRows::Row {u"家电"_s, u"Quality problem"_s, 1, 50000, 2, 50.0}));
        // 配件: P3, P4, P5 bought; P4 returned (changed mind), 200.00 -> 1 of 3.
        QCOMPARE(all.at(1).mid(0, 5), (ReportRows::Row {u"配件"_s, u"Changed mind"_s, 1, 20000, 3}));
        QCOMPARE(all.at(1).at(5).toDouble(), 100.0 / 3);
        // June: 家电 P2 (returned in June) -> 1 of 1; 配件 P4, P5 -> 1 of 2.
        auto june = run(u"returns-by-reason"_s,
                        {{u"from"_s, QDate(2025, 6, 1)}, {u"to"_s, QDate(2025, 6, 30)}});
        const QList<ReportRows::Row> j = allRows(*june);
        QCOMPARE(j.at(0).mid(2), (ReportRows::Row {1, 50000, 1, 100.0}));
        QCOMPARE(j.at(1).mid(2), (ReportRows::Row {1, 20000, 2, 50.0}));
    }

    void timePerStage()
    {
        auto rows = run(u"request-stage-times"_s);
        QVERIFY(rows);
        const QList<ReportRows::Row> all = allRows(*rows);
        QCOMPARE(all.size(), 5); // the five working stages, in process order
        // Contact: S1 24 h, S2 6 h, S3 48 h (still there at noon on 10 July) -> median 24,
        //   p90 rank ceil(2.7) = 3 -> 48; S3 waits there now.
        QCOMPARE(all.at(0), (ReportRows::Row {u"Contact"_s, 3, 24.0, 48.0, 1}));
        // Needs analysis: S1 48 h; S2 since 1 July 16:00 -> 10 July 12:00 = 8 days 20 h = 212 h
        //   (waiting): median (48 + 212) / 2 = 130, p90 rank 2 -> 212.
        QCOMPARE(all.at(1), (ReportRows::Row {u"Needs analysis"_s, 2, 130.0, 212.0, 1}));
        // Plan: S1 twice, 24 + 24 = 48 h. Execution: 24 + 48 = 72 h. After-sales 24 h.
        QCOMPARE(all.at(2), (ReportRows::Row {u"Plan"_s, 1, 48.0, 48.0, 0}));
        QCOMPARE(all.at(3), (ReportRows::Row {u"Execution"_s, 1, 72.0, 72.0, 0}));
        QCOMPARE(all.at(4), (ReportRows::Row {u"After-sales"_s, 1, 24.0, 24.0, 0}));
        // Opened in July: S2 and S3 only.
        auto july = run(u"request-stage-times"_s, {{u"from"_s, QDate(2025, 7, 1)}});
        const QList<ReportRows::Row> j = allRows(*july);
        QCOMPARE(j.at(0), (ReportRows::Row {u"Contact"_s, 2, 27.0, 48.0, 1}));
        QCOMPARE(j.at(2).at(1).toLongLong(), 0);
        QVERIFY(j.at(2).at(2).isNull());
    }
};

QTEST_GUILESS_MAIN(tst_ReportService)
#include "tst_reportservice.moc"
