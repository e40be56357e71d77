#include "TestSupport.h"
#include "core/ImportFixtures.h"
#include "import/ImportMapping.h"
#include "import/ImportReport.h"
#include "import/ImportValues.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// The mapping (guessed from headers, saved as JSON), the values' parsing and the error report.
class tst_ImportMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessFromRealHeaders()
    {
        const QStringList superstore {u"Row ID"_s,
                                      u"Order ID"_s,
                                      u"Order Date"_s,
                                      u"Customer ID"_s,
                                      u"Customer Name"_s,
                                      u"Segment"_s,
                                      u"Product Name"_s,
                                      u"Category"_s,
                                      u"Sales"_s,
                                      u"Quantity"_s};
        const ImportMapping customers = ImportMapping::guess(ImportKind::Customers, superstore);
        QCOMPARE(customers.columns.value(u"external_id"_s), u"Customer ID"_s);
        QCOMPARE(customers.columns.value(u"name"_s), u"Customer Name"_s);
        QVERIFY(customers.problems(superstore).isEmpty());

        const ImportMapping purchases = ImportMapping::guess(ImportKind::Purchases, superstore);
        QCOMPARE(purchases.columns.value(u"customer_external_id"_s), u"Customer ID"_s);
        QCOMPARE(purchases.columns.value(u"customer_name"_s), u"Customer Name"_s);
        QCOMPARE(purchases.columns.value(u"purchased_at"_s), u"Order Date"_s);
        QCOMPARE(purchases.columns.value(u"product"_s), u"Product Name"_s);
        QCOMPARE(purchases.columns.value(u"amount"_s), u"Sales"_s);
        QCOMPARE(purchases.columns.value(u"quantity"_s), u"Quantity"_s);
        QCOMPARE(purchases.columns.value(u"order_no"_s), u"Order ID"_s);

        const QStringList chinese {u"姓名"_s, u"手机号"_s, u"邮箱"_s, u"生日"_s, u"备注"_s};
        const ImportMapping zh = ImportMapping::guess(ImportKind::Customers, chinese);
        QCOMPARE(zh.columns.value(u"name"_s), u"姓名"_s);
        QCOMPARE(zh.columns.value(u"phone"_s), u"手机号"_s);
        QCOMPARE(zh.columns.value(u"email"_s), u"邮箱"_s);
        QCOMPARE(zh.columns.value(u"birthday"_s), u"生日"_s);
        QCOMPARE(zh.columns.value(u"notes"_s), u"备注"_s);
        // Olist's snake_case ids.
        const ImportMapping olist = ImportMapping::guess(ImportKind::Customers,
                                                         {u"customer_id"_s,
                                                          u"customer_unique_id"_s});
        QCOMPARE(olist.columns.value(u"external_id"_s), u"customer_id"_s);
    }

    void jsonRoundTrip()
    {
        ImportMapping m;
        m.kind = ImportKind::Purchases;
        m.columns = {{u"customer_phone"_s, u"手机"_s},
                     {u"purchased_at"_s, u"Order Date"_s},
                     {u"product"_s, u"Product"_s},
                     {u"amount"_s, u"Sales"_s}};
        m.onDuplicate = ImportMapping::OnDuplicate::Update;
        m.createMissingCustomers = true;
        m.skipInvalidRows = true;
        m.dateFormat = u"dd.MM.yyyy"_s;
        m.decimalSeparator = u',';
        m.missingValues = {u"unknown"_s, u"N/A"_s};
        const Result<ImportMapping> back = ImportMapping::fromJson(m.toJson());
        IMPORT_OK(back);
        QCOMPARE(back->kind, m.kind);
        QCOMPARE(back->columns, m.columns);
        QCOMPARE(back->onDuplicate, m.onDuplicate);
        QCOMPARE(back->createMissingCustomers, true);
        QCOMPARE(back->skipInvalidRows, true);
        QCOMPARE(back->dateFormat, m.dateFormat);
        QCOMPARE(back->decimalSeparator, QChar(u','));
        QCOMPARE(back->missingValues, m.missingValues);
    }

    void badJsonIsRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        QTest::newRow("not json") << "{kind:"_ba << u"not valid JSON"_s;
        QTest::newRow("unknown kind") << R"({"kind":"orders"})"_ba << u"orders"_s;
        QTest::newRow("unknown field")
                << R"({"kind":"customers","columns":{"shoe_size":"Size"}})"_ba << u"shoe_size"_s;
        QTest::newRow("bad rule") << R"({"kind":"customers","on_duplicate":"merge"})"_ba
                                  << u"merge"_s;
        QTest::newRow("bad separator")
                << R"({"kind":"customers","decimal_separator":";"})"_ba << u"\";\""_s;
    }
    void badJsonIsRefusedWithAReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        const Result<ImportMapping> m = ImportMapping::fromJson(json);
        QVERIFY(!m);
        QCOMPARE(m.error().code, Error::Code::Invalid);
        QVERIFY2(m.error().message.contains(named), qPrintable(m.error().message));
    }

    void problemsNameWhatIsMissing()
    {
        ImportMapping m = ImportMapping::guess(ImportKind::Customers, {u"label"_s, u"review"_s});
        QStringList p = m.problems({u"label"_s, u"review"_s});
        QVERIFY2(p.join(u' ').contains(u"Name"_s), qPrintable(p.join(u' ')));
        m.columns.insert(u"name"_s, u"Kundenname"_s);
        p = m.problems({u"label"_s, u"review"_s});
        QVERIFY2(p.join(u' ').contains(u"Kundenname"_s), qPrintable(p.join(u' ')));
        // History without any column that finds the customer.
        const ImportMapping c = ImportMapping::guess(ImportKind::Complaints,
                                                     {u"Date received"_s,
                                                      u"Consumer complaint narrative"_s,
                                                      u"Complaint ID"_s});
        p = c.problems({u"Date received"_s, u"Consumer complaint narrative"_s, u"Complaint ID"_s});
        QVERIFY2(p.join(u' ').contains(u"identifies the customer"_s), qPrintable(p.join(u' ')));
    }

    void datesInTheRealFilesForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("ISO") << u"2020-03-18"_s << QDateTime(QDate(2020, 3, 18), QTime(0, 0));
        QTest::newRow("ISO time") << u"2020-03-18 09:05:07"_s
                                  << QDateTime(QDate(2020, 3, 18), QTime(9, 5, 7));
        QTest::newRow("Excel zh") << u"2020/3/18"_s << QDateTime(QDate(2020, 3, 18), QTime(0, 0));
        QTest::newRow("Excel zh time")
                << u"2019/2/20 16:13"_s << QDateTime(QDate(2019, 2, 20), QTime(16, 13));
        QTest::newRow("German") << u"08.11.2016"_s << QDateTime(QDate(2016, 11, 8), QTime(0, 0));
    }
    void datesInTheRealFilesForms()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        ImportValues::DateColumn column;
        QString error;
        const std::optional<QDateTime> parsed = column.parse(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, expected);
    }

    void badDatesSayWhy()
    {
        ImportValues::DateColumn column;
        QString error;
        QVERIFY(!column.parse(u"2020/13/45"_s, &error));
        QVERIFY(error.contains(u"2020/13/45"_s));
        QVERIFY(!column.parse(u"yesterday"_s, &error));
        // Decided per column: a German date in an ISO column is an error.
        ImportValues::DateColumn iso;
        QVERIFY(iso.parse(u"2020-01-02"_s, &error));
        QVERIFY(!iso.parse(u"08.11.2016"_s, &error));
        QVERIFY(error.contains(u"differently"_s));
        // Day first once a day above 12 shows it.
        ImportValues::DateColumn slashes;
        QCOMPARE(slashes.parse(u"25/12/2020"_s, &error)->date(), QDate(2020, 12, 25));
        QCOMPARE(slashes.parse(u"03/04/2020"_s, &error)->date(), QDate(2020, 4, 3));
    }

    void amountsWithEitherSeparator()
    {
        QString error;
        QCOMPARE(ImportValues::money(u"261,96"_s, u',', &error), std::optional<qint64>(26196));
        QCOMPARE(ImportValues::money(u"1.234,5"_s, u',', &error), std::optional<qint64>(123450));
        QCOMPARE(ImportValues::money(u"22,368"_s, u',', &error), std::optional<qint64>(2237));
        QCOMPARE(ImportValues::money(u"1,234.50"_s, u'.', &error), std::optional<qint64>(123450));
        QCOMPARE(ImportValues::money(u"¥88"_s, u'.', &error), std::optional<qint64>(8800));
        // A decimal comma read with a decimal point is refused, not read as 26196.
        QVERIFY(!ImportValues::money(u"261,96"_s, u'.', &error));
        QVERIFY2(error.contains(u"decimal comma"_s), qPrintable(error));
        QVERIFY(!ImportValues::money(u"12abc"_s, u'.', &error));
        QVERIFY(!ImportValues::money(u"-5"_s, u'.', &error));
    }

    void excelDamageIsNamed()
    {
        QString error;
        QVERIFY(ImportValues::excelDamaged(u"1.03531E+12"_s, &error));
        QVERIFY2(error.contains(u"Excel"_s) && error.contains(u"lost"_s), qPrintable(error));
        QVERIFY(!ImportValues::excelDamaged(u"103531000000"_s, &error));
        QVERIFY(!ImportValues::excelDamaged(u"CG-12520"_s, &error));
    }

    void errorsAreWrittenAsCsv()
    {
        QTemporaryDir dir;
        ImportSummary s;
        s.errors.append({3, 5, u"生日"_s, u"2020/13/45"_s, u"Not a valid date: 2020/13/45"_s});
        s.errors.append({4, 6, u"Phone"_s, u"=1+2"_s, u"bad"_s});
        s.errorCount = 2;
        const QString path = dir.filePath(u"errors.csv"_s);
        IMPORT_OK(ImportReport::writeErrors(s, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1), u"3,5,生日,2020/13/45,Not a valid date: 2020/13/45"_s);
        QCOMPARE(lines.at(2), u"4,6,Phone,'=1+2,bad"_s); // neutralized
    }
};

QTEST_GUILESS_MAIN(tst_ImportMapping)
#include "tst_importmapping.moc"
