#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/CommandFixtures.h"
#include "core/SecurityFixtures.h"
#include "demo/DemoGenerator.h"
#include "security/UserRepository.h"
#include "storage/Backup.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace SecurityFixtures;
using namespace CommandFixtures;

namespace {

const QString password = u"Correct horse 42"_s;

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

#ifdef Q_OS_UNIX
int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}
#endif

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

// Renames a backup and its manifest to another time stamp, as if it had been made then.
QString backdate(const BackupInfo &backup, const QDateTime &at)
{
    const QString name = u"archive-"_s + at.toUTC().toString(u"yyyyMMdd-HHmmss"_s) + u".sqlite"_s;
    const QString path = QFileInfo(backup.filePath).absolutePath() + u'/' + name;
    if (!QFile::rename(backup.filePath, path))
        return {};
    QFile::remove(Backup::manifestPath(backup.filePath));
    if (!writeFile(Backup::manifestPath(path),
                   backup.sha256.toLatin1() + "  " + name.toUtf8() + '\n'))
        return {};
    return path;
}

} // namespace

class tst_Backup : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempArchive> m_archive;
    std::unique_ptr<Database> m_db;
    Actor m_admin;
    QString m_backups;

    QString archivePath() const { return m_archive->path; }
    QString folder() const { return m_archive->dir.path(); }

    BackupInfo backup()
    {
        const Result<BackupInfo> made = Backup::create(*m_db, m_admin, m_backups);
        if (!made) {
            qWarning("backup: %s", qPrintable(made.error().message));
            return {};
        }
        return made.value();
    }

    // Signs in against the users of the archive being restored, like the command does.
    static Backup::SignIn signInAs(const QString &login, const QString &pw = password)
    {
        return [login, pw](Database &db) {
            return UserRepository(db, PasswordHasher(PasswordHasher::Strength::Minimal))
                    .signIn(login, pw);
        };
    }

    // The files of the archive's folder apart from the backups folder.
    QStringList archiveFolderFiles() const { return filesIn(folder()); }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TempArchive>();
        QVERIFY(m_archive->dir.isValid());
        m_db = m_archive->open();
        QVERIFY(m_db);
        UserRepository users(*m_db, PasswordHasher(PasswordHasher::Strength::Minimal));
        REQUIRE_OK(users.createFirstAdmin(u"boss"_s, u"王老板"_s, password));
        const Result<Actor> boss = users.signIn(u"boss"_s, password);
        REQUIRE_OK(boss);
        m_admin = boss.value();
        REQUIRE_OK(users.create(m_admin, u"chief"_s, u"李主管"_s, password, SV));
        REQUIRE_OK(DemoGenerator::run(*m_db, supervisor(), {250, 3, {}}));
        m_backups = m_archive->dir.filePath(u"backups"_s);
    }

    void cleanup()
    {
        m_db.reset();
        m_archive.reset();
    }

    void backupIsCheckedAuditedAndPrivate()
    {
        const int entriesBefore = rowCount(*m_db, u"audit_log"_s);
        const BackupInfo made = backup();
        QVERIFY(!made.filePath.isEmpty());

        static const QRegularExpression name(u"^archive-\\d{8}-\\d{6}\\.sqlite$"_s);
        QVERIFY2(name.match(made.fileName).hasMatch(), qPrintable(made.fileName));
        QCOMPARE(made.filePath, QDir(m_backups).filePath(made.fileName));
        QVERIFY(qAbs(made.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(made.createdAt.toString(u"yyyyMMdd-HHmmss"_s), made.fileName.mid(8, 15));
        // Exactly the backup and its manifest: no temporary file is left.
        QCOMPARE(filesIn(m_backups), QStringList({made.fileName, made.fileName + u".sha256"_s}));

        const QByteArray bytes = fileBytes(made.filePath);
        QCOMPARE(made.size, qint64(bytes.size()));
        QCOMPARE(made.sha256.toLatin1(), sha256Hex(bytes));
        QCOMPARE(fileBytes(Backup::manifestPath(made.filePath)),
                 sha256Hex(bytes) + "  " + made.fileName.toUtf8() + '\n');
#ifdef Q_OS_UNIX
        QCOMPARE(modeOf(made.filePath), 0600);
        QCOMPARE(modeOf(Backup::manifestPath(made.filePath)), 0600);
#endif
        {
            ReadOnlyFile copy(made.filePath);
            QSqlQuery q(copy.connection());
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), Database::ApplicationId);
            // The copy does not hold its own audit entry: it was written after the copy.
            QVERIFY(q.exec(u"SELECT count(*) FROM audit_log"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), entriesBefore);
        }

        // Audited in the live archive, after the copy; the chain stays intact.
        QCOMPARE(rowCount(*m_db, u"audit_log"_s), entriesBefore + 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT user_login, action, entity, details FROM audit_log"
                       " ORDER BY id DESC LIMIT 1"_s)
                && q.next());
        QCOMPARE(q.value(0).toString(), u"boss"_s);
        QCOMPARE(q.value(1).toString(), u"backup"_s);
        QCOMPARE(q.value(2).toString(), u"archive"_s);
        const QJsonObject details = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QCOMPARE(details.value(u"file"_s).toString(), made.fileName);
        QCOMPARE(details.value(u"size"_s).toInteger(), made.size);
        QCOMPARE(details.value(u"sha256"_s).toString(), made.sha256);
        QCOMPARE(AuditLog::verify(*m_db).value(), qint64(0));

        // A second backup in the same second gets its own name.
        const BackupInfo second = backup();
        QVERIFY(!second.filePath.isEmpty());
        QVERIFY(second.fileName != made.fileName);
        QCOMPARE(Backup::list(m_backups).size(), 2);
        QCOMPARE(Backup::list(m_backups).first().fileName, second.fileName);
    }

    void roundTripIsEqualRowForRow()
    {
        const QMap<QString, QStringList> before = snapshot(m_db->connection());
        QVERIFY(before.contains(u"customers"_s));
        QCOMPARE(before.value(u"customers"_s).size(), 250);
        QVERIFY(before.value(u"customer_phones"_s).size() >= 250);
        QVERIFY(!before.value(u"customer_grams"_s).isEmpty());
        QVERIFY(!before.value(u"customer_fts_data"_s).isEmpty());
        QVERIFY(!before.value(u"audit_log"_s).isEmpty());

        const BackupInfo made = backup();
        QVERIFY(!made.filePath.isEmpty());
        {
            ReadOnlyFile copy(made.filePath);
            const QMap<QString, QStringList> inBackup = snapshot(copy.connection());
            QCOMPARE(inBackup.keys(), before.keys());
            for (auto it = before.cbegin(); it != before.cend(); ++it)
                QVERIFY2(inBackup.value(it.key()) == it.value(), qPrintable(it.key()));
        }

        // Work goes on after the backup; then the archive is closed and the backup restored.
        REQUIRE_OK(DemoGenerator::run(*m_db, supervisor(), {40, 9, {}}));
        QCOMPARE(rowCount(*m_db, u"customers"_s), 290);
        m_db.reset();
        const QByteArray replacedBytes = fileBytes(archivePath());
        QVERIFY(!replacedBytes.isEmpty());

        const Result<QString> kept = Backup::restore(made.filePath,
                                                     archivePath(),
                                                     signInAs(u"boss"_s));
        REQUIRE_OK(kept);
        QVERIFY(kept.value().startsWith(archivePath() + u".before-restore-"_s));
        QCOMPARE(fileBytes(kept.value()), replacedBytes); // the replaced archive is kept whole
        QCOMPARE(archiveFolderFiles(),
                 QStringList({u"archive.sqlite"_s, QFileInfo(kept.value()).fileName()}));
        QCOMPARE(qint64(fileBytes(made.filePath).size()), made.size); // the backup is not touched
        QCOMPARE(sha256Hex(fileBytes(made.filePath)), made.sha256.toLatin1());
#ifdef Q_OS_UNIX
        QCOMPARE(modeOf(archivePath()), 0600);
#endif

        m_db = m_archive->open();
        QVERIFY(m_db);
        const QMap<QString, QStringList> after = snapshot(m_db->connection());
        QCOMPARE(after.keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key() == u"audit_log"_s || it.key() == u"sqlite_sequence"_s)
                continue;
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        }
        // The restored archive holds the backup's trail plus the sign-in and the restore.
        const QStringList trail = after.value(u"audit_log"_s);
        QCOMPARE(trail.size(), before.value(u"audit_log"_s).size() + 2);
        QCOMPARE(trail.mid(0, before.value(u"audit_log"_s).size()), before.value(u"audit_log"_s));
        QCOMPARE(AuditLog::verify(*m_db).value(), qint64(0));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT user_login, action, entity, details FROM audit_log"
                       " ORDER BY id DESC LIMIT 1"_s)
                && q.next());
        QCOMPARE(q.value(0).toString(), u"boss"_s);
        QCOMPARE(q.value(1).toString(), u"restore"_s);
        QCOMPARE(q.value(2).toString(), u"archive"_s);
        const QJsonObject details = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QCOMPARE(details.value(u"backup"_s).toString(), made.fileName);
        QCOMPARE(details.value(u"sha256"_s).toString(), made.sha256);
        QCOMPARE(details.value(u"replaced"_s).toString(), QFileInfo(kept.value()).fileName());
    }

    void restoreSignsInAgainstTheBackupsUsers()
    {
        const BackupInfo made = backup();
        QVERIFY(!made.filePath.isEmpty());
        // An administrator added after the backup exists only in the live archive.
        UserRepository users(*m_db, PasswordHasher(PasswordHasher::Strength::Minimal));
        REQUIRE_OK(users.create(m_admin, u"newboss"_s, u"New boss"_s, password, AD));
        m_db.reset();
        const QByteArray original = fileBytes(archivePath());

        Result<QString> refused = Backup::restore(made.filePath,
                                                  archivePath(),
                                                  signInAs(u"newboss"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Permission);
        refused = Backup::restore(made.filePath,
                                  archivePath(),
                                  signInAs(u"boss"_s, u"wrong password 1"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Permission);
        // A supervisor of the backup signs in but may not restore.
        refused = Backup::restore(made.filePath, archivePath(), signInAs(u"chief"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Permission);
        QCOMPARE(fileBytes(archivePath()), original);
        QCOMPARE(archiveFolderFiles(), QStringList({u"archive.sqlite"_s}));

        REQUIRE_OK(Backup::restore(made.filePath, archivePath(), signInAs(u"boss"_s)));
    }

    void damagedBackupIsRefused()
    {
        const BackupInfo made = backup();
        QVERIFY(!made.filePath.isEmpty());
        m_db.reset();
        const QByteArray original = fileBytes(archivePath());

        QByteArray bytes = fileBytes(made.filePath);
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
        QVERIFY(writeFile(made.filePath, bytes));
        const Result<QString> refused = Backup::restore(made.filePath,
                                                        archivePath(),
                                                        signInAs(u"boss"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Incompatible);
        QVERIFY2(refused.error().message.contains(u"manifest"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(fileBytes(archivePath()), original);
        QCOMPARE(archiveFolderFiles(), QStringList({u"archive.sqlite"_s}));

        // Without its manifest a backup is not restored either.
        QVERIFY(QFile::remove(Backup::manifestPath(made.filePath)));
        const Result<QString> noManifest = Backup::restore(made.filePath,
                                                           archivePath(),
                                                           signInAs(u"boss"_s));
        QVERIFY(!noManifest);
        QCOMPARE(noManifest.error().code, Error::Code::NotFound);
        QCOMPARE(fileBytes(archivePath()), original);
        QCOMPARE(archiveFolderFiles(), QStringList({u"archive.sqlite"_s}));
    }

    void foreignDatabaseWithMatchingManifestIsRefused()
    {
        m_db.reset();
        const QByteArray original = fileBytes(archivePath());
        QDir().mkpath(m_backups);
        const QString other = QDir(m_backups).filePath(u"archive-20240101-000000.sqlite"_s);
        {
            const QString name = u"other-program"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(other);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"CREATE TABLE notes(text TEXT)"_s));
                QVERIFY(q.exec(u"INSERT INTO notes VALUES('not an archive')"_s));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        QVERIFY(writeFile(Backup::manifestPath(other),
                          sha256Hex(fileBytes(other)) + "  archive-20240101-000000.sqlite\n"));
        const Result<QString> refused = Backup::restore(other, archivePath(), signInAs(u"boss"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Incompatible);
        QCOMPARE(fileBytes(archivePath()), original);
        QCOMPARE(archiveFolderFiles(), QStringList({u"archive.sqlite"_s}));
    }

    void restoreRefusesAnOpenArchive()
    {
        const BackupInfo made = backup();
        QVERIFY(!made.filePath.isEmpty());
        QVERIFY(QFileInfo::exists(archivePath() + u"-wal"_s)); // m_db is open
        const QByteArray original = fileBytes(archivePath());
        const Result<QString> refused = Backup::restore(made.filePath,
                                                        archivePath(),
                                                        signInAs(u"boss"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QCOMPARE(fileBytes(archivePath()), original);
        QCOMPARE(rowCount(*m_db, u"customers"_s), 250);
    }

    void restoreIntoANewFile()
    {
        const BackupInfo made = backup();
        QVERIFY(!made.filePath.isEmpty());
        const QString target = m_archive->dir.filePath(u"elsewhere/restored.sqlite"_s);
        const Result<QString> kept = Backup::restore(made.filePath, target, signInAs(u"boss"_s));
        REQUIRE_OK(kept);
        QVERIFY(kept.value().isEmpty());
        QCOMPARE(filesIn(QFileInfo(target).absolutePath()), QStringList({u"restored.sqlite"_s}));
        auto restored = Database::open(target);
        REQUIRE_OK(restored);
        QCOMPARE(rowCount(*restored.value(), u"customers"_s), 250);
    }

    void backupNeedsAnAdministrator()
    {
        const int entriesBefore = rowCount(*m_db, u"audit_log"_s);
        for (const Actor &actor : {supervisor(), frontDesk(), nobody()}) {
            const Result<BackupInfo> refused = Backup::create(*m_db, actor, m_backups);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::Permission);
        }
        QVERIFY(!QFileInfo::exists(m_backups)); // not even the folder
        QDir().mkpath(m_backups);
        QVERIFY(!Backup::create(*m_db, supervisor(), m_backups));
        QVERIFY(filesIn(m_backups).isEmpty());
        QCOMPARE(rowCount(*m_db, u"audit_log"_s), entriesBefore);
    }

    void pruneKeepsTheNewest()
    {
        for (int i = 0; i < 4; ++i)
            QVERIFY(!backup().filePath.isEmpty());
        // Older backups from other days, and files that are not backups.
        const QList<BackupInfo> made = Backup::list(m_backups);
        QCOMPARE(made.size(), 4);
        const QString lastWeek = backdate(made.at(3), QDateTime::currentDateTimeUtc().addDays(-7));
        const QString yesterday = backdate(made.at(2), QDateTime::currentDateTimeUtc().addDays(-1));
        QVERIFY(!lastWeek.isEmpty() && !yesterday.isEmpty());
        QVERIFY(writeFile(QDir(m_backups).filePath(u"notes.txt"_s), "keep me"));
        // What a crash in the middle of a backup leaves: removed once it is a day old.
        const QString stale = QDir(m_backups).filePath(u".archive-backup-stale.tmp"_s);
        const QString recent = QDir(m_backups).filePath(u".archive-backup-recent.tmp"_s);
        QVERIFY(writeFile(stale, "half a backup"));
        QVERIFY(writeFile(recent, "a backup in the making"));
        {
            QFile file(stale);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2),
                                     QFileDevice::FileModificationTime));
        }
        QVERIFY(writeFile(QDir(m_backups).filePath(u"archive-20200101-000000.sqlite"_s),
                          "no manifest"));

        const QList<BackupInfo> listed = Backup::list(m_backups);
        QCOMPARE(listed.size(), 4);
        QCOMPARE(listed.at(0).fileName, made.at(0).fileName);
        QCOMPARE(listed.at(1).fileName, made.at(1).fileName);
        QCOMPARE(listed.at(2).filePath, yesterday);
        QCOMPARE(listed.at(3).filePath, lastWeek);

        const Result<int> removed = Backup::prune(m_backups, 2);
        REQUIRE_OK(removed);
        QCOMPARE(removed.value(), 2);
        QStringList expected {u".archive-backup-recent.tmp"_s,
                              made.at(0).fileName,
                              made.at(0).fileName + u".sha256"_s,
                              made.at(1).fileName,
                              made.at(1).fileName + u".sha256"_s,
                              u"archive-20200101-000000.sqlite"_s,
                              u"notes.txt"_s};
        expected.sort();
        QCOMPARE(filesIn(m_backups), expected);
        QCOMPARE(Backup::prune(m_backups, 2).value(), 0);

        const Result<int> none = Backup::prune(m_backups, 0);
        QVERIFY(!none);
        QCOMPARE(none.error().code, Error::Code::Invalid);
        QCOMPARE(filesIn(m_backups), expected);
    }

    void automaticBackupAtMostDaily()
    {
        // None yet: one is made.
        Result<std::optional<BackupInfo>> first = Backup::automatic(*m_db, m_admin, m_backups, 2);
        REQUIRE_OK(first);
        QVERIFY(first.value().has_value());
        const int entries = rowCount(*m_db, u"audit_log"_s);

        // One younger than 24 hours: skipped, nothing written.
        Result<std::optional<BackupInfo>> skipped = Backup::automatic(*m_db, m_admin, m_backups, 2);
        REQUIRE_OK(skipped);
        QVERIFY(!skipped.value().has_value());
        QCOMPARE(Backup::list(m_backups).size(), 1);
        QCOMPARE(rowCount(*m_db, u"audit_log"_s), entries);
        skipped = Backup::automatic(*m_db,
                                    m_admin,
                                    m_backups,
                                    2,
                                    QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
        REQUIRE_OK(skipped);
        QVERIFY(!skipped.value().has_value());

        // The newest is 25 hours old: a new one, and only `keep` are kept.
        const QString old = backdate(*first.value(),
                                     QDateTime::currentDateTimeUtc().addSecs(-25 * 3600));
        QVERIFY(!old.isEmpty());
        const QString older = backdate(backup(), QDateTime::currentDateTimeUtc().addDays(-3));
        QVERIFY(!older.isEmpty());
        QCOMPARE(Backup::list(m_backups).size(), 2);
        Result<std::optional<BackupInfo>> made = Backup::automatic(*m_db, m_admin, m_backups, 2);
        REQUIRE_OK(made);
        QVERIFY(made.value().has_value());
        const QList<BackupInfo> listed = Backup::list(m_backups);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).filePath, made.value()->filePath);
        QCOMPARE(listed.at(1).filePath, old);
        QVERIFY(!QFileInfo::exists(older));

        // Only an administrator's session makes them.
        const Result<std::optional<BackupInfo>> refused = Backup::automatic(
                *m_db, supervisor(), m_backups, 2, QDateTime::currentDateTimeUtc().addDays(2));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Permission);
    }

    void commandsBackupAndRestore()
    {
        m_db.reset();
        const QString archive = archivePath();
        const QString out = m_backups;

        // A wrong password, a supervisor, a missing user: refused, no backup.
        Run run = runApp(
                {u"backup"_s, u"--archive"_s, archive, u"--output"_s, out, u"--user"_s, u"boss"_s},
                u"wrong password 1"_s);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(u"password"_s), qPrintable(describe(run)));
        run = runApp(
                {u"backup"_s, u"--archive"_s, archive, u"--output"_s, out, u"--user"_s, u"chief"_s},
                password);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        run = runApp({u"backup"_s, u"--archive"_s, archive, u"--output"_s, out}, password);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY(Backup::list(out).isEmpty());
        // Wrong usage.
        run = runApp({u"backup"_s, u"--archive"_s, archive, u"--user"_s, u"boss"_s}, password);
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        run = runApp({u"backup"_s,
                      u"--archive"_s,
                      archive,
                      u"--output"_s,
                      out,
                      u"--keep"_s,
                      u"0"_s,
                      u"--user"_s,
                      u"boss"_s},
                     password);
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        // A missing archive is not created.
        const QString missing = m_archive->dir.filePath(u"missing.sqlite"_s);
        run = runApp(
                {u"backup"_s, u"--archive"_s, missing, u"--output"_s, out, u"--user"_s, u"boss"_s},
                password);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY(!QFileInfo::exists(missing));

        // The administrator, twice, keeping one.
        run = runApp(
                {u"backup"_s, u"--archive"_s, archive, u"--output"_s, out, u"--user"_s, u"boss"_s},
                password);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(Backup::list(out).size(), 1);
        QVERIFY2(run.out.contains(Backup::list(out).first().sha256), qPrintable(describe(run)));
        run = runApp({u"backup"_s,
                      u"--archive"_s,
                      archive,
                      u"--output"_s,
                      out,
                      u"--keep"_s,
                      u"1"_s,
                      u"--user"_s,
                      u"boss"_s},
                     password);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QList<BackupInfo> listed = Backup::list(out);
        QCOMPARE(listed.size(), 1);

        // Restore: the backup's administrator only.
        const QByteArray original = fileBytes(archive);
        run = runApp({u"restore"_s,
                      u"--backup"_s,
                      listed.first().filePath,
                      u"--archive"_s,
                      archive,
                      u"--user"_s,
                      u"chief"_s},
                     password);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        run = runApp({u"restore"_s,
                      u"--backup"_s,
                      listed.first().filePath,
                      u"--archive"_s,
                      archive,
                      u"--user"_s,
                      u"boss"_s},
                     u"wrong password 1"_s);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QCOMPARE(fileBytes(archive), original);
        run = runApp({u"restore"_s,
                      u"--backup"_s,
                      listed.first().filePath,
                      u"--archive"_s,
                      archive,
                      u"--user"_s,
                      u"boss"_s},
                     password);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(u".before-restore-"_s), qPrintable(describe(run)));
        auto restored = Database::open(archive);
        REQUIRE_OK(restored);
        QCOMPARE(rowCount(*restored.value(), u"customers"_s), 250);
        QCOMPARE(AuditLog::verify(*restored.value()).value(), qint64(0));
    }

    void commandsRefuseAnArchiveWithoutUsers()
    {
        TempArchive empty;
        QVERIFY(empty.open());
        const Run run = runApp({u"backup"_s,
                                u"--archive"_s,
                                empty.path,
                                u"--output"_s,
                                m_backups,
                                u"--user"_s,
                                u"admin"_s},
                               password);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(u"no user accounts"_s), qPrintable(describe(run)));
        QVERIFY(!QFileInfo::exists(m_backups));
        auto db = Database::open(empty.path);
        REQUIRE_OK(db);
        QCOMPARE(rowCount(*db.value(), u"users"_s), 0); // no accounts were made on the way
    }
};

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
