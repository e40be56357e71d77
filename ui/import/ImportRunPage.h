#pragma once

#include "import/ImportReport.h"

#include <QWizardPage>

class ImportCountsView;
class ImportErrorsModel;
class ImportJob;
class ImportProgressBox;
class ImportWizard;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

// Step 5: the import itself on a worker thread (one transaction: Cancel or an error leaves the
// archive as it was), then what it did, with "Undo this import".
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);

    ImportJob *job() const { return m_job; }
    ImportProgressBox *progressBox() const { return m_progress; }
    ImportCountsView *counts() const { return m_counts; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *againButton() const { return m_again; }
    qint64 importId() const { return m_importId; }

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void imported(qint64 importId);

private:
    void startImport();
    void finished();
    void undo();

    ImportWizard *m_wizard;
    QVBoxLayout *m_layout = nullptr;
    ImportJob *m_job = nullptr;
    ImportProgressBox *m_progress = nullptr;
    QLabel *m_result = nullptr;
    ImportCountsView *m_counts = nullptr;
    QLabel *m_errorsTitle = nullptr;
    ImportErrorsModel *m_errors = nullptr;
    QTableView *m_errorsView = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_again = nullptr;
    qint64 m_importId = 0;
    ImportSummary m_summary;
};
