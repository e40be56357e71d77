#include "TestSupport.h"
#include "core/FollowUpFixtures.h"
#include "core/HistoryFixtures.h"
#include "core/SecurityFixtures.h"
#include "followups/Satisfaction.h"

using namespace Qt::StringLiterals;
using namespace FollowUpFixtures;

namespace {

// A moment of a local day, as the desk saw it.
QDateTime local(int month, int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute), Qt::LocalTime).toUTC();
}

} // namespace

class tst_Satisfaction : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    Customer m_customer;
    Customer m_other;

    qint64 scored(int csat,
                  int nps,
                  const QDateTime &doneAt = local(6, 10),
                  const QString &staff = u"desk"_s,
                  qint64 customerId = 0)
    {
        Row r;
        r.customerId = customerId ? customerId : m_customer.id;
        r.dueOn = doneAt.toLocalTime().date();
        r.status = FollowUpStatus::Done;
        r.doneAt = doneAt;
        r.csat = csat;
        r.nps = nps;
        r.ratedStaff = staff;
        return followUp(*m_db, r);
    }

    SatisfactionFigures compute(const SatisfactionFilter &filter = {})
    {
        const Result<SatisfactionFigures> f = Satisfaction::compute(*m_db,
                                                                    SecurityFixtures::supervisor(),
                                                                    filter);
        if (!f)
            qWarning("compute failed: %s", qPrintable(f.error().message));
        return f ? f.value() : SatisfactionFigures {};
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_customer = HistoryFixtures::newCustomer(*m_db, u"王芳"_s);
        m_other = HistoryFixtures::newCustomer(*m_db, u"李雷"_s);
    }

    void cleanup()
    {
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void nothingScoredYet()
    {
        const SatisfactionFigures f = compute();
        QCOMPARE(f.csatCount, 0);
        QCOMPARE(f.csatShare, 0.0);
        QCOMPARE(f.csatMean, 0.0);
        QCOMPARE(f.npsCount, 0);
        QCOMPARE(f.nps, 0.0);
    }

    void csatShareAndMean()
    {
        for (const int score : {5, 4, 3, 1})
            scored(score, -1);
        const SatisfactionFigures f = compute();
        QCOMPARE(f.csatCount, 4);
        QCOMPARE(f.csatSatisfied, 2);
        QCOMPARE(f.csatShare, 0.5);
        QCOMPARE(f.csatMean, 3.25);
        QCOMPARE(f.npsCount, 0); // not asked
        QCOMPARE(f.nps, 0.0);
    }

    void netPromoterScore()
    {
        for (const int score : {10, 9, 8, 6, 0})
            scored(0, score);
        SatisfactionFigures f = compute();
        QCOMPARE(f.npsCount, 5);
        QCOMPARE(f.promoters, 2);
        QCOMPARE(f.passives, 1);
        QCOMPARE(f.detractors, 2);
        QCOMPARE(f.nps, 0.0);
        QCOMPARE(f.csatCount, 0);

        for (const int score : {10, 10, 7})
            scored(0, score);
        f = compute(); // 4 promoters, 2 passives, 2 detractors of 8
        QCOMPARE(f.npsCount, 8);
        QCOMPARE(f.nps, 25.0);
        scored(0, 3);
        scored(0, 5);
        scored(0, 6);
        scored(0, 6);
        f = compute(); // 4 promoters, 6 detractors of 12
        QCOMPARE(f.detractors, 6);
        QVERIFY(qAbs(f.nps - (-100.0 / 6)) < 1e-9);
    }

    void onlyDoneFollowUpsCount()
    {
        scored(5, 10);
        for (const FollowUpStatus status :
             {FollowUpStatus::Planned, FollowUpStatus::Unreachable, FollowUpStatus::Cancelled}) {
            Row r;
            r.customerId = m_customer.id;
            r.dueOn = QDate(2025, 6, 10);
            r.status = status;
            r.doneAt = local(6, 10);
            r.csat = 1;
            r.nps = 0;
            followUp(*m_db, r);
        }
        const SatisfactionFigures f = compute();
        QCOMPARE(f.csatCount, 1);
        QCOMPARE(f.csatMean, 5.0);
        QCOMPARE(f.nps, 100.0);
    }

    void localDatesOfTheCall()
    {
        scored(5, -1, local(6, 9, 23, 59));
        scored(4, -1, local(6, 10, 0, 0));
        scored(2, -1, local(6, 10, 23, 59));
        scored(1, -1, local(6, 11, 0, 0));
        SatisfactionFilter filter;
        filter.from = QDate(2025, 6, 10);
        filter.to = QDate(2025, 6, 10);
        SatisfactionFigures f = compute(filter);
        QCOMPARE(f.csatCount, 2);
        QCOMPARE(f.csatMean, 3.0);
        filter.to = {};
        QCOMPARE(compute(filter).csatCount, 3);
        filter.from = {};
        filter.to = QDate(2025, 6, 9);
        QCOMPARE(compute(filter).csatCount, 1);

        filter.from = QDate(2025, 6, 11);
        filter.to = QDate(2025, 6, 10);
        const Result<SatisfactionFigures> swapped
                = Satisfaction::compute(*m_db, SecurityFixtures::supervisor(), filter);
        QVERIFY(!swapped);
        QCOMPARE(swapped.error().code, Error::Code::Invalid);
    }

    void byStaffCustomerAndWhatTheCallFollowed()
    {
        scored(5, 10, local(6, 10), u"desk"_s);
        scored(1, 0, local(6, 10), u"chief"_s);
        scored(3, -1, local(6, 10), u"desk"_s, m_other.id);

        Row r;
        r.customerId = m_customer.id;
        r.dueOn = QDate(2025, 6, 10);
        r.status = FollowUpStatus::Done;
        r.doneAt = local(6, 10);
        r.csat = 2;
        r.complaintId = complaint(*m_db, m_customer.id, u"chief"_s);
        followUp(*m_db, r);
        r.complaintId = 0;
        r.csat = 4;
        r.requestId = HistorySql::request(*m_db, m_customer.id, local(6, 1), u"安装"_s);
        followUp(*m_db, r);
        r.requestId = 0;
        r.csat = 5;
        r.purchaseId = HistorySql::purchase(*m_db, m_customer.id, local(6, 1), 100);
        followUp(*m_db, r);

        SatisfactionFilter filter;
        filter.ratedStaff = u"desk"_s;
        SatisfactionFigures f = compute(filter);
        QCOMPARE(f.csatCount, 2);
        QCOMPARE(f.csatMean, 4.0);
        QCOMPARE(f.npsCount, 1);
        QCOMPARE(f.nps, 100.0);

        filter = {};
        filter.customerId = m_other.id;
        QCOMPARE(compute(filter).csatMean, 3.0);

        filter = {};
        filter.follows = SatisfactionFilter::Follows::Complaint;
        QCOMPARE(compute(filter).csatMean, 2.0);
        filter.follows = SatisfactionFilter::Follows::Request;
        QCOMPARE(compute(filter).csatMean, 4.0);
        filter.follows = SatisfactionFilter::Follows::Purchase;
        QCOMPARE(compute(filter).csatMean, 5.0);
        filter.follows = SatisfactionFilter::Follows::Any;
        QCOMPARE(compute(filter).csatCount, 6);
    }

    void needsTheViewRight()
    {
        const Result<SatisfactionFigures> f = Satisfaction::compute(*m_db,
                                                                    SecurityFixtures::nobody(),
                                                                    {});
        QVERIFY(!f);
        QCOMPARE(f.error().code, Error::Code::Permission);
    }
};

QTEST_GUILESS_MAIN(tst_Satisfaction)
#include "tst_satisfaction.moc"
