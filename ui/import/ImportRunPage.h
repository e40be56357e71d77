#pragma once

#include "import/ImportReport.h"

#include <QWizardPage>

class ImportCountsView;
class ImportJob;
class ImportOutcomeView;
class ImportProgressBox;
class ImportWizard;
class QLabel;
class QPushButton;

// Step 5: the import itself on a worker thread (one transaction: Cancel or an error leaves the
// archive as it was), then what it did, with "Undo this import".
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);

    ImportJob *job() const { return m_job; }
    ImportProgressBox *progressBox() const { return m_progress; }
    ImportCountsView *counts() const;
    QLabel *resultLabel() const;
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
    ImportJob *m_job = nullptr;
    ImportProgressBox *m_progress = nullptr;
    ImportOutcomeView *m_outcome = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_again = nullptr;
    qint64 m_importId = 0;
    ImportSummary m_summary;
};
