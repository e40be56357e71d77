#include "core/CsvFixtures.h"
#include "core/FileFixtures.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CsvFixtures::readAll;
using CsvFixtures::readBytes;
using CsvFixtures::readText;
using CsvFixtures::Rows;
using CsvFixtures::rows;

// RFC 4180 records as CsvReader reads them: every case is also read from bytes in chunks of
// 1, 2, 3 and 7 bytes, so every chunk boundary (inside "", between CR and LF, inside a UTF-8
// character) is crossed.
class tst_CsvReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void records_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<Rows>("expected");
        const QChar comma(u',');
        const QChar semicolon(u';');
        const QChar tab(u'\t');

        QTest::newRow("crlf") << u"a,b,c\r\n1,2,3\r\n"_s << comma
                              << rows({{u"a", u"b", u"c"}, {u"1", u"2", u"3"}});
        QTest::newRow("lf") << u"a,b\n1,2\n"_s << comma << rows({{u"a", u"b"}, {u"1", u"2"}});
        QTest::newRow("cr") << u"a,b\r1,2\r"_s << comma << rows({{u"a", u"b"}, {u"1", u"2"}});
        QTest::newRow("mixed line ends")
                << u"a\r\nb\nc\rd"_s << comma << rows({{u"a"}, {u"b"}, {u"c"}, {u"d"}});
        QTest::newRow("no final newline")
                << u"a,b\r\n1,2"_s << comma << rows({{u"a", u"b"}, {u"1", u"2"}});
        QTest::newRow("quoted comma")
                << u"\"Smith, John\",5\r\n"_s << comma << rows({{u"Smith, John", u"5"}});
        QTest::newRow("doubled quotes")
                << u"\"he said \"\"hi\"\"\",x\r\n"_s << comma << rows({{u"he said \"hi\"", u"x"}});
        QTest::newRow("only a quote") << u"\"\"\"\"\r\n"_s << comma << rows({{u"\""}});
        QTest::newRow("quoted lf")
                << u"\"line1\nline2\",x\n"_s << comma << rows({{u"line1\nline2", u"x"}});
        QTest::newRow("quoted crlf")
                << u"\"line1\r\nline2\",x\r\n"_s << comma << rows({{u"line1\r\nline2", u"x"}});
        QTest::newRow("quoted cr")
                << u"\"line1\rline2\",x\r\n"_s << comma << rows({{u"line1\rline2", u"x"}});
        QTest::newRow("bare lf in a crlf file")
                << u"id,note\r\n1,\"a\nb\"\r\n2,c"_s << comma
                << rows({{u"id", u"note"}, {u"1", u"a\nb"}, {u"2", u"c"}});
        QTest::newRow("quote and newline") << u"\"a\"\"\nb\"\r\n"_s << comma << rows({{u"a\"\nb"}});
        QTest::newRow("empty fields")
                << u"a,,c\r\n,,\r\n"_s << comma << rows({{u"a", u"", u"c"}, {u"", u"", u""}});
        QTest::newRow("empty quoted") << u"a,\"\",c\r\n"_s << comma << rows({{u"a", u"", u"c"}});
        QTest::newRow("trailing delimiter") << u"a,b,\r\n"_s << comma << rows({{u"a", u"b", u""}});
        QTest::newRow("spaces kept") << u" a , b \r\n"_s << comma << rows({{u" a ", u" b "}});
        QTest::newRow("space before quote")
                << u" \"a\",b\r\n"_s << comma << rows({{u" \"a\"", u"b"}});
        QTest::newRow("spaces inside quotes")
                << u"\"  a  \",b\r\n"_s << comma << rows({{u"  a  ", u"b"}});
        QTest::newRow("delimiter in quotes (;)")
                << u"\"1;2\";\"3,4\"\r\n"_s << semicolon << rows({{u"1;2", u"3,4"}});
        QTest::newRow("comma is text with ;")
                << u"261,96;2\r\n"_s << semicolon << rows({{u"261,96", u"2"}});
        QTest::newRow("tab") << u"a\tb c\t\"d\te\"\n"_s << tab << rows({{u"a", u"b c", u"d\te"}});
        QTest::newRow("unicode") << u"王芳,😀,𠀀\r\n\"李,四\",é\r\n"_s << comma
                                 << rows({{u"王芳", u"😀", u"𠀀"}, {u"李,四", u"é"}});
        QTest::newRow("quote inside unquoted field")
                << u"5'11\",x\r\n"_s << comma << rows({{u"5'11\"", u"x"}});
        QTest::newRow("text after closing quote")
                << u"\"abc\"def,x\r\n"_s << comma << rows({{u"abcdef", u"x"}});
        QTest::newRow("blank line") << u"a\n\nb\n"_s << comma << rows({{u"a"}, {u""}, {u"b"}});
        QTest::newRow("blank crlf line at end") << u"a\r\n\r\n"_s << comma << rows({{u"a"}, {u""}});
        QTest::newRow("empty input") << QString() << comma << Rows {};
        QTest::newRow("only a newline") << u"\n"_s << comma << rows({{u""}});
        QTest::newRow("quoted last field, no newline")
                << u"a,\"b\""_s << comma << rows({{u"a", u"b"}});
        QTest::newRow("delimiter at the very end") << u"a,"_s << comma << rows({{u"a", u""}});
        QTest::newRow("quoted newline only")
                << u"\"\n\",\"\r\n\"\r\n"_s << comma << rows({{u"\n", u"\r\n"}});
        QTest::newRow("feff inside kept")
                << u"a\uFEFFb,c\n"_s << comma << rows({{u"a\uFEFFb"_s, u"c"}});
    }

    void records()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QFETCH(Rows, expected);
        QCOMPARE(readText(text, delimiter), expected);
        const QByteArray bytes = text.toUtf8();
        for (const qint64 chunk : {0, 1, 2, 3, 7})
            QCOMPARE(readBytes(bytes, CsvTextEncoding::Utf8, delimiter, chunk), expected);
    }

    void unclosedQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("last field") << u"a,b\r\nc,\"d"_s << 2;
        QTest::newRow("runs over lines") << u"a,b\r\nc,d\r\n\"e\r\nf\r\ng,h\r\n"_s << 3;
        QTest::newRow("after a closed one") << u"\"x\ny\",1\n\"z,2\n"_s << 3;
        QTest::newRow("only a quote") << u"\""_s << 1;
    }

    void unclosedQuote()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        for (const qint64 chunk : {0, 1, 3}) {
            const Rows got = readBytes(text.toUtf8(), CsvTextEncoding::Utf8, u',', chunk);
            QVERIFY(!got.isEmpty());
            QCOMPARE(got.last().value(0), u"ERROR"_s);
            QVERIFY2(got.last().value(1).contains(u"line %1"_s.arg(line)),
                     qPrintable(got.last().value(1)));
        }
    }

    // The sniffer reads the start of a file: a record cut off at its end is not an error.
    void sampleDropsTheCutRecord()
    {
        CsvReader reader(u"a,b\r\n1,\"unfinished"_s, u',', true);
        QCOMPARE(readAll(reader), (rows({{u"a", u"b"}})));
        CsvReader second(u"a,b\r\n1,2"_s, u',', true);
        QCOMPARE(readAll(second), (rows({{u"a", u"b"}})));
    }

    void emptyAndQuotedEmptyDiffer()
    {
        CsvReader reader(u"a,,\"\"\r\n\r\n,\r\n"_s, u',');
        QVERIFY(reader.next().value());
        const CsvRecord &r = reader.record();
        QCOMPARE(r.size(), 3);
        QVERIFY(!r.wasQuoted(1));
        QVERIFY(r.wasQuoted(2));
        QVERIFY(r.at(2).isEmpty());
        QVERIFY(!r.isBlank());
        QVERIFY(!r.isAllEmpty());
        QVERIFY(reader.next().value());
        QVERIFY(reader.record().isBlank());
        QVERIFY(reader.next().value());
        QVERIFY(!reader.record().isBlank());
        QVERIFY(reader.record().isAllEmpty());
        QCOMPARE(reader.next().value(), false);
    }

    void lineNumbers()
    {
        const QByteArray bytes = "h1,h2\r\n\"a\r\nb\nc\",1\r\n\r\nx,\"y\ry\"\rlast";
        for (const qint64 chunk : {0, 1, 2}) {
            QByteArray data = bytes;
            QBuffer buffer(&data);
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(&buffer, CsvTextEncoding::Utf8, u',');
            reader.setChunkSize(chunk == 0 ? 1 << 20 : chunk);
            QList<std::pair<qint64, qint64>> lines;
            while (reader.next().value())
                lines.append({reader.record().firstLine(), reader.record().lastLine()});
            const QList<std::pair<qint64, qint64>> expected {{1, 1}, {2, 4}, {5, 5}, {6, 7}, {8, 8}};
            QCOMPARE(lines, expected);
            QCOMPARE(reader.bytesRead(), bytes.size());
        }
    }

    void byteOrderMarkSkipped()
    {
        QCOMPARE(readBytes("\xEF\xBB\xBFname,x\r\n", CsvTextEncoding::Utf8),
                 (rows({{u"name", u"x"}})));
        QCOMPARE(readBytes("\xEF\xBB\xBFname,x\r\n", CsvTextEncoding::Utf8, u',', 1),
                 (rows({{u"name", u"x"}})));
        // Only at the start: a second mark is text.
        QCOMPARE(readBytes("\xEF\xBB\xBF\xEF\xBB\xBFx\n", CsvTextEncoding::Utf8),
                 (rows({{u"\uFEFFx"_s}})));
    }

    void invalidBytesNameTheLine()
    {
        const Rows got = readBytes("a,b\r\nc,d\r\ne,\xFF\r\n", CsvTextEncoding::Utf8, u',', 2);
        QCOMPARE(got.last().value(0), u"ERROR"_s);
        QVERIFY2(got.last().value(1).contains(u"line 3"_s), qPrintable(got.last().value(1)));
        QVERIFY2(got.last().value(1).contains(u"byte 13"_s), qPrintable(got.last().value(1)));
    }

    // Many records read through small chunks come out whole and in order.
    void manyRecordsThroughChunks()
    {
        QByteArray bytes;
        for (int i = 0; i < 20000; ++i)
            bytes += "C" + QByteArray::number(i) + ",\"王 " + QByteArray::number(i)
                     + (i % 7 == 0 ? "\r\nsecond line\"\"" : "") + "\",13800000000\r\n";
        QByteArray data = bytes;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, CsvTextEncoding::Utf8, u',');
        reader.setChunkSize(4093);
        qint64 rows = 0;
        qint64 line = 1;
        while (reader.next().value()) {
            const CsvRecord &r = reader.record();
            QCOMPARE(r.size(), 3);
            QCOMPARE(r.value(0), u"C%1"_s.arg(rows));
            QCOMPARE(r.firstLine(), line);
            line = r.lastLine() + 1;
            if (rows % 7 == 0)
                QCOMPARE(r.value(1), u"王 %1\r\nsecond line\""_s.arg(rows));
            ++rows;
        }
        QCOMPARE(rows, 20000);
    }

    // What CsvWriter writes, CsvReader reads back unchanged: every encoding and delimiter.
    void writerRoundTrip_data()
    {
        QTest::addColumn<CsvEncoding>("encoding");
        QTest::addColumn<CsvDelimiter>("delimiter");
        QTest::addColumn<CsvTextEncoding>("readAs");
        QTest::newRow("utf-8 bom, comma")
                << CsvEncoding::Utf8Bom << CsvDelimiter::Comma << CsvTextEncoding::Utf8;
        QTest::newRow("utf-8, semicolon")
                << CsvEncoding::Utf8 << CsvDelimiter::Semicolon << CsvTextEncoding::Utf8;
        QTest::newRow("gb18030, tab")
                << CsvEncoding::Gb18030 << CsvDelimiter::Tab << CsvTextEncoding::Gb18030;
    }

    void writerRoundTrip()
    {
        QFETCH(CsvEncoding, encoding);
        QFETCH(CsvDelimiter, delimiter);
        QFETCH(CsvTextEncoding, readAs);
        const Rows values = rows({
                {u"plain", u"王芳", u"😀 𠀀 emoji and ext. B"},
                {u"with, comma", u"with; semicolon", u"with\ttab"},
                {u"say \"hi\"", u"\"", u"\"\""},
                {u"line\nbreak", u"cr\rhere", u"crlf\r\nthere"},
                {u"", u" spaced ", u"trailing,"},
        });
        const QString path = m_dir.filePath(
                u"round%1.csv"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        CsvWriter writer(path,
                         {{u"a"_s, CsvColumnType::Text},
                          {u"b"_s, CsvColumnType::Text},
                          {u"c"_s, CsvColumnType::Text}},
                         {encoding, delimiter});
        QVERIFY(writer.open());
        for (const QStringList &row : values)
            QVERIFY(writer.writeRow({row.at(0), row.at(1), row.at(2)}));
        QVERIFY(writer.commit());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<CsvEncodingGuess> guess = CsvDecoder::detect(file);
        QVERIFY(guess);
        QCOMPARE(guess->encoding, readAs);
        CsvReader reader(&file, guess->encoding, CsvOptions {encoding, delimiter}.delimiterChar());
        Rows expected = rows({{u"a", u"b", u"c"}});
        expected += values;
        QCOMPARE(readAll(reader), expected);
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
