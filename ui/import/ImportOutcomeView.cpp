#include "ImportOutcomeView.h"

#include "ImportCountsView.h"
#include "ImportErrorsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ImportOutcomeView::ImportOutcomeView(const QString &resultName,
                                     const QString &errorsName,
                                     QWidget *parent)
    : QWidget(parent)
{
    m_result = new QLabel(this);
    m_result->setObjectName(resultName);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new ImportCountsView(this);
    m_errorsTitle = new QLabel(this);
    m_errors = new ImportErrorsModel(this);
    m_errorsView = new QTableView(this);
    m_errorsView->setObjectName(errorsName);
    m_errorsView->setModel(m_errors);
    m_errorsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errorsView->setWordWrap(false);
    m_errorsView->verticalHeader()->hide();
    m_errorsView->horizontalHeader()->setStretchLastSection(true);
    m_errorsTitle->setBuddy(m_errorsView);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_result);
    m_layout->addWidget(m_counts);
    m_layout->addWidget(m_errorsTitle);
    m_layout->addWidget(m_errorsView, 0);
    m_layout->addStretch(1); // takes the room while there are no errors to list
    clear();
}

void ImportOutcomeView::clear()
{
    m_result->clear();
    m_result->setStyleSheet(QString());
    m_errors->setErrors({});
    m_counts->hide();
    showErrors(false);
}

void ImportOutcomeView::setResult(const QString &text, bool alarming)
{
    m_result->setText(text);
    m_result->setStyleSheet(alarming ? QStringLiteral("color: #b00020;") : QString());
}

void ImportOutcomeView::setSummary(const ImportSummary &summary,
                                   bool createsCustomers,
                                   const QString &errorsTitle)
{
    m_counts->setSummary(summary, createsCustomers);
    m_counts->show();
    m_errors->setErrors(summary.errors);
    const bool anyErrors = summary.errorCount > 0;
    showErrors(anyErrors);
    if (anyErrors) {
        m_errorsTitle->setText(errorsTitle);
        m_errorsView->resizeColumnsToContents();
        m_errorsView->horizontalHeader()->setStretchLastSection(true);
    }
}

bool ImportOutcomeView::hasErrors() const
{
    return m_errorsView->isVisibleTo(this);
}

void ImportOutcomeView::showErrors(bool shown)
{
    m_errorsTitle->setVisible(shown);
    m_errorsView->setVisible(shown);
    const int at = m_layout->indexOf(m_errorsView);
    m_layout->setStretch(at, shown ? 1 : 0);
    m_layout->setStretch(at + 1, shown ? 0 : 1);
}
