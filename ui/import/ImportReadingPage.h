#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

// Step 2: how the file reads. The encoding and delimiter found, with the reason, each of them
// overridable; the lines that are no data (junk before the header, blank lines, repeated
// headers) and the first rows as a table, read again when an override changes. A file that
// cannot be read shows why (an unclosed quote, a byte that is no character ... naming the line)
// and Next stays off.
class ImportReadingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReadingPage(ImportWizard *wizard);

    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QTableWidget *previewTable() const { return m_table; }
    QListWidget *skippedList() const { return m_skipped; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *encodingLabel() const { return m_encodingWhy; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void reread();
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
};
