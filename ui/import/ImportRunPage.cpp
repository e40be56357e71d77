#include "ImportRunPage.h"

#include "ImportJob.h"
#include "ImportOutcomeView.h"
#include "ImportProgressBox.h"
#include "ImportUndo.h"
#include "ImportWizard.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("The file is imported as one whole: if it is cancelled or fails, the archive "
                   "stays exactly as it was."));

    m_job = new ImportJob(wizard->database().address(), wizard->actor(), this);
    m_progress = new ImportProgressBox(m_job, this);
    m_outcome = new ImportOutcomeView(QStringLiteral("importRunResult"),
                                      QStringLiteral("importRunErrors"),
                                      this);
    m_undo = new QPushButton(tr("&Undo this import…"), this);
    m_undo->setObjectName(QStringLiteral("importUndo"));
    m_again = new QPushButton(tr("Import &again"), this);
    m_again->setObjectName(QStringLiteral("importAgain"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(m_again);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome, 1);
    layout->addLayout(buttons);

    connect(m_job, &ImportJob::finished, this, &ImportRunPage::finished);
    connect(m_undo, &QPushButton::clicked, this, &ImportRunPage::undo);
    connect(m_again, &QPushButton::clicked, this, &ImportRunPage::startImport);
}

ImportCountsView *ImportRunPage::counts() const
{
    return m_outcome->counts();
}

QLabel *ImportRunPage::resultLabel() const
{
    return m_outcome->resultLabel();
}

void ImportRunPage::initializePage()
{
    startImport();
}

bool ImportRunPage::isComplete() const
{
    return !m_job->isRunning();
}

void ImportRunPage::startImport()
{
    m_importId = 0;
    m_outcome->clear();
    m_undo->hide();
    m_again->hide();
    Importer::Options options;
    options.mapping = m_wizard->mapping();
    options.csv = m_wizard->csvOptions();
    m_progress->begin(tr("Importing %1… Cancel stops the import and leaves the archive exactly as "
                         "it was.")
                              .arg(QFileInfo(m_wizard->path()).fileName()),
                      tr("&Cancel import"));
    m_job->start(m_wizard->path(), options);
    Q_EMIT completeChanged();
}

void ImportRunPage::finished()
{
    const Result<ImportSummary> &result = m_job->result();
    Q_EMIT completeChanged();
    if (!result) {
        m_again->show();
        if (result.error().code == Error::Code::Cancelled)
            m_outcome->setResult(
                    tr("The import was cancelled. Nothing was changed in the archive."));
        else
            m_outcome->setResult(tr("The file was not imported: %1 Nothing was changed in the "
                                    "archive.")
                                         .arg(result.error().message),
                                 true);
        m_again->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_summary = result.value();
    m_importId = m_summary.importId;
    m_outcome->setSummary(m_summary,
                          m_wizard->mapping().createMissingCustomers,
                          m_importId != 0 ? tr("&Rows left out: %L1").arg(m_summary.invalid)
                                          : tr("&Errors: %L1").arg(m_summary.errorCount));
    if (m_importId == 0) {
        m_outcome->setResult(tr("Nothing was imported: rows have errors (the file may have "
                                "changed since the check). The archive was not changed."),
                             true);
        m_again->show();
        return;
    }
    m_outcome->setResult(tr("The file was imported. If it was the wrong file, or the wrong "
                            "columns, you can undo the whole import here or later with File > "
                            "Past imports…"));
    m_undo->show();
    m_undo->setEnabled(true);
    if (QAbstractButton *finish = wizard()->button(QWizard::FinishButton))
        finish->setFocus(Qt::OtherFocusReason);
    Q_EMIT imported(m_importId);
}

void ImportRunPage::undo()
{
    const ImportUndo::What what {m_importId,
                                 QFileInfo(m_wizard->path()).fileName(),
                                 m_summary.created + m_summary.customersCreated,
                                 m_summary.updated};
    if (!ImportUndo::confirmAndUndo(this, m_wizard->database(), m_wizard->actor(), what))
        return;
    m_undo->setEnabled(false);
    m_outcome->setResult(tr("The import was undone: the archive is as it was before it."));
    m_again->show();
}
