#pragma once

#include "import/ImportReport.h"

#include <QWidget>

class QLabel;

// The counts of a check or an import, one per line: rows read, new, updated, skipped, with
// errors, customers created.
class ImportCountsView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportCountsView(QWidget *parent = nullptr);

    void setSummary(const ImportSummary &summary, bool createsCustomers);
    QString text() const; // all counts, for tests and the clipboard

private:
    QLabel *m_rows = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    static constexpr qsizetype TooltipLines = 20;

    QLabel *m_skipped = nullptr;
    QLabel *m_invalid = nullptr;
    QLabel *m_customersLabel = nullptr;
    QLabel *m_customers = nullptr;
    QLabel *m_leftOut = nullptr;
    QLabel *m_leftOutLabel = nullptr;
    QLabel *m_createdLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
};
