#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "customers/CustomerRepository.h"
#include "storage/Migrations.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QVariant pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"PRAGMA "_s + name) || !q.next())
        return {};
    return q.value(0);
}

// Runs statements on a plain QSQLITE connection (no archive settings) and closes it again.
bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = u"raw-test-connection"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

int rowCount(const Database &db, const QString &where)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT count(*) FROM archive_info WHERE "_s + where) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// The file and its WAL side files, to show that a refused file was not touched.
struct FileSnapshot
{
    QByteArray main;
    bool walExists = false;
    QByteArray wal;
    bool shmExists = false;

    static FileSnapshot of(const QString &path)
    {
        return {readAll(path),
                QFile::exists(path + u"-wal"_s),
                readAll(path + u"-wal"_s),
                QFile::exists(path + u"-shm"_s)};
    }
    bool operator==(const FileSnapshot &) const = default;
};

// Found by QCOMPARE through argument-dependent lookup.
char *toString(const FileSnapshot &s)
{
    const QByteArray sha1 = QCryptographicHash::hash(s.main, QCryptographicHash::Sha1).toHex();
    const QByteArray wal = s.walExists ? QByteArray::number(s.wal.size()) + " bytes"
                                       : QByteArray("absent");
    const QByteArray text = "main file " + QByteArray::number(s.main.size()) + " bytes (sha1 "
                            + sha1 + "), -wal " + wal + ", -shm "
                            + (s.shmExists ? "present" : "absent");
    return qstrdup(text.constData());
}

enum class Foreign { Text, Empty, OtherSqlite, OtherSqliteWal, Binary, CorruptSqlite };

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsArchive()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(pragma(*db, u"application_id"_s).toInt(), Database::ApplicationId);
        QCOMPARE(db->path(), archive.path);
    }

    void archiveFileIsPrivate()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(archive.path) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(archive.path) & QFileDevice::WriteOwner);
        // The WAL holds the same data as the archive: it must be just as private.
        const QString wal = archive.path + u"-wal"_s;
        if (QFile::exists(wal))
            QCOMPARE(QFile::permissions(wal) & others, QFileDevice::Permissions());
    }

    void connectionPragmas()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        // A second connection gets the same settings: they are per connection, not per file.
        auto second = Database::open(archive.path);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        for (const Database *d : {db.get(), second.value().get()}) {
            QCOMPARE(pragma(*d, u"foreign_keys"_s).toInt(), 1);
            QCOMPARE(pragma(*d, u"journal_mode"_s).toString().toLower(), u"wal"_s);
            QCOMPARE(pragma(*d, u"synchronous"_s).toInt(), 2);
            QCOMPARE(pragma(*d, u"secure_delete"_s).toInt(), 1);
            QVERIFY(pragma(*d, u"busy_timeout"_s).toInt() >= 5000);
        }
    }

    void reopenKeepsData()
    {
        TempArchive archive;
        const Actor actor = Fixtures::alice();
        const Customer input = Fixtures::person(u"王芳"_s, {u"138 1234 5678"_s});
        qint64 id = 0;
        {
            auto db = archive.open();
            QVERIFY(db);
            CustomerRepository repo(*db);
            const auto created = repo.create(actor, input);
            QVERIFY2(created, created ? "" : qPrintable(created.error().message));
            id = created->id;
        }
        auto db = archive.open();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        CustomerRepository repo(*db);
        const auto loaded = repo.get(actor, id);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded->name, input.name);
        QCOMPARE(loaded->code, u"C000001"_s);
        const auto phones = repo.revealPhones(actor, id);
        QVERIFY(phones);
        QCOMPARE(phones->size(), 1);
        QCOMPARE(phones->first().number, u"+8613812345678"_s);
    }

    void refusesNewerArchive()
    {
        TempArchive archive;
        QVERIFY(archive.open()); // created, then closed again
        const int newer = Migrations::latestVersion() + 1;
        QVERIFY(rawExec(archive.path,
                        {u"PRAGMA user_version = %1"_s.arg(newer),
                         u"PRAGMA wal_checkpoint(TRUNCATE)"_s}));
        const FileSnapshot before = FileSnapshot::of(archive.path);
        QVERIFY(!before.main.isEmpty());

        const auto db = Database::open(archive.path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::Incompatible);
        QVERIFY2(db.error().message.contains(QString::number(newer)),
                 qPrintable(db.error().message));
        QCOMPARE(readAll(archive.path), before.main);
        // Nothing appears next to it either (no -wal / -shm left behind by the check).
        QCOMPARE(FileSnapshot::of(archive.path), before);
    }

    void refusesForeignFile_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("text") << int(Foreign::Text);
        QTest::newRow("empty") << int(Foreign::Empty);
        QTest::newRow("other sqlite database") << int(Foreign::OtherSqlite);
        QTest::newRow("other sqlite database in WAL mode") << int(Foreign::OtherSqliteWal);
        QTest::newRow("binary") << int(Foreign::Binary);
        QTest::newRow("corrupt sqlite") << int(Foreign::CorruptSqlite);
    }

    void refusesForeignFile()
    {
        QFETCH(int, kind);
        TempArchive archive;
        if (Foreign(kind) == Foreign::OtherSqlite || Foreign(kind) == Foreign::OtherSqliteWal) {
            const QString mode = Foreign(kind) == Foreign::OtherSqlite ? u"DELETE"_s : u"WAL"_s;
            QVERIFY(rawExec(archive.path,
                            {u"PRAGMA journal_mode = "_s + mode,
                             u"CREATE TABLE t(x)"_s,
                             u"INSERT INTO t(x) VALUES(42)"_s}));
        } else {
            QFile file(archive.path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (Foreign(kind) == Foreign::Text)
                file.write("name,phone\r\n王芳,13812345678\r\n");
            else if (Foreign(kind) == Foreign::Binary)
                file.write(QByteArray(4096, '\xA5'));
            else if (Foreign(kind) == Foreign::CorruptSqlite)
                file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x7F'));
            file.close();
        }
        const FileSnapshot before = FileSnapshot::of(archive.path);
        QVERIFY(!before.walExists && !before.shmExists);

        const auto db = Database::open(archive.path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::Incompatible);
        QVERIFY(!db.error().message.isEmpty());
        QCOMPARE(readAll(archive.path), before.main);
        QCOMPARE(FileSnapshot::of(archive.path), before);
    }

    void failedCreationReportsError()
    {
        // Nobody, not even root, can create a directory in /proc.
        const QString path = u"/proc/servicearchive-test/sub/archive.sqlite"_s;
        const auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::Storage);
        QVERIFY(!db.error().message.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void writeTransactionCommitsOrRollsBack()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        auto insert = [&](const QString &key) -> Status {
            QSqlQuery q(db->connection());
            q.prepare(u"INSERT INTO archive_info(key, value) VALUES(?, 'v')"_s);
            q.addBindValue(key);
            if (!q.exec())
                return Database::storageError(q.lastError());
            return Done {};
        };

        const Status failed = WriteTransaction::run(*db, [&]() -> Status {
            if (Status s = insert(u"rolled-back"_s); !s)
                return s;
            return makeError(Error::Code::Invalid, u"refused by the work"_s);
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, Error::Code::Invalid);
        QCOMPARE(failed.error().message, u"refused by the work"_s);
        QCOMPARE(rowCount(*db, u"key = 'rolled-back'"_s), 0);

        // No transaction was left open: the next one begins and commits.
        const Status committed = WriteTransaction::run(*db, [&] { return insert(u"kept"_s); });
        QVERIFY2(committed, committed ? "" : qPrintable(committed.error().message));
        QCOMPARE(rowCount(*db, u"key = 'kept'"_s), 1);

        // The value-returning form hands the work's value or error through.
        const Result<int> value = WriteTransaction::run<int>(*db, [&]() -> Result<int> {
            if (Status s = insert(u"with value"_s); !s)
                return s.error();
            return 7;
        });
        QVERIFY(value);
        QCOMPARE(value.value(), 7);
        const Result<int> error = WriteTransaction::run<int>(*db, [&]() -> Result<int> {
            if (Status s = insert(u"value rolled back"_s); !s)
                return s.error();
            return makeError(Error::Code::Conflict, u"stale"_s);
        });
        QVERIFY(!error);
        QCOMPARE(error.error().code, Error::Code::Conflict);
        QCOMPARE(rowCount(*db, u"key IN ('with value', 'value rolled back')"_s), 1);

        // Data written before closing is there after reopening.
        db.reset();
        db = archive.open();
        QVERIFY(db);
        QCOMPARE(rowCount(*db, u"key IN ('kept', 'with value')"_s), 2);
        QCOMPARE(rowCount(*db, u"key IN ('rolled-back', 'value rolled back')"_s), 0);
    }

    void secondWriterWaitsForTheFirst()
    {
        TempArchive archive;
        auto a = archive.open();
        auto b = archive.open();
        QVERIFY(a && b);
        QVERIFY(a->exec(u"PRAGMA busy_timeout = 300"_s)); // keep the test quick

        QSqlQuery holder(b->connection());
        QVERIFY(holder.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(holder.exec(u"INSERT INTO archive_info(key, value) VALUES('b', '1')"_s));

        bool workRan = false;
        QElapsedTimer timer;
        timer.start();
        const Status blocked = WriteTransaction::run(*a, [&]() -> Status {
            workRan = true;
            return Done {};
        });
        // A waited for the lock for its busy timeout, then gave up without running the work.
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().code, Error::Code::Storage);
        QVERIFY(!workRan);
        QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));

        QVERIFY(holder.exec(u"COMMIT"_s));
        const Status written = WriteTransaction::run(*a, [&]() -> Status {
            workRan = true;
            return a->exec(u"INSERT INTO archive_info(key, value) VALUES('a', '1')"_s);
        });
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QVERIFY(workRan);

        // Both writes are in, seen from either connection, and the file is sound.
        QCOMPARE(rowCount(*a, u"key IN ('a', 'b')"_s), 2);
        QCOMPARE(rowCount(*b, u"key IN ('a', 'b')"_s), 2);
        QCOMPARE(pragma(*b, u"integrity_check"_s).toString(), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
