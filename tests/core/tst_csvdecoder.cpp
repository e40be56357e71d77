#include "core/CsvFixtures.h"
#include "csv/CsvDecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using CsvFixtures::readBytes;
using CsvFixtures::Rows;
using CsvFixtures::rows;

namespace {

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QStringEncoder encoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
    return encoder.encode(text);
}

} // namespace

// Which encoding a file is read in, and that bytes which are not text in it are refused with
// the line and byte, never read as replacement characters.
class tst_CsvDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemDecodesEveryEncoding()
    {
        for (const CsvTextEncoding e : {CsvTextEncoding::Utf8,
                                        CsvTextEncoding::Utf16Le,
                                        CsvTextEncoding::Utf16Be,
                                        CsvTextEncoding::Gb18030,
                                        CsvTextEncoding::Windows1252})
            QVERIFY2(CsvDecoder(e).isValid(), qPrintable(CsvDecoder::name(e)));
    }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<CsvTextEncoding>("encoding");
        QTest::addColumn<int>("bomLength");
        QTest::addColumn<QString>("reasonHas");
        const QString chinese = u"姓名,评论\r\n王芳,很好😀 𠀀 𪚥\r\n"_s;
        QTest::newRow("ascii") << QByteArray("a,b\r\n1,2\r\n") << CsvTextEncoding::Utf8 << 0
                               << u"valid UTF-8"_s;
        QTest::newRow("utf-8") << chinese.toUtf8() << CsvTextEncoding::Utf8 << 0
                               << u"valid UTF-8"_s;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF"
                                                 "a\r\n")
                                   << CsvTextEncoding::Utf8 << 3 << u"byte order mark"_s;
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + utf16(chinese, true)
                                      << CsvTextEncoding::Utf16Le << 2 << u"UTF-16"_s;
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + utf16(chinese, false)
                                      << CsvTextEncoding::Utf16Be << 2 << u"UTF-16"_s;
        QTest::newRow("gb18030") << gb18030(chinese) << CsvTextEncoding::Gb18030 << 0
                                 << u"Chinese"_s;
        QTest::newRow("gb18030 bom") << QByteArray("\x84\x31\x95\x33") + gb18030(chinese)
                                     << CsvTextEncoding::Gb18030 << 4 << u"byte order mark"_s;
        QTest::newRow("windows-1252")
                << QByteArray("name;city\r\nResi P\xF6lking;K\xF6ln\r\n\x93quoted\x94;Caf\xE9\r\n")
                << CsvTextEncoding::Windows1252 << 0 << u"ö"_s;
        // Valid GB18030 too (ö + l is a two-byte character), but no Chinese text: Windows-1252.
        QTest::newRow("latin pairs that are gb18030")
                << QByteArray("Resi P\xF6lking;Roy Franz\xF6sisch\r\n")
                << CsvTextEncoding::Windows1252 << 0 << u"ö"_s;
    }

    void detect()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(CsvTextEncoding, encoding);
        QFETCH(int, bomLength);
        QFETCH(QString, reasonHas);
        const Result<CsvEncodingGuess> guess = CsvDecoder::detect(bytes);
        QVERIFY2(guess, qPrintable(guess ? QString() : guess.error().message));
        QCOMPARE(guess->encoding, encoding);
        QCOMPARE(guess->bomLength, bomLength);
        QVERIFY2(guess->reason.contains(reasonHas), qPrintable(guess->reason));
    }

    // Neither UTF-8, nor Chinese, nor Western text: refused, naming the first bad byte.
    void unrecognizedIsRefused()
    {
        // Three-byte runs of C1 bytes: Windows-1252 leaves 0x81 undefined; GB18030 rejects 0x80.
        const Result<CsvEncodingGuess> guess = CsvDecoder::detect(
                QByteArray("a,b\r\nc,\x80\x81\x80\r\n"));
        QVERIFY(!guess);
        QCOMPARE(guess.error().code, Error::Code::Invalid);
        QVERIFY2(guess.error().message.contains(u"line 2"_s), qPrintable(guess.error().message));
        QVERIFY(guess.error().message.contains(u"Windows-1252"_s));
    }

    void explicitChoice()
    {
        const Result<CsvEncodingGuess> guess = CsvDecoder::detect(QByteArray("\xEF\xBB\xBFx"),
                                                                  CsvTextEncoding::Utf8);
        QVERIFY(guess);
        QCOMPARE(guess->bomLength, 3);
        QCOMPARE(guess->reason, u"Chosen by you."_s);
        const Result<CsvEncodingGuess> other = CsvDecoder::detect(QByteArray("\xEF\xBB\xBFx"),
                                                                  CsvTextEncoding::Windows1252);
        QCOMPARE(other->bomLength, 0);
    }

    // Four-byte GB18030 characters (emoji, CJK extension B) decoded whole, across chunk ends.
    void gb18030FourByte()
    {
        const QString text = u"评论\r\n😀👍🏻 好评\r\n𠀀𪚥,\"多行\r\n评论\"\r\n"_s;
        const QByteArray bytes = gb18030(text);
        QVERIFY(bytes.contains("\x94\x39\xDA\x33") || bytes.size() > text.toUtf8().size() / 2);
        const Rows expected = rows(
                {{u"评论"}, {u"😀👍🏻 好评"}, {u"𠀀𪚥", u"多行\r\n评论"}});
        for (const qint64 chunk : {0, 1, 2, 3, 5})
            QCOMPARE(readBytes(bytes, CsvTextEncoding::Gb18030, u',', chunk), expected);
    }

    void utf16ReadWhole()
    {
        const QString text = u"名,x\r\n😀,\"a\nb\"\r\n"_s;
        for (const bool le : {true, false}) {
            const QByteArray bytes = QByteArray(le ? "\xFF\xFE" : "\xFE\xFF") + utf16(text, le);
            const CsvTextEncoding e = le ? CsvTextEncoding::Utf16Le : CsvTextEncoding::Utf16Be;
            for (const qint64 chunk : {0, 1, 3})
                QCOMPARE(readBytes(bytes, e, u',', chunk), rows({{u"名", u"x"}, {u"😀", u"a\nb"}}));
        }
    }

    void windows1252Letters()
    {
        QCOMPARE(readBytes("Resi P\xF6lking;\x80 5;\x93x\x94\r\n",
                           CsvTextEncoding::Windows1252,
                           u';'),
                 rows({{u"Resi Pölking", u"€ 5", u"“x”"}}));
    }

    void truncatedAtEnd_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<CsvTextEncoding>("encoding");
        QTest::newRow("utf-8, 2 of 3 bytes")
                << QByteArray("a,b\r\nc,\xE4\xB8") << CsvTextEncoding::Utf8;
        QTest::newRow("utf-8, 3 of 4 bytes")
                << QByteArray("a,b\r\nc,\xF0\x9F\x98") << CsvTextEncoding::Utf8;
        QTest::newRow("gb18030, 1 of 2 bytes")
                << QByteArray("a,b\r\nc,\xC4") << CsvTextEncoding::Gb18030;
        QTest::newRow("gb18030, 3 of 4 bytes")
                << QByteArray("a,b\r\nc,\x94\x39\xDA") << CsvTextEncoding::Gb18030;
        QTest::newRow("utf-16, half a unit") << QByteArray("\xFF\xFE"
                                                           "a\0,\0b\0\r\0\n\0c\0\x3D",
                                                           15)
                                             << CsvTextEncoding::Utf16Le;
    }

    void truncatedAtEnd()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(CsvTextEncoding, encoding);
        for (const qint64 chunk : {0, 1, 4}) {
            const Rows got = readBytes(bytes, encoding, u',', chunk);
            // Read in pieces up to a line break: the first record comes before the error when
            // it is in a piece of its own.
            QVERIFY(got.size() <= 2);
            if (got.size() == 2)
                QCOMPARE(got.first(), (QStringList {u"a"_s, u"b"_s}));
            QCOMPARE(got.last().value(0), u"ERROR"_s);
            QVERIFY2(got.last().value(1).contains(u"ends in the middle of a character (line 2"_s),
                     qPrintable(got.last().value(1)));
        }
        // Not UTF-8, and not anything else either ("\xE4\xB8" alone would be a GB18030 character).
        if (QByteArrayView(QTest::currentDataTag()) == "utf-8, 3 of 4 bytes")
            QVERIFY(!CsvDecoder::detect(bytes));
    }

    void invalidInTheMiddle()
    {
        QByteArray bytes = "a\r\n" + gb18030(u"王芳\r\n"_s) + "x\xFFy\r\nz\r\n";
        const Rows got = readBytes(bytes, CsvTextEncoding::Gb18030);
        QCOMPARE(got.last().value(0), u"ERROR"_s);
        QVERIFY2(got.last().value(1).contains(u"line 3"_s), qPrintable(got.last().value(1)));
        QVERIFY2(got.last().value(1).contains(u"byte 11 "_s), qPrintable(got.last().value(1)));
    }

    void names()
    {
        for (const CsvTextEncoding e : {CsvTextEncoding::Auto,
                                        CsvTextEncoding::Utf8,
                                        CsvTextEncoding::Gb18030,
                                        CsvTextEncoding::Windows1252})
            QCOMPARE(CsvDecoder::fromName(CsvDecoder::name(e)), e);
        QCOMPARE(CsvDecoder::fromName(u"CP1252"), CsvTextEncoding::Windows1252);
        QVERIFY(!CsvDecoder::fromName(u"latin-9"));
    }
};

QTEST_GUILESS_MAIN(tst_CsvDecoder)
#include "tst_csvdecoder.moc"
