#include "ComplaintHistoryView.h"

#include "ComplaintText.h"
#include "complaints/ComplaintLabels.h"

#include <QHeaderView>

ComplaintHistoryView::ComplaintHistoryView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Change")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    header()->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    setColumnWidth(WhenColumn,
                   fm.horizontalAdvance(ComplaintText::time(QDateTime::currentDateTimeUtc())) + 24);
    setColumnWidth(WhoColumn, fm.horizontalAdvance(QStringLiteral("supervisor1")) + 16);
    setColumnWidth(FieldColumn,
                   fm.horizontalAdvance(ComplaintLabels::field(QStringLiteral("corrective_action")))
                           + 24);
}

void ComplaintHistoryView::setChanges(const QList<ComplaintChange> &changes,
                                      const ChoiceLabels &reasons,
                                      const ChoiceLabels &compensations)
{
    clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(changes.size());
    for (const ComplaintChange &c : changes) {
        const QString what = ComplaintText::change(c, reasons, compensations);
        auto *item = new QTreeWidgetItem({ComplaintText::time(c.changedAt),
                                          c.changedBy,
                                          ComplaintLabels::field(c.field),
                                          what});
        // Texts in full (the list shows one shortened line of each).
        static const QStringList texts {QStringLiteral("description"),
                                        QStringLiteral("response"),
                                        QStringLiteral("resolution"),
                                        QStringLiteral("root_cause"),
                                        QStringLiteral("corrective_action"),
                                        QStringLiteral("preventive_action")};
        const auto full = [](const QString &v) {
            return v.isEmpty() ? QStringLiteral("—") : v;
        };
        item->setToolTip(ChangeColumn,
                         texts.contains(c.field)
                                 ? tr("Before: %1\nAfter: %2").arg(full(c.before), full(c.after))
                                 : what);
        items.append(item);
    }
    addTopLevelItems(items);
    if (!items.isEmpty())
        scrollToItem(items.last());
}

QSize ComplaintHistoryView::sizeHint() const
{
    return {QTreeWidget::sizeHint().width(), fontMetrics().lineSpacing() * 8};
}

QString ComplaintHistoryView::rowText(int row) const
{
    const QTreeWidgetItem *item = topLevelItem(row);
    if (!item)
        return {};
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells.append(item->text(c));
    return cells.join(QStringLiteral(" | "));
}
