#include "TestSupport.h"
#include "core/CommandFixtures.h"
#include "core/ImportFixtures.h"
#include "core/SecurityFixtures.h"
#include "security/PasswordHasher.h"
#include "security/UserRepository.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace CommandFixtures;
using namespace ImportFixtures;

namespace {
const QString password = u"correct horse 42"_s;
}

// service-archive import: exit codes and messages a script can rely on.
class tst_ImportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;

    Run import(const QStringList &arguments, const QString &user = u"chief"_s)
    {
        return runApp(QStringList {u"import"_s, u"--archive"_s, m_archive, u"--user"_s, user}
                              + arguments,
                      password);
    }
    qint64 customers()
    {
        auto db = Database::open(m_archive);
        return db ? rowCount(*db.value(), u"customers"_s) : -1;
    }
    static qint64 rowCount(const Database &db, const QString &table)
    {
        return SecurityFixtures::rowCount(db, table);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_archive = m_dir.filePath(u"archive.sqlite"_s);
        auto db = Database::open(m_archive);
        QVERIFY(db);
        UserRepository users(*db.value(), PasswordHasher(PasswordHasher::Strength::Minimal));
        QVERIFY(users.createFirstAdmin(u"boss"_s, u"王老板"_s, password));
        const Result<Actor> boss = users.signIn(u"boss"_s, password);
        QVERIFY(boss);
        QVERIFY(users.create(boss.value(), u"chief"_s, u"李主管"_s, password, SecurityFixtures::SV));
        QVERIFY(users.create(boss.value(), u"desk"_s, u"小张"_s, password, SecurityFixtures::FD));
        writeFile(m_dir,
                  u"good.csv"_s,
                  "姓名,手机,邮箱\n张伟,13812345678,zw@example.cn\n李娜,13912345678,\n");
        writeFile(m_dir,
                  u"bad.csv"_s,
                  "姓名,手机,生日\n王五,13700000001,1990-01-01\n赵六,12,2020/13/45\n");
    }

    void usage()
    {
        Run run = import({u"--kind"_s, u"orders"_s, m_dir.filePath(u"good.csv"_s)});
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY(run.err.contains(u"--kind"_s));
        run = import({u"--kind"_s, u"customers"_s});
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        run = import({u"--kind"_s,
                      u"customers"_s,
                      u"--on-duplicate"_s,
                      u"merge"_s,
                      m_dir.filePath(u"good.csv"_s)});
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    }

    void refusedWithoutTheRight()
    {
        const Run run = import({u"--kind"_s, u"customers"_s, m_dir.filePath(u"good.csv"_s)},
                               u"desk"_s);
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        QCOMPARE(customers(), 0);
    }

    void dryRunWritesNothing()
    {
        const Run run = import(
                {u"--kind"_s, u"customers"_s, u"--dry-run"_s, m_dir.filePath(u"good.csv"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(u"2 would be created"_s), qPrintable(describe(run)));
        QCOMPARE(customers(), 0);
    }

    void invalidRowsRefuseTheFile()
    {
        const QString errors = m_dir.filePath(u"errors.csv"_s);
        Run run = import(
                {u"--kind"_s, u"customers"_s, u"--errors"_s, errors, m_dir.filePath(u"bad.csv"_s)});
        QVERIFY2(run.exitCode == 5, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(u"line 3"_s), qPrintable(describe(run)));
        QCOMPARE(customers(), 0);
        const QString report = QString::fromUtf8(fileBytes(errors));
        QVERIFY2(report.contains(u"2020/13/45"_s), qPrintable(report));
        // --skip-invalid imports the good row.
        run = import(
                {u"--kind"_s, u"customers"_s, u"--skip-invalid"_s, m_dir.filePath(u"bad.csv"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(customers(), 1);
    }

    void importListAndUndo()
    {
        const qint64 before = customers();
        Run run = import({u"--kind"_s, u"customers"_s, m_dir.filePath(u"good.csv"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(customers(), before + 2);
        run = import({u"--list"_s});
        QVERIFY2(run.exitCode == 0 && run.out.contains(u"good.csv"_s), qPrintable(describe(run)));
        const QString id = run.out.section(u' ', 0, 0).trimmed();
        run = import({u"--undo"_s, id});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(customers(), before);
        run = import({u"--undo"_s, id});
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY(run.err.contains(u"already"_s));
    }

    void unreadableFileIsRefused()
    {
        writeFile(m_dir, u"latin.csv"_s, "name\n\x81\x8d\x8f\n");
        const Run run = import({u"--kind"_s,
                                u"customers"_s,
                                u"--encoding"_s,
                                u"utf-8"_s,
                                m_dir.filePath(u"latin.csv"_s)});
        QVERIFY2(run.exitCode == 5, qPrintable(describe(run)));
    }

    void missingFileIsRefusedNamingIt()
    {
        const QString path = m_dir.filePath(u"no-such-file.csv"_s);
        const Run run = import({u"--kind"_s, u"customers"_s, path});
        QVERIFY2(run.exitCode == 5, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(path)), qPrintable(describe(run)));
    }
};

QTEST_GUILESS_MAIN(tst_ImportCommand)
#include "tst_importcommand.moc"
