#include "TestSupport.h"
#include "core/ReportFixtures.h"
#include "core/SecurityFixtures.h"

using namespace Qt::StringLiterals;
using namespace ReportFixtures;

// The customer reports: the customer list (with the list's filters), stale profiles, upcoming
// birthdays, customer value and segmentation.
class tst_ReportCustomers : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;

    std::unique_ptr<ReportRows> run(const QString &name,
                                    const QVariantHash &values = {},
                                    const Report::RunOptions &options = at(),
                                    const Actor &actor = SecurityFixtures::supervisor())
    {
        return ReportFixtures::run(*m_db, actor, name, values, options);
    }

    static QStringList column(const QList<ReportRows::Row> &rows, int index)
    {
        QStringList out;
        for (const ReportRows::Row &row : rows)
            out.append(row.at(index).toString());
        return out;
    }

    void exec(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
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
    }

    void customerListUsesTheListsFilters()
    {
        staff(*m_db, u"zhang"_s, u"张伟"_s);
        const Customer wang = customer(*m_db, u"王芳"_s, {u"13812345678"_s}, u"zhang"_s);
        const Customer li = customer(*m_db, u"李雷"_s, {u"13900001111"_s}, u"li"_s);
        const Customer chen = customer(*m_db, u"陈晨"_s, {}, u"zhang"_s);
        VERIFY_OK(CustomerRepository(*m_db).archive(Fixtures::alice(), chen.id, chen.version));

        auto active = run(u"customer-list"_s);
        QVERIFY(active);
        QCOMPARE(active->rowCount().value(), 2); // 陈晨 is archived
        // The list's order: by name (李 before 王 in the name collation, as in the list).
        const QList<ReportRows::Row> rows = allRows(*active);
        QCOMPARE(column(rows, 1), (QStringList {u"李雷"_s, u"王芳"_s}));
        QCOMPARE(rows.at(1).at(0).toString(), wang.code);
        QCOMPARE(rows.at(1).at(2).toString(), u"138****5678"_s); // masked
        QCOMPARE(rows.at(1).at(5).toString(), u"Potential"_s);
        QCOMPARE(rows.at(1).at(7).toString(), u"张伟"_s); // the owner's display name
        QCOMPARE(rows.at(0).at(7).toString(), u"li"_s); // no account: the login
        QCOMPARE(rows.at(1).at(8).typeId(), QMetaType::QDateTime);

        auto owned = run(u"customer-list"_s, {{u"owner"_s, u"zhang"_s}});
        QCOMPARE(column(allRows(*owned), 1), QStringList {u"王芳"_s});
        auto archived = run(u"customer-list"_s, {{u"customers"_s, u"archived"_s}});
        QCOMPARE(column(allRows(*archived), 1), QStringList {u"陈晨"_s});
        // Search: a two-character name, and the last four digits of a phone.
        auto byName = run(u"customer-list"_s, {{u"search"_s, u"李雷"_s}});
        QCOMPARE(column(allRows(*byName), 0), QStringList {li.code});
        auto byPhone = run(u"customer-list"_s, {{u"search"_s, u"5678"_s}});
        QCOMPARE(column(allRows(*byPhone), 0), QStringList {wang.code});
        auto potential = run(u"customer-list"_s, {{u"lifecycle"_s, u"potential"_s}});
        QCOMPARE(potential->rowCount().value(), 2);
        auto returning = run(u"customer-list"_s, {{u"lifecycle"_s, u"returning"_s}});
        QCOMPARE(returning->rowCount().value(), 0);
        auto unrated = run(u"customer-list"_s, {{u"value_tier"_s, u"unrated"_s}});
        QCOMPARE(unrated->rowCount().value(), 2);
    }

    void customerListPhonesMaskedUnlessRevealed()
    {
        customer(*m_db, u"王芳"_s, {u"13812345678"_s}, u"zhang"_s);
        // A front desk may reveal: asked to, the numbers come whole (and the run is audited).
        auto desk = run(u"customer-list"_s, {}, at(now(), true), SecurityFixtures::frontDesk());
        QVERIFY(desk);
        QVERIFY(!desk->masked());
        QCOMPARE(allRows(*desk).first().at(2).toString(), u"138 1234 5678"_s);
        // Not asked to: masked.
        auto quiet = run(u"customer-list"_s, {}, at(), SecurityFixtures::frontDesk());
        QVERIFY(quiet->masked());
        QCOMPARE(allRows(*quiet).first().at(2).toString(), u"138****5678"_s);
        // An admin views customers but may not see whole numbers: refused, not silently masked.
        const Report *list = ReportCatalogue::find(u"customer-list"_s);
        const auto refused = list->run(*m_db, SecurityFixtures::admin(), {}, at(now(), true));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Permission);
        auto admin = run(u"customer-list"_s, {}, at(), SecurityFixtures::admin());
        QVERIFY(admin);
        QCOMPARE(allRows(*admin).first().at(2).toString(), u"138****5678"_s);
    }

    void customerValue()
    {
        const ComplaintArchive a = seedComplaints(*m_db);
        seedHistory(*m_db, a);
        auto rows = run(u"customer-value"_s);
        QVERIFY(rows);
        const QList<ReportRows::Row> all = allRows(*rows);
        // Own order: net spend, highest first. Today is 10 July.
        // 王芳: 3,000.00 + (2,000.00 - 500.00 refunded) + 50.00 = 4,550.00 in 3 purchases, the
        //   last on 1 July (9 days ago); average 455000 / 3 = 151666.67 -> 151667 fen.
        // 李雷: (200.00 - 200.00) + 100.00 = 100.00 in 2, last 21 June (19 days); average 50.00.
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).mid(1),
                 (ReportRows::Row {u"王芳"_s,
                                   u"Returning"_s,
                                   u"High"_s,
                                   455000,
                                   3,
                                   QDate(2025, 7, 1),
                                   9,
                                   151667}));
        QCOMPARE(all.at(1).mid(1),
                 (ReportRows::Row {
                         u"李雷"_s, u"New"_s, u"Low"_s, 10000, 2, QDate(2025, 6, 21), 19, 5000}));
        QCOMPARE(all.at(0).at(4).typeId(), QMetaType::LongLong); // money in minor units
        // June only: 王芳 P2 (1,500.00 net); 李雷 P4 and P5 (100.00 in 2).
        auto june = run(u"customer-value"_s,
                        {{u"from"_s, QDate(2025, 6, 1)}, {u"to"_s, QDate(2025, 6, 30)}});
        const QList<ReportRows::Row> j = allRows(*june);
        QCOMPARE(j.size(), 2);
        QCOMPARE(j.at(0).mid(4), (ReportRows::Row {150000, 1, QDate(2025, 6, 10), 30, 150000}));
        // Days since sorts as the last purchase, newest first: 李雷 (19 days) before 王芳 (30).
        const int recency = ReportCatalogue::find(u"customer-value"_s)
                                    ->columnIndex(u"recency_days"_s);
        const auto byRecency = june->page(recency, false, 0, 10).value();
        QCOMPARE(byRecency.at(0).at(1).toString(), u"李雷"_s);
        auto high = run(u"customer-value"_s, {{u"value_tier"_s, u"high"_s}});
        QCOMPARE(high->rowCount().value(), 1);
    }

    void customerSegments()
    {
        const ComplaintArchive a = seedComplaints(*m_db);
        seedHistory(*m_db, a);
        auto rows = run(u"customer-segments"_s);
        QVERIFY(rows);
        const QList<ReportRows::Row> all = allRows(*rows);
        QCOMPARE(all.size(), 16); // 4 lifecycles × 4 tiers, empty segments too
        QHash<QString, ReportRows::Row> by;
        qint64 total = 0;
        for (const ReportRows::Row &row : all) {
            by.insert(row.at(0).toString() + u'/' + row.at(1).toString(), row);
            total += row.at(2).toLongLong();
        }
        QCOMPARE(total, 4); // 王芳, 李雷, 陈晨, 赵敏
        // 1 of 4 returning/high = 25 %; 1 new/low = 25 %; 2 potential/unrated = 50 %.
        QCOMPARE(by.value(u"Returning/High"_s).mid(2), (ReportRows::Row {1, 25.0}));
        QCOMPARE(by.value(u"New/Low"_s).mid(2), (ReportRows::Row {1, 25.0}));
        QCOMPARE(by.value(u"Potential/Unrated"_s).mid(2), (ReportRows::Row {2, 50.0}));
        QCOMPARE(by.value(u"Inactive/High"_s).mid(2), (ReportRows::Row {0, 0.0}));
        // A front desk may not see the segmentation (a supervisor's report).
        const auto denied = ReportCatalogue::find(u"customer-segments"_s)
                                    ->run(*m_db, SecurityFixtures::frontDesk(), {}, at());
        QCOMPARE(denied.error().code, Error::Code::Permission);
    }

    void staleProfiles()
    {
        const ComplaintArchive a = seedComplaints(*m_db);
        const HistoryArchive h = seedHistory(*m_db, a);
        // Today 10 July 2025; 12 months: verified before 10 July 2024 or never. 李雷 (March
        // 2025) is recent; 王芳 was verified on 1 January 2024, 陈晨 and 赵敏 never (empty values
        // sort last).
        auto rows = run(u"stale-profiles"_s, {}, at(), SecurityFixtures::frontDesk());
        QVERIFY(rows);
        const QList<ReportRows::Row> all = allRows(*rows);
        QCOMPARE(column(all, 1), (QStringList {u"王芳"_s, u"陈晨"_s, u"赵敏"_s}));
        // 王芳 (a person): phone and birthday of six -> 2 / 6 = 33.3 %.
        QCOMPARE(all.at(0).at(2).toString(), u"138****5678"_s);
        QCOMPARE(all.at(0).at(4).toDateTime(), local(2024, 1, 1));
        QCOMPARE(all.at(0).at(5).toDouble(), 100.0 * 2 / 6);
        QCOMPARE(all.at(0).at(6).toString(), u"Email, Gender, Mailing address, Source channel"_s);
        // 陈晨: only the birthday -> 1 / 6.
        QVERIFY(all.at(1).at(4).isNull());
        QCOMPARE(all.at(1).at(5).toDouble(), 100.0 / 6);
        QVERIFY(all.at(1).at(2).isNull()); // no phone
        // 18 months: the cutoff is 10 January 2024; 王芳 (1 January) is still before it.
        auto longer = run(u"stale-profiles"_s, {{u"months"_s, 18}});
        QCOMPARE(longer->rowCount().value(), 3);
        // 19 months: the cutoff is 10 December 2023; 王芳 was verified after it.
        auto longest = run(u"stale-profiles"_s, {{u"months"_s, 19}});
        QCOMPARE(longest->rowCount().value(), 2);
        // Verified exactly on the cutoff day counts as recent.
        sql(*m_db,
            u"UPDATE customers SET last_verified_at = ? WHERE id = ?"_s,
            {HistorySql::at(local(2024, 7, 10, 0, 30)), h.chen.id});
        QCOMPARE(run(u"stale-profiles"_s)->rowCount().value(), 2);
        auto bad = ReportParams::fromText(*ReportCatalogue::find(u"stale-profiles"_s),
                                          {{u"months"_s, u"0"_s}});
        QVERIFY(!bad);
        QVERIFY(bad.error().fieldErrors.contains(u"months"_s));
    }

    void upcomingBirthdays()
    {
        const ComplaintArchive a = seedComplaints(*m_db);
        seedHistory(*m_db, a);
        // Today 10 July 2025. Default 30 days: 李雷 today (turns 40), 王芳 on the 15th (5 days,
        // turns 35).
        auto rows = run(u"upcoming-birthdays"_s, {}, at(), SecurityFixtures::frontDesk());
        QVERIFY(rows);
        const QList<ReportRows::Row> all = allRows(*rows);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).mid(0, 3), (ReportRows::Row {QDate(2025, 7, 10), 0, 40}));
        QCOMPARE(all.at(0).at(4).toString(), u"李雷"_s);
        QCOMPARE(all.at(1).mid(0, 3), (ReportRows::Row {QDate(2025, 7, 15), 5, 35}));
        QCOMPARE(run(u"upcoming-birthdays"_s, {{u"days"_s, 0}})->rowCount().value(), 1);
        // 365 days runs past the year's end: 陈晨 on 5 January 2026 (21+31+30+31+30+31+5 = 179
        // days, turns 26); 赵敏, born 29 February, on 28 February 2026 (179 + 26 + 28 = 233).
        auto year = run(u"upcoming-birthdays"_s, {{u"days"_s, 365}});
        const QList<ReportRows::Row> y = allRows(*year);
        QCOMPARE(column(y, 4), (QStringList {u"李雷"_s, u"王芳"_s, u"陈晨"_s, u"赵敏"_s}));
        QCOMPARE(y.at(2).mid(0, 3), (ReportRows::Row {QDate(2026, 1, 5), 179, 26}));
        QCOMPARE(y.at(3).mid(0, 3), (ReportRows::Row {QDate(2026, 2, 28), 233, 26}));
        // Sorted by age turned, youngest first: 陈晨 and 赵敏 (26), 王芳 (35), 李雷 (40).
        const QList<ReportRows::Row> byAge = year->page(2, false, 0, 10).value();
        QCOMPARE(byAge.at(2).at(4).toString(), u"王芳"_s);
        QCOMPARE(byAge.at(3).at(4).toString(), u"李雷"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ReportCustomers)
#include "tst_reportcustomers.moc"
