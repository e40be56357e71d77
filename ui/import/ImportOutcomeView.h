#pragma once

#include "import/ImportReport.h"

#include <QWidget>

class ImportCountsView;
class ImportErrorsModel;
class QLabel;
class QTableView;
class QVBoxLayout;

// What a check or an import came to, for the wizard's last two pages: a line of result (red
// when it stops the user), the counts, and the errors by row and column in a table that takes
// the room left when there are any.
class ImportOutcomeView : public QWidget
{
    Q_OBJECT

public:
    // The names let tests and screen readers tell the check's widgets from the import's.
    ImportOutcomeView(const QString &resultName, const QString &errorsName, QWidget *parent);

    QLabel *resultLabel() const { return m_result; }
    ImportCountsView *counts() const { return m_counts; }
    QTableView *errorsView() const { return m_errorsView; }

    // Nothing shown: a check or an import is starting.
    void clear();
    // One line of result; alarming ones are red.
    void setResult(const QString &text, bool alarming = false);
    // The counts and the errors of a summary; errorsTitle names the table (with a mnemonic).
    void setSummary(const ImportSummary &summary, bool createsCustomers, const QString &errorsTitle);
    bool hasErrors() const;

private:
    void showErrors(bool shown);

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_result = nullptr;
    ImportCountsView *m_counts = nullptr;
    QLabel *m_errorsTitle = nullptr;
    ImportErrorsModel *m_errors = nullptr;
    QTableView *m_errorsView = nullptr;
};
