#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerRepository.h"
#include "storage/ChangeWatcher.h"
#include "storage/SqlDialect.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Fixtures;

namespace {

constexpr int Timeout = 20000; // ms: generous, for sanitizer builds on a busy machine

bool waitForResult(CustomerListModel &model)
{
    QSignalSpy finished(&model, &CustomerListModel::finished);
    QSignalSpy failed(&model, &CustomerListModel::failed);
    return finished.wait(Timeout) && failed.isEmpty();
}

bool waitUntilWatching(ChangeWatcher &watcher)
{
    QSignalSpy watching(&watcher, &ChangeWatcher::watching);
    return watcher.isWatching() || watching.wait(Timeout);
}

} // namespace

// Another desk's commits reach the screens: ChangeWatcher notices them, and the customer list
// reads itself again in place.
class tst_ChangeWatcher : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db; // this desk
    std::unique_ptr<Database> m_other; // another desk: a connection of its own

    Customer create(Database &db, const QString &name)
    {
        CustomerRepository repo(db);
        const Result<Customer> r = repo.create(bob(), person(name));
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r ? r.value() : Customer {};
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        auto other = Database::openForThread(m_db->address());
        QVERIFY2(other, other ? "" : qPrintable(other.error().message));
        m_other = std::move(other).value();
    }

    void cleanup()
    {
        m_other.reset();
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void firesAfterAnotherConnectionCommits()
    {
        ChangeWatcher watcher(m_db->address());
        QVERIFY(waitUntilWatching(watcher));
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        QVERIFY(create(*m_other, u"王芳"_s).id);
        QVERIFY(changed.wait(Timeout));
    }

    void quietWhileNothingIsCommitted()
    {
        const qint64 id = create(*m_db, u"王芳"_s).id;
        ChangeWatcher watcher(m_db->address(), {200, 50});
        QVERIFY(waitUntilWatching(watcher));
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        // Reading is no change; nor is another archive's commit on the same server.
        CustomerRepository repo(*m_other);
        QVERIFY(repo.get(alice(), id));
        if (m_archive->isServer())
            TestBackend::adminExec(u"SELECT pg_notify('%1', 'some_other_schema')"_s.arg(
                    QLatin1String(SqlDialect::ChangeChannel)));
        QTest::qWait(1500); // several polls
        QCOMPARE(changed.count(), 0);
        QVERIFY(watcher.isWatching());
        QVERIFY(watcher.problem().isEmpty());
    }

    void coalescesBursts()
    {
        ChangeWatcher watcher(m_db->address(), {100, 1000});
        QVERIFY(waitUntilWatching(watcher));
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        constexpr int commits = 20;
        for (int i = 0; i < commits; ++i)
            QVERIFY(create(*m_other, u"客户%1"_s.arg(i)).id);
        QVERIFY(changed.wait(Timeout));
        QTest::qWait(2500); // the trailing one, if any
        QVERIFY2(changed.count() < commits, qPrintable(QString::number(changed.count())));
    }

    void unreachableArchiveIsReportedNotFatal()
    {
        ArchiveAddress gone = ArchiveAddress::file(m_archive->dir.filePath(u"missing.sqlite"_s));
        if (m_archive->isServer()) {
            const Result<ArchiveAddress> parsed = ArchiveAddress::parse(
                    m_db->address().toString() + u"&dbname=no_such_database"_s);
            QVERIFY(parsed);
            gone = parsed.value();
        }
        ChangeWatcher watcher(gone, {100, 50});
        QSignalSpy lost(&watcher, &ChangeWatcher::lost);
        QVERIFY(lost.wait(Timeout));
        QVERIFY(!watcher.isWatching());
        QVERIFY(!watcher.problem().isEmpty());
        QTest::qWait(500); // retries do not repeat the report
        QCOMPARE(lost.count(), 1);
    }

    void serverConnectionLostAndBack()
    {
        if (!m_archive->isServer())
            QSKIP("a file archive has no connection to lose");
        ChangeWatcher watcher(m_db->address(), {300, 50});
        QVERIFY(waitUntilWatching(watcher));
        QSignalSpy lost(&watcher, &ChangeWatcher::lost);
        QSignalSpy watching(&watcher, &ChangeWatcher::watching);
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        // What a server restart or a network cut does to the watcher's connection.
        TestBackend::adminExec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                               " WHERE application_name = 'ServiceArchive change watcher'"_s);
        QVERIFY(lost.wait(Timeout));
        QVERIFY(!watcher.isWatching());
        QTRY_VERIFY_WITH_TIMEOUT(watching.count() > 0, Timeout);
        QVERIFY(watcher.isWatching());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, Timeout); // for what may have been missed
        changed.clear();
        QVERIFY(create(*m_other, u"王芳"_s).id);
        QVERIFY(changed.wait(Timeout));
    }

    void listRefreshKeepsPlaceAndShowsOtherDesksEdits()
    {
        QList<Customer> customers;
        for (int i = 0; i < 3 * CustomerListModel::BlockSize; ++i)
            customers.append(create(*m_db, u"客户%1"_s.arg(i, 4, 10, QLatin1Char('0'))));
        CustomerListModel model(*m_db, alice());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitForResult(model));
        QCOMPARE(model.rowCount(), customers.size());
        QItemSelectionModel selection(&model);
        const int start = 200;
        const qint64 current = model.idAt(start);
        selection.setCurrentIndex(model.index(start, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QModelIndex name = model.index(start, int(CustomerColumn::Name));
        QCOMPARE(name.data().toString(), u"客户0200"_s); // now in the row cache

        ChangeWatcher watcher(m_db->address());
        QVERIFY(waitUntilWatching(watcher));
        connect(&watcher, &ChangeWatcher::changed, &model, &CustomerListModel::refresh);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy loading(&model, &CustomerListModel::loadingChanged);
        QSignalSpy finished(&model, &CustomerListModel::finished);

        // Another desk renames the current customer, adds one before it and archives another.
        CustomerRepository other(*m_other);
        Customer renamed = other.get(bob(), current).value();
        renamed.name = u"客户0200 改"_s;
        QVERIFY(other.update(bob(), renamed));
        QVERIFY(create(*m_other, u"客户0000a"_s).id);
        const Customer gone = customers.at(5);
        QVERIFY(other.archive(bob(), gone.id, gone.version));

        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(gone.id) < 0 && model.rowCount() == customers.size()
                                         && model.data(name).toString() == renamed.name,
                                 Timeout);
        QVERIFY(finished.count() > 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(loading.count(), 0); // a refresh in place is no new search
        QVERIFY(!model.isLoading());
        QCOMPARE(selection.currentIndex().row(), start); // one row in, one row out before it
        QCOMPARE(selection.currentIndex().data(CustomerListModel::IdRole).toLongLong(), current);
        QVERIFY(selection.isRowSelected(start));
        QCOMPARE(model.index(1, int(CustomerColumn::Name)).data().toString(), u"客户0000a"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ChangeWatcher)
#include "tst_changewatcher.moc"
