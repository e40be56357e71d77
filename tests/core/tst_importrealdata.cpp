#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "core/ImportFixtures.h"
#include "import/Importer.h"
#include "storage/StoredTime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace ImportFixtures;

namespace {

QString realFile(const char *name)
{
    return QStringLiteral(SA_REAL_DATA_DIR "/") + QString::fromLatin1(name);
}

QStringList headerOf(const QString &path, CsvTableOptions csv = {})
{
    CsvTableReader table(path, csv);
    if (!table.open())
        return {};
    return table.layout().header;
}

} // namespace

// The files users really bring (../shared/real-data, read in place): each imports with a
// suitable mapping, or is refused with a reason naming what is missing.
class tst_ImportRealData : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempArchive> m_archive;
    std::unique_ptr<Database> m_db;

    Result<ImportSummary> run(const QString &path, const Importer::Options &o)
    {
        return Importer(*m_db, Fixtures::alice()).run(path, o);
    }
    QString value(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return u"<none>"_s;
        return q.value(0).toString();
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

    // Windows-1252, ';': one customer per Customer ID, the order lines repeating them are
    // in-file duplicates; German names decoded.
    void superstoreAsCustomers()
    {
        const QString path = realFile("superstore_eu_semicolon_cp1252.csv");
        const Importer::Options o = options(ImportKind::Customers, headerOf(path));
        QCOMPARE(o.mapping.columns.value(u"external_id"_s), u"Customer ID"_s);
        QCOMPARE(o.mapping.columns.value(u"name"_s), u"Customer Name"_s);
        const Result<ImportSummary> s = run(path, o);
        IMPORT_OK(s);
        QVERIFY2(s->errors.isEmpty(), qPrintable(errorsText(s.value())));
        QCOMPARE(s->rows, 9994);
        QCOMPARE(s->created, 793);
        QCOMPARE(s->skipped, 9994 - 793);
        QCOMPARE(value(u"SELECT name FROM customers WHERE external_id = 'PB-19105'"_s),
                 u"Peter Bühler"_s);
        QCOMPARE(value(u"SELECT name FROM customers WHERE external_id = 'AH-10690'"_s),
                 u"Anna Häberlin"_s);
    }

    // The same file as purchases: decimal comma, 08.11.2016, the customers made from the rows.
    void superstoreAsPurchases()
    {
        const QString path = realFile("superstore_eu_semicolon_cp1252.csv");
        Importer::Options o = options(ImportKind::Purchases, headerOf(path));
        o.mapping.decimalSeparator = u',';
        o.mapping.createMissingCustomers = true;
        const Result<ImportSummary> s = run(path, o);
        IMPORT_OK(s);
        QVERIFY2(s->errors.isEmpty(), qPrintable(errorsText(s.value())));
        QCOMPARE(s->created, 9994);
        QCOMPARE(s->customersCreated, 793);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT p.product, p.amount, p.quantity, p.purchased_at, p.notes, c.name"
                       " FROM purchases p JOIN customers c ON c.id = p.customer_id"
                       " WHERE c.external_id = 'CG-12520' ORDER BY p.id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"Bush Somerset Collection Bookcase"_s);
        QCOMPARE(q.value(1).toLongLong(), 26196); // 261,96
        QCOMPARE(q.value(2).toLongLong(), 2);
        QCOMPARE(StoredTime::toDateTime(q.value(3)).toLocalTime().date(), QDate(2016, 11, 8));
        QVERIFY(q.value(4).toString().contains(u"CA-2016-152156"_s));
        QCOMPARE(q.value(5).toString(), u"Claire Gute"_s);
        q.finish();
        // Historic purchases plan no return visits.
        QCOMPARE(value(u"SELECT count(*) FROM follow_ups"_s), u"0"_s);
    }

    // GB18030 with junk lines: the ids Excel turned into 1.03531E+12 are row errors; the rest
    // import, reviews with their emoji intact.
    void suningAsCustomers()
    {
        const QString path = realFile("cn_suning_reviews_gb18030.csv");
        Importer::Options o = options(ImportKind::Customers, headerOf(path));
        QCOMPARE(o.mapping.columns.value(u"external_id"_s), u"用户ID"_s);
        QCOMPARE(o.mapping.columns.value(u"name"_s), u"昵称"_s);
        o.mapping.columns.insert(u"notes"_s, u"评论内容"_s);
        // Refused as a whole first: 680 rows lost their ids.
        const Result<ImportSummary> refused = run(path, o);
        IMPORT_OK(refused);
        QCOMPARE(refused->invalid, 680);
        QCOMPARE(refused->importId, 0);
        QCOMPARE(value(u"SELECT count(*) FROM customers"_s), u"0"_s);
        const ImportRowError &first = refused->errors.first();
        QCOMPARE(first.column, u"用户ID"_s);
        QCOMPARE(first.value, u"1.03531E+12"_s);
        QVERIFY2(first.message.contains(u"Excel"_s), qPrintable(first.message));
        // With the damaged rows left out.
        o.mapping.skipInvalidRows = true;
        const Result<ImportSummary> s = run(path, o);
        IMPORT_OK(s);
        QCOMPARE(s->rows, 1720);
        QCOMPARE(s->invalid, 680);
        QCOMPARE(s->created, 1000);
        QCOMPARE(s->skipped, 40);
        QCOMPARE(value(u"SELECT notes FROM customers WHERE external_id = '1034930502807'"_s),
                 u"不错，正品，物有所值👍"_s);
        QCOMPARE(value(u"SELECT name FROM customers WHERE external_id = '1034930502807'"_s),
                 u"d***g"_s);
    }

    // The same reviews as interactions of customers made from the rows; both date forms of the
    // file read.
    void suningAsInteractions()
    {
        const QString path = realFile("cn_suning_reviews_gb18030.csv");
        Importer::Options o = options(ImportKind::Interactions, headerOf(path));
        QCOMPARE(o.mapping.columns.value(u"occurred_at"_s), u"购买时间"_s);
        QCOMPARE(o.mapping.columns.value(u"summary"_s), u"评论内容"_s);
        o.mapping.createMissingCustomers = true;
        o.mapping.skipInvalidRows = true;
        const Result<ImportSummary> s = run(path, o);
        IMPORT_OK(s);
        QCOMPARE(s->invalid, 680);
        QCOMPARE(s->created, 1040);
        QCOMPARE(s->customersCreated, 1000);
        QCOMPARE(value(u"SELECT i.summary FROM interactions i JOIN customers c"
                       " ON c.id = i.customer_id WHERE c.external_id = '1034930502807'"_s),
                 u"不错，正品，物有所值👍"_s);
    }

    // Olist: ids as external ids; ZIP prefixes keep their leading zeros as text.
    void olistAsCustomers()
    {
        const QString path = realFile("olist_customers.csv");
        Importer::Options o = options(ImportKind::Customers, headerOf(path));
        QCOMPARE(o.mapping.columns.value(u"external_id"_s), u"customer_id"_s);
        // The file has no names: the customer's unique id stands in for one.
        o.mapping.columns.insert(u"name"_s, u"customer_unique_id"_s);
        o.mapping.columns.insert(u"mailing_address"_s, u"customer_zip_code_prefix"_s);
        const Result<ImportSummary> s = run(path, o);
        IMPORT_OK(s);
        QVERIFY2(s->errors.isEmpty(), qPrintable(errorsText(s.value()).left(2000)));
        QCOMPARE(s->created, 8135);
        QCOMPARE(value(u"SELECT mailing_address FROM customers"
                       " WHERE external_id = 'ae76a4650235ab18764708174f1da31e'"_s),
                 u"02983"_s);
    }

    // Files without a column that names or identifies a customer are refused, saying so.
    void filesWithoutCustomersAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("uci bank") << u"uci_bank_semicolon.csv"_s << int(ImportKind::Customers)
                                  << u"Name"_s;
        QTest::newRow("waimai") << u"cn_waimai_reviews.csv"_s << int(ImportKind::Customers)
                                << u"Name"_s;
        QTest::newRow("waimai reviews")
                << u"cn_waimai_reviews.csv"_s << int(ImportKind::Interactions)
                << u"identifies the customer"_s;
        QTest::newRow("cfpb") << u"cfpb_complaints_sample.csv"_s << int(ImportKind::Complaints)
                              << u"identifies the customer"_s;
        QTest::newRow("cfpb resave") << u"cfpb_complaints_excel_resave.csv"_s
                                     << int(ImportKind::Complaints) << u"identifies the customer"_s;
    }
    void filesWithoutCustomersAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QString, reason);
        const QString path = QStringLiteral(SA_REAL_DATA_DIR "/") + file;
        const QString before = snapshot(*m_db);
        Importer::Options o = options(ImportKind(kind), headerOf(path));
        o.mapping.createMissingCustomers = true;
        const Result<ImportSummary> s = run(path, o);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Invalid);
        QVERIFY2(s.error().message.contains(reason), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(file), qPrintable(s.error().message));
        QCOMPARE(snapshot(*m_db), before);
    }
};

QTEST_GUILESS_MAIN(tst_ImportRealData)
#include "tst_importrealdata.moc"
