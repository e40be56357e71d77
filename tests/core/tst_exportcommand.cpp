#include "TestSupport.h"
#include "core/CommandFixtures.h"
#include "core/ReportFixtures.h"
#include "core/SecurityFixtures.h"
#include "security/UserRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/types.h>
#endif

// `service-archive reports` and `service-archive export`, run as the built program on a small
// archive (the complaint fixture of the report tests, times in Asia/Shanghai): the listing, the
// exact bytes of two exports in each encoding and delimiter, every exit code a cron job relies
// on, the audit entry of each export, and that a refused, failed or interrupted export leaves no
// file.
using namespace Qt::StringLiterals;
using namespace SecurityFixtures;
using namespace CommandFixtures;

namespace {

const QString password = u"Correct horse 42"_s;

// The rows of a CSV file as cells written as they appear in the file (quoted where the writer
// quotes); joined with a delimiter and CRLF.
using Cells = QList<QStringList>;

QString joined(const Cells &rows, QChar delimiter)
{
    QString out;
    for (const QStringList &row : rows)
        out += row.join(delimiter) + u"\r\n"_s;
    return out;
}

// The customer list of the fixture, default order (by name key), phones masked.
Cells customerList()
{
    return {
            {u"Code"_s,
             u"Name"_s,
             u"Phone"_s,
             u"Company"_s,
             u"Email"_s,
             u"Lifecycle"_s,
             u"Value tier"_s,
             u"Owner"_s,
             u"Updated"_s},
            {u"C000003"_s,
             u"'@Anna"_s,
             u""_s,
             u"\"Lin, Wang & \"\"Co\"\"\""_s,
             u"'=cmd|' /C calc'!A0"_s,
             u"Potential"_s,
             u"Unrated"_s,
             u""_s,
             u"2025-07-01 10:03"_s},
            {u"C000002"_s,
             u"李雷"_s,
             u"\"=\"\"139****1111\"\"\""_s,
             u""_s,
             u""_s,
             u"Potential"_s,
             u"Unrated"_s,
             u"张伟"_s,
             u"2025-07-01 10:03"_s},
            {u"C000001"_s,
             u"王芳"_s,
             u"\"=\"\"138****5678\"\"\""_s,
             u""_s,
             u"wang@example.com"_s,
             u"Potential"_s,
             u"Unrated"_s,
             u""_s,
             u"2025-07-01 10:03"_s},
    };
}

// complaint-history --from 2025-06-01 --to 2025-06-30 --param handler=zhang: K2 and K3.
Cells complaintHistory()
{
    return {
            {u"Complaint no."_s,
             u"Received"_s,
             u"Customer code"_s,
             u"Customer"_s,
             u"Phone"_s,
             u"Channel"_s,
             u"Reason"_s,
             u"Severity"_s,
             u"Status"_s,
             u"Handler"_s,
             u"Answered"_s,
             u"Resolved"_s,
             u"SLA kept"_s,
             u"Resolution"_s,
             u"Satisfaction (1–5)"_s},
            {u"2"_s,
             u"2025-06-01 01:00"_s,
             u"C000001"_s,
             u"王芳"_s,
             u"\"=\"\"138****5678\"\"\""_s,
             u"Phone"_s,
             u"Delivery"_s,
             u"Medium"_s,
             u"Resolved"_s,
             u"张伟"_s,
             u"2025-06-01 05:00"_s,
             u"2025-06-03 01:00"_s,
             u"Yes"_s,
             u""_s,
             u"2"_s},
            {u"3"_s,
             u"2025-06-15 10:00"_s,
             u"C000002"_s,
             u"李雷"_s,
             u"\"=\"\"139****1111\"\"\""_s,
             u"Phone"_s,
             u"Billing / Overcharged"_s,
             u"Medium"_s,
             u"Resolved"_s,
             u"张伟"_s,
             u"2025-06-15 20:00"_s,
             u"2025-06-16 16:00"_s,
             u"No"_s,
             u""_s,
             u""_s},
    };
}

QByteArray utf8Bom(const QString &text)
{
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool isOneLine(const QString &text)
{
    return text.endsWith(u'\n') && text.count(u'\n') == 1 && text.size() > 1;
}

} // namespace

class tst_ExportCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempArchive> m_archive;
    QString m_out;

    QString archive() const { return m_archive->path; }

    // export ... as a user; the output is m_out unless the arguments name one.
    static QStringList exportArgs(const QString &archive,
                                  const QString &report,
                                  const QString &out,
                                  const QString &user = u"chief"_s)
    {
        return {u"export"_s,
                u"--archive"_s,
                archive,
                u"--report"_s,
                report,
                u"--output"_s,
                out,
                u"--user"_s,
                user};
    }

    int auditCount(const QString &action)
    {
        auto db = Database::open(archive());
        if (!db)
            return -1;
        return scalar(*db.value(),
                      u"SELECT count(*) FROM audit_log WHERE action = ? AND entity = 'report'"_s,
                      {action})
                .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        ReportFixtures::useShanghaiTime(); // inherited by the program the tests run
    }

    void init()
    {
        m_archive = std::make_unique<TempArchive>();
        QVERIFY(m_archive->dir.isValid());
        m_out = m_archive->dir.filePath(u"out.csv"_s);
        auto db = m_archive->open();
        QVERIFY(db);
        UserRepository users(*db, PasswordHasher(PasswordHasher::Strength::Minimal));
        REQUIRE_OK(users.createFirstAdmin(u"boss"_s, u"王老板"_s, password));
        const Result<Actor> boss = users.signIn(u"boss"_s, password);
        REQUIRE_OK(boss);
        REQUIRE_OK(users.create(boss.value(), u"chief"_s, u"李主管"_s, password, SV));
        REQUIRE_OK(users.create(boss.value(), u"desk"_s, u"前台小张"_s, password, FD));
        const ReportFixtures::ComplaintArchive a = ReportFixtures::seedComplaints(*db);
        const Customer anna = ReportFixtures::customer(*db, u"@Anna"_s);
        QVERIFY(anna.id > 0);
        ReportFixtures::sql(*db,
                            u"UPDATE customers SET company = ?, email = ? WHERE id = ?"_s,
                            {u"Lin, Wang & \"Co\""_s, u"=cmd|' /C calc'!A0"_s, anna.id});
        ReportFixtures::sql(*db,
                            u"UPDATE customers SET email = ? WHERE id = ?"_s,
                            {u"wang@example.com"_s, a.wang.id});
        ReportFixtures::sql(*db,
                            u"UPDATE customers SET owner = ? WHERE id = ?"_s,
                            {u"zhang"_s, a.li.id});
        ReportFixtures::sql(*db,
                            u"UPDATE customers SET updated_at = ?"_s,
                            {u"2025-07-01T02:03:04.000Z"_s});
    }

    void cleanup() { m_archive.reset(); }

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
                QVERIFY2(run.out.contains(option),
                         qPrintable(report->name() + u": "_s + p.key));
            }
        }
        // Types, defaults, required, rights.
        QVERIFY(run.out.contains(u"--param status=CODE"_s));
        QVERIFY(run.out.contains(u"open|in_progress|resolved|closed|reopened"_s));
        QVERIFY(run.out.contains(u"default active; required"_s));
        QVERIFY(run.out.contains(u"date (yyyy-mm-dd); optional"_s));
        QVERIFY(run.out.contains(u"Run by: Supervisor. Exported by: Supervisor."_s));
        QVERIFY(run.out.contains(u"Run by: Front desk, Supervisor, Admin. Exported by: Supervisor."_s));

        // One report; a name that is none.
        Run one = runApp({u"reports"_s, u"customer-list"_s});
        QVERIFY2(one.exitCode == 0, qPrintable(describe(one)));
        QVERIFY(one.out.startsWith(u"customer-list  Customer list\n"_s));
        QVERIFY(!one.out.contains(u"complaint-history"_s));
        one = runApp({u"reports"_s, u"customer-lists"_s});
        QVERIFY2(one.exitCode == 2, qPrintable(describe(one)));
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
        const Run run = runApp(exportArgs(archive(), u"customer-list"_s, m_out), password);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.isEmpty() && run.err.isEmpty(), qPrintable(describe(run)));
        QCOMPARE(fileBytes(m_out), utf8Bom(joined(customerList(), u',')));
        QCOMPARE(filesIn(m_archive->dir.path()).filter(u"out.csv"_s), QStringList {u"out.csv"_s});
    }

    void exportsComplaintHistory()
    {
        const Run run = runApp(exportArgs(archive(), u"complaint-history"_s, m_out)
                                       + QStringList {u"--from"_s,
                                                      u"2025-06-01"_s,
                                                      u"--to"_s,
                                                      u"2025-06-30"_s,
                                                      u"--param"_s,
                                                      u"handler=zhang"_s},
                               password);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.isEmpty() && run.err.isEmpty(), qPrintable(describe(run)));
        QCOMPARE(fileBytes(m_out), utf8Bom(joined(complaintHistory(), u',')));
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
        const Run run = runApp(exportArgs(archive(), u"customer-list"_s, m_out)
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
        const QByteArray bytes = fileBytes(m_out);
        QCOMPARE(bytes, expected);
        if (encoding.toLower() == u"gb18030"_s) // 李雷 in GB18030, not UTF-8
            QVERIFY(bytes.contains("\xC0\xEE\xC0\xD7"));
    }

    void revealIsAudited()
    {
        const Run run = runApp(exportArgs(archive(), u"customer-list"_s, m_out)
                                       + QStringList {u"--reveal"_s, u"--verbose"_s},
                               password);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        // "3 rows written to FILE in 0.1 s." (the plural form comes from the translation)
        QVERIFY2(run.out.startsWith(u"3 row"_s) && run.out.contains(m_out)
                         && run.out.endsWith(u" s.\n"_s) && run.out.count(u'\n') == 1,
                 qPrintable(run.out));
        const QString text = QString::fromUtf8(fileBytes(m_out));
        QVERIFY2(text.contains(u"\"=\"\"138 1234 5678\"\"\""_s), qPrintable(text));
        QVERIFY(!text.contains(u"****"_s));
        QCOMPARE(auditCount(u"reveal"_s), 1);
        QCOMPARE(auditCount(u"export"_s), 1);
    }

    void exportIsAudited()
    {
        QCOMPARE(auditCount(u"export"_s), 0);
        for (int i = 1; i <= 2; ++i) {
            const Run run = runApp(exportArgs(archive(), u"complaint-history"_s, m_out)
                                           + QStringList {u"--param"_s, u"status=open"_s},
                                   password);
            QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
            QCOMPARE(auditCount(u"export"_s), i);
        }
        auto db = Database::open(archive());
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
        const Run refused = runApp(exportArgs(archive(), u"customer-list"_s, m_out, u"desk"_s),
                                   password);
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(auditCount(u"export"_s), 2);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("extra"); // after exportArgs(...)
        QTest::addColumn<QString>("report");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("pw");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named"); // in the message

        const QString ch = u"complaint-history"_s;
        const QString cl = u"customer-list"_s;
        const QString chief = u"chief"_s;
        QTest::newRow("unknown report") << QStringList {} << u"complaint-histroy"_s << chief
                                        << password << 2 << u"complaint-histroy"_s;
        QTest::newRow("bad date") << QStringList {u"--from"_s, u"2025-13-01"_s} << ch << chief
                                  << password << 2 << u"--from: "_s;
        QTest::newRow("short date") << QStringList {u"--to"_s, u"2025-6-1"_s} << ch << chief
                                    << password << 2 << u"--to: "_s;
        QTest::newRow("to before from")
                << QStringList {u"--from"_s, u"2025-06-30"_s, u"--to"_s, u"2025-06-01"_s} << ch
                << chief << password << 2 << u"--to: "_s;
        QTest::newRow("unknown --param key") << QStringList {u"--param"_s, u"colour=red"_s} << ch
                                             << chief << password << 2 << u"colour"_s;
        QTest::newRow("date on a report without dates")
                << QStringList {u"--from"_s, u"2025-06-01"_s} << cl << chief << password << 2
                << u"--from: "_s;
        QTest::newRow("bad choice") << QStringList {u"--param"_s, u"status=done"_s} << ch << chief
                                    << password << 2 << u"--param status: "_s;
        QTest::newRow("reason not in the archive's list")
                << QStringList {u"--param"_s, u"reason=weather"_s} << ch << chief << password << 2
                << u"--param reason: "_s;
        QTest::newRow("--param without =") << QStringList {u"--param"_s, u"status"_s} << ch
                                           << chief << password << 2 << u"KEY=VALUE"_s;
        QTest::newRow("--param twice")
                << QStringList {u"--param"_s, u"status=open"_s, u"--param"_s, u"status=closed"_s}
                << ch << chief << password << 2 << u"--param status"_s;
        QTest::newRow("bad encoding") << QStringList {u"--encoding"_s, u"latin1"_s} << cl << chief
                                      << password << 2 << u"--encoding"_s;
        QTest::newRow("bad delimiter") << QStringList {u"--delimiter"_s, u"pipe"_s} << cl << chief
                                       << password << 2 << u"--delimiter"_s;
        QTest::newRow("unknown option") << QStringList {u"--colour"_s} << cl << chief << password
                                        << 2 << u"colour"_s;
        QTest::newRow("no user") << QStringList {} << cl << QString() << password << 2
                                 << u"--user"_s;
        QTest::newRow("wrong password") << QStringList {} << cl << chief
                                        << u"wrong password 1"_s << 3 << u"password"_s;
        QTest::newRow("unknown user") << QStringList {} << cl << u"nobody"_s << password << 3
                                      << u"password"_s;
        QTest::newRow("front desk, supervisor report")
                << QStringList {} << ch << u"desk"_s << password << 3 << u"前台小张"_s;
        QTest::newRow("front desk, export right")
                << QStringList {} << cl << u"desk"_s << password << 3 << u"export"_s;
        QTest::newRow("admin, export right")
                << QStringList {} << cl << u"boss"_s << password << 3 << u"export"_s;
    }

    void exitCodes()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, report);
        QFETCH(QString, user);
        QFETCH(QString, pw);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        QStringList args = exportArgs(archive(), report, m_out, user);
        if (user.isEmpty())
            args = args.mid(0, args.size() - 2);
        const Run run = runApp(args + extra, pw);
        QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
        QVERIFY2(isOneLine(run.err), qPrintable(describe(run)));
        QVERIFY2(run.err.startsWith(u"service-archive export: "_s), qPrintable(describe(run)));
        QVERIFY2(run.err.contains(named), qPrintable(describe(run)));
        QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
        QVERIFY(!QFileInfo::exists(m_out));
        QCOMPARE(filesIn(m_archive->dir.path()).filter(u"out"_s), QStringList {});
        QCOMPARE(auditCount(u"export"_s), 0);
    }

    void failuresLeaveNoFile()
    {
        // An archive that does not exist is not created.
        const QString missing = m_archive->dir.filePath(u"missing.sqlite"_s);
        Run run = runApp(exportArgs(missing, u"customer-list"_s, m_out), password);
        QVERIFY2(run.exitCode == 1 && isOneLine(run.err), qPrintable(describe(run)));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(m_out));

        // A folder that does not exist, a folder in place of the file, a read-only folder.
        const QString nowhere = m_archive->dir.filePath(u"no/such/folder/out.csv"_s);
        run = runApp(exportArgs(archive(), u"customer-list"_s, nowhere), password);
        QVERIFY2(run.exitCode == 1 && isOneLine(run.err), qPrintable(describe(run)));
        QVERIFY(!QFileInfo::exists(m_archive->dir.filePath(u"no"_s)));
        const QString folder = m_archive->dir.filePath(u"folder.csv"_s);
        QVERIFY(QDir().mkdir(folder));
        run = runApp(exportArgs(archive(), u"customer-list"_s, folder), password);
        QVERIFY2(run.exitCode == 1 && isOneLine(run.err), qPrintable(describe(run)));
        QVERIFY(QFileInfo(folder).isDir());
        const QString locked = m_archive->dir.filePath(u"locked"_s);
        QVERIFY(QDir().mkdir(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        const QString inLocked = locked + u"/out.csv"_s;
        run = runApp(exportArgs(archive(), u"customer-list"_s, inLocked), password);
        if (QFileInfo(locked).isWritable())
            qInfo("running as root: the read-only folder can be written");
        else
            QVERIFY2(run.exitCode == 1 && isOneLine(run.err), qPrintable(describe(run)));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(filesIn(locked).size(), QFileInfo::exists(inLocked) ? 1 : 0);
        QCOMPARE(auditCount(u"export"_s), QFileInfo::exists(inLocked) ? 1 : 0);

        // A refused export leaves an existing file as it was.
        QFile old(m_out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("last week's file\r\n");
        old.close();
        run = runApp(exportArgs(archive(), u"complaint-history"_s, m_out, u"desk"_s), password);
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        QCOMPARE(fileBytes(m_out), QByteArray("last week's file\r\n"));
        QCOMPARE(filesIn(m_archive->dir.path()).filter(u"out.csv"_s), QStringList {u"out.csv"_s});
    }

    void interruptedExportLeavesNoFile()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc to know when the program handles SIGTERM");
#else
        // The program waits for its password on standard input; once it handles SIGTERM, the
        // signal comes first and the password after it: the export stops before its first row.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"SERVICEARCHIVE_PASSWORD"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SA_APP),
                      exportArgs(archive(), u"customer-list"_s, m_out)
                              + QStringList {u"--lang"_s, u"en"_s});
        QVERIFY(process.waitForStarted(30000));
        const QString status = u"/proc/%1/status"_s.arg(process.processId());
        const auto catchesTerm = [&] {
            QFile file(status);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            for (const QByteArray &line : file.readAll().split('\n'))
                if (line.startsWith("SigCgt:"))
                    return (line.mid(7).trimmed().toULongLong(nullptr, 16)
                            & (1ULL << (SIGTERM - 1)))
                           != 0;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(catchesTerm(), 60000);
        QCOMPARE(::kill(pid_t(process.processId()), SIGTERM), 0);
        process.write(password.toUtf8() + '\n');
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 4, qPrintable(err));
        QVERIFY2(isOneLine(err) && err.contains(u"interrupted"_s), qPrintable(err));
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QCOMPARE(filesIn(m_archive->dir.path()).filter(u"out"_s), QStringList {});
        QCOMPARE(auditCount(u"export"_s), 0);
#endif
    }

    void helpNamesTheExitCodes()
    {
        const Run run = runApp({u"export"_s, u"--help"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        for (const QString &code : {u"0 the file was written"_s,
                                    u"1 the archive or the file failed"_s,
                                    u"2 wrong usage"_s,
                                    u"3 the sign-in was refused"_s,
                                    u"4 interrupted"_s})
            QVERIFY2(run.out.contains(code), qPrintable(code));
    }
};

QTEST_GUILESS_MAIN(tst_ExportCommand)
#include "tst_exportcommand.moc"
