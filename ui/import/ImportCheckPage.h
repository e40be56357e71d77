#pragma once

#include "import/ImportReport.h"

#include <QWizardPage>

#include <optional>

class ImportCountsView;
class ImportErrorsModel;
class ImportJob;
class ImportProgressBox;
class ImportWizard;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

// Step 4: the whole file read and every row checked as the import would, writing nothing (a
// dry run on a worker thread, with a progress bar and Stop); then the counts and the errors by
// row and column, which can be saved as CSV. Rows with errors block the import unless the
// mapping leaves them out.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard *wizard);

    ImportJob *job() const { return m_job; }
    ImportProgressBox *progressBox() const { return m_progress; }
    ImportCountsView *counts() const { return m_counts; }
    QTableView *errorsView() const { return m_errorsView; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *saveErrorsButton() const { return m_saveErrors; }
    QPushButton *checkAgainButton() const { return m_again; }
    // The last finished check (none while one runs or after Stop).
    const std::optional<ImportSummary> &summary() const { return m_summary; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void startCheck();
    void checked();
    void saveErrors();

    ImportWizard *m_wizard;
    QVBoxLayout *m_layout = nullptr;
    ImportJob *m_job = nullptr;
    ImportProgressBox *m_progress = nullptr;
    QLabel *m_result = nullptr;
    ImportCountsView *m_counts = nullptr;
    QLabel *m_errorsTitle = nullptr;
    ImportErrorsModel *m_errors = nullptr;
    QTableView *m_errorsView = nullptr;
    QPushButton *m_saveErrors = nullptr;
    QPushButton *m_again = nullptr;
    std::optional<ImportSummary> m_summary;
    bool m_blocked = true;
};
