#pragma once

#include "CsvPreview.h"

#include <QWizardPage>

#include <memory>

class ImportWizard;
class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;
class QThread;

// Step 2: how the file reads. The encoding and delimiter found, with the reason, each of them
// overridable; the lines that are no data (junk before the header, blank lines, repeated
// headers) and the first rows as a table, read again when an override changes. A file that
// cannot be read shows why (an unclosed quote, a byte that is no character ... naming the line)
// and Next stays off. The file is read on a worker thread (detecting the encoding reads all of
// it): the window stays responsive, and Next waits for the rows.
class ImportReadingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReadingPage(ImportWizard *wizard);
    ~ImportReadingPage() override;

    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QTableWidget *previewTable() const { return m_table; }
    QListWidget *skippedList() const { return m_skipped; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *encodingLabel() const { return m_encodingWhy; }
    QLabel *readingLabel() const { return m_reading; }
    // A read of the file is under way (its rows are not shown yet).
    bool isReading() const { return m_busy; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void reread();
    void startReading();
    void readingDone();
    void showPreview();

    ImportWizard *m_wizard;
    QComboBox *m_encoding = nullptr;
    QLabel *m_encodingWhy = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_delimiterWhy = nullptr;
    QLabel *m_skippedTitle = nullptr;
    QListWidget *m_skipped = nullptr;
    QLabel *m_tableTitle = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_reading = nullptr;

    std::unique_ptr<QThread> m_reader;
    CsvPreview m_read; // written by m_reader, taken once it has finished
    bool m_busy = false;
    bool m_readAgain = false; // the options changed while a read was under way
};
