#include "csv/CsvTableReader.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CsvTextEncoding)

namespace {

QString realData(const QString &name)
{
    return QStringLiteral(SA_REAL_DATA_DIR "/") + name;
}

// What reading a whole file gave: counts, and the rows whose key is asked for.
struct Table
{
    CsvEncodingGuess encoding;
    CsvLayout layout;
    qint64 rows = 0;
    QHash<CsvSkipReason, int> skipped;
    QHash<QString, QStringList> byKey; // rows looked for, by the key column's value
    QHash<QString, std::pair<qint64, qint64>> linesByKey;
    QStringList last;
    QString error;
};

Table readTable(const QString &file, qsizetype keyColumn, const QStringList &keys)
{
    Table t;
    CsvTableReader reader(realData(file));
    if (Status s = reader.open(); !s) {
        t.error = s.error().message;
        return t;
    }
    t.encoding = reader.encoding();
    t.layout = reader.layout();
    for (;;) {
        const Result<bool> more = reader.next();
        if (!more) {
            t.error = more.error().message;
            return t;
        }
        if (!more.value())
            break;
        const CsvRecord &r = reader.record();
        const QString key = r.value(keyColumn);
        if (keys.contains(key) && !t.byKey.contains(key)) {
            t.byKey.insert(key, r.toStringList());
            t.linesByKey.insert(key, {r.firstLine(), r.lastLine()});
        }
        if (r.size() != t.layout.header.size())
            t.error = u"line %1 has %2 fields"_s.arg(r.firstLine()).arg(r.size());
    }
    t.last = reader.record().toStringList();
    t.rows = reader.rowCount();
    for (const CsvSkippedLine &line : reader.skipped())
        t.skipped[line.reason] += line.lastLine - line.firstLine + 1; // lines, not ranges
    if (reader.bytesRead() != reader.fileSize())
        t.error = u"read %1 of %2 bytes"_s.arg(reader.bytesRead()).arg(reader.fileSize());
    return t;
}

} // namespace

// The files users really bring (../shared/real-data/, read where they are): each is detected
// and read to its end with the row count its README documents, values checked by eye.
class tst_RealData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectedAndReadThrough_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<CsvTextEncoding>("encoding");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<qint64>("headerLine");
        QTest::addColumn<QString>("firstColumn");
        QTest::addColumn<int>("columns");
        QTest::addColumn<qint64>("rows");
        QTest::newRow("cfpb") << u"cfpb_complaints_sample.csv"_s << CsvTextEncoding::Utf8
                              << QChar(u',') << qint64(3) << u"Date received"_s << 18
                              << qint64(6623);
        QTest::newRow("cfpb excel")
                << u"cfpb_complaints_excel_resave.csv"_s << CsvTextEncoding::Utf8 << QChar(u',')
                << qint64(1) << u"Date received"_s << 18 << qint64(6623);
        QTest::newRow("suning") << u"cn_suning_reviews_gb18030.csv"_s << CsvTextEncoding::Gb18030
                                << QChar(u',') << qint64(1) << u"用户ID"_s << 6 << qint64(1720);
        QTest::newRow("waimai") << u"cn_waimai_reviews.csv"_s << CsvTextEncoding::Utf8
                                << QChar(u',') << qint64(1) << u"label"_s << 2 << qint64(11987);
        QTest::newRow("uci bank") << u"uci_bank_semicolon.csv"_s << CsvTextEncoding::Utf8
                                  << QChar(u';') << qint64(1) << u"age"_s << 17 << qint64(4521);
        QTest::newRow("superstore")
                << u"superstore_eu_semicolon_cp1252.csv"_s << CsvTextEncoding::Windows1252
                << QChar(u';') << qint64(1) << u"Row ID"_s << 21 << qint64(9994);
        QTest::newRow("olist") << u"olist_customers.csv"_s << CsvTextEncoding::Utf8 << QChar(u',')
                               << qint64(1) << u"customer_id"_s << 5 << qint64(8135);
    }

    void detectedAndReadThrough()
    {
        QFETCH(QString, file);
        QFETCH(CsvTextEncoding, encoding);
        QFETCH(QChar, delimiter);
        QFETCH(qint64, headerLine);
        QFETCH(QString, firstColumn);
        QFETCH(int, columns);
        QFETCH(qint64, rows);
        const Table t = readTable(file, 0, {});
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.encoding.encoding, encoding);
        QVERIFY(!t.encoding.reason.isEmpty());
        QCOMPARE(t.layout.delimiter, delimiter);
        QCOMPARE(t.layout.headerLine, headerLine);
        QCOMPARE(t.layout.header.value(0), firstColumn);
        QCOMPARE(t.layout.header.size(), columns);
        QCOMPARE(t.rows, rows);
    }

    // Narratives with embedded newlines and commas; two junk lines before the header.
    void cfpbNarratives()
    {
        const Table t = readTable(u"cfpb_complaints_sample.csv"_s, 17, {u"3384392"_s, u"3439091"_s});
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.skipped.value(CsvSkipReason::BeforeHeader), 2);
        const QStringList row = t.byKey.value(u"3384392"_s);
        QCOMPARE(row.value(0), u"2019-09-24"_s);
        QCOMPARE(
                row.value(5),
                u"transworld systems inc. \nis trying to collect a debt that is not mine, not owed "
                "and is inaccurate."_s);
        QCOMPARE(t.linesByKey.value(u"3384392"_s).second,
                 t.linesByKey.value(u"3384392"_s).first + 1);
        QCOMPARE(t.byKey.value(u"3439091"_s).value(5).size(), 21928); // the longest field
        QCOMPARE(t.last.value(17), u"3195040"_s);
    }

    // Excel's re-save: CRLF records, bare LF inside fields, no newline after the last record.
    void cfpbExcelResave()
    {
        const Table t = readTable(u"cfpb_complaints_excel_resave.csv"_s,
                                  17,
                                  {u"3384392"_s, u"3571115"_s});
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QVERIFY(t.skipped.isEmpty());
        const QStringList row = t.byKey.value(u"3384392"_s);
        QCOMPARE(row.value(0), u"2019/9/24"_s);
        QVERIFY(row.value(5).contains(u"inc. \nis trying"_s)); // the bare LF, not a record end
        QVERIFY(!row.value(5).contains(u'\r'));
        QCOMPARE(t.byKey.value(u"3571115"_s).value(0), u"2020/3/18"_s);
        QCOMPARE(t.last.value(17), u"3195040"_s); // the record without a final newline
    }

    // GB18030 with four-byte emoji; an all-empty row, 5 repeated headers and 5 blank lines.
    void suningReviews()
    {
        const Table t = readTable(u"cn_suning_reviews_gb18030.csv"_s, 0, {u"1034930502807"_s});
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.skipped.value(CsvSkipReason::AllEmpty), 1);
        QCOMPARE(t.skipped.value(CsvSkipReason::RepeatedHeader), 5);
        QCOMPARE(t.skipped.value(CsvSkipReason::Blank), 5);
        QCOMPARE(t.layout.header,
                 (QStringList {u"用户ID"_s,
                               u"会员级别"_s,
                               u"手机参数"_s,
                               u"昵称"_s,
                               u"购买时间"_s,
                               u"评论内容"_s}));
        const QStringList row = t.byKey.value(u"1034930502807"_s);
        QCOMPARE(row.value(3), u"d***g"_s);
        QCOMPARE(row.value(5), u"不错，正品，物有所值👍"_s);
        QCOMPARE(row.value(2),
                 u"网络类型:无需合约版;机身颜色:深空灰色;套餐类型:官方标配;存储容量:64GB"_s);
    }

    // Windows-1252 from a European Excel: a German customer name, decimal commas, "" inch marks.
    void superstoreWindows1252()
    {
        const Table t = readTable(u"superstore_eu_semicolon_cp1252.csv"_s,
                                  0,
                                  {u"1"_s, u"17"_s, u"669"_s});
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QVERIFY2(t.encoding.reason.contains(u"ö"_s), qPrintable(t.encoding.reason));
        const QStringList resi = t.byKey.value(u"669"_s);
        QCOMPARE(resi.value(6), u"Resi Pölking"_s);
        QCOMPARE(resi.value(5), u"RP-19390"_s);
        QCOMPARE(t.linesByKey.value(u"669"_s).first, 670);
        QCOMPARE(t.byKey.value(u"1"_s).value(17), u"261,96"_s);
        QCOMPARE(t.byKey.value(u"17"_s).value(16),
                 u"Stur-D-Stor Shelving, Vertical 5-Shelf: 72\"H x 36\"W x 18 1/2\"D"_s);
    }

    void othersValues()
    {
        const Table olist = readTable(u"olist_customers.csv"_s,
                                      0,
                                      {u"ae76a4650235ab18764708174f1da31e"_s});
        QCOMPARE(olist.byKey.value(u"ae76a4650235ab18764708174f1da31e"_s).value(2),
                 u"02983"_s); // the leading zero
        const Table bank = readTable(u"uci_bank_semicolon.csv"_s, 0, {});
        QCOMPARE(bank.layout.header.value(1), u"job"_s); // quotes removed
        QCOMPARE(bank.last.value(15), u"other"_s);
        const Table waimai = readTable(u"cn_waimai_reviews.csv"_s,
                                       1,
                                       {u"送餐快,态度也特别好,辛苦啦谢谢"_s});
        QCOMPARE(waimai.byKey.value(u"送餐快,态度也特别好,辛苦啦谢谢"_s).value(0), u"1"_s);
        QCOMPARE(waimai.last.value(1),
                 u"肉夹馍不错，羊肉泡馍酱肉包很一般。凉面没想象中好吃。送餐倒是很快。"_s);
    }
};

QTEST_GUILESS_MAIN(tst_RealData)
#include "tst_realdata.moc"
