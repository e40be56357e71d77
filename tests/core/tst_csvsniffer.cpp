#include "core/CsvFixtures.h"
#include "csv/CsvSniffer.h"
#include "csv/CsvTableReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Delimiter and header found in the start of a file; junk, blank, all-empty and repeated
// header lines skipped and reported.
class tst_CsvSniffer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"in%1.csv"_s.arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void delimiter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<int>("width");
        QTest::newRow("comma") << u"a,b,c\n1,2,3\n4,5,6\n"_s << QChar(u',') << 3;
        QTest::newRow("semicolon, decimal commas")
                << u"id;price;qty\n1;261,96;2\n2;3,5;1\n3;10;4\n"_s << QChar(u';') << 3;
        QTest::newRow("tab") << u"name\tphone\n王芳\t138\n李四\t139\n"_s << QChar(u'\t') << 2;
        QTest::newRow("semicolons inside a comma column")
                << u"id,spec,name\n1,a:1;b:2;c:3,x\n2,a:1;b:2;c:3,y\n"_s << QChar(u',') << 3;
        QTest::newRow("quoted delimiters ignored")
                << u"\"a;b\",c\n\"1;2;3\",4\n\"x;y\",5\n"_s << QChar(u',') << 2;
        QTest::newRow("quoted header (;)")
                << u"\"age\";\"job\"\n30;\"admin.\"\n"_s << QChar(u';') << 2;
        QTest::newRow("one column") << u"name\nAlice\nBob\n"_s << QChar(u',') << 1;
        QTest::newRow("junk lines first")
                << u"Report of 2024\nexported by: x\nA,B,C\n1,2,3\n4,5,6\n"_s << QChar(u',') << 3;
    }

    void delimiter()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QFETCH(int, width);
        const Result<CsvLayout> layout = CsvSniffer::sniff(text, true);
        QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().message));
        QCOMPARE(layout->delimiter, delimiter);
        QCOMPARE(layout->header.size(), width);
        QVERIFY(!layout->delimiterReason.isEmpty());
    }

    void headerAfterJunk()
    {
        const QString text = u"Archive:  complaints.csv.zip\n  inflating: complaints.csv\n\n,,\n"
                             "Date,Product,Complaint ID\n2020-03-18,\"Credit, repair\",1\n"_s;
        const Result<CsvLayout> layout = CsvSniffer::sniff(text, true);
        QVERIFY(layout);
        QCOMPARE(layout->headerLine, 5);
        QCOMPARE(layout->header, (QStringList {u"Date"_s, u"Product"_s, u"Complaint ID"_s}));
        QCOMPARE(layout->skippedBeforeHeader.size(), 4);
        QCOMPARE(layout->skippedBeforeHeader.at(0).reason, CsvSkipReason::BeforeHeader);
        QCOMPARE(layout->skippedBeforeHeader.at(1).reason, CsvSkipReason::BeforeHeader);
        QCOMPARE(layout->skippedBeforeHeader.at(2).reason, CsvSkipReason::Blank);
        QCOMPARE(layout->skippedBeforeHeader.at(3).reason, CsvSkipReason::AllEmpty);
        QCOMPARE(CsvSniffer::describe(layout->skippedBeforeHeader.at(3)),
                 u"Line 4: every field is empty."_s);
    }

    void givenDelimiter()
    {
        const Result<CsvLayout> layout = CsvSniffer::sniff(u"a;b,c\n1;2,3\n"_s, true, u';');
        QVERIFY(layout);
        QCOMPARE(layout->delimiter, QChar(u';'));
        QCOMPARE(layout->header, (QStringList {u"a"_s, u"b,c"_s}));
    }

    void emptyOrHeaderless()
    {
        const Result<CsvLayout> empty = CsvSniffer::sniff(u"\n\n"_s, true);
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(u"empty"_s));
    }

    // The table reader skips blank lines, all-empty rows and repeated headers after the header
    // too, and says where.
    void tableSkipsNonData()
    {
        const QByteArray bytes = "junk line\r\nid,name\r\n,\r\n1,Alice\r\n\r\nid,name\r\n"
                                 "2,\"Bob\r\nSmith\"\r\n id , name \r\n3,Carol";
        CsvTableReader table(write(bytes));
        QVERIFY(table.open());
        QCOMPARE(table.encoding().encoding, CsvTextEncoding::Utf8);
        QCOMPARE(table.layout().headerLine, 2);
        QStringList names;
        QList<qint64> lines;
        for (;;) {
            const Result<bool> more = table.next();
            QVERIFY(more);
            if (!more.value())
                break;
            names.append(table.record().value(1));
            lines.append(table.record().firstLine());
        }
        QCOMPARE(names, (QStringList {u"Alice"_s, u"Bob\r\nSmith"_s, u"Carol"_s}));
        QCOMPARE(lines, (QList<qint64> {4, 7, 10}));
        QCOMPARE(table.rowCount(), 3);
        QStringList skipped;
        for (const CsvSkippedLine &line : table.skipped())
            skipped.append(CsvSniffer::describe(line));
        QCOMPARE(skipped,
                 (QStringList {u"Line 1: before the header row, and not in the table's columns."_s,
                               u"Line 3: every field is empty."_s,
                               u"Line 5: empty line."_s,
                               u"Line 6: the header row again."_s,
                               u"Line 9: the header row again."_s}));
        QCOMPARE(table.bytesRead(), bytes.size());
        QCOMPARE(table.skippedLineCount(), 5);
    }

    // Neighbouring lines left out for one reason are one range; the count is of lines, and goes
    // on after the kept ranges run out (a file of thousands of blank lines holds no list of them).
    void tableMergesAndBoundsSkippedLines()
    {
        QByteArray bytes = "id,name\n1,Alice\n\n\n\nid,name\nid,name\n2,Bob\n";
        for (qsizetype i = 0; i < CsvTableReader::MaxSkippedKept + 10; ++i)
            bytes += "\n3,Carol\n"; // a blank line between rows: a range each
        CsvTableReader table(write(bytes));
        QVERIFY(table.open());
        while (table.next().value()) { }
        QCOMPARE(table.rowCount(), 2 + CsvTableReader::MaxSkippedKept + 10);
        QCOMPARE(table.skipped().size(), CsvTableReader::MaxSkippedKept);
        QCOMPARE(CsvSniffer::describe(table.skipped().at(0)), u"Lines 3–5: empty line."_s);
        QCOMPARE(CsvSniffer::describe(table.skipped().at(1)), u"Lines 6–7: the header row again."_s);
        QCOMPARE(table.skippedLineCount(), 3 + 2 + CsvTableReader::MaxSkippedKept + 10);
    }

    void tableWithChosenEncodingAndDelimiter()
    {
        CsvTableReader table(write("name;city\r\nJos\xE9;K\xF6ln\r\n"),
                             {CsvTextEncoding::Windows1252, QChar(u';')});
        QVERIFY(table.open());
        QCOMPARE(table.encoding().reason, u"Chosen by you."_s);
        QVERIFY(table.next().value());
        QCOMPARE(table.record().toStringList(), (QStringList {u"José"_s, u"Köln"_s}));
        QCOMPARE(table.next().value(), false);
    }

    void tableErrors()
    {
        CsvTableReader missing(m_dir.filePath(u"nothing-here.csv"_s));
        const Status notThere = missing.open();
        QVERIFY(!notThere);
        QVERIFY(notThere.error().message.contains(u"nothing-here.csv"_s));

        CsvTableReader empty(write(""));
        QVERIFY(!empty.open());

        CsvTableReader unclosed(write("a,b\n1,\"x\n2,3\n"));
        QVERIFY(unclosed.open());
        const Result<bool> more = unclosed.next();
        QVERIFY(!more);
        QVERIFY2(more.error().message.contains(u"line 2"_s), qPrintable(more.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_CsvSniffer)
#include "tst_csvsniffer.moc"
