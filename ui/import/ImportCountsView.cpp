#include "ImportCountsView.h"

#include "ImportStyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

ImportCountsView::ImportCountsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("importCounts"));
    auto *form = new QFormLayout(this);
    ImportStyle::prepareForm(form);
    form->setContentsMargins(0, 0, 0, 0);
    const auto count = [this](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_rows = count("countRows");
    m_created = count("countCreated");
    m_updated = count("countUpdated");
    m_skipped = count("countSkipped");
    m_invalid = count("countInvalid");
    m_customers = count("countCustomersCreated");
    m_leftOut = count("countLinesLeftOut");
    m_leftOutLabel = new QLabel(tr("Lines without a row (left out):"), this);
    m_createdLabel = new QLabel(this);
    m_updatedLabel = new QLabel(this);
    m_customersLabel = new QLabel(tr("Customers created for rows without one:"), this);
    form->addRow(tr("Rows read:"), m_rows);
    form->addRow(m_createdLabel, m_created);
    form->addRow(m_updatedLabel, m_updated);
    form->addRow(tr("Skipped as duplicates:"), m_skipped);
    form->addRow(tr("Rows with errors:"), m_invalid);
    form->addRow(m_customersLabel, m_customers);
    form->addRow(m_leftOutLabel, m_leftOut);
}

void ImportCountsView::setSummary(const ImportSummary &summary, bool createsCustomers)
{
    const QLocale locale;
    m_createdLabel->setText(summary.dryRun ? tr("New (would be created):") : tr("Created:"));
    m_updatedLabel->setText(summary.dryRun ? tr("Would be updated:") : tr("Updated:"));
    m_rows->setText(locale.toString(summary.rows));
    m_created->setText(locale.toString(summary.created));
    m_updated->setText(locale.toString(summary.updated));
    m_skipped->setText(locale.toString(summary.skipped));
    m_invalid->setText(locale.toString(summary.invalid));
    m_customers->setText(locale.toString(summary.customersCreated));
    m_customers->setVisible(createsCustomers);
    m_customersLabel->setVisible(createsCustomers);

    // Blank lines, repeated headers... anywhere in the file, not only in the preview: the
    // count, and where they are in the tooltip.
    m_leftOut->setText(locale.toString(summary.leftOutLines));
    QStringList where;
    for (const CsvSkippedLine &line : summary.leftOut.mid(0, TooltipLines))
        where.append(CsvSniffer::describe(line));
    if (summary.leftOut.size() > TooltipLines)
        where.append(tr("… and more."));
    m_leftOut->setToolTip(where.join(QLatin1Char('\n')));
    m_leftOut->setVisible(summary.leftOutLines > 0);
    m_leftOutLabel->setVisible(summary.leftOutLines > 0);
}

QString ImportCountsView::text() const
{
    QStringList lines;
    auto *form = static_cast<QFormLayout *>(layout());
    for (int r = 0; r < form->rowCount(); ++r) {
        auto *label = qobject_cast<QLabel *>(form->itemAt(r, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(form->itemAt(r, QFormLayout::FieldRole)->widget());
        if (label && value && value->isVisibleTo(this))
            lines.append(label->text() + u' ' + value->text());
    }
    return lines.join(QLatin1Char('\n'));
}
