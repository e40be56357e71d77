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
        staff(*m_db, u"zhang"_s, u"张伟"_s);
    }

    void cleanup()
    {
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void customerListUsesTheListsFilters()
    {
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
};

QTEST_GUILESS_MAIN(tst_ReportCustomers)
#include "tst_reportcustomers.moc"
