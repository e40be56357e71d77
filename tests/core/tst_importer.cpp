#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "core/ImportFixtures.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerSearchIndex.h"
#include "import/Importer.h"
#include "storage/SqlDialect.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ImportFixtures;
using namespace SecurityFixtures;

namespace {

const QByteArray customersHeader = "姓名,手机,邮箱,生日,Customer ID,备注\n";

QStringList headerOf(const QByteArray &header)
{
    return QString::fromUtf8(header).trimmed().split(u',');
}

} // namespace

// Importer::run on both back ends: validation by row and column, duplicates, all or nothing,
// the derived columns, the right to import.
class tst_Importer : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempArchive> m_archive;
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;

    Result<ImportSummary> import(const QByteArray &csv,
                                 ImportKind kind = ImportKind::Customers,
                                 ImportMapping::OnDuplicate rule = ImportMapping::OnDuplicate::Skip,
                                 const Actor &actor = Fixtures::alice())
    {
        const QString path = writeFile(m_dir, u"in.csv"_s, csv);
        const QByteArray header = csv.left(csv.indexOf('\n') + 1);
        Importer importer(*m_db, actor);
        return importer.run(path, options(kind, headerOf(header), rule));
    }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TempArchive>();
        m_db = m_archive->open();
        QVERIFY(m_db);
    }
    void cleanup()
    {
        m_db.reset();
        m_archive.reset();
    }

    void importsCustomersWithTheirValues()
    {
        const Result<ImportSummary> s = import(customersHeader
                                               + "张伟,138 1234 5678,ZW@Example.cn,1985/3/7,"
                                                 "A-1,老客户 😀\n"
                                                 "李娜,13912345678,,,,\n");
        IMPORT_OK(s);
        QVERIFY2(s->errors.isEmpty(), qPrintable(errorsText(s.value())));
        QCOMPARE(s->rows, 2);
        QCOMPARE(s->created, 2);
        QVERIFY(s->importId > 0);
        QCOMPARE(count(*m_db,
                       u"SELECT count(*) FROM customers WHERE import_id = ?"_s,
                       {s->importId}),
                 2);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT name, email, birthday, external_id, notes, primary_phone, code"
                       " FROM customers ORDER BY id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"张伟"_s);
        QCOMPARE(q.value(1).toString(), u"ZW@Example.cn"_s);
        QCOMPARE(q.value(2).toString(), u"1985-03-07"_s);
        QCOMPARE(q.value(3).toString(), u"A-1"_s);
        QCOMPARE(q.value(4).toString(), u"老客户 😀"_s);
        QCOMPARE(q.value(5).toString(), u"+8613812345678"_s);
        QCOMPARE(q.value(6).toString(), u"C000001"_s);
        // One audit entry for the file, naming it and the counts.
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM audit_log WHERE action = 'import'"_s), 1);
        QVERIFY(tableText(*m_db, u"audit_log"_s).contains(u"in.csv"_s));
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM audit_log"_s), 1);
        QCOMPARE(count(*m_db, u"SELECT value FROM counters WHERE name = 'customer_code'"_s), 2);
    }

    // The same customer saved by the repository and brought in by an import is stored alike:
    // name key, search text, pieces, phones; the search finds it.
    void derivedColumnsAreThoseOfTheRepository()
    {
        Customer c;
        c.name = u"欧阳娜娜"_s;
        c.phones = {Phone {PhoneKind::Mobile, u"13812345678"_s, true}};
        c.email = u"nana@example.cn"_s;
        CustomerRepository repo(*m_db);
        const Result<Customer> saved = repo.create(Fixtures::alice(), c);
        IMPORT_OK(saved);
        const Result<ImportSummary> s
                = import(customersHeader + "欧阳娜娜,13812345678,nana@example.cn,,,\n",
                         ImportKind::Customers,
                         ImportMapping::OnDuplicate::Create);
        IMPORT_OK(s);
        QCOMPARE(s->created, 1);
        const qint64 imported = count(*m_db, u"SELECT max(id) FROM customers"_s);
        QVERIFY(imported != saved->id);
        const auto row = [&](qint64 id) {
            QSqlQuery q(m_db->connection());
            q.prepare(
                    u"SELECT kind, name, name_key, gender, primary_phone, lifecycle, value_tier,"
                    " replace(search_text, lower(code), '#'), version FROM customers WHERE id = ?"_s);
            q.addBindValue(id);
            QStringList out;
            if (q.exec() && q.next())
                for (int i = 0; i < 9; ++i)
                    out.append(q.value(i).toString());
            return out;
        };
        QCOMPARE(row(imported), row(saved->id));
        const auto children = [&](qint64 id) {
            QSqlQuery q(m_db->connection());
            q.prepare(u"SELECT position, kind, number, is_primary FROM customer_phones"
                      " WHERE customer_id = ? ORDER BY position"_s);
            q.addBindValue(id);
            QStringList out;
            if (q.exec())
                while (q.next())
                    out.append(q.value(2).toString() + q.value(3).toString());
            QSqlQuery g(m_db->connection());
            g.prepare(u"SELECT gram FROM customer_grams WHERE customer_id = ? ORDER BY gram"_s);
            g.addBindValue(id);
            if (g.exec())
                while (g.next())
                    out.append(g.value(0).toString());
            return out;
        };
        QCOMPARE(children(imported), children(saved->id));
        // The substring search finds both.
        const SqlDialect::Match match = m_db->dialect().substringMatch(u"ouyang"_s.left(0)
                                                                       + u"nana@"_s);
        QSqlQuery q(m_db->connection());
        q.prepare(match.subquery);
        for (const QVariant &v : match.binds)
            q.addBindValue(v);
        QVERIFY(q.exec());
        QSet<qint64> found;
        while (q.next())
            found.insert(q.value(0).toLongLong());
        QVERIFY(found.contains(imported));
        QVERIFY(found.contains(saved->id));
    }

    // A file over the bulk threshold (about 20,000 rows, large beside the archive) loads with
    // the customers' indexes dropped and built again, the search index rebuilt and the pieces
    // collected and written at the end: afterwards every customer is stored and findable as a
    // row-by-row import leaves it.
    void largeFileTakesTheBulkPathAndStaysSearchable()
    {
        const auto indexes = [&] {
            QStringList out;
            for (const QString table :
                 {u"customers"_s, u"customer_phones"_s, u"customer_tags"_s, u"customer_grams"_s}) {
                QSqlQuery q(m_db->connection());
                q.prepare(m_db->dialect().secondaryIndexes());
                q.addBindValue(table);
                if (q.exec())
                    while (q.next())
                        out.append(q.value(2).toString());
            }
            out.sort();
            return out;
        };
        const QStringList indexesBefore = indexes();
        QVERIFY(!indexesBefore.isEmpty());

        constexpr int Rows = 20500;
        const QByteArray padding(48, 'x');
        QByteArray csv = customersHeader;
        for (int i = 0; i < Rows - 1; ++i)
            csv += "测试客户" + QByteArray::number(i) + ','
                   + QByteArray::number(13800000000LL + i * 7) + ",u" + QByteArray::number(i)
                   + "@example.cn,1985-03-07,EXT" + QByteArray::number(i) + ',' + padding + '\n';
        csv += "欧阳娜娜,\"139 0000 0001/13900000002\",nana@example.cn,1990-01-02,EXT-NANA,"
               + padding + '\n';
        QVERIFY(csv.size() / 100 >= 20000); // the importer's bulk threshold (by file size)

        const Result<ImportSummary> s = import(csv);
        IMPORT_OK(s);
        QVERIFY2(s->errors.isEmpty(), qPrintable(errorsText(s.value())));
        QCOMPARE(s->created, Rows);
        QCOMPARE(count(*m_db,
                       u"SELECT count(*) FROM customers WHERE import_id = ?"_s,
                       {s->importId}),
                 Rows);
        QCOMPARE(indexes(), indexesBefore); // built again, all of them
        QCOMPARE(count(*m_db, u"SELECT value FROM counters WHERE name = 'customer_code'"_s), Rows);

        const qint64 nana = count(*m_db,
                                  u"SELECT id FROM customers WHERE name = ?"_s,
                                  {u"欧阳娜娜"_s});
        QVERIFY(nana > 0);
        // Phones: both numbers of the field, in order, the first primary.
        {
            QSqlQuery q(m_db->connection());
            q.prepare(u"SELECT position, number, is_primary FROM customer_phones"
                      " WHERE customer_id = ? ORDER BY position"_s);
            q.addBindValue(nana);
            QVERIFY(q.exec());
            QStringList phones;
            while (q.next())
                phones.append(q.value(0).toString() + u' ' + q.value(1).toString() + u' '
                              + q.value(2).toString());
            QCOMPARE(phones, QStringList({u"0 +8613900000001 1"_s, u"1 +8613900000002 0"_s}));
        }
        // Pieces: those the search index makes of the name, for this one and a generated one.
        const auto gramsOf = [&](qint64 id) {
            QSqlQuery q(m_db->connection());
            q.prepare(u"SELECT gram FROM customer_grams WHERE customer_id = ?"_s);
            q.addBindValue(id);
            QStringList out;
            if (q.exec())
                while (q.next())
                    out.append(q.value(0).toString());
            out.sort();
            return out;
        };
        QCOMPARE(gramsOf(nana), CustomerSearchIndex::grams(u"欧阳娜娜"_s, QString()));
        const qint64 other = count(*m_db,
                                   u"SELECT id FROM customers WHERE name = ?"_s,
                                   {u"测试客户12345"_s});
        QVERIFY(other > 0);
        QCOMPARE(gramsOf(other), CustomerSearchIndex::grams(u"测试客户12345"_s, QString()));
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM customer_grams WHERE gram = ?"_s, {u"娜娜"_s}),
                 1);
        QCOMPARE(count(*m_db,
                       u"SELECT count(*) FROM customers WHERE primary_phone = ?"_s,
                       {u"+8613800000014"_s}),
                 1);

        // The substring search (the rebuilt search index) finds customers by email and phone.
        const auto search = [&](const QString &term) {
            const SqlDialect::Match match = m_db->dialect().substringMatch(term);
            QSqlQuery q(m_db->connection());
            q.prepare(u"SELECT id FROM customers WHERE id IN ("_s + match.subquery + u')'
                      + match.confirm);
            for (const QVariant &v : match.binds)
                q.addBindValue(v);
            if (!match.confirm.isEmpty())
                q.addBindValue(term);
            QSet<qint64> found;
            if (q.exec())
                while (q.next())
                    found.insert(q.value(0).toLongLong());
            return found;
        };
        QCOMPARE(search(u"nana@example"_s), QSet<qint64>({nana}));
        QCOMPARE(search(u"13900000002"_s), QSet<qint64>({nana}));
        QCOMPARE(search(u"u12345@example.cn"_s), QSet<qint64>({other}));
    }

    void errorsByRowAndColumn()
    {
        const QString before = snapshot(*m_db);
        const Result<ImportSummary> s = import(customersHeader
                                               + "好人,13812345678,a@b.cn,1990-01-01,,\n"
                                                 "坏日期,13912345678,,2020/13/45,,\n"
                                                 "坏电话,12,,,,\n"
                                                 ",13712345678,,,,\n"
                                                 "坏邮箱,,not-an-email,,,\n"
                                                 "Excel,,,,1.03531E+12,\n");
        IMPORT_OK(s);
        QCOMPARE(s->rows, 6);
        QCOMPARE(s->invalid, 5);
        QCOMPARE(s->importId, 0);
        QCOMPARE(s->created, 0);
        const QString text = errorsText(s.value());
        const auto has = [&](qint64 row, const QString &column) {
            for (const ImportRowError &e : s->errors)
                if (e.row == row && e.column == column && e.line == row + 1 && !e.message.isEmpty())
                    return true;
            return false;
        };
        QVERIFY2(has(2, u"生日"_s), qPrintable(text));
        QVERIFY2(has(3, u"手机"_s), qPrintable(text));
        QVERIFY2(has(4, u"姓名"_s), qPrintable(text));
        QVERIFY2(has(5, u"邮箱"_s), qPrintable(text));
        QVERIFY2(has(6, u"Customer ID"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Excel"_s), qPrintable(text));
        // Nothing written, not even the good first row.
        QCOMPARE(snapshot(*m_db), before);
    }

    void skipInvalidRowsImportsTheRest()
    {
        const QString path = writeFile(m_dir,
                                       u"in.csv"_s,
                                       customersHeader + "好人,13812345678,,,,\n坏电话,12,,,,\n");
        Importer::Options o = options(ImportKind::Customers, headerOf(customersHeader));
        o.mapping.skipInvalidRows = true;
        const Result<ImportSummary> s = Importer(*m_db, Fixtures::alice()).run(path, o);
        IMPORT_OK(s);
        QCOMPARE(s->created, 1);
        QCOMPARE(s->invalid, 1);
        QCOMPARE(rowCount(*m_db, u"customers"_s), 1);
    }

    void duplicates_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("customers");
        QTest::newRow("skip") << int(ImportMapping::OnDuplicate::Skip) << 1 << 0 << 3 << 2;
        QTest::newRow("update") << int(ImportMapping::OnDuplicate::Update) << 1 << 1 << 2 << 2;
        QTest::newRow("create") << int(ImportMapping::OnDuplicate::Create) << 4 << 0 << 0 << 5;
    }
    void duplicates()
    {
        QFETCH(int, rule);
        QFETCH(int, created);
        QFETCH(int, updated);
        QFETCH(int, skipped);
        QFETCH(int, customers);
        Customer c = Fixtures::person(u"王芳"_s, {u"13812345678"_s});
        c.email = u"wang@example.cn"_s;
        const Result<Customer> stored = CustomerRepository(*m_db).create(Fixtures::alice(), c);
        IMPORT_OK(stored);
        const Result<ImportSummary> s
                = import(customersHeader
                                 + "王芳 (新),138-1234-5678,,,,更新的备注\n" // the archive's phone
                                   "赵六,13700000001,zhao@example.cn,,,\n" // new
                                   "赵六二,,ZHAO@example.cn,,,\n" // the email of the row above
                                   "王芳三,,wang@example.cn,,,\n", // the archive's email again
                         ImportKind::Customers,
                         ImportMapping::OnDuplicate(rule));
        IMPORT_OK(s);
        QVERIFY2(s->errors.isEmpty(), qPrintable(errorsText(s.value())));
        QCOMPARE(s->created, created);
        QCOMPARE(s->updated, updated);
        QCOMPARE(s->skipped, skipped);
        QCOMPARE(rowCount(*m_db, u"customers"_s), customers);
        const QString name = scalar(*m_db,
                                    u"SELECT name FROM customers WHERE id = ?"_s,
                                    {stored->id})
                                     .toString();
        if (ImportMapping::OnDuplicate(rule) == ImportMapping::OnDuplicate::Update) {
            QCOMPARE(name, u"王芳 (新)"_s);
            QCOMPARE(scalar(*m_db, u"SELECT notes FROM customers WHERE id = ?"_s, {stored->id})
                             .toString(),
                     u"更新的备注"_s);
            // The email it did not overwrite stays; the version went up; the before-image kept.
            QCOMPARE(scalar(*m_db, u"SELECT email FROM customers WHERE id = ?"_s, {stored->id})
                             .toString(),
                     u"wang@example.cn"_s);
            QCOMPARE(scalar(*m_db, u"SELECT version FROM customers WHERE id = ?"_s, {stored->id})
                             .toInt(),
                     2);
            QCOMPARE(rowCount(*m_db, u"import_changes"_s), 1);
        } else {
            QCOMPARE(name, u"王芳"_s);
        }
    }

    // Lines without a row anywhere in the file, far beyond what a preview reads, are reported
    // with the import (the wizard and the command line show them), not only those near the top.
    void linesLeftOutAreReportedForTheWholeFile()
    {
        QByteArray csv = customersHeader;
        for (int i = 0; i < 3000; ++i) {
            csv += QStringLiteral("客户%1,1390000%2,,,,\n")
                           .arg(i)
                           .arg(i, 4, 10, QLatin1Char('0'))
                           .toUtf8();
            if (i == 2500)
                csv += "\n\n" + customersHeader; // lines 2503-2504 blank, 2505 the header again
        }
        csv += ",,,,,\n";
        const Result<ImportSummary> s = import(csv);
        IMPORT_OK(s);
        QCOMPARE(s->created, 3000);
        QCOMPARE(s->leftOutLines, 4);
        QCOMPARE(s->leftOut.size(), 3);
        const auto is = [](const CsvSkippedLine &l, qint64 first, qint64 last, CsvSkipReason r) {
            return l.firstLine == first && l.lastLine == last && l.reason == r;
        };
        QVERIFY(is(s->leftOut.at(0), 2503, 2504, CsvSkipReason::Blank));
        QVERIFY(is(s->leftOut.at(1), 2505, 2505, CsvSkipReason::RepeatedHeader));
        QVERIFY(is(s->leftOut.at(2), 3005, 3005, CsvSkipReason::AllEmpty));
    }

    void cancelLeavesTheArchiveUnchanged()
    {
        QByteArray csv = customersHeader;
        for (int i = 0; i < 4100; ++i)
            csv += QStringLiteral("客户%1,1380000%2,,,,\n")
                           .arg(i)
                           .arg(i, 4, 10, QLatin1Char('0'))
                           .toUtf8();
        const QString path = writeFile(m_dir, u"big.csv"_s, csv);
        const QString before = snapshot(*m_db);
        Importer::Options o = options(ImportKind::Customers, headerOf(customersHeader));
        int calls = 0;
        o.progress = [&](qint64 done, qint64 total) {
            return ++calls < 2 && done <= total;
        };
        const Result<ImportSummary> s = Importer(*m_db, Fixtures::alice()).run(path, o);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Cancelled);
        QCOMPARE(calls, 2);
        QCOMPARE(snapshot(*m_db), before);
        // And the same file goes in whole when not cancelled.
        o.progress = {};
        const Result<ImportSummary> all = Importer(*m_db, Fixtures::alice()).run(path, o);
        IMPORT_OK(all);
        QCOMPARE(all->created, 4100);
        QCOMPARE(rowCount(*m_db, u"customer_phones"_s), 4100);
    }

    void cancelAtTheEndOfASmallFileLeavesTheArchiveUnchanged()
    {
        // Two rows never reach a progress boundary: the call before the commit must still
        // be able to cancel (the wizard's Cancel on a small file).
        const QString path = writeFile(m_dir,
                                       u"small.csv"_s,
                                       customersHeader + "张三,13812345678,,,,\n"
                                               + "李四,13912345678,,,,\n");
        const QString before = snapshot(*m_db);
        Importer::Options o = options(ImportKind::Customers, headerOf(customersHeader));
        QList<qint64> seen;
        o.progress = [&](qint64 done, qint64 total) {
            seen.append(done);
            return done < total;
        };
        const Result<ImportSummary> s = Importer(*m_db, Fixtures::alice()).run(path, o);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Cancelled);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(snapshot(*m_db), before);
    }

    void dryRunWritesNothing()
    {
        const QString path = writeFile(m_dir,
                                       u"in.csv"_s,
                                       customersHeader + "张三,13812345678,,,,\n");
        Importer::Options o = options(ImportKind::Customers, headerOf(customersHeader));
        o.dryRun = true;
        const QString before = snapshot(*m_db);
        const Result<ImportSummary> s = Importer(*m_db, Fixtures::alice()).run(path, o);
        IMPORT_OK(s);
        QVERIFY(s->dryRun);
        QCOMPARE(s->created, 1);
        QCOMPARE(s->importId, 0);
        QCOMPARE(snapshot(*m_db), before);
    }

    void importNeedsTheRight()
    {
        const QString before = snapshot(*m_db);
        const Result<ImportSummary> s = import(customersHeader + "张三,13812345678,,,,\n",
                                               ImportKind::Customers,
                                               ImportMapping::OnDuplicate::Skip,
                                               frontDesk());
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Permission);
        QCOMPARE(snapshot(*m_db), before);
        IMPORT_OK(import(customersHeader + "张三,13812345678,,,,\n",
                         ImportKind::Customers,
                         ImportMapping::OnDuplicate::Skip,
                         supervisor()));
    }

    // European purchases: decimal comma, d.M.yyyy; a recent one plans its return visit, a
    // historic one does not.
    void purchasesFindTheirCustomersAndPlanOnlyRecentVisits()
    {
        Customer c = Fixtures::person(u"Jörg Müller"_s, {u"13812345678"_s});
        IMPORT_OK(CustomerRepository(*m_db).create(Fixtures::alice(), c));
        const QString path = writeFile(m_dir,
                                       u"orders.csv"_s,
                                       "Phone;Order Date;Product;Sales;Quantity\n"
                                       "13812345678;08.11.2016;Bookcase;261,96;2\n"
                                       "13812345678;14.06.2025;Chair;1.731,94;1\n"
                                       "13999999999;14.06.2025;Desk;10;1\n");
        Importer::Options o
                = options(ImportKind::Purchases,
                          {u"Phone"_s, u"Order Date"_s, u"Product"_s, u"Sales"_s, u"Quantity"_s});
        o.mapping.decimalSeparator = u',';
        o.mapping.skipInvalidRows = true;
        o.csv.delimiter = u';';
        const Result<ImportSummary> s = Importer(*m_db, Fixtures::alice()).run(path, o);
        IMPORT_OK(s);
        QCOMPARE(s->created, 2);
        QCOMPARE(s->invalid, 1); // no customer with that phone
        QVERIFY(errorsText(s.value()).contains(u"No customer"_s));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT product, amount, unit_price, quantity, purchased_at FROM purchases"
                       " ORDER BY purchased_at"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"Bookcase"_s);
        QCOMPARE(q.value(1).toLongLong(), 26196);
        QCOMPARE(q.value(2).toLongLong(), 13098);
        QCOMPARE(q.value(3).toLongLong(), 2);
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toLongLong(), 173194);
        QCOMPARE(rowCount(*m_db, u"follow_ups"_s), 1); // the purchase of 2025-06-14 only
    }
};

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
