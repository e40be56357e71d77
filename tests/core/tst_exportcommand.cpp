#include "core/ExportCommandFixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

// `service-archive reports` and `service-archive export`, run as the built program on a small
// archive (ExportCommandFixtures): the listing, the exact bytes of two exports in each encoding
// and delimiter (BOM, delimiter, quoting, neutralized formulas, phones masked as ="…" without the
// reveal right), and the audit entry of each export. The failures: tst_exportfailures.
using namespace Qt::StringLiterals;
using namespace CommandFixtures;
using namespace ExportCommandFixtures;

class tst_ExportCommand : public QObject
{
    Q_OBJECT

    ExportArchive m_a;

private Q_SLOTS:
    void initTestCase()
    {
        ReportFixtures::useShanghaiTime(); // inherited by the program the tests run
    }

    void init() { m_a.make(); }
    void cleanup() { m_a.archive.reset(); }

    void reportsListsEveryReport()
    {
        const Run run = runApp({u"reports"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.err.isEmpty(), qPrintable(describe(run)));
        const QStringList lines = run.out.split(u'\n');
        for (const Report *report : ReportCatalogue::all()) {
            const QString first = report->name() + u"  "_s + report->title();
            QVERIFY2(lines.contains(first), qPrintable(report->name()));
            for (const ReportParameter &p : report->parameters()) {
                const QString option = p.key == u"from"_s || p.key == u"to"_s
                                               ? QString(u"--"_s + p.key)
                                               : QString(u"--param "_s + p.key + u'=');
                QVERIFY2(run.out.contains(option), qPrintable(report->name() + u": "_s + p.key));
            }
        }
        // Types, defaults, required, rights.
        QVERIFY(run.out.contains(u"--param status=CODE"_s));
        QVERIFY(run.out.contains(u"open|in_progress|resolved|closed|reopened"_s));
        QVERIFY(run.out.contains(u"default active; required"_s));
        QVERIFY(run.out.contains(u"date (yyyy-mm-dd); optional"_s));
        QVERIFY(run.out.contains(u"Run by: Supervisor. Exported by: Supervisor."_s));
        QVERIFY(run.out.contains(
                u"Run by: Front desk, Supervisor, Admin. Exported by: Supervisor."_s));

        // One report; a name that is none.
        Run one = runApp({u"reports"_s, u"customer-list"_s});
        QVERIFY2(one.exitCode == 0, qPrintable(describe(one)));
        QVERIFY(one.out.startsWith(u"customer-list  Customer list\n"_s));
        QVERIFY(!one.out.contains(u"complaint-history"_s));
        one = runApp({u"reports"_s, u"customer-lists"_s});
        QVERIFY2(one.exitCode == 4, qPrintable(describe(one)));
        QVERIFY2(isOneLine(one.err) && one.err.contains(u"customer-lists"_s),
                 qPrintable(describe(one)));
        QVERIFY(one.out.isEmpty());
    }

    void reportsInChinese()
    {
        // The names stay as they are in every language (runApp adds --lang en; the last wins).
        const Run run = runApp({u"reports"_s, u"--lang"_s, u"zh_CN"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        for (const Report *report : ReportCatalogue::all())
            QVERIFY(run.out.contains(u'\n' + report->name() + u"  "_s)
                    || run.out.startsWith(report->name() + u"  "_s));
    }

    void exportsCustomerList()
    {
        const Run run = runApp(exportArgs(m_a.path(), u"customer-list"_s, m_a.out), password);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.isEmpty() && run.err.isEmpty(), qPrintable(describe(run)));
        QCOMPARE(fileBytes(m_a.out), utf8Bom(joined(customerList(), u',')));
        QCOMPARE(filesIn(m_a.dir()).filter(u"out.csv"_s), QStringList {u"out.csv"_s});
    }

    void exportsComplaintHistory()
    {
        const Run run = runApp(exportArgs(m_a.path(), u"complaint-history"_s, m_a.out)
                                       + QStringList {u"--from"_s,
                                                      u"2025-06-01"_s,
                                                      u"--to"_s,
                                                      u"2025-06-30"_s,
                                                      u"--param"_s,
                                                      u"handler=zhang"_s},
                               password);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.isEmpty() && run.err.isEmpty(), qPrintable(describe(run)));
        QCOMPARE(fileBytes(m_a.out), utf8Bom(joined(complaintHistory(), u',')));
    }

    void encodingsAndDelimiters_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("utf-8-bom comma") << u"utf-8-bom"_s << u"comma"_s << QChar(u',');
        QTest::newRow("utf-8 comma") << u"utf-8"_s << u"comma"_s << QChar(u',');
        QTest::newRow("gb18030 comma") << u"gb18030"_s << u"comma"_s << QChar(u',');
        QTest::newRow("utf-8-bom semicolon") << u"utf-8-bom"_s << u"semicolon"_s << QChar(u';');
        QTest::newRow("utf-8-bom tab") << u"utf-8-bom"_s << u"tab"_s << QChar(u'\t');
        QTest::newRow("gb18030 tab, upper case") << u"GB18030"_s << u"TAB"_s << QChar(u'\t');
    }

    void encodingsAndDelimiters()
    {
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        QFETCH(QChar, separator);
        const Run run = runApp(exportArgs(m_a.path(), u"customer-list"_s, m_a.out)
                                       + QStringList {u"--encoding"_s,
                                                      encoding,
                                                      u"--delimiter"_s,
                                                      delimiter},
                               password);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QString text = joined(customerList(), separator);
        QByteArray expected;
        if (encoding == u"utf-8-bom"_s)
            expected = utf8Bom(text);
        else if (encoding == u"utf-8"_s)
            expected = text.toUtf8();
        else
            expected = QStringEncoder("GB18030").encode(text);
        const QByteArray bytes = fileBytes(m_a.out);
        QCOMPARE(bytes, expected);
        if (encoding.toLower() == u"gb18030"_s) // 李雷 in GB18030, not UTF-8
            QVERIFY(bytes.contains("\xC0\xEE\xC0\xD7"));
    }

    void revealIsAudited()
    {
        const Run run = runApp(exportArgs(m_a.path(), u"customer-list"_s, m_a.out)
                                       + QStringList {u"--reveal"_s, u"--verbose"_s},
                               password);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        // "3 rows written to FILE in 0.1 s." (the plural form comes from the translation)
        QVERIFY2(run.out.startsWith(u"3 row"_s) && run.out.contains(m_a.out)
                         && run.out.endsWith(u" s.\n"_s) && run.out.count(u'\n') == 1,
                 qPrintable(run.out));
        const QString text = QString::fromUtf8(fileBytes(m_a.out));
        QVERIFY2(text.contains(u"\"=\"\"138 1234 5678\"\"\""_s), qPrintable(text));
        QVERIFY(!text.contains(u"****"_s));
        QCOMPARE(m_a.auditCount(u"reveal"_s), 1);
        QCOMPARE(m_a.auditCount(u"export"_s), 1);
    }

    void exportIsAudited()
    {
        QCOMPARE(m_a.auditCount(u"export"_s), 0);
        for (int i = 1; i <= 2; ++i) {
            const Run run = runApp(exportArgs(m_a.path(), u"complaint-history"_s, m_a.out)
                                           + QStringList {u"--param"_s, u"status=open"_s},
                                   password);
            QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
            QCOMPARE(m_a.auditCount(u"export"_s), i);
        }
        auto db = Database::open(m_a.path());
        REQUIRE_OK(db);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"SELECT user_login, details FROM audit_log WHERE action = 'export'"
                       " ORDER BY id DESC"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"chief"_s);
        const QJsonObject details = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QCOMPARE(details.value(u"report"_s).toString(), u"complaint-history"_s);
        QCOMPARE(details.value(u"rows"_s).toInteger(), 3); // K4, K6, K7
        QCOMPARE(details.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(details.value(u"file"_s).toString(), u"out.csv"_s);
        QCOMPARE(details.value(u"masked"_s).toBool(), true);
        // Failures write no export entry.
        const Run refused = runApp(exportArgs(m_a.path(), u"customer-list"_s, m_a.out, u"desk"_s),
                                   password);
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(m_a.auditCount(u"export"_s), 2);
    }
};

QTEST_GUILESS_MAIN(tst_ExportCommand)
#include "tst_exportcommand.moc"
