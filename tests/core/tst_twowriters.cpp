#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/CustomerFixtures.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThread>

#include <atomic>

// Issue 7, item 6: two writers, each on its own connection, editing the same few customers
// 2,000 times each. A stale save is refused (Conflict) and retried, never silently applied:
// no edit is lost, none fails, and the audit chain does not fork.
using namespace Qt::StringLiterals;
using namespace SecurityFixtures;
using Fixtures::person;

namespace {

constexpr int EditsPerWriter = 2000;
constexpr int Customers = 5;
constexpr int MaxRetriesPerEdit = 10000; // a livelock guard: beyond it the edit counts as failed

struct WriterResult
{
    QHash<qint64, int> succeeded; // customer id -> edits saved
    int retries = 0;
    int failed = 0;
    QStringList errors; // the first few
};

// One desk: its own connection, opened and closed in its own thread.
WriterResult write(const QString &path, const Actor &actor, const QList<qint64> &ids, int offset)
{
    WriterResult out;
    const auto failure = [&out](const QString &message) {
        ++out.failed;
        if (out.errors.size() < 5)
            out.errors.append(message);
    };
    auto opened = Database::open(path);
    if (!opened) {
        out.failed = EditsPerWriter;
        out.errors.append(u"open: "_s + opened.error().message);
        return out;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    CustomerRepository repo(*db);
    for (int i = 0; i < EditsPerWriter; ++i) {
        const qint64 id = ids.at((i + offset) % ids.size());
        for (int attempt = 0;; ++attempt) {
            if (attempt == MaxRetriesPerEdit) {
                failure(u"edit %1 of customer %2: still conflicting after %3 retries"_s.arg(i)
                                .arg(id)
                                .arg(attempt));
                break;
            }
            const Result<Customer> read = repo.get(actor, id);
            if (!read) {
                failure(u"get %1: %2"_s.arg(id).arg(read.error().message));
                break;
            }
            Customer c = read.value();
            bool number = false;
            const int counter = c.notes.toInt(&number);
            if (!number) {
                failure(u"customer %1 notes are not a counter: %2"_s.arg(id).arg(c.notes));
                break;
            }
            c.notes = QString::number(counter + 1);
            const Result<Customer> saved = repo.update(actor, c);
            if (saved) {
                ++out.succeeded[id];
                break;
            }
            if (saved.error().code == Error::Code::Conflict) {
                ++out.retries;
                continue;
            }
            failure(u"update %1: %2"_s.arg(id).arg(saved.error().message));
            break;
        }
    }
    return out;
}

} // namespace

class tst_TwoWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoWritersLoseNothing()
    {
        TempArchive archive;
        QVERIFY(archive.dir.isValid());
        std::unique_ptr<Database> db = archive.open();
        QVERIFY(db);
        QList<qint64> ids;
        {
            CustomerRepository repo(*db);
            for (int i = 0; i < Customers; ++i) {
                Customer c = person(u"共享客户%1"_s.arg(i), {u"1380000%1"_s.arg(1000 + i)});
                c.notes = u"0"_s;
                const Result<Customer> created = repo.create(Fixtures::alice(), c);
                VERIFY_OK(created);
                QCOMPARE(created->version, 1);
                ids.append(created->id);
            }
        }
        const QString updates = u"SELECT count(*) FROM audit_log WHERE action = 'update'"_s;
        const qint64 updatesBefore = scalar(*db, updates).toLongLong();
        const int entriesBefore = rowCount(*db, u"audit_log"_s);

        WriterResult results[2];
        const Actor actors[2] = {Fixtures::alice(), Fixtures::bob()};
        std::atomic<int> ready {0};
        QList<QThread *> threads;
        QElapsedTimer timer;
        timer.start();
        for (int w = 0; w < 2; ++w) {
            threads.append(QThread::create([&, w] {
                ++ready;
                while (ready.load() < 2) // start together
                    QThread::yieldCurrentThread();
                results[w] = write(archive.path, actors[w], ids, w);
            }));
            threads.last()->start();
        }
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(QDeadlineTimer(600000)));
            delete t;
        }
        const qint64 elapsed = timer.elapsed();

        const int retries = results[0].retries + results[1].retries;
        qInfo("%s: 2 x %d edits of %d customers in %.1f s; %d retries after a conflict (%d + %d)",
              db->isServer() ? "PostgreSQL" : "SQLite",
              EditsPerWriter,
              Customers,
              double(elapsed) / 1000.0,
              retries,
              results[0].retries,
              results[1].retries);

        // 0 failed.
        const QStringList errors = results[0].errors + results[1].errors;
        QVERIFY2(results[0].failed + results[1].failed == 0,
                 qPrintable(u"%1 failed: %2"_s.arg(results[0].failed + results[1].failed)
                                    .arg(errors.join(u"; "_s))));

        // 0 lost: every saved increment is in the counters, and every save moved the version on.
        int savedTotal = 0;
        int counterTotal = 0;
        CustomerRepository repo(*db);
        for (const qint64 id : std::as_const(ids)) {
            const int saved = results[0].succeeded.value(id) + results[1].succeeded.value(id);
            savedTotal += saved;
            const Result<Customer> c = repo.get(Fixtures::alice(), id);
            VERIFY_OK(c);
            counterTotal += c->notes.toInt();
            QCOMPARE(c->notes.toInt(), saved);
            QCOMPARE(c->version, 1 + saved);
            QCOMPARE(scalar(*db,
                            u"SELECT count(*) FROM audit_log WHERE action = 'update'"
                            " AND entity_id = ?"_s,
                            {id})
                             .toInt(),
                     saved);
        }
        QCOMPARE(savedTotal, 2 * EditsPerWriter);
        QCOMPARE(counterTotal, 2 * EditsPerWriter);

        // One audit entry per saved edit, in one unbroken chain.
        QCOMPARE(scalar(*db, updates).toLongLong() - updatesBefore, qint64(2 * EditsPerWriter));
        QCOMPARE(rowCount(*db, u"audit_log"_s) - entriesBefore, 2 * EditsPerWriter);
        QCOMPARE(scalar(*db, u"SELECT count(DISTINCT prev_hash) FROM audit_log"_s).toInt(),
                 rowCount(*db, u"audit_log"_s));
        const Result<qint64> broken = AuditLog::verify(*db);
        VERIFY_OK(broken);
        QCOMPARE(broken.value(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_TwoWriters)
#include "tst_twowriters.moc"
