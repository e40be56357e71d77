#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "customers/CustomerFilter.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerSearchIndex.h"
#include "storage/IdListReader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Fixtures;

Q_DECLARE_METATYPE(CustomerColumn)

// One small archive, searched and sorted the way the customer list does it. Customers by number
// (their code is C00000n):
//   1 王芳           13812345678      -                       New        High     王强  VIP
//   2 王芳芳         13900001111      北京恒达贸易有限公司       Returning  High     赵敏  会员
//   3 李王芳         0755-8765432     -                       New        Low      王强  VIP 会员
//   4 张伟           13700002222      深圳华信科技有限公司       Inactive   Medium   李娜
//   5 Emily Johnson  +1 415 555 2671  Acme Ltd                Potential  Unrated  -     emily.j@example.com
//   6 赵敏 (archived) 13600003333     -                       New        Low      李娜  VIP
class tst_CustomerSearch : public QObject
{
    Q_OBJECT

    TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    QHash<qint64, int> m_numberOf; // customer id -> number in the table above

    void add(const QString &name,
             const QString &phone,
             const QString &company,
             Lifecycle lifecycle,
             ValueTier tier,
             const QString &owner,
             const QStringList &tags,
             const QString &email = {})
    {
        Customer c = person(name, {phone});
        // Unset text stays the fixture's non-null empty string (see Fixtures::person).
        for (auto [field, value] : {std::pair {&c.company, company},
                                    std::pair {&c.owner, owner},
                                    std::pair {&c.email, email}})
            if (!value.isEmpty())
                *field = value;
        c.tags = tags;
        CustomerRepository repo(*m_db);
        const Result<Customer> r = repo.create(alice(), c);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        // Lifecycle and tier are derived from the history (Classification), which these
        // customers do not have: stored as the classification would have stored them.
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE customers SET lifecycle = ?, value_tier = ? WHERE id = ?"_s);
        q.addBindValue(int(lifecycle));
        q.addBindValue(int(tier));
        q.addBindValue(r->id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        m_numberOf.insert(r->id, int(m_numberOf.size()) + 1);
    }

    // The customers the filter lists, in list order, by their number.
    QList<int> list(const CustomerFilter &filter)
    {
        const CustomerFilter::Sql sql = filter.idQuery(m_db->dialect());
        const Result<QList<qint64>> ids = IdListReader::read(*m_db, sql.text, sql.binds);
        if (!ids) {
            qWarning("%s", qPrintable(ids.error().message));
            return {-1};
        }
        QList<int> out;
        for (qint64 id : ids.value())
            out.append(m_numberOf.value(id, -1));
        return out;
    }

    static CustomerFilter search(const QString &text)
    {
        CustomerFilter f;
        f.text = text;
        f.sortColumn = CustomerColumn::Code;
        return f;
    }

    QString plan(const CustomerFilter &filter)
    {
        const CustomerFilter::Sql sql = filter.idQuery(m_db->dialect());
        QSqlQuery q(m_db->connection());
        if (m_archive.isServer()) {
            // The tables are tiny: forbid the sequential scans and sorts the planner would rather
            // do, so that the plan shows whether an index can give the order.
            QString text = sql.text;
            for (const QVariant &v : sql.binds) {
                QString literal = v.toString();
                if (v.typeId() == QMetaType::QString)
                    literal = u'\'' + literal.replace(u'\'', u"''"_s) + u'\'';
                text.replace(text.indexOf(u'?'), 1, literal);
            }
            if (!q.exec(u"SET enable_seqscan = off"_s) || !q.exec(u"SET enable_sort = off"_s)
                || !q.exec(u"EXPLAIN "_s + text))
                return q.lastError().text();
            QStringList lines;
            while (q.next())
                lines.append(q.value(0).toString());
            q.exec(u"RESET enable_seqscan"_s);
            q.exec(u"RESET enable_sort"_s);
            return lines.join(u'\n');
        }
        q.prepare(u"EXPLAIN QUERY PLAN "_s + sql.text);
        for (const QVariant &v : sql.binds)
            q.addBindValue(v);
        if (!q.exec())
            return q.lastError().text();
        QStringList lines;
        while (q.next())
            lines.append(q.value(3).toString());
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_archive.open();
        QVERIFY(m_db);
        using L = Lifecycle;
        using T = ValueTier;
        add(u"王芳"_s, u"13812345678"_s, {}, L::New, T::High, u"王强"_s, {u"VIP"_s});
        add(u"王芳芳"_s,
            u"13900001111"_s,
            u"北京恒达贸易有限公司"_s,
            L::Returning,
            T::High,
            u"赵敏"_s,
            {u"会员"_s});
        add(u"李王芳"_s, u"0755-8765432"_s, {}, L::New, T::Low, u"王强"_s, {u"VIP"_s, u"会员"_s});
        add(u"张伟"_s,
            u"13700002222"_s,
            u"深圳华信科技有限公司"_s,
            L::Inactive,
            T::Medium,
            u"李娜"_s,
            {});
        add(u"Emily Johnson"_s,
            u"+1 415 555 2671"_s,
            u"Acme Ltd"_s,
            L::Potential,
            T::Unrated,
            {},
            {},
            u"emily.j@example.com"_s);
        add(u"赵敏"_s, u"13600003333"_s, {}, L::New, T::Low, u"李娜"_s, {u"VIP"_s});
        QCOMPARE(m_numberOf.size(), 6);
        CustomerRepository repo(*m_db);
        QVERIFY(repo.archive(alice(), m_numberOf.key(6), 1));
    }

    void searchText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("found");
        QTest::newRow("everyone active") << QString() << QList<int> {1, 2, 3, 4, 5};
        QTest::newRow("blank") << u"   "_s << QList<int> {1, 2, 3, 4, 5};
        QTest::newRow("two-character name") << u"王芳"_s << QList<int> {1, 2, 3};
        QTest::newRow("three-character name") << u"王芳芳"_s << QList<int> {2};
        QTest::newRow("substring of name") << u"李王"_s << QList<int> {3};
        QTest::newRow("two characters inside company") << u"华信"_s << QList<int> {4};
        QTest::newRow("four characters inside company") << u"华信科技"_s << QList<int> {4};
        QTest::newRow("one character, first in name") << u"王"_s << QList<int> {1, 2, 3};
        QTest::newRow("one character, last in name") << u"芳"_s << QList<int> {1, 2, 3};
        QTest::newRow("one character, only in 2-char name") << u"伟"_s << QList<int> {4};
        QTest::newRow("last four digits") << u"5678"_s << QList<int> {1};
        QTest::newRow("full-width digits") << u"５６７８"_s << QList<int> {1};
        QTest::newRow("digits with separator") << u"138-1234"_s << QList<int> {1};
        QTest::newRow("whole mobile formatted") << u"138 1234 5678"_s << QList<int> {1};
        QTest::newRow("landline as dialled") << u"0755-8765432"_s << QList<int> {3};
        QTest::newRow("international digits") << u"1415555"_s << QList<int> {5};
        QTest::newRow("international as pasted") << u"+1 415 555 2671"_s << QList<int> {5};
        QTest::newRow("mobile as pasted with +86") << u"+86 138 1234 5678"_s << QList<int> {1};
        QTest::newRow("email local part") << u"emily.j"_s << QList<int> {5};
        QTest::newRow("email domain") << u"example"_s << QList<int> {5};
        QTest::newRow("latin name, other case") << u"JOHNSON"_s << QList<int> {5};
        QTest::newRow("code") << u"C000003"_s << QList<int> {3};
        QTest::newRow("code lower case") << u"c000003"_s << QList<int> {3};
        QTest::newRow("code digits") << u"000003"_s << QList<int> {3};
        QTest::newRow("terms are ANDed") << u"王芳 5678"_s << QList<int> {1};
        QTest::newRow("terms are ANDed, company") << u"王芳 恒达"_s << QList<int> {2};
        QTest::newRow("one term matches nobody") << u"王芳 9999"_s << QList<int> {};
        QTest::newRow("no match") << u"不存在的人"_s << QList<int> {};
        QTest::newRow("no match digits") << u"24680"_s << QList<int> {};
        QTest::newRow("archived not listed") << u"赵敏"_s << QList<int> {};
        QTest::newRow("quote in term") << u"王\"芳"_s << QList<int> {};
        QTest::newRow("sql in term") << u"') OR 1=1 --"_s << QList<int> {};
    }

    void searchText()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, found);
        QCOMPARE(list(search(text)), found);
    }

    void filters_data()
    {
        QTest::addColumn<bool>("archived");
        QTest::addColumn<int>("lifecycle"); // -1: any
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("found");
        QTest::newRow("archived") << true << -1 << QString() << QString() << QString()
                                  << QList<int> {6};
        QTest::newRow("archived search")
                << true << -1 << QString() << QString() << u"赵敏"_s << QList<int> {6};
        QTest::newRow("archived VIP")
                << true << -1 << u"VIP"_s << QString() << QString() << QList<int> {6};
        QTest::newRow("lifecycle new") << false << int(Lifecycle::New) << QString() << QString()
                                       << QString() << QList<int> {1, 3};
        QTest::newRow("lifecycle potential") << false << int(Lifecycle::Potential) << QString()
                                             << QString() << QString() << QList<int> {5};
        QTest::newRow("tag VIP") << false << -1 << u"VIP"_s << QString() << QString()
                                 << QList<int> {1, 3};
        QTest::newRow("tag 会员") << false << -1 << u"会员"_s << QString() << QString()
                                  << QList<int> {2, 3};
        QTest::newRow("tag unused")
                << false << -1 << u"团购"_s << QString() << QString() << QList<int> {};
        QTest::newRow("owner 王强")
                << false << -1 << QString() << u"王强"_s << QString() << QList<int> {1, 3};
        QTest::newRow("owner 李娜")
                << false << -1 << QString() << u"李娜"_s << QString() << QList<int> {4};
        QTest::newRow("all together") << false << int(Lifecycle::New) << u"会员"_s << u"王强"_s
                                      << u"李"_s << QList<int> {3};
    }

    void filters()
    {
        QFETCH(bool, archived);
        QFETCH(int, lifecycle);
        QFETCH(QString, tag);
        QFETCH(QString, owner);
        QFETCH(QString, text);
        QFETCH(QList<int>, found);
        CustomerFilter f = search(text);
        f.archived = archived;
        if (lifecycle >= 0)
            f.lifecycle = Lifecycle(lifecycle);
        f.tag = tag;
        f.owner = owner;
        QCOMPARE(list(f), found);
    }

    void tierFilter_data()
    {
        QTest::addColumn<bool>("archived");
        QTest::addColumn<int>("tier");
        QTest::addColumn<int>("lifecycle"); // -1: any
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("found");
        using T = ValueTier;
        QTest::newRow("high") << false << int(T::High) << -1 << QString() << QList<int> {1, 2};
        QTest::newRow("medium") << false << int(T::Medium) << -1 << QString() << QList<int> {4};
        QTest::newRow("low") << false << int(T::Low) << -1 << QString() << QList<int> {3};
        QTest::newRow("unrated") << false << int(T::Unrated) << -1 << QString() << QList<int> {5};
        QTest::newRow("archived low") << true << int(T::Low) << -1 << QString() << QList<int> {6};
        QTest::newRow("high and returning") << false << int(T::High) << int(Lifecycle::Returning)
                                            << QString() << QList<int> {2};
        QTest::newRow("high and inactive")
                << false << int(T::High) << int(Lifecycle::Inactive) << QString() << QList<int> {};
        QTest::newRow("high, searching 芳芳")
                << false << int(T::High) << -1 << u"芳芳"_s << QList<int> {2};
    }

    void tierFilter()
    {
        QFETCH(bool, archived);
        QFETCH(int, tier);
        QFETCH(int, lifecycle);
        QFETCH(QString, text);
        QFETCH(QList<int>, found);
        CustomerFilter f = search(text);
        f.archived = archived;
        f.valueTier = ValueTier(tier);
        if (lifecycle >= 0)
            f.lifecycle = Lifecycle(lifecycle);
        QCOMPARE(list(f), found);
        // The first screen asks the same.
        const CustomerFilter::Sql sql = f.idQuery(m_db->dialect());
        const Result<QList<qint64>> first = IdListReader::read(*m_db, sql.firstScreen, sql.binds);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->size(), found.size());
    }

    void tierFilterUsesIndex()
    {
        CustomerFilter f;
        f.valueTier = ValueTier::High;
        const QString text = plan(f);
        if (m_archive.isServer()) {
            QVERIFY2(!text.contains(u"Sort"_s), qPrintable(text));
            QVERIFY2(text.contains(u"customers_active_tier"_s), qPrintable(text));
            return;
        }
        QVERIFY2(!text.contains(u"USE TEMP B-TREE"_s), qPrintable(text));
        QVERIFY2(text.contains(u"customers_active_tier"_s), qPrintable(text));
    }

    void sorting_data()
    {
        QTest::addColumn<CustomerColumn>("column");
        QTest::addColumn<QList<int>>("ascending");
        QTest::newRow("code") << CustomerColumn::Code << QList<int> {1, 2, 3, 4, 5};
        QTest::newRow("phone") << CustomerColumn::Phone << QList<int> {5, 4, 1, 2, 3};
        QTest::newRow("company") << CustomerColumn::Company << QList<int> {1, 3, 5, 2, 4};
        QTest::newRow("lifecycle, then name")
                << CustomerColumn::Lifecycle << QList<int> {5, 3, 1, 2, 4};
        QTest::newRow("value tier, then name")
                << CustomerColumn::ValueTier << QList<int> {5, 1, 2, 4, 3};
        QTest::newRow("owner, then name") << CustomerColumn::Owner << QList<int> {5, 4, 3, 1, 2};
        QTest::newRow("updated") << CustomerColumn::Updated << QList<int> {1, 2, 3, 4, 5};
    }

    void sorting()
    {
        QFETCH(CustomerColumn, column);
        QFETCH(QList<int>, ascending);
        CustomerFilter f;
        f.sortColumn = column;
        QCOMPARE(list(f), ascending);
        f.descending = true;
        QList<int> descending(ascending.crbegin(), ascending.crend());
        QCOMPARE(list(f), descending);
    }

    void firstScreenIsThePrefixOfTheWholeList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<CustomerColumn>("column");
        QTest::addColumn<bool>("descending");
        QTest::newRow("all by name") << QString() << CustomerColumn::Name << false;
        QTest::newRow("all by phone desc") << QString() << CustomerColumn::Phone << true;
        QTest::newRow("search by name") << u"138"_s << CustomerColumn::Name << false;
        QTest::newRow("two characters by owner") << u"王芳"_s << CustomerColumn::Owner << false;
        QTest::newRow("one character by code") << u"王"_s << CustomerColumn::Code << true;
    }

    void firstScreenIsThePrefixOfTheWholeList()
    {
        // The first screen (read on its own for long lists and broad searches) must be exactly
        // the beginning of the whole list, or rows would jump when the rest arrives.
        QFETCH(QString, text);
        QFETCH(CustomerColumn, column);
        QFETCH(bool, descending);
        CustomerFilter f = search(text);
        f.sortColumn = column;
        f.descending = descending;
        const CustomerFilter::Sql sql = f.idQuery(m_db->dialect());
        QVERIFY(!sql.firstScreen.isEmpty());
        QCOMPARE(sql.probe.isEmpty(), text.isEmpty());
        const auto whole = IdListReader::read(*m_db, sql.text, sql.binds);
        const auto first = IdListReader::read(*m_db, sql.firstScreen, sql.binds);
        QVERIFY(whole && first);
        QVERIFY(!whole->isEmpty());
        QCOMPARE(first.value(), whole->mid(0, CustomerFilter::FirstScreenRows));
    }

    void sortByNameIsPinyinOrder()
    {
        CustomerFilter f;
        f.sortColumn = CustomerColumn::Name;
        const QList<int> ascending = list(f);
        QCOMPARE(ascending.size(), 5);
        QList<int> chinese = ascending;
        chinese.removeAll(5);
        // li wang fang, wang fang, wang fang fang, zhang wei (code points would put 张 first).
        QCOMPARE(chinese, (QList<int> {3, 1, 2, 4}));
        f.descending = true;
        QCOMPARE(list(f), QList<int>(ascending.crbegin(), ascending.crend()));
    }

    void sortByUpdatedFollowsEdits()
    {
        CustomerRepository repo(*m_db);
        Customer c = repo.get(alice(), m_numberOf.key(2)).value();
        QThread::msleep(5); // a later millisecond than every creation
        c.phones = {Phone {PhoneKind::Mobile, u"139 0000 1111"_s, true}}; // as the form shows it
        c.notes = u"回访已完成"_s;
        const Result<Customer> updated = repo.update(bob(), c);
        QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
        CustomerFilter f;
        f.sortColumn = CustomerColumn::Updated;
        QCOMPARE(list(f), (QList<int> {1, 3, 4, 5, 2}));
        f.descending = true;
        QCOMPARE(list(f), (QList<int> {2, 5, 4, 3, 1}));
        // The search index follows the edit too.
        QCOMPARE(list(search(u"王芳芳"_s)), QList<int> {2});
    }

    // Edits reach every search path: two-character pieces, trigrams and phone digits.
    void editsUpdateTheSearchIndex()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        CustomerRepository repo(*db);
        Customer c = person(u"王芳"_s, {u"13812345678"_s});
        c.company = u"深圳华信科技有限公司"_s;
        const Result<Customer> created = repo.create(alice(), c);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        auto found = [&](const QString &text) {
            const CustomerFilter::Sql sql = search(text).idQuery(db->dialect());
            const Result<QList<qint64>> ids = IdListReader::read(*db, sql.text, sql.binds);
            return ids ? int(ids->size()) : -1;
        };
        for (const QString &text : {u"王芳"_s, u"华信"_s, u"华信科技"_s, u"5678"_s})
            QVERIFY2(found(text) == 1, qPrintable(text));

        c = created.value();
        c.name = u"李娜"_s;
        c.company = u"北京恒达贸易有限公司"_s;
        c.phones = {Phone {PhoneKind::Mobile, u"139 0000 1111"_s, true}}; // as the form shows it
        const Result<Customer> updated = repo.update(bob(), c);
        QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
        for (const QString &text : {u"王芳"_s, u"华信"_s, u"华信科技"_s, u"5678"_s})
            QVERIFY2(found(text) == 0, qPrintable(text));
        for (const QString &text : {u"李娜"_s, u"恒达"_s, u"恒达贸易"_s, u"1111"_s})
            QVERIFY2(found(text) == 1, qPrintable(text));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM customer_grams"_s) && q.next());
        // Only the new name's and company's pieces are left: the old ones were all deleted.
        QCOMPARE(q.value(0).toInt(), int(CustomerSearchIndex::grams(c.name, c.company).size()));
    }

    void queryPlanUsesIndex_data()
    {
        QTest::addColumn<CustomerColumn>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("lifecycle"); // -1: any
        QTest::addColumn<QString>("owner");
        const char *const names[]
                = {"code", "name", "phone", "company", "lifecycle", "tier", "owner", "updated"};
        for (int column = 0; column < int(CustomerColumn::Count); ++column)
            for (bool descending : {false, true})
                QTest::addRow("%s %s", names[column], descending ? "desc" : "asc")
                        << CustomerColumn(column) << descending << -1 << QString();
        QTest::newRow("lifecycle filter, by name")
                << CustomerColumn::Name << false << int(Lifecycle::New) << QString();
        QTest::newRow("owner filter, by name") << CustomerColumn::Name << false << -1 << u"王强"_s;
    }

    void queryPlanUsesIndex()
    {
        QFETCH(CustomerColumn, column);
        QFETCH(bool, descending);
        QFETCH(int, lifecycle);
        QFETCH(QString, owner);
        CustomerFilter f;
        f.sortColumn = column;
        f.descending = descending;
        if (lifecycle >= 0)
            f.lifecycle = Lifecycle(lifecycle);
        f.owner = owner;
        const QString text = plan(f);
        if (m_archive.isServer()) {
            QVERIFY2(!text.contains(u"Sort"_s), qPrintable(text));
            QVERIFY2(text.contains(u"Index Scan"_s) || text.contains(u"Index Only Scan"_s),
                     qPrintable(text));
            return;
        }
        QVERIFY2(!text.contains(u"USE TEMP B-TREE"_s), qPrintable(text));
        // Code order is id order: walking the table itself in rowid order is the index walk.
        const bool rowidWalk = column == CustomerColumn::Code && text == u"SCAN customers"_s;
        QVERIFY2(rowidWalk || text.contains(u"USING INDEX"_s)
                         || text.contains(u"USING COVERING INDEX"_s),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(tst_CustomerSearch)
#include "tst_customersearch.moc"
