#include "TestSupport.h"
#include "core/ReportFixtures.h"
#include "core/SecurityFixtures.h"
#include "reports/ReportCatalogue.h"
#include "reports/ReportExport.h"
#include "reports/SqlReportRows.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ReportFixtures;

// The catalogue and what every report shares: names, parameters and their checks, permissions,
// paging and sorting that agree with the whole result, cancel.
class tst_ReportCatalogue : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;

    static QString rowText(const ReportRows::Row &row)
    {
        QStringList cells;
        for (const QVariant &v : row)
            cells.append(v.isNull() ? u"<null>"_s : v.toString());
        return cells.join(u'|');
    }

private Q_SLOTS:
    void initTestCase() { useShanghaiTime(); }

    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
    }

    void cleanup()
    {
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void namesAreStableUniqueAndFound()
    {
        const QList<const Report *> all = ReportCatalogue::all();
        QCOMPARE(all.size(), 12);
        QCOMPARE(all.first()->name(), u"complaint-history"_s);
        QSet<QString> names;
        for (const Report *r : all) {
            QVERIFY2(QRegularExpression(u"^[a-z]+(-[a-z]+)*$"_s).match(r->name()).hasMatch(),
                     qPrintable(r->name()));
            QVERIFY(!r->title().isEmpty());
            QVERIFY(!r->description().isEmpty());
            QVERIFY(!r->columns().isEmpty());
            names.insert(r->name());
            QCOMPARE(ReportCatalogue::find(r->name()), r);
            QSet<QString> keys;
            for (const ReportColumn &c : r->columns()) {
                QVERIFY(!c.header.isEmpty());
                keys.insert(c.key);
            }
            QCOMPARE(keys.size(), r->columns().size()); // column keys are unique
            QVERIFY(r->requiredOperation() == Operation::View
                    || r->requiredOperation() == Operation::Supervise);
        }
        QCOMPARE(names.size(), all.size());
        QCOMPARE(ReportCatalogue::find(u"no-such-report"_s), nullptr);
        const Result<const Report *> missing = ReportCatalogue::require(u"no-such-report"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(u"no-such-report"_s));
        QVERIFY(missing.error().message.contains(u"customer-list"_s)); // names what there is
    }

    void frontDeskSeesOnlyTheReportsItMayRun()
    {
        const QList<const Report *> desk = ReportCatalogue::available(SecurityFixtures::frontDesk());
        QVERIFY(!desk.isEmpty());
        for (const Report *r : desk)
            QCOMPARE(r->requiredOperation(), Operation::View);
        QVERIFY(desk.contains(ReportCatalogue::find(u"customer-list"_s)));
        QVERIFY(!desk.contains(ReportCatalogue::find(u"complaint-history"_s)));
        QCOMPARE(ReportCatalogue::available(SecurityFixtures::supervisor()).size(),
                 ReportCatalogue::all().size());
        QVERIFY(ReportCatalogue::available(SecurityFixtures::nobody()).isEmpty());
        // Exporting needs the export right on top: a front desk may run the customer list but
        // not export it.
        const Report *list = ReportCatalogue::find(u"customer-list"_s);
        QVERIFY(list->mayRun(SecurityFixtures::frontDesk()));
        const Status exported = list->mayExport(SecurityFixtures::frontDesk());
        QVERIFY(!exported);
        QCOMPARE(exported.error().code, Error::Code::Permission);
    }

    void parametersFromTheCommandLine()
    {
        const Report *history = ReportCatalogue::find(u"complaint-history"_s);
        const Result<ReportParams> ok = ReportParams::fromText(*history,
                                                               {{u"from"_s, u"2025-06-01"_s},
                                                                {u"to"_s, u"2025-06-30"_s},
                                                                {u"status"_s, u"open"_s},
                                                                {u"handler"_s, u" zhang "_s}});
        VERIFY_OK(ok);
        QCOMPARE(ok->date(u"from"_s), QDate(2025, 6, 1));
        QCOMPARE(ok->date(u"to"_s), QDate(2025, 6, 30));
        QCOMPARE(ok->text(u"status"_s), u"open"_s);
        QCOMPARE(ok->text(u"handler"_s), u"zhang"_s);
        QVERIFY(!ok->has(u"severity"_s)); // not given, no default: the filter is off
        QCOMPARE(ReportParams::toText(ok->value(u"from"_s)), u"2025-06-01"_s);
    }

    void badParametersAreRefusedWithTheirKey_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not a date")
                << u"complaint-history"_s << u"from"_s << u"2025-13-01"_s << u"yyyy-mm-dd"_s;
        QTest::newRow("date with time")
                << u"complaint-history"_s << u"to"_s << u"2025-06-01T10:00"_s << u"not a date"_s;
        QTest::newRow("short date")
                << u"complaint-history"_s << u"from"_s << u"2025-6-1"_s << u"not a date"_s;
        QTest::newRow("unknown key")
                << u"complaint-history"_s << u"colour"_s << u"red"_s << u"no parameter “colour”"_s;
        QTest::newRow("unknown choice")
                << u"complaint-history"_s << u"status"_s << u"lost"_s << u"open, in_progress"_s;
        QTest::newRow("not among the choices")
                << u"customer-list"_s << u"customers"_s << u"some"_s << u"active, archived"_s;
    }

    void badParametersAreRefusedWithTheirKey()
    {
        QFETCH(QString, report);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, messagePart);
        const Report *r = ReportCatalogue::find(report);
        QVERIFY(r);
        const Result<ReportParams> p = ReportParams::fromText(*r, {{key, value}});
        QVERIFY(!p);
        QCOMPARE(p.error().code, Error::Code::Invalid);
        QVERIFY2(p.error().fieldErrors.contains(key), qPrintable(p.error().message));
        QVERIFY2(p.error().message.contains(messagePart), qPrintable(p.error().message));
    }

    void toBeforeFromIsRefused()
    {
        const Report *r = ReportCatalogue::find(u"complaint-history"_s);
        const Result<ReportParams> p = ReportParams::fromText(*r,
                                                              {{u"from"_s, u"2025-06-30"_s},
                                                               {u"to"_s, u"2025-06-01"_s}});
        QVERIFY(!p);
        QCOMPARE(p.error().code, Error::Code::Invalid);
        QVERIFY(p.error().fieldErrors.contains(u"to"_s));
        QVERIFY(p.error().message.contains(u"swap"_s));
        // The same day for both is one day, not an error.
        VERIFY_OK(
                ReportParams::fromText(*r,
                                       {{u"from"_s, u"2025-06-01"_s}, {u"to"_s, u"2025-06-01"_s}}));
    }

    void typedValuesAreChecked()
    {
        const Report *r = ReportCatalogue::find(u"complaint-history"_s);
        // A date parameter given a text, and an unknown key, both reported.
        const Result<ReportParams> p = ReportParams::fromValues(*r,
                                                                {{u"from"_s, u"yesterday"_s},
                                                                 {u"nope"_s, 1}});
        QVERIFY(!p);
        QCOMPARE(p.error().fieldErrors.size(), 2);
        QVERIFY(p.error().fieldErrors.contains(u"from"_s));
        QVERIFY(p.error().fieldErrors.contains(u"nope"_s));
        // Empty values count as not given.
        VERIFY_OK(ReportParams::fromValues(*r, {{u"handler"_s, u"  "_s}, {u"from"_s, QVariant()}}));
    }

    void defaultsAndRequiredValues()
    {
        const Report *list = ReportCatalogue::find(u"customer-list"_s);
        const Result<ReportParams> p = ReportParams::fromValues(*list, {});
        VERIFY_OK(p);
        QCOMPARE(p->text(u"customers"_s), u"active"_s); // the default fills a required value
        // A run with parameters set by hand is checked again.
        ReportParams bad;
        bad.set(u"customers"_s, u"everyone"_s);
        const auto refused = list->run(*m_db, SecurityFixtures::supervisor(), bad, at());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QVERIFY(refused.error().fieldErrors.contains(u"customers"_s));
    }

    void integerParametersHaveARange()
    {
        for (const Report *r : ReportCatalogue::all()) {
            for (const ReportParameter &p : r->parameters()) {
                if (p.type != ReportParameterType::Integer)
                    continue;
                QVERIFY(p.minimum < p.maximum);
                const auto tooBig = ReportParams::fromText(*r,
                                                           {{p.key,
                                                             QString::number(p.maximum + 1)}});
                QVERIFY2(!tooBig, qPrintable(r->name() + u' ' + p.key));
                QVERIFY(tooBig.error().fieldErrors.contains(p.key));
                const auto notANumber = ReportParams::fromText(*r, {{p.key, u"12x"_s}});
                QVERIFY(!notANumber);
                QVERIFY(notANumber.error().fieldErrors.contains(p.key));
            }
        }
    }

    // Every report, every column, both directions: pages of 2 read one after the other give the
    // one big page exactly, and hold the same rows as forEach (nothing repeated, nothing lost).
    void pagesConcatenatedAreTheWhole()
    {
        seedHistory(*m_db, seedComplaints(*m_db));
        for (const Report *report : ReportCatalogue::all()) {
            auto rows = run(*m_db, SecurityFixtures::supervisor(), report->name());
            QVERIFY2(rows, qPrintable(report->name()));
            const qint64 count = rows->rowCount().value();
            QStringList streamed;
            for (const ReportRows::Row &row : allRows(*rows)) {
                QCOMPARE(row.size(), report->columns().size());
                streamed.append(rowText(row));
            }
            QCOMPARE(streamed.size(), count);
            streamed.sort();
            for (int column = -1; column < report->columns().size(); ++column) {
                for (const bool descending : {false, true}) {
                    const auto whole = rows->page(column, descending, 0, 1000);
                    QVERIFY2(whole, qPrintable(report->name()));
                    QCOMPARE(whole->size(), count);
                    QList<ReportRows::Row> paged;
                    for (qint64 offset = 0; offset < count + 2; offset += 2)
                        paged.append(rows->page(column, descending, offset, 2).value());
                    const QString where = u"%1 column %2 %3"_s.arg(report->name())
                                                  .arg(column)
                                                  .arg(descending ? u"desc"_s : u"asc"_s);
                    QVERIFY2(paged == whole.value(), qPrintable(where));
                    // An export walks the rows in the same order as the screen shows them.
                    QList<ReportRows::Row> walked;
                    VERIFY_OK(rows->forEach(
                            [&](const ReportRows::Row &row) -> Status {
                                walked.append(row);
                                return Done {};
                            },
                            {},
                            column,
                            descending));
                    QVERIFY2(walked == whole.value(), qPrintable(where));
                    QStringList texts;
                    for (const ReportRows::Row &row : whole.value())
                        texts.append(rowText(row));
                    texts.sort();
                    QVERIFY2(texts == streamed, qPrintable(where));
                    // Numbers, dates and times come sorted by their value, empty ones last.
                    const ReportColumn c = column >= 0 ? report->columns().at(column)
                                                       : ReportColumn {};
                    if (column >= 0 && c.type != CsvColumnType::Text
                        && c.type != CsvColumnType::Identifier) {
                        for (qsizetype i = 1; i < whole->size(); ++i) {
                            const QVariant &a = whole->at(i - 1).at(column);
                            const QVariant &b = whole->at(i).at(column);
                            QVERIFY2(!a.isNull() || b.isNull(), qPrintable(where));
                            if (a.isNull() || b.isNull())
                                continue;
                            const int cmp = MaterializedRows::compareValues(a, b);
                            QVERIFY2(descending ? cmp >= 0 : cmp <= 0, qPrintable(where));
                        }
                    }
                }
            }
            QVERIFY(!rows->page(report->columns().size(), false, 0, 10));
            QVERIFY(!rows->forEach([](const ReportRows::Row &) -> Status { return Done {}; },
                                   {},
                                   report->columns().size()));
        }
    }

    void cancelStopsTheStream()
    {
        seedComplaints(*m_db);
        auto rows = run(*m_db, SecurityFixtures::supervisor(), u"complaint-history"_s);
        QVERIFY(rows);
        int seen = 0;
        const Status s = rows->forEach(
                [&](const ReportRows::Row &) -> Status {
                    ++seen;
                    return Done {};
                },
                [&] { return seen == 3; });
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Cancelled);
        QCOMPARE(seen, 3);
        // An error from the sink stops the walk too and comes back as it was.
        const Status stopped = rows->forEach([](const ReportRows::Row &) -> Status {
            return makeError(Error::Code::Storage, u"disk full"_s);
        });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().message, u"disk full"_s);
    }

    void nobodyRunsAnything()
    {
        for (const Report *report : ReportCatalogue::all()) {
            const auto denied = report->run(*m_db, SecurityFixtures::nobody(), {}, at());
            QVERIFY(!denied);
            QCOMPARE(denied.error().code, Error::Code::Permission);
        }
    }

    void exportWritesTheFileAndAudits()
    {
        seedComplaints(*m_db);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"complaints.csv"_s);
        const Report *report = ReportCatalogue::find(u"complaint-history"_s);
        const int audited = SecurityFixtures::rowCount(*m_db, u"audit_log"_s);
        // A front desk may not export: refused, no file, nothing audited.
        const auto refused = ReportExport::toCsv(*m_db,
                                                 SecurityFixtures::frontDesk(),
                                                 *report,
                                                 {},
                                                 path,
                                                 {},
                                                 at());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Permission);
        QVERIFY(!QFile::exists(path));
        // Cancelled from the progress callback: no file, nothing audited.
        const auto cancelled = ReportExport::toCsv(*m_db,
                                                   SecurityFixtures::supervisor(),
                                                   *report,
                                                   {},
                                                   path,
                                                   {},
                                                   at(),
                                                   [](qint64, qint64) { return false; });
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(SecurityFixtures::rowCount(*m_db, u"audit_log"_s), audited);

        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        const auto written = ReportExport::toCsv(*m_db,
                                                 SecurityFixtures::supervisor(),
                                                 *report,
                                                 {},
                                                 path,
                                                 {},
                                                 at(),
                                                 [&](qint64 done, qint64 total) {
                                                     lastDone = done;
                                                     lastTotal = total;
                                                     return true;
                                                 });
        VERIFY_OK(written);
        QCOMPARE(written.value(), 7);
        QCOMPARE(lastDone, 7);
        QCOMPARE(lastTotal, 7);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM by default
        QCOMPARE(bytes.count("\r\n"), 8); // the header and seven complaints
        QVERIFY(bytes.contains("\"=\"\"138****5678\"\"\"")); // masked phone kept as text
        QVERIFY(bytes.contains(u"Complaint no.,Received,Customer code"_s.toUtf8()));
        QCOMPARE(SecurityFixtures::rowCount(*m_db, u"audit_log"_s), audited + 1);
        QCOMPARE(SecurityFixtures::scalar(*m_db,
                                          u"SELECT action || ' ' || entity FROM audit_log"
                                          " ORDER BY id DESC LIMIT 1"_s)
                         .toString(),
                 u"export report"_s);
        QVERIFY(SecurityFixtures::scalar(*m_db,
                                         u"SELECT details FROM audit_log ORDER BY id DESC LIMIT 1"_s)
                        .toString()
                        .contains(u"complaint-history"_s));

        // Sorted on screen, sorted in the file: by complaint number down is the reverse of up.
        const auto exportSorted = [&](bool descending) {
            Report::RunOptions options = at();
            options.sortColumn = 0;
            options.sortDescending = descending;
            const QString sortedPath = dir.filePath(descending ? u"down.csv"_s : u"up.csv"_s);
            const auto done = ReportExport::toCsv(*m_db,
                                                  SecurityFixtures::supervisor(),
                                                  *report,
                                                  {},
                                                  sortedPath,
                                                  {},
                                                  options,
                                                  {});
            QFile sorted(sortedPath);
            if (!done || !sorted.open(QIODevice::ReadOnly))
                return QList<QByteArray>();
            return sorted.readAll().split('\n').mid(1, 7); // the seven data lines
        };
        const QList<QByteArray> up = exportSorted(false);
        QList<QByteArray> down = exportSorted(true);
        QCOMPARE(up.size(), 7);
        QVERIFY(up != down);
        std::reverse(down.begin(), down.end());
        QCOMPARE(down, up);
    }
};

QTEST_GUILESS_MAIN(tst_ReportCatalogue)
#include "tst_reportcatalogue.moc"
