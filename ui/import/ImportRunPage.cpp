#include "ImportRunPage.h"

#include "ImportCountsView.h"
#include "ImportErrorsModel.h"
#include "ImportJob.h"
#include "ImportProgressBox.h"
#include "ImportUndo.h"
#include "ImportWizard.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
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
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importRunResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new ImportCountsView(this);
    m_errorsTitle = new QLabel(this);
    m_errors = new ImportErrorsModel(this);
    m_errorsView = new QTableView(this);
    m_errorsView->setObjectName(QStringLiteral("importRunErrors"));
    m_errorsView->setModel(m_errors);
    m_errorsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errorsView->setWordWrap(false);
    m_errorsView->verticalHeader()->hide();
    m_errorsView->horizontalHeader()->setStretchLastSection(true);
    m_errorsTitle->setBuddy(m_errorsView);
    m_undo = new QPushButton(tr("&Undo this import…"), this);
    m_undo->setObjectName(QStringLiteral("importUndo"));
    m_again = new QPushButton(tr("Import &again"), this);
    m_again->setObjectName(QStringLiteral("importAgain"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(m_again);
    buttons->addStretch(1);
    auto *layout = m_layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_counts);
    layout->addWidget(m_errorsTitle);
    layout->addWidget(m_errorsView, 0);
    layout->addStretch(1); // takes the room while there are no errors to list
    layout->addLayout(buttons);

    connect(m_job, &ImportJob::finished, this, &ImportRunPage::finished);
    connect(m_undo, &QPushButton::clicked, this, &ImportRunPage::undo);
    connect(m_again, &QPushButton::clicked, this, &ImportRunPage::startImport);
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
    m_layout->setStretch(m_layout->indexOf(m_errorsView), 0);
    m_layout->setStretch(m_layout->indexOf(m_errorsView) + 1, 1);
    m_importId = 0;
    m_result->clear();
    m_result->setStyleSheet(QString());
    m_counts->hide();
    m_errorsTitle->hide();
    m_errorsView->hide();
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
        if (result.error().code == Error::Code::Cancelled) {
            m_result->setText(tr("The import was cancelled. Nothing was changed in the archive."));
        } else {
            m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_result->setText(tr("The file was not imported: %1 Nothing was changed in the "
                                 "archive.")
                                      .arg(result.error().message));
        }
        m_again->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_summary = result.value();
    m_importId = m_summary.importId;
    m_counts->setSummary(m_summary, m_wizard->mapping().createMissingCustomers);
    m_counts->show();
    m_errors->setErrors(m_summary.errors);
    const bool anyErrors = m_summary.errorCount > 0;
    m_errorsTitle->setVisible(anyErrors);
    m_errorsView->setVisible(anyErrors);
    m_layout->setStretch(m_layout->indexOf(m_errorsView), anyErrors ? 1 : 0);
    m_layout->setStretch(m_layout->indexOf(m_errorsView) + 1, anyErrors ? 0 : 1);
    if (anyErrors) {
        m_errorsTitle->setText(m_importId != 0 ? tr("&Rows left out: %L1").arg(m_summary.invalid)
                                               : tr("&Errors: %L1").arg(m_summary.errorCount));
        m_errorsView->resizeColumnsToContents();
        m_errorsView->horizontalHeader()->setStretchLastSection(true);
    }
    if (m_importId == 0) {
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_result->setText(tr("Nothing was imported: rows have errors (the file may have changed "
                             "since the check). The archive was not changed."));
        m_again->show();
        return;
    }
    m_result->setText(tr("The file was imported. If it was the wrong file, or the wrong columns, "
                         "you can undo the whole import here or later with File > Past imports…"));
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
    m_result->setText(tr("The import was undone: the archive is as it was before it."));
    m_again->show();
}
