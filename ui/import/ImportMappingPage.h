#pragma once

#include "import/ImportMapping.h"

#include <QWizardPage>

class ImportWizard;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

// Step 3: which column of the file goes into which field of the archive (guessed from the
// header, required fields marked, a few values of the column beside each), what to do with
// customers already in the archive, and how the file writes dates, decimals and "no value".
// The mapping can be saved as a file and loaded for the next file of the same shape.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    // The mapping as the page shows it.
    ImportMapping mapping() const;
    // Shows the mapping: columns the file lacks are left unmapped (and listed).
    void setMapping(const ImportMapping &mapping);

    // The column combo of a field (nullptr for a field the kind lacks).
    QComboBox *columnCombo(const QString &fieldKey) const;
    QLabel *sampleLabel(const QString &fieldKey) const;
    QComboBox *duplicatesCombo() const { return m_duplicates; }
    QCheckBox *createMissingBox() const { return m_createMissing; }
    QCheckBox *skipInvalidBox() const { return m_skipInvalid; }
    QComboBox *dateFormatCombo() const { return m_dateFormat; }
    QComboBox *decimalCombo() const { return m_decimal; }
    QLineEdit *missingValuesEdit() const { return m_missing; }
    QLabel *errorLabel() const { return m_error; }

    void initializePage() override;
    bool validatePage() override;

    void loadMapping();
    void saveMapping();

private:
    void buildFields();
    void showSample(int row);
    void showError(const QStringList &problems);

    struct Row
    {
        QString key;
        QLabel *label = nullptr;
        QComboBox *combo = nullptr;
        QLabel *sample = nullptr;
    };

    ImportWizard *m_wizard;
    QString m_shownFor; // file, kind and header the fields were last filled for
    QScrollArea *m_scroll = nullptr;
    QGridLayout *m_grid = nullptr;
    QWidget *m_fieldsBox = nullptr;
    QList<Row> m_rows;
    QLabel *m_legend = nullptr;
    QComboBox *m_duplicates = nullptr;
    QLabel *m_duplicatesLabel = nullptr;
    QCheckBox *m_createMissing = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QComboBox *m_dateFormat = nullptr;
    QComboBox *m_decimal = nullptr;
    QLineEdit *m_missing = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_error = nullptr;
};
