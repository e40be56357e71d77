#pragma once

#include "import/ImportReport.h"

#include <QWizardPage>

#include <optional>

class ImportCountsView;
class ImportJob;
class ImportOutcomeView;
class ImportProgressBox;
class ImportWizard;
class QLabel;
class QPushButton;
class QTableView;

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
    ImportCountsView *counts() const;
    QTableView *errorsView() const;
    QLabel *resultLabel() const;
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
    ImportJob *m_job = nullptr;
    ImportProgressBox *m_progress = nullptr;
    ImportOutcomeView *m_outcome = nullptr;
    QPushButton *m_saveErrors = nullptr;
    QPushButton *m_again = nullptr;
    std::optional<ImportSummary> m_summary;
    bool m_blocked = true;
};
