#include "ImportsDialog.h"

#include "ImportStyle.h"
#include "ImportUndo.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportsDialog::ImportsDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("importsDialog"));
    setWindowTitle(tr("Past imports"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("importsTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Imported"),
                                        tr("By"),
                                        tr("File"),
                                        tr("Holds"),
                                        tr("Created"),
                                        tr("Updated"),
                                        tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message = ImportStyle::errorLabel(this, QStringLiteral("importsMessage"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo import…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("importsUndo"));
    m_undo->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportsDialog::undoSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportsDialog::selectionChanged);
    resize(860, 420);
    reload();
}

void ImportsDialog::reload()
{
    const Result<QList<ImportLog::Entry>> entries = ImportLog(m_db, m_actor).entries();
    m_entries = entries ? entries.value() : QList<ImportLog::Entry> {};
    m_message->setVisible(!entries);
    if (!entries)
        m_message->setText(tr("The imports cannot be listed: %1").arg(entries.error().message));
    const QLocale locale;
    m_table->setRowCount(int(m_entries.size()));
    for (int r = 0; r < m_entries.size(); ++r) {
        const ImportLog::Entry &e = m_entries.at(r);
        const QString state = e.undoneAt.isNull()
                                      ? tr("In effect")
                                      : tr("Undone %1 by %2")
                                                .arg(locale.toString(e.undoneAt.toLocalTime(),
                                                                     QLocale::ShortFormat),
                                                     e.undoneBy);
        const QStringList cells {locale.toString(e.importedAt.toLocalTime(), QLocale::ShortFormat),
                                 e.importedBy,
                                 e.fileName,
                                 ImportFields::kindName(e.kind),
                                 locale.toString(e.created),
                                 locale.toString(e.updated),
                                 state};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 4 || c == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!m_entries.isEmpty())
        m_table->selectRow(0);
    selectionChanged();
}

void ImportsDialog::selectionChanged()
{
    const int row = m_table->currentRow();
    const bool selected = m_table->selectionModel()->hasSelection() && row >= 0
                          && row < m_entries.size();
    m_undo->setEnabled(selected && m_entries.at(row).undoneAt.isNull());
}

void ImportsDialog::undoSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size() || !m_entries.at(row).undoneAt.isNull())
        return;
    const ImportLog::Entry &e = m_entries.at(row);
    if (ImportUndo::confirmAndUndo(this, m_db, m_actor, {e.id, e.fileName, e.created, e.updated}))
        reload();
}
