#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "customers/CustomerLabels.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerRepository.h"
#include "demo/DemoGenerator.h"
#include "security/Permissions.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Fixtures;

namespace {

constexpr int Timeout = 20000; // ms; the id query runs on the model's worker thread

// Waits for the model's next result (or its failure).
bool waitForResult(CustomerListModel &model)
{
    QSignalSpy finished(&model, &CustomerListModel::finished);
    QSignalSpy failed(&model, &CustomerListModel::failed);
    if (!finished.wait(Timeout))
        return false;
    return failed.isEmpty();
}

QString cell(const CustomerListModel &model,
             int row,
             CustomerColumn column,
             int role = Qt::DisplayRole)
{
    return model.data(model.index(row, int(column)), role).toString();
}

} // namespace

class tst_CustomerListModel : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    QList<Customer> m_customers;

    void addCustomers()
    {
        CustomerRepository repo(*m_db);
        const QStringList names {u"王芳"_s, u"李王芳"_s, u"张伟"_s, u"Emily Johnson"_s};
        const QStringList phones {u"13812345678"_s,
                                  u"0755-2345678-89"_s,
                                  u"13700002222"_s,
                                  u"+1 415 555 2671"_s};
        for (int i = 0; i < names.size(); ++i) {
            Customer c = person(names.at(i), {phones.at(i)});
            c.company = i == 2 ? u"深圳华信科技有限公司"_s : u""_s;
            c.lifecycle = Lifecycle(i % 4);
            c.valueTier = ValueTier((i + 1) % 4);
            c.owner = i % 2 ? u"王强"_s : u"李娜"_s;
            const Result<Customer> r = repo.create(alice(), c);
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            // Derived from the history (Classification), which these customers do not have:
            // stored as the classification would have stored them.
            QSqlQuery q(m_db->connection());
            q.prepare(u"UPDATE customers SET lifecycle = ?, value_tier = ? WHERE id = ?"_s);
            q.addBindValue(int(c.lifecycle));
            q.addBindValue(int(c.valueTier));
            q.addBindValue(r->id);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            Customer stored = r.value();
            stored.lifecycle = c.lifecycle;
            stored.valueTier = c.valueTier;
            m_customers.append(stored);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_customers.clear();
    }

    void cleanup()
    {
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void emptyArchive()
    {
        CustomerListModel model(*m_db, alice());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.isLoading());
        QVERIFY(waitForResult(model));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(CustomerColumn::Count));
        QCOMPARE(model.idAt(0), 0);
    }

    void showsFormattedRows()
    {
        addCustomers();
        CustomerListModel model(*m_db, alice());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CustomerFilter byCode;
        byCode.sortColumn = CustomerColumn::Code;
        model.setFilter(byCode);
        QVERIFY(waitForResult(model));
        QCOMPARE(model.rowCount(), m_customers.size());
        QCOMPARE(model.totalCount(), m_customers.size());

        // Lists never show a number whole.
        const QStringList shownPhones {u"138****5678"_s,
                                       u"0755-****5678"_s,
                                       u"137****2222"_s,
                                       u"+1 415****2671"_s};
        for (int row = 0; row < m_customers.size(); ++row) {
            const Customer &c = m_customers.at(row);
            QCOMPARE(model.idAt(row), c.id);
            QCOMPARE(model.rowOf(c.id), row);
            QCOMPARE(model.data(model.index(row, 0), CustomerListModel::IdRole).toLongLong(), c.id);
            QCOMPARE(model.data(model.index(row, 0), CustomerListModel::ArchivedRole).toBool(),
                     false);
            QCOMPARE(cell(model, row, CustomerColumn::Code), c.code);
            QCOMPARE(cell(model, row, CustomerColumn::Name), c.name);
            QCOMPARE(cell(model, row, CustomerColumn::Phone), shownPhones.at(row));
            QCOMPARE(cell(model, row, CustomerColumn::Company), c.company);
            QCOMPARE(cell(model, row, CustomerColumn::Lifecycle),
                     CustomerLabels::lifecycle(c.lifecycle));
            QCOMPARE(cell(model, row, CustomerColumn::ValueTier),
                     CustomerLabels::valueTier(c.valueTier));
            QCOMPARE(cell(model, row, CustomerColumn::Owner), c.owner);
            QCOMPARE(cell(model, row, CustomerColumn::Updated),
                     QLocale().toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat));
            QCOMPARE(cell(model, row, CustomerColumn::Updated, Qt::ToolTipRole),
                     QLocale().toString(c.updatedAt.toLocalTime(), QLocale::LongFormat));
        }
        QCOMPARE(model.rowOf(m_customers.last().id + 1000), -1);
        QCOMPARE(model.idAt(-1), 0);
        QCOMPARE(model.idAt(model.rowCount()), 0);
        QVERIFY(!model.data(model.index(0, 0), Qt::DecorationRole).isValid());
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void followsFilterSortAndRefresh()
    {
        addCustomers();
        CustomerListModel model(*m_db, alice());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitForResult(model));
        QCOMPARE(model.rowCount(), 4);

        CustomerFilter f = model.filter();
        f.text = u"王芳"_s;
        model.setFilter(f);
        QVERIFY(waitForResult(model));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.filter().text, u"王芳"_s);

        // The view's header click: sorts, and keeps the search.
        model.sort(int(CustomerColumn::Code), Qt::DescendingOrder);
        QVERIFY(waitForResult(model));
        QCOMPARE(model.filter().sortColumn, CustomerColumn::Code);
        QVERIFY(model.filter().descending);
        QCOMPARE(cell(model, 0, CustomerColumn::Name), u"李王芳"_s);
        QCOMPARE(cell(model, 1, CustomerColumn::Name), u"王芳"_s);
        model.sort(int(CustomerColumn::Code), Qt::AscendingOrder);
        QVERIFY(waitForResult(model));
        QCOMPARE(cell(model, 0, CustomerColumn::Name), u"王芳"_s);

        f = model.filter();
        f.text = u"不存在"_s;
        model.setFilter(f);
        QVERIFY(waitForResult(model));
        QCOMPARE(model.rowCount(), 0);

        // A customer saved meanwhile shows up on refresh; an archived one leaves the list.
        f.text.clear();
        model.setFilter(f);
        QVERIFY(waitForResult(model));
        CustomerRepository repo(*m_db);
        QVERIFY(repo.create(alice(), person(u"赵敏"_s, {u"13600003333"_s})));
        QVERIFY(repo.archive(alice(), m_customers.first().id, 1));
        model.refresh();
        QVERIFY(waitForResult(model));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(m_customers.first().id), -1);
        QCOMPARE(cell(model, 3, CustomerColumn::Name), u"赵敏"_s);

        f.archived = true;
        model.setFilter(f);
        QVERIFY(waitForResult(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), m_customers.first().id);
        QCOMPARE(model.data(model.index(0, 0), CustomerListModel::ArchivedRole).toBool(), true);

        // Setting the same filter again starts nothing.
        QSignalSpy loading(&model, &CustomerListModel::loadingChanged);
        model.setFilter(f);
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.count(), 0);
    }

    void newerFilterSupersedesOlder()
    {
        addCustomers();
        CustomerListModel model(*m_db, alice());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitForResult(model));

        QList<int> countsAfterReset;
        connect(&model, &QAbstractItemModel::modelReset, this, [&] {
            countsAfterReset.append(model.rowCount());
        });
        QSignalSpy finished(&model, &CustomerListModel::finished);
        CustomerFilter older = model.filter();
        older.text = u"王芳"_s; // 2 rows
        CustomerFilter newer = model.filter();
        newer.text = u"张伟"_s; // 1 row
        model.setFilter(older);
        model.setFilter(newer);
        QVERIFY(finished.wait(Timeout));
        QTest::qWait(200); // a late answer to the older filter would arrive by now
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), 1);
        QCOMPARE(countsAfterReset, QList<int> {1});
        QCOMPARE(model.filter(), newer);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, CustomerColumn::Name), u"张伟"_s);
        QVERIFY(!model.isLoading());
    }

    void scrollsThroughManyCustomers()
    {
        // More rows than the block cache holds (MaxCachedBlocks * BlockSize), so blocks are
        // evicted and read again while scrolling down and back up.
        const int customers = CustomerListModel::MaxCachedBlocks * CustomerListModel::BlockSize
                              + 3 * CustomerListModel::BlockSize + 17;
        const Status made = DemoGenerator::run(*m_db, alice(), {customers, 7, {}});
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        CustomerListModel model(*m_db, alice());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CustomerFilter byCode;
        byCode.sortColumn = CustomerColumn::Code;
        model.setFilter(byCode);
        QVERIFY(waitForResult(model));
        QCOMPARE(model.rowCount(), customers);

        auto checkRow = [&](int row) {
            const QString expected = u"C%1"_s.arg(row + 1, 6, 10, QLatin1Char('0'));
            if (cell(model, row, CustomerColumn::Code) != expected)
                return false;
            if (cell(model, row, CustomerColumn::Name).isEmpty())
                return false;
            const QString phone = cell(model, row, CustomerColumn::Phone);
            return !phone.startsWith(u"86"_s) && model.rowOf(model.idAt(row)) == row;
        };
        for (int row = 0; row < customers; ++row)
            QVERIFY2(checkRow(row), qPrintable(QString::number(row)));
        for (int row = customers - 1; row >= 0; row -= 7)
            QVERIFY2(checkRow(row), qPrintable(QString::number(row)));
        for (int column = 0; column < model.columnCount(); ++column)
            model.data(model.index(customers - 1, column));

        // A search over the whole archive agrees with a count in SQL.
        CustomerFilter f = byCode;
        f.lifecycle = Lifecycle::Returning;
        model.setFilter(f);
        QVERIFY(waitForResult(model));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM customers WHERE lifecycle = 2"_s) && q.next());
        QCOMPARE(model.rowCount(), q.value(0).toInt());
        QVERIFY(model.rowCount() > 0 && model.rowCount() < customers);
        const QString label = CustomerLabels::lifecycle(Lifecycle::Returning);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(cell(model, row, CustomerColumn::Lifecycle), label);
    }

    void actorWithoutViewSeesNothing()
    {
        addCustomers();
        const Actor nobody {7, u"temp"_s, u"Temp"_s, 0};
        CustomerListModel model(*m_db, nobody);
        QSignalSpy failed(&model, &CustomerListModel::failed);
        QVERIFY(failed.wait(Timeout));
        QCOMPARE(failed.first().first().toString(),
                 Permissions::require(nobody, Operation::View).error().message);
        QCOMPARE(model.rowCount(), 0);
    }

    void firstScreenArrivesBeforeTheWholeList()
    {
        // A long list shows its first screen at once; the rest is appended to it, so the view
        // keeps its place instead of being reset a second time.
        const int customers = 3 * CustomerFilter::FirstScreenRows + 5;
        const Status made = DemoGenerator::run(*m_db, alice(), {customers, 11, {}});
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        CustomerListModel model(*m_db, alice());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QList<int> rowsAtReset;
        QList<bool> loadingAtReset;
        connect(&model, &QAbstractItemModel::modelReset, this, [&] {
            rowsAtReset.append(model.rowCount());
            loadingAtReset.append(model.isLoading());
        });
        QVERIFY(waitForResult(model));
        QCOMPARE(rowsAtReset, QList<int> {CustomerFilter::FirstScreenRows});
        QCOMPARE(loadingAtReset, QList<bool> {true});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), CustomerFilter::FirstScreenRows);
        QCOMPARE(inserted.first().at(2).toInt(), customers - 1);
        QCOMPARE(model.rowCount(), customers);
        QVERIFY(!model.isLoading());

        // The first screen is the beginning of the whole list, in the same order.
        CustomerListModel reference(*m_db, alice());
        QVERIFY(waitForResult(reference));
        for (int row = 0; row < customers; row += 37)
            QCOMPARE(model.idAt(row), reference.idAt(row));
    }
};

QTEST_GUILESS_MAIN(tst_CustomerListModel)
#include "tst_customerlistmodel.moc"
