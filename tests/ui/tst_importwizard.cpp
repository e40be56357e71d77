#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "import/ImportCheckPage.h"
#include "import/ImportCountsView.h"
#include "import/ImportFilePage.h"
#include "import/ImportJob.h"
#include "import/ImportMappingPage.h"
#include "import/ImportProgressBox.h"
#include "import/ImportReadingPage.h"
#include "import/ImportRunPage.h"
#include "import/ImportWizard.h"
#include "import/ImportsDialog.h"
#include "ui/UiTestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>

#include <atomic>

using namespace Qt::StringLiterals;

// File > Import CSV file…: the wizard driven as a user would, on files the test writes.
class tst_ImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    static Actor admin() { return Actor {1, u"admin"_s, u"管理员"_s, int(Role::Admin)}; }
    static Actor frontDesk() { return Actor {2, u"desk"_s, u"前台"_s, int(Role::FrontDesk)}; }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QByteArray gb18030(const QString &text)
    {
        QStringEncoder encoder("GB18030");
        return encoder.encode(text);
    }

    // Two customers, in GB18030 as a Chinese Excel saves them.
    QString customersFile()
    {
        return writeFile(u"customers.csv"_s,
                         gb18030(u"姓名,电话,邮箱\r\n"
                                 "王芳,13812345678,wang@example.com\r\n"
                                 "李雷,13912345678,li@example.com\r\n"_s));
    }

    static qint64 customerCount(Database &db)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT COUNT(*) FROM customers"_s) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // A shown wizard on the file, at the reading page.
    static std::unique_ptr<ImportWizard> wizardAt(Database &db, const QString &path)
    {
        auto w = std::make_unique<ImportWizard>(db, admin());
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        w->filePage()->setPath(path);
        w->filePage()->setKind(ImportKind::Customers);
        w->next();
        if (w->currentId() != ImportWizard::ReadingPage || !readAll(w->readingPage()))
            return nullptr;
        return w;
    }

    // Waits for the reading page's worker to show the file as now chosen.
    static bool readAll(ImportReadingPage *page)
    {
        return QTest::qWaitFor([page] { return !page->isReading(); });
    }

    static void choose(QComboBox *combo, int index)
    {
        // As the keyboard does: the current item changes and activated() follows.
        combo->setFocus();
        while (combo->currentIndex() < index)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > index)
            QTest::keyClick(combo, Qt::Key_Up);
    }

    static QString cell(QTableWidget *table, int row, int column)
    {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { prepareUnattendedUi(); }

    void cleanup() { ImportJob::progressHookForTests = nullptr; }

    void previewShowsTheDecodedFile()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        auto w = wizardAt(*db, customersFile());
        QVERIFY(w);
        ImportReadingPage *page = w->readingPage();
        QCOMPARE(page->previewTable()->rowCount(), 2);
        QCOMPARE(page->previewTable()->horizontalHeaderItem(0)->text(), u"姓名"_s);
        QCOMPARE(cell(page->previewTable(), 0, 0), u"王芳"_s);
        QCOMPARE(cell(page->previewTable(), 1, 2), u"li@example.com"_s);
        QVERIFY(page->encodingCombo()->itemText(0).contains(u"GB18030"_s));
        QVERIFY(!page->encodingLabel()->text().isEmpty()); // why GB18030
        QVERIFY(!page->errorLabel()->isVisible());
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    }

    // The file is read on a worker: the page says so, Next waits for the rows, and the window
    // goes on handling events meanwhile.
    void theFileIsReadOffTheWindowThread()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        ImportWizard w(*db, admin());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.filePage()->setPath(customersFile());
        w.filePage()->setKind(ImportKind::Customers);
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::ReadingPage));
        ImportReadingPage *page = w.readingPage();
        QVERIFY(page->isReading()); // next() returned before the file was read
        QVERIFY(page->readingLabel()->isVisible());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(readAll(page));
        QVERIFY(!page->readingLabel()->isVisible());
        QCOMPARE(cell(page->previewTable(), 0, 0), u"王芳"_s);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    }

    void overridingTheEncodingReadsAgain()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        auto w = wizardAt(*db, customersFile());
        QVERIFY(w);
        ImportReadingPage *page = w->readingPage();
        QComboBox *encoding = page->encodingCombo();
        choose(encoding,
               encoding->findData(int(CsvTextEncoding::Windows1252))); // 王芳 is CD F5 B7 BC
        QVERIFY(readAll(page));
        QCOMPARE(cell(page->previewTable(), 0, 0), u"Íõ·¼"_s);
        QCOMPARE(w->csvOptions().encoding, CsvTextEncoding::Windows1252);
        choose(encoding, encoding->findData(int(CsvTextEncoding::Utf8)));
        QVERIFY(readAll(page));
        QVERIFY(page->errorLabel()->isVisible()); // GB18030 bytes are no UTF-8
        QVERIFY(page->errorLabel()->text().contains(u"UTF-8"_s));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        choose(encoding, 0);
        QVERIFY(readAll(page));
        QCOMPARE(cell(page->previewTable(), 0, 0), u"王芳"_s);
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    }

    void delimiterAndSkippedLines()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        const QString path = writeFile(u"semicolon.csv"_s,
                                       "Export of 2024-03-01\n"
                                       "\n"
                                       "name;phone;city\n"
                                       "M\xc3\xbcller;030123456;Berlin\n"
                                       "name;phone;city\n"
                                       "Jens;040123456;Hamburg\n");
        auto w = wizardAt(*db, path);
        QVERIFY(w);
        ImportReadingPage *page = w->readingPage();
        QCOMPARE(page->previewTable()->columnCount(), 3);
        QCOMPARE(cell(page->previewTable(), 0, 0), u"Müller"_s);
        QCOMPARE(cell(page->previewTable(), 1, 2), u"Hamburg"_s);
        QCOMPARE(page->skippedList()->count(), 3); // the junk, the blank line, the header again
        choose(page->delimiterCombo(), page->delimiterCombo()->findData(u","_s));
        QVERIFY(readAll(page));
        QVERIFY(page->previewTable()->columnCount() != 3); // read again, split at commas
    }

    void anUnreadableFileSaysWhy()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        auto w = wizardAt(*db, writeFile(u"unclosed.csv"_s, "name,phone\nAnna,\"0301234\n"));
        QVERIFY(w);
        QLabel *error = w->readingPage()->errorLabel();
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u'2'), qPrintable(error->text())); // the line
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    }

    void aMissingFileIsRefusedOnTheFirstPage()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        ImportWizard w(*db, admin());
        w.show();
        QTest::keyClicks(w.filePage()->pathEdit(), m_files.filePath(u"nothing.csv"_s));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::FilePage));
        QVERIFY(w.filePage()->errorLabel()->isVisible());
    }

    void theMappingIsGuessedAndARequiredFieldBlocksNext()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        auto w = wizardAt(*db, customersFile());
        QVERIFY(w);
        w->next();
        QCOMPARE(w->currentId(), int(ImportWizard::MappingPage));
        ImportMappingPage *page = w->mappingPage();
        QVERIFY(page->columnCombo(u"name"_s));
        QCOMPARE(page->columnCombo(u"name"_s)->currentText(), u"姓名"_s);
        QCOMPARE(page->columnCombo(u"phone"_s)->currentText(), u"电话"_s);
        QCOMPARE(page->columnCombo(u"email"_s)->currentText(), u"邮箱"_s);
        QVERIFY(page->sampleLabel(u"name"_s)->text().contains(u"王芳"_s));
        QVERIFY(page->sampleLabel(u"name"_s)->text().contains(u"李雷"_s));

        choose(page->columnCombo(u"name"_s), 0); // (not imported)
        w->next();
        QCOMPARE(w->currentId(), int(ImportWizard::MappingPage));
        QVERIFY(page->errorLabel()->isVisible());
        QVERIFY(!page->errorLabel()->text().isEmpty());
        choose(page->columnCombo(u"name"_s), 1);
        QVERIFY(!page->errorLabel()->isVisible());
    }

    void aSavedMappingLoadsTheSame()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        const QString file = customersFile();
        const QString json = m_files.filePath(u"mapping.json"_s);
        {
            auto w = wizardAt(*db, file);
            QVERIFY(w);
            w->next();
            ImportMappingPage *page = w->mappingPage();
            choose(page->columnCombo(u"email"_s), 0);
            choose(page->columnCombo(u"notes"_s), 3); // 邮箱
            page->skipInvalidBox()->setChecked(true);
            choose(page->decimalCombo(), 1);
            choose(page->dateFormatCombo(), page->dateFormatCombo()->findData(u"d.M.yyyy"_s));
            page->missingValuesEdit()->setText(u"unknown, N/A"_s);
            FileDialog::queueAnswer(json);
            QTest::mouseClick(page->findChild<QPushButton *>(u"importSaveMapping"_s),
                              Qt::LeftButton);
            QVERIFY(QFile::exists(json));
        }
        auto w = wizardAt(*db, file);
        QVERIFY(w);
        w->next();
        ImportMappingPage *page = w->mappingPage();
        QCOMPARE(page->columnCombo(u"email"_s)->currentText(), u"邮箱"_s); // the guess, first
        FileDialog::queueAnswer(json);
        QTest::mouseClick(page->findChild<QPushButton *>(u"importLoadMapping"_s), Qt::LeftButton);
        QCOMPARE(page->columnCombo(u"email"_s)->currentIndex(), 0);
        QCOMPARE(page->columnCombo(u"notes"_s)->currentText(), u"邮箱"_s);
        QCOMPARE(page->columnCombo(u"name"_s)->currentText(), u"姓名"_s);
        QCOMPARE(page->columnCombo(u"phone"_s)->currentText(), u"电话"_s);
        QVERIFY(page->skipInvalidBox()->isChecked());
        QCOMPARE(page->decimalCombo()->currentIndex(), 1);
        QCOMPARE(page->dateFormatCombo()->currentData().toString(), u"d.M.yyyy"_s);
        QCOMPARE(page->missingValuesEdit()->text(), u"unknown, N/A"_s);
        QCOMPARE(page->mapping().toJson(), [&] {
            QFile f(json);
            return f.open(QIODevice::ReadOnly) ? ImportMapping::fromJson(f.readAll())->toJson()
                                               : QByteArray();
        }());
    }

    void theCheckListsRowErrorsAndWritesNothing()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        const QString path = writeFile(u"bad.csv"_s,
                                       u"姓名,电话,邮箱\n"
                                       "王芳,13812345678,wang@example.com\n"
                                       "李雷,13912345678,not an email\n"_s.toUtf8());
        auto w = wizardAt(*db, path);
        QVERIFY(w);
        w->next();
        w->next();
        QCOMPARE(w->currentId(), int(ImportWizard::CheckPage));
        ImportCheckPage *page = w->checkPage();
        QTRY_VERIFY(!page->job()->isRunning());
        QVERIFY2(page->summary(), qPrintable(page->resultLabel()->text()));
        QCOMPARE(page->summary()->invalid, 1);
        QAbstractItemModel *errors = page->errorsView()->model();
        QVERIFY(errors->rowCount() >= 1);
        QCOMPARE(errors->index(0, 0).data().toString(), u"2"_s); // the second data row
        QCOMPARE(errors->index(0, 2).data().toString(), u"邮箱"_s);
        QCOMPARE(errors->index(0, 3).data().toString(), u"not an email"_s);
        QVERIFY(!w->button(QWizard::CommitButton)->isEnabled()); // errors block the import
        QCOMPARE(customerCount(*db), 0);

        const QString out = m_files.filePath(u"errors.csv"_s);
        FileDialog::queueAnswer(out);
        QTest::mouseClick(page->saveErrorsButton(), Qt::LeftButton);
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(saved.readAll()).contains(u"not an email"_s));

        // Leaving rows with errors out lets the rest be imported.
        w->back();
        w->mappingPage()->skipInvalidBox()->setChecked(true);
        w->next();
        QTRY_VERIFY(!page->job()->isRunning());
        QVERIFY(page->summary());
        QVERIFY(w->button(QWizard::CommitButton)->isEnabled());
    }

    // Lines without a row far down the file, which the preview never reads, are counted on the
    // check page, and the tooltip says where they are.
    void theCheckCountsLinesLeftOutInTheWholeFile()
    {
        QString text = u"姓名,电话,邮箱\r\n"_s;
        for (int i = 0; i < 400; ++i) {
            text += u"客户%1,1381234%2,\r\n"_s.arg(i).arg(i, 4, 10, QLatin1Char('0'));
            if (i == 350)
                text += u"\r\n姓名,电话,邮箱\r\n"_s; // lines 353 and 354
        }
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        auto w = wizardAt(*db, writeFile(u"long.csv"_s, gb18030(text)));
        QVERIFY(w);
        w->next();
        w->next();
        ImportCheckPage *page = w->checkPage();
        QTRY_VERIFY(!page->job()->isRunning());
        QVERIFY(page->summary());
        QCOMPARE(page->summary()->leftOutLines, 2);
        auto *leftOut = page->counts()->findChild<QLabel *>(u"countLinesLeftOut"_s);
        QVERIFY(leftOut && leftOut->isVisible());
        QCOMPARE(leftOut->text(), u"2"_s);
        QVERIFY2(leftOut->toolTip().contains(u"353"_s) && leftOut->toolTip().contains(u"354"_s),
                 qPrintable(leftOut->toolTip()));
        QVERIFY(page->counts()->text().contains(
                ImportCountsView::tr("Lines without a row (left out):")));
    }

    void theImportCreatesCustomersAndUndoRemovesThem()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        auto w = wizardAt(*db, customersFile());
        QVERIFY(w);
        w->next();
        w->next();
        QTRY_VERIFY(w->button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(w->checkPage()->summary()->created, 2);
        QCOMPARE(customerCount(*db), 0); // the check wrote nothing
        w->next();
        QCOMPARE(w->currentId(), int(ImportWizard::RunPage));
        ImportRunPage *page = w->runPage();
        QTRY_VERIFY(!page->job()->isRunning());
        QVERIFY2(page->importId() != 0, qPrintable(page->resultLabel()->text()));
        QCOMPARE(customerCount(*db), 2);
        QVERIFY(page->counts()->text().contains(u'2'));
        QVERIFY(page->undoButton()->isVisible());
        QVERIFY(w->button(QWizard::FinishButton)->isEnabled());

        MessageBox::queueAnswer(1); // Keep it
        QTest::mouseClick(page->undoButton(), Qt::LeftButton);
        QCOMPARE(customerCount(*db), 2);
        MessageBox::queueAnswer(0); // Undo import
        QTest::mouseClick(page->undoButton(), Qt::LeftButton);
        QCOMPARE(customerCount(*db), 0);
        QVERIFY(!page->undoButton()->isEnabled());
    }

    void pastImportsAreListedAndCanBeUndone()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        {
            auto w = wizardAt(*db, customersFile());
            QVERIFY(w);
            w->next();
            w->next();
            QTRY_VERIFY(w->button(QWizard::CommitButton)->isEnabled());
            w->next();
            QTRY_VERIFY(w->runPage()->importId() != 0);
        }
        QCOMPARE(customerCount(*db), 2);
        ImportsDialog dialog(*db, admin());
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 2)->text(), u"customers.csv"_s);
        QCOMPARE(dialog.table()->item(0, 4)->text(), u"2"_s);
        QVERIFY(dialog.undoButton()->isEnabled());
        MessageBox::queueAnswer(0);
        QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
        QCOMPARE(customerCount(*db), 0);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QVERIFY(dialog.table()->item(0, 6)->text().contains(u"admin"_s)); // undone by
        QVERIFY(!dialog.undoButton()->isEnabled()); // once
    }

    void cancelLeavesTheArchiveUnchanged()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        // The importer looks at Cancel every 2,000 rows inside its transaction.
        QString text = u"姓名,电话\n"_s;
        for (int i = 0; i < 2500; ++i)
            text += u"客户%1,138%2\n"_s.arg(i).arg(i, 8, 10, QLatin1Char('0'));
        auto w = wizardAt(*db, writeFile(u"many.csv"_s, text.toUtf8()));
        QVERIFY(w);
        w->next();
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->button(QWizard::CommitButton)->isEnabled(), 60000);
        // The worker waits in its first progress report until Cancel has been pressed.
        std::atomic<bool> reported {false};
        QSemaphore pressed;
        ImportJob::progressHookForTests = [&] {
            reported = true;
            pressed.acquire();
            pressed.release();
        };
        // However the test ends, the worker is let go before the wizard waits for it.
        const auto letGo = qScopeGuard([&] {
            pressed.release();
            w->runPage()->job()->stop();
        });
        w->next();
        ImportRunPage *page = w->runPage();
        QTRY_VERIFY_WITH_TIMEOUT(reported.load(), 60000);
        QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(page->progressBox()->cancelButton(), Qt::LeftButton);
        pressed.release();
        QTRY_VERIFY_WITH_TIMEOUT(!page->job()->isRunning(), 60000);
        QCOMPARE(page->importId(), 0);
        QVERIFY(page->resultLabel()->text().contains(u"Nothing was changed"_s));
        QCOMPARE(customerCount(*db), 0);
        QVERIFY(page->againButton()->isVisible());
    }

    void theMenuOffersImportOnlyWithTheRight()
    {
        TempArchive archive;
        {
            auto db = archive.open();
            QVERIFY(db);
            MainWindow window(std::move(db), frontDesk());
            auto *action = window.findChild<QAction *>(u"importAction"_s);
            QVERIFY(action);
            QVERIFY(!action->isEnabled());
            QVERIFY(!action->statusTip().isEmpty()); // says why
        }
        auto db = archive.open();
        QVERIFY(db);
        MainWindow window(std::move(db), admin());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(u"importAction"_s);
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        action->trigger();
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
        wizard->reject();
    }
};

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
