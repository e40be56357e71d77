#include "core/ExportCommandFixtures.h"

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/types.h>
#endif

// What a cron job relies on when `service-archive export` fails: one exit code per kind of
// problem (2 usage, 1 archive, 3 refused, 4 report or parameter, 5 file, 6 interrupted), one line
// on standard error naming it, nothing on standard output, no file (an existing one unchanged)
// and no export in the audit log.
using namespace Qt::StringLiterals;
using namespace CommandFixtures;
using namespace ExportCommandFixtures;

class tst_ExportFailures : public QObject
{
    Q_OBJECT

    ExportArchive m_a;

private Q_SLOTS:
    void initTestCase() { ReportFixtures::useShanghaiTime(); }
    void init() { m_a.make(); }
    void cleanup() { m_a.archive.reset(); }

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
                                        << password << 4 << u"complaint-histroy"_s;
        QTest::newRow("bad date") << QStringList {u"--from"_s, u"2025-13-01"_s} << ch << chief
                                  << password << 4 << u"--from: "_s;
        QTest::newRow("short date") << QStringList {u"--to"_s, u"2025-6-1"_s} << ch << chief
                                    << password << 4 << u"--to: "_s;
        QTest::newRow("to before from")
                << QStringList {u"--from"_s, u"2025-06-30"_s, u"--to"_s, u"2025-06-01"_s} << ch
                << chief << password << 4 << u"--to: "_s;
        QTest::newRow("unknown --param key") << QStringList {u"--param"_s, u"colour=red"_s} << ch
                                             << chief << password << 4 << u"colour"_s;
        QTest::newRow("date on a report without dates")
                << QStringList {u"--from"_s, u"2025-06-01"_s} << cl << chief << password << 4
                << u"--from: "_s;
        QTest::newRow("bad choice") << QStringList {u"--param"_s, u"status=done"_s} << ch << chief
                                    << password << 4 << u"--param status: "_s;
        QTest::newRow("reason not in the archive's list")
                << QStringList {u"--param"_s, u"reason=weather"_s} << ch << chief << password << 4
                << u"--param reason: "_s;
        QTest::newRow("--param without =") << QStringList {u"--param"_s, u"status"_s} << ch << chief
                                           << password << 4 << u"KEY=VALUE"_s;
        QTest::newRow("--param twice")
                << QStringList {u"--param"_s, u"status=open"_s, u"--param"_s, u"status=closed"_s}
                << ch << chief << password << 4 << u"--param status"_s;
        QTest::newRow("bad encoding") << QStringList {u"--encoding"_s, u"latin1"_s} << cl << chief
                                      << password << 2 << u"--encoding"_s;
        QTest::newRow("bad delimiter") << QStringList {u"--delimiter"_s, u"pipe"_s} << cl << chief
                                       << password << 2 << u"--delimiter"_s;
        QTest::newRow("unknown option")
                << QStringList {u"--colour"_s} << cl << chief << password << 2 << u"colour"_s;
        QTest::newRow("no user") << QStringList {} << cl << QString() << password << 2
                                 << u"--user"_s;
        QTest::newRow("wrong password")
                << QStringList {} << cl << chief << u"wrong password 1"_s << 3 << u"password"_s;
        QTest::newRow("unknown user")
                << QStringList {} << cl << u"nobody"_s << password << 3 << u"password"_s;
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
        QStringList args = exportArgs(m_a.path(), report, m_a.out, user);
        if (user.isEmpty())
            args = args.mid(0, args.size() - 2);
        const Run run = runApp(args + extra, pw);
        QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
        QVERIFY2(isOneLine(run.err), qPrintable(describe(run)));
        QVERIFY2(run.err.startsWith(u"service-archive export: "_s), qPrintable(describe(run)));
        QVERIFY2(run.err.contains(named), qPrintable(describe(run)));
        QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
        QVERIFY(!QFileInfo::exists(m_a.out));
        QCOMPARE(filesIn(m_a.dir()).filter(u"out"_s), QStringList {});
        QCOMPARE(m_a.auditCount(u"export"_s), 0);
    }

    void archiveFailures()
    {
        // An archive that does not exist is not created.
        const QString missing = QDir(m_a.dir()).filePath(u"missing.sqlite"_s);
        Run run = runApp(exportArgs(missing, u"customer-list"_s, m_a.out), password);
        QVERIFY2(run.exitCode == 1 && isOneLine(run.err), qPrintable(describe(run)));
        QVERIFY2(run.err.contains(missing) && run.out.isEmpty(), qPrintable(describe(run)));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(m_a.out));

        // A file that is not an archive.
        const QString notes = QDir(m_a.dir()).filePath(u"notes.txt"_s);
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an archive, just notes\n");
        file.close();
        run = runApp(exportArgs(notes, u"customer-list"_s, m_a.out), password);
        QVERIFY2(run.exitCode == 1 && isOneLine(run.err), qPrintable(describe(run)));
        QCOMPARE(fileBytes(notes), QByteArray("not an archive, just notes\n"));
        QCOMPARE(filesIn(m_a.dir()).filter(u"out"_s), QStringList {});
    }

    void fileFailures()
    {
        // A folder that does not exist, a folder in place of the file, a read-only folder.
        const QString nowhere = QDir(m_a.dir()).filePath(u"no/such/folder/out.csv"_s);
        Run run = runApp(exportArgs(m_a.path(), u"customer-list"_s, nowhere), password);
        QVERIFY2(run.exitCode == 5 && isOneLine(run.err), qPrintable(describe(run)));
        QVERIFY2(run.err.contains(u"does not exist"_s), qPrintable(describe(run)));
        QVERIFY(!QFileInfo::exists(QDir(m_a.dir()).filePath(u"no"_s)));
        const QString folder = QDir(m_a.dir()).filePath(u"folder.csv"_s);
        QVERIFY(QDir().mkdir(folder));
        run = runApp(exportArgs(m_a.path(), u"customer-list"_s, folder), password);
        QVERIFY2(run.exitCode == 5 && isOneLine(run.err), qPrintable(describe(run)));
        QVERIFY2(run.err.contains(u"folder.csv"_s), qPrintable(describe(run)));
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(m_a.auditCount(u"export"_s), 0);
        const QString locked = QDir(m_a.dir()).filePath(u"locked"_s);
        QVERIFY(QDir().mkdir(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        const QString inLocked = locked + u"/out.csv"_s;
        run = runApp(exportArgs(m_a.path(), u"customer-list"_s, inLocked), password);
        if (QFileInfo(locked).isWritable()) {
            qInfo("running as root: the read-only folder can be written");
        } else {
            QVERIFY2(run.exitCode == 5 && isOneLine(run.err), qPrintable(describe(run)));
            QVERIFY2(run.err.contains(inLocked), qPrintable(describe(run)));
        }
        QVERIFY(QFile::setPermissions(locked,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(filesIn(locked).size(), QFileInfo::exists(inLocked) ? 1 : 0);
        QCOMPARE(m_a.auditCount(u"export"_s), QFileInfo::exists(inLocked) ? 1 : 0);
#ifdef Q_OS_LINUX
        // A folder nobody can create files in, root included: the writer itself fails.
        const QString inProc = u"/proc/self/out.csv"_s;
        run = runApp(exportArgs(m_a.path(), u"customer-list"_s, inProc), password);
        QVERIFY2(run.exitCode == 5 && isOneLine(run.err), qPrintable(describe(run)));
        QVERIFY2(run.err.contains(inProc), qPrintable(describe(run)));
        QCOMPARE(m_a.auditCount(u"export"_s), QFileInfo::exists(inLocked) ? 1 : 0);
#endif
    }

    void refusedExportKeepsTheOldFile()
    {
        QFile old(m_a.out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("last week's file\r\n");
        old.close();
        const QList<std::pair<QStringList, int>>
                attempts {{exportArgs(m_a.path(), u"complaint-history"_s, m_a.out, u"desk"_s), 3},
                          {exportArgs(m_a.path(), u"complaint-history"_s, m_a.out)
                                   + QStringList {u"--param"_s, u"status=done"_s},
                           4}};
        for (const auto &[args, exitCode] : attempts) {
            const Run run = runApp(args, password);
            QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
            QCOMPARE(fileBytes(m_a.out), QByteArray("last week's file\r\n"));
            QCOMPARE(filesIn(m_a.dir()).filter(u"out"_s), QStringList {u"out.csv"_s});
        }
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
                      exportArgs(m_a.path(), u"customer-list"_s, m_a.out)
                              + QStringList {u"--lang"_s, u"en"_s});
        QVERIFY(process.waitForStarted(30000));
        const QString status = u"/proc/%1/status"_s.arg(process.processId());
        const auto catchesTerm = [&] {
            QFile file(status);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            for (const QByteArray &line : file.readAll().split('\n'))
                if (line.startsWith("SigCgt:"))
                    return (line.mid(7).trimmed().toULongLong(nullptr, 16) & (1ULL << (SIGTERM - 1)))
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
        QVERIFY2(process.exitCode() == 6, qPrintable(err));
        QVERIFY2(isOneLine(err) && err.contains(u"interrupted"_s), qPrintable(err));
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QCOMPARE(filesIn(m_a.dir()).filter(u"out"_s), QStringList {});
        QCOMPARE(m_a.auditCount(u"export"_s), 0);
#endif
    }

    void helpNamesTheExitCodes()
    {
        const Run run = runApp({u"export"_s, u"--help"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        for (const QString &code : {u"0 the file was written"_s,
                                    u"1 the archive cannot be opened"_s,
                                    u"2 wrong usage"_s,
                                    u"3 the sign-in was refused"_s,
                                    u"4 an unknown report"_s,
                                    u"5 the file cannot be written"_s,
                                    u"6 interrupted"_s})
            QVERIFY2(run.out.contains(code), qPrintable(code));
    }
};

QTEST_GUILESS_MAIN(tst_ExportFailures)
#include "tst_exportfailures.moc"
