#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/CommandFixtures.h"
#include "core/SecurityFixtures.h"
#include "demo/DemoGenerator.h"
#include "security/UserRepository.h"
#include "storage/ArchiveCheck.h"

using namespace Qt::StringLiterals;
using namespace SecurityFixtures;
using namespace CommandFixtures;

namespace {

const QString password = u"Correct horse 42"_s;

} // namespace

class tst_ArchiveCheck : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempArchive> m_archive;
    std::unique_ptr<Database> m_db;

    QStringList findings()
    {
        const Result<QStringList> r = ArchiveCheck::run(*m_db);
        if (!r) {
            qWarning("check: %s", qPrintable(r.error().message));
            return {u"<check failed>"_s};
        }
        return r.value();
    }

    QStringList runCheck(const QString &user, const QString &pw, int expectedExit)
    {
        const Run run = runApp({u"check"_s, u"--archive"_s, m_archive->path, u"--user"_s, user}, pw);
        if (run.exitCode != expectedExit) {
            qWarning("%s", qPrintable(describe(run)));
            return {u"<unexpected exit code>"_s};
        }
        return run.out.split(u'\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TempArchive>();
        m_db = m_archive->open();
        QVERIFY(m_db);
        // A trail of a few dozen entries: accounts, sign-ins, failed sign-ins, customers.
        UserRepository users(*m_db, PasswordHasher(PasswordHasher::Strength::Minimal));
        REQUIRE_OK(users.createFirstAdmin(u"boss"_s, u"王老板"_s, password));
        const Result<Actor> boss = users.signIn(u"boss"_s, password);
        REQUIRE_OK(boss);
        REQUIRE_OK(users.create(boss.value(), u"chief"_s, u"李主管"_s, password, SV));
        REQUIRE_OK(users.create(boss.value(), u"desk"_s, u"前台小张"_s, password, FD));
        QVERIFY(!users.signIn(u"desk"_s, u"wrong password 1"_s));
        REQUIRE_OK(users.signIn(u"desk"_s, password));
        REQUIRE_OK(DemoGenerator::run(*m_db, supervisor(), {120, 5, {}}));
        QVERIFY(rowCount(*m_db, u"audit_log"_s) >= 6);
    }

    void cleanup()
    {
        m_db.reset();
        m_archive.reset();
    }

    void freshArchiveIsFine()
    {
        QCOMPARE(findings(), QStringList());
        TempArchive empty;
        auto db = empty.open();
        QVERIFY(db);
        const Result<QStringList> r = ArchiveCheck::run(*db);
        REQUIRE_OK(r);
        QCOMPARE(r.value(), QStringList());
    }

    void namesAnEditedAuditEntry()
    {
        RawConnection raw(*m_archive);
        QCOMPARE(raw.dropAuditTriggers(), QString());
        EXEC_OK(raw,
                u"UPDATE audit_log SET details = '{\"reason\":\"nothing happened\"}' WHERE id = 4"_s);
        const QStringList found = findings();
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(u"audit trail is broken at entry 4:"_s),
                 qPrintable(found.first()));
    }

    void namesADeletedAuditEntry()
    {
        RawConnection raw(*m_archive);
        QCOMPARE(raw.dropAuditTriggers(), QString());
        EXEC_OK(raw, u"DELETE FROM audit_log WHERE id = 3"_s);
        const QStringList found = findings();
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(u"entry 3:"_s), qPrintable(found.first()));
    }

    void reportsARecordPointingNowhere()
    {
        RawConnection raw(*m_archive); // foreign keys are off on a plain connection
        EXEC_OK(raw,
                u"INSERT INTO customer_phones(customer_id, position, kind, number, is_primary)"
                " VALUES(987654, 0, 0, '8613800000000', 1)"_s);
        const QStringList found = findings();
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(u"customer_phones"_s)
                         && found.first().contains(u"customers"_s),
                 qPrintable(found.first()));
    }

    void reportsADamagedFile()
    {
        // Overwrite an index's root page behind SQLite's back: the table is intact, the file
        // opens, and quick_check must tell.
        const QVariant root = scalar(*m_db,
                                     u"SELECT rootpage FROM sqlite_master WHERE name = ?"_s,
                                     {u"customers_active_company"_s});
        const int pageSize = scalar(*m_db, u"PRAGMA page_size"_s).toInt();
        QVERIFY(root.toInt() > 1 && pageSize >= 512);
        m_db.reset(); // closing folds the -wal into the file
        QVERIFY(!QFileInfo::exists(m_archive->path + u"-wal"_s));
        {
            QFile file(m_archive->path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(qint64(root.toInt() - 1) * pageSize));
            QVERIFY(file.write(QByteArray(pageSize, char(0x5a))) == pageSize);
        }
        m_db = m_archive->open();
        QVERIFY(m_db);
        const QStringList found = findings();
        QVERIFY(!found.isEmpty());
        QVERIFY2(found.first().contains(u"damaged"_s), qPrintable(found.join(u'\n')));
    }

    void needsSupervisorOrAdministrator()
    {
        for (const Actor &actor : {frontDesk(), nobody()}) {
            const Result<QStringList> r = ArchiveCheck::run(*m_db, actor);
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::Permission);
        }
        for (const Actor &actor : {supervisor(), admin()})
            REQUIRE_OK(ArchiveCheck::run(*m_db, actor));
    }

    void checkCommand()
    {
        m_db.reset();
        // All well: exit 0.
        QCOMPARE(runCheck(u"chief"_s, password, 0).size(), 1);
        // Wrong password, a front desk, no user, a missing archive (not created): exit 1.
        QVERIFY(!runCheck(u"chief"_s, u"wrong password 1"_s, 1)
                         .contains(u"<unexpected exit code>"_s));
        QVERIFY(!runCheck(u"desk"_s, password, 1).contains(u"<unexpected exit code>"_s));
        Run run = runApp({u"check"_s, u"--archive"_s, m_archive->path}, password);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        const QString missing = m_archive->dir.filePath(u"missing.sqlite"_s);
        run = runApp({u"check"_s, u"--archive"_s, missing, u"--user"_s, u"boss"_s}, password);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY(!QFileInfo::exists(missing));
        run = runApp({u"check"_s, u"--user"_s, u"boss"_s}, password);
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));

        // Tampered: exit 3, one line per finding naming the entry.
        {
            RawConnection raw(*m_archive);
            QCOMPARE(raw.dropAuditTriggers(), QString());
            EXEC_OK(raw, u"UPDATE audit_log SET user_login = 'someone else' WHERE id = 2"_s);
            EXEC_OK(raw, u"INSERT INTO customer_tags(customer_id, tag) VALUES(987654, 'ghost')"_s);
        }
        const QStringList lines = runCheck(u"boss"_s, password, 3);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(u"customer_tags"_s), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.at(1).contains(u"entry 2:"_s), qPrintable(lines.join(u'\n')));
    }

    void commandRefusesAnArchiveWithoutUsers()
    {
        TempArchive empty;
        QVERIFY(empty.open());
        const Run run = runApp({u"check"_s, u"--archive"_s, empty.path, u"--user"_s, u"admin"_s},
                               password);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(u"no user accounts"_s), qPrintable(describe(run)));
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveCheck)
#include "tst_archivecheck.moc"
