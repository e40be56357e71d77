#include "ImportCheckPage.h"

#include "FileDialog.h"
#include "ImportJob.h"
#include "ImportOutcomeView.h"
#include "ImportProgressBox.h"
#include "ImportWizard.h"
#include "MessageBox.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importCheckPage"));
    setTitle(tr("Check"));
    setSubTitle(tr("Every row is read and checked as the import would do it. Nothing is written "
                   "to the archive yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_job = new ImportJob(wizard->database().address(), wizard->actor(), this);
    m_progress = new ImportProgressBox(m_job, this);
    m_outcome = new ImportOutcomeView(QStringLiteral("importCheckResult"),
                                      QStringLiteral("importErrors"),
                                      this);
    m_saveErrors = new QPushButton(tr("Save e&rrors as CSV…"), this);
    m_saveErrors->setObjectName(QStringLiteral("importSaveErrors"));
    m_again = new QPushButton(tr("Check &again"), this);
    m_again->setObjectName(QStringLiteral("importCheckAgain"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveErrors);
    buttons->addWidget(m_again);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome, 1);
    layout->addLayout(buttons);

    connect(m_job, &ImportJob::finished, this, &ImportCheckPage::checked);
    connect(m_saveErrors, &QPushButton::clicked, this, &ImportCheckPage::saveErrors);
    connect(m_again, &QPushButton::clicked, this, &ImportCheckPage::startCheck);
}

ImportCountsView *ImportCheckPage::counts() const
{
    return m_outcome->counts();
}

QTableView *ImportCheckPage::errorsView() const
{
    return m_outcome->errorsView();
}

QLabel *ImportCheckPage::resultLabel() const
{
    return m_outcome->resultLabel();
}

void ImportCheckPage::initializePage()
{
    startCheck();
}

void ImportCheckPage::cleanupPage()
{
    m_job->stop(); // Back while checking: the mapping is about to change
}

bool ImportCheckPage::isComplete() const
{
    return !m_job->isRunning() && m_summary && !m_blocked;
}

void ImportCheckPage::startCheck()
{
    m_summary.reset();
    m_blocked = true;
    m_outcome->clear();
    m_saveErrors->hide();
    m_again->hide();
    Q_EMIT completeChanged();
    Importer::Options options;
    options.mapping = m_wizard->mapping();
    options.csv = m_wizard->csvOptions();
    options.dryRun = true;
    m_progress->begin(tr("Checking %1…").arg(QFileInfo(m_wizard->path()).fileName()),
                      tr("&Stop checking"));
    m_job->start(m_wizard->path(), options);
}

void ImportCheckPage::checked()
{
    const Result<ImportSummary> &result = m_job->result();
    m_again->show();
    if (!result) {
        if (result.error().code == Error::Code::Cancelled)
            m_outcome->setResult(tr("The check was stopped. Check again before importing."));
        else
            m_outcome->setResult(tr("This file cannot be imported: %1").arg(result.error().message),
                                 true);
        m_again->setFocus(Qt::OtherFocusReason);
        Q_EMIT completeChanged();
        return;
    }
    const ImportSummary &s = result.value();
    m_summary = s;
    const bool skipInvalid = m_wizard->mapping().skipInvalidRows;
    m_blocked = s.invalid > 0 && !skipInvalid;
    QString text;
    if (s.invalid == 0)
        text = (tr("All rows can be imported. Press Import to bring them into the "
                   "archive."));
    else if (!m_blocked)
        text = (tr("%Ln row(s) have errors and will be left out; the others can be "
                   "imported.",
                   nullptr,
                   int(std::min<qint64>(s.invalid, INT_MAX))));
    else
        text = (tr("%Ln row(s) have errors, so nothing can be imported yet. Correct "
                   "the file and check again, or go back and choose to leave out rows "
                   "with errors.",
                   nullptr,
                   int(std::min<qint64>(s.invalid, INT_MAX))));
    m_outcome->setResult(text, m_blocked);
    m_outcome->setSummary(s,
                          m_wizard->mapping().createMissingCustomers,
                          s.errorCount > s.errors.size() ? tr("&Errors: the first %L1 of %L2")
                                                                   .arg(s.errors.size())
                                                                   .arg(s.errorCount)
                                                         : tr("&Errors: %L1").arg(s.errorCount));
    const bool anyErrors = m_outcome->hasErrors();
    m_saveErrors->setVisible(anyErrors);
    Q_EMIT completeChanged();
    if (!m_blocked) {
        if (QAbstractButton *commit = wizard()->button(QWizard::CommitButton))
            commit->setFocus(Qt::OtherFocusReason);
    } else {
        (anyErrors ? static_cast<QWidget *>(errorsView()) : m_again)->setFocus(Qt::OtherFocusReason);
    }
}

void ImportCheckPage::saveErrors()
{
    if (!m_summary)
        return;
    const QString dir = QSettings().value(QStringLiteral("import/errorsDirectory")).toString();
    const QString name = tr("%1 errors.csv").arg(QFileInfo(m_wizard->path()).completeBaseName());
    const QString path = FileDialog::saveFileName(this,
                                                  tr("Save the errors"),
                                                  dir.isEmpty() ? name : dir + u'/' + name,
                                                  tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/errorsDirectory"), QFileInfo(path).absolutePath());
    const Status saved = ImportReport::writeErrors(*m_summary, path);
    if (!saved)
        MessageBox::inform(this,
                           QMessageBox::Warning,
                           tr("Save the errors"),
                           tr("The errors could not be saved: %1").arg(saved.error().message));
}
