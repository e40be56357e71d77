#include "TestSupport.h"
#include "storage/ArchiveCheck.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <csignal>

using namespace Qt::StringLiterals;

// A writer killed with SIGKILL in the middle of a large write (N demo customers in one
// transaction) leaves an archive that opens, passes integrity_check, and holds all N customers or
// none. The archive exists before the writer starts (as it does when people work with it), so it
// must open after every kill. The kill comes a random 50-800 ms (spread over the whole range)
// after the writer reports that it begins the write; N is sized to this machine so that the
// commit falls inside that range, and a second run writes 20,000 customers, which every kill
// interrupts.
class tst_Crash : public QObject
{
    Q_OBJECT

    static constexpr int Repetitions = 10; // per row of data
    static constexpr int MinDelayMs = 50;
    static constexpr int MaxDelayMs = 800;

    static constexpr qint64 LargeWrite = 20000;
    qint64 m_sized = LargeWrite; // commits about 400 ms after the write begins

    struct Outcome
    {
        bool started = false; // the writer had begun its transaction
        bool reportedCommit = false;
        bool finished = false; // it was done before the kill
        qint64 writeMs = -1; // from "writing" to its exit, when it was not killed
    };

    enum class CountFrom { Start, Writing };

    // Runs the writer; killAfterMs < 0 lets it finish, otherwise it is killed that long after
    // its start or after it reported "writing".
    Outcome runWriter(const QString &path, qint64 customers, int killAfterMs, CountFrom from)
    {
        QProcess writer;
        writer.start(QStringLiteral(SA_CRASH_WRITER), {path, QString::number(customers)});
        Outcome outcome;
        if (!writer.waitForStarted(30000)) {
            qWarning("the writer did not start: %s", qPrintable(writer.errorString()));
            return outcome;
        }
        QByteArray out;
        QElapsedTimer sinceWriting;
        if (from == CountFrom::Writing) {
            QElapsedTimer waited;
            waited.start();
            while (!out.contains("writing\n") && writer.state() == QProcess::Running
                   && waited.elapsed() < 60000) {
                writer.waitForReadyRead(50);
                out += writer.readAllStandardOutput();
            }
        }
        sinceWriting.start();
        if (killAfterMs < 0 || writer.waitForFinished(killAfterMs)) {
            if (killAfterMs < 0)
                writer.waitForFinished(300000);
            outcome.writeMs = sinceWriting.elapsed();
            outcome.finished = writer.exitStatus() == QProcess::NormalExit
                               && writer.exitCode() == 0;
            if (!outcome.finished)
                qWarning("the writer failed: %s", writer.readAllStandardError().constData());
        } else {
            ::kill(pid_t(writer.processId()), SIGKILL);
            writer.waitForFinished(30000);
        }
        out += writer.readAllStandardOutput();
        outcome.started = out.contains("writing\n");
        outcome.reportedCommit = out.contains("committed\n");
        return outcome;
    }

    // The archive after the writer: opens, integrity_check ok, all or none; returns the count.
    qint64 verifyArchive(const QString &path)
    {
        auto db = Database::open(path);
        if (!db) {
            qWarning("the archive was refused: %s", qPrintable(db.error().message));
            return -1;
        }
        QSqlQuery q(db.value()->connection());
        if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next() || q.value(0).toString() != u"ok"_s) {
            qWarning("integrity_check: %s", qPrintable(q.value(0).toString()));
            return -1;
        }
        q.finish();
        const Result<QStringList> findings = ArchiveCheck::run(*db.value());
        if (!findings || !findings.value().isEmpty()) {
            qWarning("check: %s",
                     qPrintable(findings ? findings.value().join(u'\n') : findings.error().message));
            return -1;
        }
        // The search index matches the customers (FTS5's own check; it changes nothing).
        if (!q.exec(u"INSERT INTO customer_fts(customer_fts) VALUES('integrity-check')"_s)) {
            qWarning("search index: %s", qPrintable(q.lastError().text()));
            return -1;
        }
        if (!q.exec(u"SELECT count(*), (SELECT count(*) FROM customer_phones),"
                    " (SELECT count(*) FROM customer_grams) FROM customers"_s)
            || !q.next())
            return -1;
        const qint64 customers = q.value(0).toLongLong();
        // The related rows went with the customers, all or none.
        if ((customers == 0) != (q.value(1).toLongLong() == 0)
            || (customers == 0) != (q.value(2).toLongLong() == 0)) {
            qWarning("customers %lld, phones %lld, name pieces %lld",
                     customers,
                     q.value(1).toLongLong(),
                     q.value(2).toLongLong());
            return -1;
        }
        return customers;
    }

    // How long an uninterrupted writer of n customers writes (-1: it failed).
    qint64 timeWriter(qint64 n)
    {
        TempArchive archive;
        if (!archive.open())
            return -1;
        const Outcome outcome = runWriter(archive.path, n, -1, CountFrom::Writing);
        if (!outcome.finished || verifyArchive(archive.path) != n)
            return -1;
        return outcome.writeMs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        bool ok = false;
        const qint64 n = qEnvironmentVariableIntValue("SA_CRASH_CUSTOMERS", &ok);
        if (ok && n > 0) {
            m_sized = n;
            return;
        }
        // Size the write to this machine (and sanitizer): about 400 ms from its start to the
        // writer's exit, so that the kills land during the write, in or after the commit. Two
        // timed runs give the fixed part and the rate.
        const qint64 small = timeWriter(500);
        const qint64 large = timeWriter(2500);
        QVERIFY2(small > 0 && large > 0, "the writer does not work");
        const double perCustomer = qMax(0.01, double(large - small) / 2000.0);
        const double fixed = qMax(0.0, double(small) - 500 * perCustomer);
        m_sized = qBound(qint64(200), qint64((400.0 - fixed) / perCustomer), LargeWrite);
        qInfo("write: about %.0f ms fixed, %.3f ms per customer: %lld customers per write",
              fixed,
              perCustomer,
              m_sized);
    }

    void uninterruptedWriterAddsAll()
    {
        TempArchive archive;
        QVERIFY(archive.open());
        const Outcome outcome = runWriter(archive.path, m_sized, -1, CountFrom::Writing);
        QVERIFY(outcome.finished && outcome.reportedCommit);
        QCOMPARE(verifyArchive(archive.path), m_sized);
    }

    void killedWriterLeavesAllOrNothing_data()
    {
        QTest::addColumn<bool>("large");
        // Sized so that the kills fall in and after the write, now and then in the commit.
        QTest::newRow("commit within the range") << false;
        // 20,000 customers (the demo's size): longer than the range, so every kill lands in
        // the middle of the transaction.
        QTest::newRow("20000 customers") << true;
    }

    void killedWriterLeavesAllOrNothing()
    {
        QFETCH(bool, large);
        const qint64 customers = large ? LargeWrite : m_sized;
        quint32 seed = quint32(qEnvironmentVariableIntValue("SA_CRASH_SEED"));
        if (seed == 0)
            seed = QRandomGenerator::global()->generate();
        qInfo("%lld customers, seed %u (SA_CRASH_SEED repeats a run)", customers, seed);
        QRandomGenerator random(seed);

        int beforeWrite = 0;
        int duringWrite = 0;
        int afterCommit = 0;
        for (int i = 0; i < Repetitions; ++i) {
            TempArchive archive;
            QVERIFY(archive.open()); // the archive exists before the write, as in real use
            // Stratified: one random moment in each of `Repetitions` slices of the range.
            const int span = (MaxDelayMs - MinDelayMs) / Repetitions;
            const int delay = MinDelayMs + i * span + int(random.bounded(span + 1));
            const Outcome outcome = runWriter(archive.path, customers, delay, CountFrom::Writing);
            const qint64 count = verifyArchive(archive.path);
            QVERIFY2(count == 0 || count == customers,
                     qPrintable(u"kill after %1 ms: %2 customers"_s.arg(delay).arg(count)));
            if (outcome.reportedCommit || outcome.finished)
                QCOMPARE(count, customers); // a commit it reported is never lost
            if (count == customers)
                ++afterCommit;
            else if (outcome.started)
                ++duringWrite;
            else
                ++beforeWrite;
        }
        qInfo("killed before the write %d, during it %d, after the commit %d",
              beforeWrite,
              duringWrite,
              afterCommit);
        // Otherwise the kills missed what this test is about.
        QCOMPARE(beforeWrite, 0);
        QVERIFY(duringWrite > 0);
    }

    // A writer killed while it creates a new archive: afterwards there is no file, or one that
    // opens as an archive (a new archive is made under a temporary name and renamed into
    // place, so no half-made file ever carries the archive's name).
    void killedWhileCreatingLeavesNoneOrAnArchive()
    {
        QRandomGenerator random(QRandomGenerator::global()->generate());
        for (int i = 0; i < Repetitions; ++i) {
            TempArchive archive; // no file yet
            const int delay = 40 + i * 20 + int(random.bounded(21)); // where creation happens
            runWriter(archive.path, 10, delay, CountFrom::Start);
            if (!QFileInfo::exists(archive.path))
                continue;
            const qint64 count = verifyArchive(archive.path);
            QVERIFY2(count == 0 || count == 10,
                     qPrintable(u"kill after %1 ms: %2 customers"_s.arg(delay).arg(count)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Crash)
#include "tst_crash.moc"
