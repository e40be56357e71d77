#include "MainWindow.h"
#include "TestSupport.h"
#include "core/ReportFixtures.h"
#include "core/SecurityFixtures.h"
#include "demo/DemoGenerator.h"
#include "reports/ExportCsvDialog.h"
#include "reports/ReportCatalogue.h"
#include "reports/ReportParamsForm.h"
#include "reports/ReportRowsModel.h"
#include "reports/ReportsWindow.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace ReportFixtures;

// The Reports window: the catalogue by role, parameters checked in place, a run on a fixture
// archive shown typed and sorted, a long result read page by page, and CSV export (BOM and
// header, Cancel leaves no file, a front desk may not export).
class tst_ReportsWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempArchive> m_archive;
    std::unique_ptr<Database> m_db;

    std::unique_ptr<ReportsWindow> showWindow(const Actor &actor)
    {
        auto window = std::make_unique<ReportsWindow>(*m_db, actor, nullptr, [] { return now(); });
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        return window;
    }
    static QStringList listed(ReportsWindow &w)
    {
        QStringList titles;
        for (int i = 0; i < w.catalogue()->count(); ++i)
            titles.append(w.catalogue()->item(i)->text());
        return titles;
    }
    static QString title(const char *name)
    {
        return ReportCatalogue::find(QString::fromLatin1(name))->title();
    }
    static QLineEdit *lineEdit(ReportsWindow &w, const char *key)
    {
        return qobject_cast<QLineEdit *>(w.form()->editor(QString::fromLatin1(key)));
    }
    // Runs with Enter in the form and waits for the answer.
    static bool runAndWait(ReportsWindow &w)
    {
        QSignalSpy finished(w.model(), &ReportRowsModel::finished);
        QSignalSpy failed(w.model(), &ReportRowsModel::failed);
        QTest::keyClick(w.form()->editors().constFirst(), Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }))
            return false;
        if (!failed.isEmpty())
            qWarning("%s", qPrintable(failed.first().first().toString()));
        return failed.isEmpty();
    }
    static QString cell(ReportsWindow &w, int row, int column)
    {
        return w.model()->index(row, column).data().toString();
    }
    static QList<qint64> firstColumn(ReportsWindow &w)
    {
        QList<qint64> ids;
        for (int r = 0; r < w.model()->rowCount(); ++r)
            ids.append(w.model()->index(r, 0).data(ReportRowsModel::ValueRole).toLongLong());
        return ids;
    }
    // Waits until the rows of the first page are in (a sort reads them anew).
    static bool loaded(ReportsWindow &w, int row = 0)
    {
        w.model()->index(row, 0).data(); // as a paint would ask
        return QTest::qWaitFor([&] { return w.model()->isLoaded(row); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareUnattendedUi();
        useShanghaiTime();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        QSettings().remove(u"reports"_s); // the last export's format and folder
        m_archive = std::make_unique<TempArchive>();
        m_db = m_archive->open();
        QVERIFY(m_db);
    }

    void cleanup()
    {
        m_db.reset();
        m_archive.reset();
    }

    void catalogueListsOnlyWhatTheUserMayRun()
    {
        auto desk = showWindow(SecurityFixtures::frontDesk());
        QVERIFY(desk);
        const QStringList deskTitles = listed(*desk);
        QVERIFY(deskTitles.contains(title("customer-list")));
        QVERIFY(!deskTitles.contains(title("complaint-history")));
        QVERIFY(!deskTitles.contains(title("complaint-handling")));
        QStringList expected;
        for (const Report *r : ReportCatalogue::available(SecurityFixtures::frontDesk()))
            expected.append(r->title());
        QCOMPARE(deskTitles, expected);
        // The chosen report's description shows beside the list.
        QVERIFY(desk->selectReport(u"customer-list"_s));
        QCOMPARE(desk->findChild<QLabel *>(u"reportDescription"_s)->text(),
                 ReportCatalogue::find(u"customer-list"_s)->description());
        QVERIFY(!desk->selectReport(u"complaint-history"_s));

        auto chief = showWindow(SecurityFixtures::supervisor());
        QVERIFY(chief);
        const QStringList chiefTitles = listed(*chief);
        QCOMPARE(chiefTitles.size(), ReportCatalogue::all().size());
        QVERIFY(chiefTitles.contains(title("complaint-history")));
    }

    void badParametersAreShownAndTheFormKept()
    {
        seedComplaints(*m_db);
        auto w = showWindow(SecurityFixtures::supervisor());
        QVERIFY(w);
        QVERIFY(w->selectReport(u"complaint-history"_s));
        QLineEdit *from = lineEdit(*w, "from");
        QLineEdit *to = lineEdit(*w, "to");
        QVERIFY(from && to);
        from->setFocus();
        QTest::keyClicks(from, u"2025-07-01"_s);
        QTest::keyClick(from, Qt::Key_Tab);
        QVERIFY(to->hasFocus());
        QTest::keyClicks(to, u"2025-06-01"_s);
        QTest::keyClick(to, Qt::Key_Return);
        // The message under the field, from ReportParams; nothing typed is lost, nothing ran.
        QVERIFY(!w->form()->errorFor(u"to"_s).isEmpty());
        QVERIFY(w->messageLabel()->isVisible());
        QCOMPARE(from->text(), u"2025-07-01"_s);
        QCOMPARE(to->text(), u"2025-06-01"_s);
        QVERIFY(to->hasFocus());
        QVERIFY(!w->model()->isRunning());
        QVERIFY(!w->model()->hasResult());
        // Text that is no day is refused with ReportParams' message as well.
        to->setText(u"June"_s);
        QTest::keyClick(to, Qt::Key_Return);
        QVERIFY(!w->form()->errorFor(u"to"_s).isEmpty());
        QVERIFY(!w->model()->hasResult());
        // Corrected, it runs, and the message goes.
        to->setText(u"2025-07-31"_s);
        QVERIFY(runAndWait(*w));
        QVERIFY(w->form()->errorFor(u"to"_s).isEmpty());
        QCOMPARE(w->model()->totalRows(), 2); // K4, K6 (K7 came on 30 June, 23:30)
    }

    void runShowsTypedRowsSortedByTheClickedHeader()
    {
        const ComplaintArchive a = seedComplaints(*m_db);
        auto w = showWindow(SecurityFixtures::supervisor());
        QVERIFY(w);
        QAbstractItemModelTester tester(w->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(w->selectReport(u"complaint-history"_s));
        QCOMPARE(w->emptyLabel()->isVisible(), true); // nothing has run yet
        QVERIFY(runAndWait(*w));
        QCOMPARE(w->model()->totalRows(), 7);
        QCOMPARE(w->countLabel()->text(), ReportsWindow::tr("%Ln row(s)", nullptr, 7));
        QVERIFY(w->view()->isVisible());
        QVERIFY(loaded(*w));
        // The report's own order: received, oldest first.
        QCOMPARE(firstColumn(*w),
                 (QList<qint64> {a.k[1], a.k[2], a.k[3], a.k[5], a.k[7], a.k[4], a.k[6]}));
        // Typed: a local time in the locale's format, the customer, the masked phone.
        QCOMPARE(cell(*w, 0, 1), u"5/10/25 9:00 AM"_s);
        QCOMPARE(cell(*w, 0, 3), u"王芳"_s);
        QCOMPARE(cell(*w, 0, 4), u"138****5678"_s);

        // A click on the "Received" header sorts by it; a second click turns the order round.
        QHeaderView *header = w->view()->horizontalHeader();
        const auto click = [&](int section) {
            const QPoint at(header->sectionViewportPosition(section) + 5, header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        };
        click(1);
        QCOMPARE(w->model()->sortColumn(), 1);
        QVERIFY(loaded(*w));
        const QList<qint64> ascending {a.k[1], a.k[2], a.k[3], a.k[5], a.k[7], a.k[4], a.k[6]};
        QList<qint64> descending = ascending;
        std::reverse(descending.begin(), descending.end());
        const QList<qint64> first = firstColumn(*w);
        QVERIFY(first == ascending || first == descending);
        const Qt::SortOrder order = w->model()->sortOrder();
        QCOMPARE(first, order == Qt::AscendingOrder ? ascending : descending);
        click(1);
        QVERIFY(w->model()->sortOrder() != order);
        QVERIFY(loaded(*w));
        QCOMPARE(firstColumn(*w), order == Qt::AscendingOrder ? descending : ascending);
    }

    void escapeStopsARunAndRevealShowsFullPhones()
    {
        seedComplaints(*m_db);
        auto w = showWindow(SecurityFixtures::supervisor());
        QVERIFY(w);
        QVERIFY(w->selectReport(u"complaint-history"_s));
        QSignalSpy finished(w->model(), &ReportRowsModel::finished);
        // Esc before the worker has answered: the run stops and its rows never show.
        w->runReport();
        QVERIFY(w->model()->isRunning());
        QVERIFY(w->cancelButton()->isVisibleTo(w.get()));
        QTest::keyClick(w.get(), Qt::Key_Escape);
        QVERIFY(!w->model()->isRunning());
        QVERIFY(!w->cancelButton()->isVisibleTo(w.get()));
        QVERIFY(w->emptyLabel()->isVisible());
        QVERIFY(w->runButton()->isEnabled());

        // Run again with full phone numbers (a supervisor may): the run is audited.
        auto *reveal = w->findChild<QCheckBox *>(u"revealCheck"_s);
        QVERIFY(reveal && reveal->isVisible());
        reveal->setChecked(true);
        const int audited = SecurityFixtures::rowCount(*m_db, u"audit_log"_s);
        QVERIFY(runAndWait(*w));
        QCOMPARE(finished.size(), 1); // the cancelled run never answered
        QVERIFY(!w->model()->masked());
        QVERIFY(loaded(*w));
        QCOMPARE(cell(*w, 0, 4), u"138 1234 5678"_s); // as core writes it in full
        QCOMPARE(SecurityFixtures::rowCount(*m_db, u"audit_log"_s), audited + 1);
    }

    void emptyResultSaysSo()
    {
        seedComplaints(*m_db);
        auto w = showWindow(SecurityFixtures::supervisor());
        QVERIFY(w);
        QVERIFY(w->selectReport(u"complaint-history"_s));
        lineEdit(*w, "from")->setText(u"2020-01-01"_s);
        lineEdit(*w, "to")->setText(u"2020-01-31"_s);
        QVERIFY(runAndWait(*w));
        QCOMPARE(w->model()->totalRows(), 0);
        QVERIFY(w->emptyLabel()->isVisible());
        QVERIFY(!w->view()->isVisible());
        QCOMPARE(w->countLabel()->text(), ReportsWindow::tr("%Ln row(s)", nullptr, 0));
    }

    void longResultsAreReadPageByPage()
    {
        DemoGenerator::Options options;
        options.customers = 3 * ReportRowsModel::PageSize + 150;
        options.seed = 6;
        options.asOf = QDate(2025, 7, 10);
        QVERIFY(DemoGenerator::run(*m_db, Fixtures::alice(), options));

        auto w = showWindow(SecurityFixtures::frontDesk());
        QVERIFY(w);
        QAbstractItemModelTester tester(w->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(w->selectReport(u"customer-list"_s));
        QVERIFY(runAndWait(*w));
        const qint64 total = w->model()->totalRows();
        QVERIFY2(total > 3 * ReportRowsModel::PageSize, qPrintable(QString::number(total)));
        QCOMPARE(w->model()->rowCount(), int(total));
        // The run read its first page only.
        QCOMPARE(w->model()->pagesRead(), 1);
        QCOMPARE(w->model()->cachedPages(), QList<int> {0});
        QVERIFY(!w->model()->isLoaded(ReportRowsModel::PageSize));

        // Scrolled to the end, the view asks for the last page; the ones between are never read.
        w->view()->setFocus();
        w->view()->scrollToBottom();
        const int lastRow = int(total) - 1;
        QVERIFY(QTest::qWaitFor([&] { return w->model()->isLoaded(lastRow); }));
        QVERIFY(QTest::qWaitFor([&] { return !w->model()->isFetching(); }));
        QVERIFY(!w->model()->isLoaded(ReportRowsModel::PageSize));
        QVERIFY(!w->model()->cachedPages().contains(1));
        QVERIFY2(w->model()->pagesRead() <= 2, qPrintable(QString::number(w->model()->pagesRead())));
        QVERIFY(!cell(*w, lastRow, 1).isEmpty());
        QVERIFY(cell(*w, lastRow, 1) != u"…"_s);
    }

    void exportWritesBomAndHeader()
    {
        seedComplaints(*m_db);
        auto w = showWindow(SecurityFixtures::supervisor());
        QVERIFY(w);
        QVERIFY(w->selectReport(u"complaint-history"_s));
        QVERIFY(w->exportButton()->isEnabled());
        const QString path = m_archive->dir.filePath(u"complaints.csv"_s);
        // Ctrl+E opens the dialog; the file is typed, the format left at its defaults.
        QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier);
        ExportCsvDialog *dialog = w->exportDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->options().encoding, CsvEncoding::Utf8Bom);
        QCOMPARE(dialog->options().delimiter, CsvDelimiter::Comma);
        dialog->pathEdit()->setText(path);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportOk"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return w->messageLabel()->text().contains(u"Exported"_s); }));
        QCOMPARE(w->messageLabel()->text(),
                 ReportsWindow::tr("Exported %Ln row(s) to %1.", nullptr, 7)
                         .arg(QDir::toNativeSeparators(path)));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const Report *report = ReportCatalogue::find(u"complaint-history"_s);
        QStringList headers;
        for (const ReportColumn &c : report->columns())
            headers.append(c.header);
        const QByteArray headerLine = headers.join(u',').toUtf8() + "\r\n";
        QVERIFY2(bytes.mid(3).startsWith(headerLine), bytes.left(200).constData());
        QCOMPARE(bytes.count("\r\n"), 8); // the header and seven complaints
        // Phones masked as on screen, kept as text for Excel.
        QVERIFY(bytes.contains("138****5678"));
        QVERIFY(!bytes.contains("13812345678"));

        // The format chosen is remembered for the next export.
        w->exportCsv();
        QVERIFY(w->exportDialog());
        w->exportDialog()->delimiterBox()->setCurrentIndex(1);
        w->exportDialog()->encodingBox()->setCurrentIndex(2);
        const QString second = m_archive->dir.filePath(u"semicolon.csv"_s);
        w->exportDialog()->pathEdit()->setText(second);
        w->exportDialog()->accept();
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(second); }));
        QVERIFY(QTest::qWaitFor([&] { return w->messageLabel()->text().contains(u"semicolon"_s); }));
        // GB18030 without a BOM, fields split by semicolons.
        QFile semicolons(second);
        QVERIFY(semicolons.open(QIODevice::ReadOnly));
        const QByteArray gb = semicolons.readAll();
        QVERIFY(!gb.startsWith("\xEF\xBB\xBF"));
        QStringEncoder toGb("GB18030");
        QVERIFY(toGb.isValid());
        const QByteArray expectedHeader = QByteArray(toGb.encode(headers.join(u';'))) + "\r\n";
        QVERIFY2(gb.startsWith(expectedHeader), gb.left(200).toHex().constData());
        QVERIFY(gb.contains(QByteArray(toGb.encode(u"王芳"_s))));
        QVERIFY(!gb.contains(u"王芳"_s.toUtf8()));
        QCOMPARE(gb.count("\r\n"), 8);

        w->exportCsv();
        QCOMPARE(w->exportDialog()->options().delimiter, CsvDelimiter::Semicolon);
        QCOMPARE(w->exportDialog()->options().encoding, CsvEncoding::Gb18030);
        w->exportDialog()->reject();
    }

    // The file holds the rows in the order the table shows them, sorted by the clicked header.
    void exportFollowsTheSortOnScreen()
    {
        seedComplaints(*m_db);
        auto w = showWindow(SecurityFixtures::supervisor());
        QVERIFY(w);
        QVERIFY(w->selectReport(u"complaint-history"_s));
        QVERIFY(runAndWait(*w));
        w->view()->sortByColumn(1, Qt::DescendingOrder); // received, newest first
        QVERIFY(loaded(*w));
        const QList<qint64> shown = firstColumn(*w);
        const QString path = m_archive->dir.filePath(u"sorted.csv"_s);
        VERIFY_OK(w->exportTo(path, CsvOptions {}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<qint64> written;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines.mid(1))
            if (!line.trimmed().isEmpty())
                written.append(line.left(line.indexOf(',')).toLongLong());
        QCOMPARE(written, shown);
        QVERIFY(written != (QList<qint64>(shown.crbegin(), shown.crend())));
    }

    void cancelledExportLeavesNoFile()
    {
        seedComplaints(*m_db);
        auto w = showWindow(SecurityFixtures::supervisor());
        QVERIFY(w);
        QVERIFY(w->selectReport(u"complaint-history"_s));
        const QString path = m_archive->dir.filePath(u"cancelled.csv"_s);
        // Cancel pressed before a row was written.
        connect(w.get(), &ReportsWindow::exportStarted, this, [](QProgressDialog *progress) {
            QPushButton *cancel = progress->findChild<QPushButton *>();
            QVERIFY(cancel);
            cancel->click();
        });
        const int audited = SecurityFixtures::rowCount(*m_db, u"audit_log"_s);
        const Result<qint64> written = w->exportTo(path, CsvOptions {});
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Cancelled);
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(m_archive->dir.path()).entryList(QDir::Files).filter(u"cancelled"_s).isEmpty());
        QVERIFY(w->messageLabel()->text().contains(u"no file was written"_s));
        QCOMPARE(SecurityFixtures::rowCount(*m_db, u"audit_log"_s), audited);
    }

    void escapeCancelsExport()
    {
        seedComplaints(*m_db);
        auto w = showWindow(SecurityFixtures::supervisor());
        QVERIFY(w);
        QVERIFY(w->selectReport(u"complaint-history"_s));
        const QString path = m_archive->dir.filePath(u"escaped.csv"_s);
        connect(w.get(), &ReportsWindow::exportStarted, this, [](QProgressDialog *progress) {
            progress->show();
            QVERIFY(QTest::qWaitForWindowActive(progress));
            QTest::keyClick(progress, Qt::Key_Escape);
        });
        const Result<qint64> written = w->exportTo(path, CsvOptions {});
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Cancelled);
        QVERIFY(!QFile::exists(path));
    }

    void keyboardRunsAndMainWindowOpensReports()
    {
        seedComplaints(*m_db);
        MainWindow main(m_archive->open(), SecurityFixtures::supervisor());
        main.show();
        QVERIFY(QTest::qWaitForWindowActive(&main));
        auto *action = main.findChild<QAction *>(u"reportsAction"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QVERIFY(!action->shortcut().isEmpty());
        QTest::keySequence(&main, action->shortcut());
        auto *w = main.findChild<ReportsWindow *>();
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowActive(w));
        QVERIFY(w->selectReport(u"complaint-history"_s));
        // Ctrl+R runs the report from anywhere in the window.
        QSignalSpy finished(w->model(), &ReportRowsModel::finished);
        w->catalogue()->setFocus();
        // (A child window counts as active with its parent: wait for the keyboard itself.)
        w->activateWindow();
        QVERIFY(QTest::qWaitFor([&] { return QApplication::activeWindow() == w; }));
        QTest::keyClick(w, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }));
        QCOMPARE(w->model()->totalRows(), 7);
        // The same shortcut again brings the one window back.
        w->close();
        QVERIFY(QTest::qWaitFor([&] { return main.findChild<ReportsWindow *>() == nullptr; }));
        main.activateWindow();
        QVERIFY(QTest::qWaitFor([&] { return QApplication::activeWindow() == &main; }));
        QTest::keySequence(&main, action->shortcut());
        QVERIFY(QTest::qWaitFor([&] { return main.findChild<ReportsWindow *>() != nullptr; }));
        QCOMPARE(main.findChildren<ReportsWindow *>().size(), 1);
    }

    void frontDeskCannotExport()
    {
        customer(*m_db, u"王芳"_s, {u"13812345678"_s});
        auto w = showWindow(SecurityFixtures::frontDesk());
        QVERIFY(w);
        QVERIFY(w->selectReport(u"customer-list"_s));
        QVERIFY(!w->exportButton()->isEnabled());
        QVERIFY(w->exportButton()->toolTip().contains(
                Permissions::operationName(Operation::Export)));
        QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(!w->exportDialog());
        QVERIFY(w->messageLabel()->isVisible());
        // Core refuses as well, and no file appears.
        const QString path = m_archive->dir.filePath(u"desk.csv"_s);
        const Result<qint64> written = w->exportTo(path, CsvOptions {});
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Permission);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(tst_ReportsWindow)
#include "tst_reportswindow.moc"
