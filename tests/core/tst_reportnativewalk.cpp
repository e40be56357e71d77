#include "TestSupport.h"
#include "core/ReportFixtures.h"
#include "core/SecurityFixtures.h"
#include "reports/SqlReportRows.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace ReportFixtures;

// On SQLite, SqlReportRows::forEach (what the CSV export reads) steps the statement through the
// driver's own handle; these tests hold it to the QSqlQuery walk through QSQLITE: the same rows,
// value for value and type for type, for hand-made values of every storage class and binds of
// every type, and for every row report of the catalogue on the report fixtures; and the walk
// leaves the connection as it found it.
namespace {

using Rows = QList<ReportRows::Row>;

struct Walked
{
    Rows rows;
    QString error;
};

Walked walk(ReportRows &rows, SqlReportRows::Reader reader)
{
    if (auto *sql = dynamic_cast<SqlReportRows *>(&rows))
        sql->setReader(reader);
    Walked out;
    const Status s = rows.forEach([&](const ReportRows::Row &row) -> Status {
        out.rows.append(row);
        return Done {};
    });
    if (!s)
        out.error = s.error().message;
    return out;
}

// Equal values of the same type (QVariant's == converts: 1 == "1").
QString difference(const Rows &native, const Rows &driver)
{
    if (native.size() != driver.size())
        return u"%1 rows natively, %2 through the driver"_s.arg(native.size()).arg(driver.size());
    for (qsizetype r = 0; r < native.size(); ++r) {
        const ReportRows::Row &a = native.at(r);
        const ReportRows::Row &b = driver.at(r);
        if (a.size() != b.size())
            return u"row %1: %2 values against %3"_s.arg(r).arg(a.size()).arg(b.size());
        for (qsizetype c = 0; c < a.size(); ++c) {
            if (a.at(c).metaType() != b.at(c).metaType() || a.at(c).isNull() != b.at(c).isNull()
                || a.at(c) != b.at(c))
                return u"row %1 column %2: %3 (%4) against %5 (%6)"_s.arg(r)
                        .arg(c)
                        .arg(a.at(c).toString(), QString::fromLatin1(a.at(c).typeName()))
                        .arg(b.at(c).toString(), QString::fromLatin1(b.at(c).typeName()));
        }
    }
    return {};
}

qint64 mmapSize(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"PRAGMA mmap_size"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class tst_ReportNativeWalk : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempArchive> m_archive;
    std::unique_ptr<Database> m_db;

    // A report over a temporary table of hand-made values: every column as the query has it.
    std::unique_ptr<SqlReportRows> handMade(const QString &where, const QVariantList &binds)
    {
        QList<ReportColumn> columns;
        QList<SqlReportRows::SortKey> keys;
        for (int i = 0; i < 4; ++i) {
            columns.append(ReportColumn {u"c%1"_s.arg(i), u"C%1"_s.arg(i)});
            keys.append(SqlReportRows::SortKey {u"r.row_key"_s});
        }
        SqlReportRows::Query q;
        q.select = u"SELECT id AS row_key, a, b, c FROM temp.walk_values WHERE "_s + where;
        q.binds = binds;
        q.sortKeys = keys;
        q.read = [](const QSqlQuery &r) {
            return ReportRows::Row {r.value(0), r.value(1), r.value(2), r.value(3)};
        };
        return std::make_unique<SqlReportRows>(*m_db, columns, std::move(q), false);
    }

private Q_SLOTS:
    void initTestCase() { useShanghaiTime(); }

    void init()
    {
        m_archive = std::make_unique<TempArchive>();
        m_db = m_archive->open();
        QVERIFY(m_db);
        QVERIFY(m_db->sqliteHandle());
    }

    void cleanup()
    {
        m_db.reset();
        m_archive.reset();
    }

    void everyStorageClassAsQsqliteGivesIt()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"CREATE TEMP TABLE walk_values (id INTEGER PRIMARY KEY, a, b, c)"_s));
        QVERIFY(q.prepare(u"INSERT INTO temp.walk_values (a, b, c) VALUES (?, ?, ?)"_s));
        const QList<QVariantList> values {
                {qint64(9007199254740993), -1, 0},
                {1.5, -0.25, 1e300},
                {u"王芳"_s, u"emoji 😀 and ‘quotes’"_s, u""_s},
                {QVariant(QMetaType::fromType<QString>()), u"a\nb\r\nc"_s, u"x\0y"_s},
                {QByteArray("\x00\x01\xFF", 3), QByteArray(), u"𠀀 four bytes"_s},
                {true, u"=1+2"_s, u"  spaces  "_s},
        };
        for (const QVariantList &row : values) {
            for (const QVariant &v : row)
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const auto report = handMade(u"1 = 1"_s, {});
        const Walked native = walk(*report, SqlReportRows::Reader::Native);
        const Walked driver = walk(*report, SqlReportRows::Reader::Driver);
        QVERIFY2(native.error.isEmpty() && driver.error.isEmpty(),
                 qPrintable(native.error + driver.error));
        QCOMPARE(native.rows.size(), values.size());
        QVERIFY2(difference(native.rows, driver.rows).isEmpty(),
                 qPrintable(difference(native.rows, driver.rows)));
        // What a user would notice: text and numbers come back whole.
        QCOMPARE(native.rows.at(0).at(1).toLongLong(), qint64(9007199254740993));
        QCOMPARE(native.rows.at(2).at(2).toString(), u"emoji 😀 and ‘quotes’"_s);
        QCOMPARE(native.rows.at(3).at(3).toString(), u"x\0y"_s);
        QVERIFY(native.rows.at(3).at(1).isNull());
        QCOMPARE(native.rows.at(4).at(1).toByteArray(), QByteArray("\x00\x01\xFF", 3));
    }

    void bindsOfEveryType_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QVariantList>("binds");
        QTest::addColumn<int>("rows");
        QTest::newRow("qint64") << u"a = ?"_s << QVariantList {qint64(7)} << 1;
        QTest::newRow("int and bool") << u"a >= ? AND b = ?"_s << QVariantList {5, true} << 1;
        QTest::newRow("double") << u"a < ?"_s << QVariantList {6.5} << 2;
        QTest::newRow("Chinese text") << u"c = ?"_s << QVariantList {u"李雷"_s} << 1;
        QTest::newRow("blob") << u"c = ?"_s << QVariantList {QByteArray("\x01\x02", 2)} << 1;
        QTest::newRow("null matches nothing") << u"a = ?"_s << QVariantList {QVariant()} << 0;
        QTest::newRow("null string is NULL")
                << u"? IS NULL"_s << QVariantList {QVariant(QMetaType::fromType<QString>())} << 3;
        QTest::newRow("date time as QSQLITE writes it")
                << u"c = ?"_s
                << QVariantList {QDateTime(QDate(2025, 7, 1), QTime(10, 3, 4, 5), Qt::UTC)} << 1;
    }

    void bindsOfEveryType()
    {
        QFETCH(QString, where);
        QFETCH(QVariantList, binds);
        QFETCH(int, rows);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"CREATE TEMP TABLE walk_values (id INTEGER PRIMARY KEY, a, b, c)"_s));
        QVERIFY(q.exec(u"INSERT INTO temp.walk_values (a, b, c) VALUES (7, 1, '李雷'),"
                       " (6, 0, x'0102'), (5, 2, '2025-07-01T10:03:04.005Z')"_s));
        const auto report = handMade(where, binds);
        const Walked native = walk(*report, SqlReportRows::Reader::Native);
        const Walked driver = walk(*report, SqlReportRows::Reader::Driver);
        QVERIFY2(native.error.isEmpty() && driver.error.isEmpty(),
                 qPrintable(native.error + driver.error));
        QCOMPARE(native.rows.size(), rows);
        QVERIFY2(difference(native.rows, driver.rows).isEmpty(),
                 qPrintable(difference(native.rows, driver.rows)));
    }

    void everyRowReportGivesTheSameRows_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("reveal");
        for (const Report *report : ReportCatalogue::all()) {
            const QByteArray name = report->name().toUtf8();
            QTest::newRow(name.constData()) << report->name() << false;
            if (report->hasSensitiveColumns())
                QTest::newRow(QByteArray(name + " revealed").constData()) << report->name() << true;
        }
    }

    void everyRowReportGivesTheSameRows()
    {
        QFETCH(QString, name);
        QFETCH(bool, reveal);
        const ComplaintArchive a = seedComplaints(*m_db);
        seedHistory(*m_db, a);
        const std::unique_ptr<ReportRows> rows = ReportFixtures::run(*m_db,
                                                                     SecurityFixtures::actorWith(
                                                                             AllRoles),
                                                                     name,
                                                                     {},
                                                                     at(now(), reveal));
        QVERIFY(rows);
        if (!dynamic_cast<SqlReportRows *>(rows.get()))
            QSKIP("an aggregate, worked out in C++ (MaterializedRows)");
        const Walked native = walk(*rows, SqlReportRows::Reader::Native);
        const Walked driver = walk(*rows, SqlReportRows::Reader::Driver);
        QVERIFY2(native.error.isEmpty() && driver.error.isEmpty(),
                 qPrintable(native.error + driver.error));
        QVERIFY(!native.rows.isEmpty());
        QVERIFY2(difference(native.rows, driver.rows).isEmpty(),
                 qPrintable(difference(native.rows, driver.rows)));
        // The page the report view shows is the walk's first rows.
        const Result<QList<ReportRows::Row>> page = rows->page(-1, false, 0, 100);
        QVERIFY(page);
        QVERIFY2(difference(native.rows, page.value()).isEmpty(),
                 qPrintable(difference(native.rows, page.value())));
    }

    void walkLeavesTheConnectionAsItWas()
    {
        seedComplaints(*m_db);
        const qint64 before = mmapSize(*m_db);
        QVERIFY(before >= 0);
        const std::unique_ptr<ReportRows> rows = ReportFixtures::run(*m_db,
                                                                     SecurityFixtures::supervisor(),
                                                                     u"customer-list"_s);
        QVERIFY(rows);
        // Busy statements on the connection (a walk left half done would be one).
        const auto busy = [&] {
            int n = 0;
            for (sqlite3_stmt *st = sqlite3_next_stmt(m_db->sqliteHandle(), nullptr); st;
                 st = sqlite3_next_stmt(m_db->sqliteHandle(), st))
                n += sqlite3_stmt_busy(st) ? 1 : 0;
            return n;
        };
        int seen = 0;
        Status s = rows->forEach([&](const ReportRows::Row &) -> Status {
            ++seen;
            return makeError(Error::Code::Storage, u"the sink stops"_s);
        });
        QVERIFY(!s);
        QCOMPARE(s.error().message, u"the sink stops"_s);
        QCOMPARE(seen, 1);
        QCOMPARE(busy(), 0);
        QCOMPARE(mmapSize(*m_db), before);
        // Cancelled before the first row.
        s = rows->forEach([](const ReportRows::Row &) -> Status { return Done {}; },
                          [] { return true; });
        QCOMPARE(s.error().code, Error::Code::Cancelled);
        QCOMPARE(busy(), 0);
        QCOMPARE(mmapSize(*m_db), before);
        // The connection writes, and the next walk sees it.
        sql(*m_db, u"UPDATE customers SET company = ?"_s, {u"after the walk"_s});
        const Rows after = allRows(*rows);
        QCOMPARE(after.size(), 2);
        qsizetype company = -1;
        for (qsizetype i = 0; i < rows->columns().size(); ++i)
            if (rows->columns().at(i).key == u"company"_s)
                company = i;
        QVERIFY(company >= 0);
        QCOMPARE(after.at(0).at(company).toString(), u"after the walk"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ReportNativeWalk)
#include "tst_reportnativewalk.moc"
