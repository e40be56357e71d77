// The export's fast paths against the straightforward ones they replace, on tricky input: a
// field appended in one pass (CsvWriter::appendField) against quoted(cellText()), UTC times shown
// in local time across DST switches (the process runs in Europe/Berlin), stored times read digit
// by digit against StoredTime, phone masking without regular expressions against the former
// implementation.
#include "core/FileFixtures.h"
#include "csv/CsvWriter.h"
#include "customers/PhoneNumber.h"
#include "reports/ReportSupport.h"
#include "storage/StoredTime.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CsvColumnType)

namespace {

// PhoneNumber::mask as it was (regular expressions, intermediate strings): the reference.
QString referenceMask(const QString &normalized)
{
    const auto digitsOnly = [](const QString &text) {
        QString out;
        for (QChar c : text)
            if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                out.append(c);
        return out;
    };
    const auto isChineseMobile = [](const QString &national) {
        static const QRegularExpression re(QStringLiteral("^1[3-9]\\d{9}$"));
        return re.match(national).hasMatch();
    };
    const auto countryCodeLength = [](const QString &digits) {
        static const QStringList twoDigit
                = QStringLiteral("20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 "
                                 "54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 "
                                 "95 98")
                          .split(QLatin1Char(' '));
        if (digits.startsWith(QLatin1Char('1')) || digits.startsWith(QLatin1Char('7')))
            return 1;
        if (twoDigit.contains(digits.left(2)))
            return 2;
        return 3;
    };
    const qsizetype x = normalized.indexOf(QLatin1Char('x'));
    const QString digits = digitsOnly(x < 0 ? normalized : normalized.left(x));
    const auto hideMiddle = [](const QString &number) -> QString {
        if (number.size() <= 4)
            return QStringLiteral("****");
        const int head = number.size() >= 10 ? 3 : 0;
        return number.left(head) + QStringLiteral("****") + number.right(4);
    };
    if (digits.startsWith(QStringLiteral("86"))) {
        const QString national = digits.mid(2);
        if (isChineseMobile(national))
            return hideMiddle(national);
        const int areaLength = national.startsWith(QStringLiteral("10"))
                                               || national.startsWith(QLatin1Char('2'))
                                       ? 2
                                       : 3;
        return QLatin1Char('0') + national.left(areaLength) + QStringLiteral("-****")
               + national.right(4);
    }
    if (digits.isEmpty())
        return QStringLiteral("****");
    const int cc = countryCodeLength(digits);
    return QLatin1Char('+') + digits.left(cc) + QLatin1Char(' ') + hideMiddle(digits.mid(cc));
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class tst_ExportFastPaths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_tz;

    // The field through the fast path and through the straightforward one.
    static void compareField(CsvWriter &writer, const QVariant &value, CsvColumnType type)
    {
        QString fast = u"x,"_s; // appended to what is there
        writer.appendField(fast, value, type);
        const QString expected = u"x,"_s
                                 + CsvWriter::quoted(CsvWriter::cellText(value, type),
                                                     QLatin1Char(','));
        QCOMPARE(fast, expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tz = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        tzset();
        // The zone is in effect (and has DST): summer is UTC+2, winter UTC+1.
        QCOMPARE(utc(2025, 7, 1, 12, 0).toLocalTime().offsetFromUtc(), 7200);
        QCOMPARE(utc(2025, 1, 1, 12, 0).toLocalTime().offsetFromUtc(), 3600);
    }

    void cleanupTestCase()
    {
        m_tz.isNull() ? qunsetenv("TZ") : qputenv("TZ", m_tz);
        tzset();
    }

    void fieldsMatchTheStraightforwardPath_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<CsvColumnType>("type");
        const auto text = [](const char *name, const QString &value) {
            QTest::newRow(name) << QVariant(value) << CsvColumnType::Text;
            QTest::newRow(QByteArray(QByteArray(name) + " as identifier").constData())
                    << QVariant(value) << CsvColumnType::Identifier;
        };
        text("plain", u"Wang Fang"_s);
        text("empty", u""_s);
        text("chinese", u"王芳 (深圳)"_s);
        text("emoji", u"好评 👍🏽 非常满意"_s);
        text("emoji at the start", u"👍 ok"_s);
        text("comma", u"a,b"_s);
        text("semicolon", u"a;b"_s);
        text("tab inside", u"a\tb"_s);
        text("quote", u"say \"hi\""_s);
        text("only quotes", u"\"\"\""_s);
        text("crlf", u"line 1\r\nline 2"_s);
        text("lf", u"a\nb"_s);
        text("cr", u"a\rb"_s);
        text("equals", u"=HYPERLINK(\"http://x\",\"y\")"_s);
        text("plus", u"+8613812345678"_s);
        text("minus", u"-2+3"_s);
        text("at", u"@SUM(A1)"_s);
        text("leading tab", u"\t=1"_s);
        text("leading cr", u"\r\n=1"_s);
        text("leading lf", u"\n1"_s);
        text("leading nul", QString(QChar(0)) + u"x"_s);
        text("equals with comma", u"=1,2"_s);
        text("apostrophe", u"'quoted"_s);
        text("phone", u"13812345678"_s);
        text("masked phone", u"138****5678"_s);
        text("landline", u"0755-****5678"_s);
        text("international", u"+1 415****671"_s);
        text("identifier characters", u"AB-12 (3)/4.5#6*"_s);
        text("identifier with underscore", u"AB_12"_s);
        text("identifier of 255", QString(255, u'7'));
        text("identifier of 256", QString(256, u'7'));
        text("lone surrogate", QString(QChar(0xD83D)) + u"x"_s);
        QTest::newRow("null text")
                << QVariant(QMetaType::fromType<QString>()) << CsvColumnType::Text;
        QTest::newRow("null identifier")
                << QVariant(QMetaType::fromType<QString>()) << CsvColumnType::Identifier;
        QTest::newRow("invalid") << QVariant() << CsvColumnType::Text;
        QTest::newRow("integer in text") << QVariant(qint64(-5)) << CsvColumnType::Text;
        QTest::newRow("integer identifier") << QVariant(qint64(42)) << CsvColumnType::Identifier;
        QTest::newRow("integer") << QVariant(qint64(-5)) << CsvColumnType::Integer;
        QTest::newRow("money") << QVariant(qint64(-12345)) << CsvColumnType::Money;
        QTest::newRow("decimal") << QVariant(12.5) << CsvColumnType::Decimal;
        QTest::newRow("text as integer") << QVariant(u"-1,5"_s) << CsvColumnType::Integer;
        QTest::newRow("date") << QVariant(QDate(2025, 3, 30)) << CsvColumnType::Date;
        QTest::newRow("text as time") << QVariant(u"=now()"_s) << CsvColumnType::DateTime;
        QTest::newRow("invalid time") << QVariant(QDateTime()) << CsvColumnType::DateTime;
        QTest::newRow("null time")
                << QVariant(QMetaType::fromType<QDateTime>()) << CsvColumnType::DateTime;
        QTest::newRow("local time")
                << QVariant(QDateTime(QDate(2025, 3, 30), QTime(2, 30), Qt::LocalTime))
                << CsvColumnType::DateTime;
        QTest::newRow("offset time")
                << QVariant(QDateTime(QDate(2025, 10, 26), QTime(2, 30), Qt::OffsetFromUTC, 5400))
                << CsvColumnType::DateTime;
        QTest::newRow("summer") << QVariant(utc(2025, 6, 15, 17, 5)) << CsvColumnType::DateTime;
        QTest::newRow("winter") << QVariant(utc(2025, 12, 31, 23, 59, 59, 999))
                                << CsvColumnType::DateTime;
        QTest::newRow("epoch") << QVariant(utc(1970, 1, 1, 0, 0)) << CsvColumnType::DateTime;
        QTest::newRow("before 1970")
                << QVariant(utc(1969, 12, 31, 22, 59, 59, 1)) << CsvColumnType::DateTime;
        QTest::newRow("year 999") << QVariant(utc(999, 6, 1, 12, 0)) << CsvColumnType::DateTime;
        QTest::newRow("year 1000") << QVariant(utc(1000, 1, 1, 0, 0)) << CsvColumnType::DateTime;
        QTest::newRow("year 9999") << QVariant(utc(9999, 12, 31, 12, 0)) << CsvColumnType::DateTime;
        QTest::newRow("year 12000") << QVariant(utc(12000, 1, 1, 0, 0)) << CsvColumnType::DateTime;
    }

    void fieldsMatchTheStraightforwardPath()
    {
        QFETCH(QVariant, value);
        QFETCH(CsvColumnType, type);
        CsvWriter writer(m_dir.filePath(u"unused.csv"_s), {});
        compareField(writer, value, type);
    }

    // Every minute around both switches of 2025 in Berlin (30 March 01:00 UTC: 02:00 CET becomes
    // 03:00 CEST; 26 October 01:00 UTC: 03:00 CEST becomes 02:00 CET) and a few seconds on either
    // side of each, through one writer (its offset cache sees them in order, then backwards).
    void timesAcrossDstSwitchesMatch()
    {
        CsvWriter writer(m_dir.filePath(u"unused.csv"_s), {});
        QList<QDateTime> times;
        for (const QDateTime &switchAt : {utc(2025, 3, 30, 1, 0), utc(2025, 10, 26, 1, 0)}) {
            for (int minute = -150; minute <= 150; ++minute)
                times.append(switchAt.addSecs(minute * 60));
            for (int ms : {-1001, -1000, -999, -1, 0, 1, 999, 59'999, 60'000})
                times.append(switchAt.addMSecs(ms));
        }
        for (const QDateTime &t : std::as_const(times))
            compareField(writer, t, CsvColumnType::DateTime);
        for (auto it = times.crbegin(); it != times.crend(); ++it)
            compareField(writer, *it, CsvColumnType::DateTime);

        // What a user reads: the spring switch skips 02:xx, the autumn one shows 02:xx twice.
        QString out;
        for (const QDateTime &t : {utc(2025, 3, 30, 0, 59),
                                   utc(2025, 3, 30, 1, 0),
                                   utc(2025, 10, 26, 0, 30),
                                   utc(2025, 10, 26, 1, 30)}) {
            writer.appendField(out, t, CsvColumnType::DateTime);
            out.append(u'|');
        }
        QCOMPARE(out, u"2025-03-30 01:59|2025-03-30 03:00|2025-10-26 02:30|2025-10-26 02:30|"_s);
    }

    // A whole file: rows of tricky cells written by the writer are the cells of the
    // straightforward path joined by the delimiter, in each encoding and with each delimiter.
    void fileMatchesTheStraightforwardPath()
    {
        const QList<CsvColumn> columns {{u"Name"_s, CsvColumnType::Text},
                                        {u"Phone"_s, CsvColumnType::Identifier},
                                        {u"Updated"_s, CsvColumnType::DateTime}};
        const QList<QVariantList> rows {
                {u"=1+1"_s, u"138****5678"_s, utc(2025, 3, 30, 0, 30)},
                {u"王芳 👍🏽"_s, u"0755-****5678"_s, utc(2025, 3, 30, 1, 30)},
                {u"a\r\nb, \"c\""_s, u"+1 415****671"_s, utc(2025, 10, 26, 0, 30)},
                {u"-x;y\tz"_s, u"@x"_s, utc(2025, 10, 26, 1, 30)},
                {QVariant(QMetaType::fromType<QString>()), QVariant(), QVariant()},
                {u"+"_s}, // short row: the rest empty
        };
        for (const CsvEncoding encoding : {CsvEncoding::Utf8Bom, CsvEncoding::Gb18030}) {
            for (const CsvDelimiter delimiter :
                 {CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab}) {
                const CsvOptions options {encoding, delimiter};
                const QString path = m_dir.filePath(u"file.csv"_s);
                CsvWriter writer(path, columns, options);
                QVERIFY(writer.open());
                QString expected = u"Name"_s + options.delimiterChar() + u"Phone"_s
                                   + options.delimiterChar() + u"Updated\r\n"_s;
                for (const QVariantList &row : rows) {
                    QVERIFY(writer.writeRow(row));
                    for (int i = 0; i < columns.size(); ++i) {
                        if (i > 0)
                            expected += options.delimiterChar();
                        expected += CsvWriter::quoted(CsvWriter::cellText(row.value(i),
                                                                          columns.at(i).type),
                                                      options.delimiterChar());
                    }
                    expected += u"\r\n"_s;
                }
                QVERIFY(writer.commit());
                QByteArray bytes;
                if (encoding == CsvEncoding::Gb18030)
                    bytes = QStringEncoder("GB18030").encode(expected);
                else
                    bytes = FileFixtures::Bom + expected.toUtf8();
                QCOMPARE(FileFixtures::fileBytes(path), bytes);
            }
        }
    }

    void storedTimesMatchStoredTime_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"2025-06-01T08:30:00.000Z",
                              "2026-01-03T12:33:46.123Z",
                              "1970-01-01T00:00:00.000Z",
                              "1969-12-31T23:59:59.999Z",
                              "2024-02-29T23:59:59.999Z",
                              "1000-01-01T00:00:00.000Z",
                              "9999-12-31T23:59:59.999Z",
                              "2025-03-30T01:00:00.000Z"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void storedTimesMatchStoredTime()
    {
        QFETCH(QString, text);
        const std::optional<QDateTime> fast = ReportSupport::parseStoredTime(text);
        QVERIFY(fast);
        const QDateTime expected = StoredTime::toDateTime(text);
        QVERIFY(expected.isValid());
        QCOMPARE(*fast, expected);
        QCOMPARE(fast->timeSpec(), Qt::UTC);
        QCOMPARE(fast->toString(Qt::ISODateWithMs), expected.toString(Qt::ISODateWithMs));
        QCOMPARE(ReportSupport::time(text).toDateTime(), expected);
    }

    // Anything but the exact stored form is left to StoredTime (which may still read it).
    void otherTextsAreLeftToStoredTime_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"",
                              "2025-06-01",
                              "2025-06-01T08:30:00Z",
                              "2025-06-01T08:30:00.000",
                              "2025-06-01T08:30:00.000+08:00",
                              "2025-02-29T08:30:00.000Z",
                              "2025-13-01T08:30:00.000Z",
                              "2025-06-01T24:00:00.000Z",
                              "2025-06-01T08:60:00.000Z",
                              "2025-06-01T08:30:60.000Z",
                              "2025-06-01 08:30:00.000Z",
                              "2025-06-0aT08:30:00.000Z",
                              "0999-06-01T08:30:00.000Z",
                              "+025-06-01T08:30:00.000Z",
                              "２０２５-06-01T08:30:00.000Z"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }

    void otherTextsAreLeftToStoredTime()
    {
        QFETCH(QString, text);
        QVERIFY(!ReportSupport::parseStoredTime(text));
        const QDateTime expected = StoredTime::toDateTime(text);
        QCOMPARE(ReportSupport::time(text).toDateTime(), expected);
        QVERIFY(ReportSupport::time(QVariant(QMetaType::fromType<QString>())).isNull());
    }

    void maskingMatchesTheFormerImplementation()
    {
        QStringList numbers {u""_s,
                             u"x12"_s,
                             u"abc"_s,
                             u"+"_s,
                             u"+8"_s,
                             u"+86"_s,
                             u"+861"_s,
                             u"+8610"_s,
                             u"+86123"_s,
                             u"+8613812345678"_s,
                             u"+8612812345678"_s, // 12x is not a mobile prefix
                             u"+86138123456789"_s, // 12 digits
                             u"+861381234567"_s, // 10 digits
                             u"+861062345678"_s,
                             u"+862162345678"_s,
                             u"+867552345678x89"_s,
                             u"+8657112345678"_s,
                             u"+14155552671"_s,
                             u"+14155552671x123"_s,
                             u"+442071234567"_s,
                             u"+74951234567"_s,
                             u"+85221234567"_s,
                             u"+3531234567"_s,
                             u"+1234"_s,
                             u"+12345"_s,
                             u"+1"_s,
                             u"13812345678"_s,
                             u"86 138 1234 5678"_s,
                             u"+86 138-1234-5678"_s,
                             u"+86１３８12345678"_s, // full-width digits are not digits here
                             u"+86138x"_s,
                             u"x"_s};
        // And a sweep of made-up numbers of every length and prefix.
        for (int length = 0; length <= 16; ++length)
            for (const QString &prefix : {u"+86"_s,
                                          u"+861"_s,
                                          u"+8613"_s,
                                          u"+8610"_s,
                                          u"+862"_s,
                                          u"+869"_s,
                                          u"+1"_s,
                                          u"+7"_s,
                                          u"+44"_s,
                                          u"+852"_s})
                numbers.append(prefix + QString(length, u'5').left(length));
        for (const QString &n : std::as_const(numbers))
            QCOMPARE(PhoneNumber::mask(n), referenceMask(n));
        QCOMPARE(PhoneNumber::mask(u"+8613812345678"_s), u"138****5678"_s);
        QCOMPARE(PhoneNumber::mask(u"+867552345678x89"_s), u"0755-****5678"_s);
        QCOMPARE(PhoneNumber::mask(u"+14155552671"_s), u"+1 415****2671"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ExportFastPaths)
#include "tst_exportfastpaths.moc"
