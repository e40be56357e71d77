#include "TestSupport.h"
#include "core/ReportFixtures.h"
#include "core/SecurityFixtures.h"
#include "reports/LocalDays.h"
#include "reports/SqlReportRows.h"

using namespace Qt::StringLiterals;
using namespace ReportFixtures;

// How the reports read a big archive (SQLite's plans, schema 7's indexes): a row report's first
// page in its own order is an index walk, not a sort of every row; and LocalDays, which buckets
// the aggregates' rows by local day per UTC hour, gives the day a row-by-row conversion gives.
class tst_ReportPlans : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;

    // SQLite's plan for the statement page() runs in the report's own order.
    QString pagePlan(const QString &report, const QVariantHash &values = {})
    {
        std::unique_ptr<ReportRows> rows = ReportFixtures::run(*m_db,
                                                               SecurityFixtures::supervisor(),
                                                               report,
                                                               values,
                                                               at());
        auto *sql = dynamic_cast<SqlReportRows *>(rows.get());
        if (!sql)
            return u"not a row report"_s;
        const QString page = sql->pageSql(-1, false);
        QSqlQuery q(m_db->connection());
        q.prepare(u"EXPLAIN QUERY PLAN "_s + page);
        for (qsizetype i = 0; i < page.count(u'?'); ++i)
            q.addBindValue(u"2025-01-01"_s);
        if (!q.exec())
            return q.lastError().text();
        QStringList plan;
        while (q.next())
            plan.append(q.value(3).toString());
        return plan.join(u'\n');
    }

    static void sameDaysAsRowByRow(const char *zone)
    {
        qputenv("TZ", zone);
        tzset();
        LocalDays days;
        QDateTime t(QDate(2023, 12, 31), QTime(0, 0), Qt::UTC);
        const QDateTime end(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
        int checked = 0;
        for (int step = 0; t < end; ++step) {
            const QVariant stored = StoredTime::fromDateTime(t);
            const QDate expected = StoredTime::toDateTime(stored).toLocalTime().date();
            QCOMPARE(days.day(stored), expected);
            QCOMPARE(days.month(stored), expected.toString(u"yyyy-MM"_s));
            ++checked;
            // 17 minutes and a few seconds and milliseconds: every minute of the hour in turn.
            t = t.addMSecs(17 * 60'000 + (step % 7) * 1'001);
        }
        QVERIFY(checked > 60'000);
    }

private Q_SLOTS:
    void initTestCase() { useShanghaiTime(); }

    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
    }

    void cleanup()
    {
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
        useShanghaiTime();
    }

    // Verified longest ago first, never verified last: customers_active_verified holds the
    // rows in that order, so the first page reads a hundred index entries.
    void staleProfilesPageWalksTheIndex()
    {
        if (m_db->isServer())
            QSKIP("SQLite's plans and catalogue (PostgreSQL's plans depend on its statistics).");
        for (const QVariantHash &values :
             {QVariantHash {}, QVariantHash {{u"months"_s, 6}}, QVariantHash {{u"months"_s, 24}}}) {
            const QString plan = pagePlan(u"stale-profiles"_s, values);
            QVERIFY2(plan.contains(u"customers_active_verified"_s), qPrintable(plan));
            QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
        }
    }

    // In the order received, with each complaint's latest score found in follow_ups_complaint
    // (no row of follow_ups read, no sort).
    void complaintHistoryPageWalksTheIndexes()
    {
        if (m_db->isServer())
            QSKIP("SQLite's plans and catalogue (PostgreSQL's plans depend on its statistics).");
        const QString plan = pagePlan(u"complaint-history"_s);
        QVERIFY2(plan.contains(u"complaints_received"_s), qPrintable(plan));
        QVERIFY2(plan.contains(u"COVERING INDEX follow_ups_complaint"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
    }

    void schemaSevenIndexesExist()
    {
        if (m_db->isServer())
            QSKIP("SQLite's plans and catalogue (PostgreSQL's plans depend on its statistics).");
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND name IN"
                       " ('customers_active_verified', 'customers_active_segment',"
                       " 'follow_ups_scores', 'follow_ups_queue', 'purchases_category',"
                       " 'service_requests_opened') ORDER BY name"_s));
        QStringList names;
        while (q.next())
            names.append(q.value(0).toString());
        QCOMPARE(names.size(), 6);
    }

    // Whole-hour offsets, an offset of hours and 45 minutes (local midnight in the middle of a
    // UTC hour), half-hour daylight saving, and the usual spring and autumn changes.
    void localDaysAreTheRowByRowDays_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("Shanghai") << QByteArray("Asia/Shanghai");
        QTest::newRow("Kathmandu") << QByteArray("Asia/Kathmandu");
        QTest::newRow("Lord Howe") << QByteArray("Australia/Lord_Howe");
        QTest::newRow("New York") << QByteArray("America/New_York");
        QTest::newRow("Berlin") << QByteArray("Europe/Berlin");
    }
    void localDaysAreTheRowByRowDays()
    {
        QFETCH(QByteArray, zone);
        sameDaysAsRowByRow(zone.constData());
    }

    // Text not in the stored form is converted as before, row by row.
    void localDaysOfOtherText()
    {
        LocalDays days;
        QCOMPARE(days.day(QVariant()), QDate());
        QCOMPARE(days.day(QVariant(QMetaType::fromType<QString>())), QDate());
        for (const QString &text : {u"2025-06-30T16:30:00Z"_s,
                                    u"2025-06-30T15:59:59.999Z"_s,
                                    u"2025-06-30T16:00:00.000Z"_s,
                                    u"2025-06-30"_s,
                                    u"2025-06-30T25:00:00.000Z"_s,
                                    u"2025-06-30T15:61:00.000Z"_s,
                                    u"garbage"_s}) {
            const QDate expected = StoredTime::toDateTime(QVariant(text)).toLocalTime().date();
            QCOMPARE(days.day(QVariant(text)), expected);
        }
        // Shanghai is UTC+8: 16:00 UTC is the next local day.
        QCOMPARE(days.day(QVariant(u"2025-06-30T15:59:59.999Z"_s)), QDate(2025, 6, 30));
        QCOMPARE(days.day(QVariant(u"2025-06-30T16:00:00.000Z"_s)), QDate(2025, 7, 1));
    }
};

QTEST_GUILESS_MAIN(tst_ReportPlans)
#include "tst_reportplans.moc"
