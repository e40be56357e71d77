#include "CustomerListPanel.h"

#include "Actor.h"
#include "customers/CustomerLabels.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Archived customers are shown in italics.
class ArchivedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(CustomerListModel::ArchivedRole).toBool())
            option->font.setItalic(true);
    }
};

} // namespace

CustomerListPanel::CustomerListPanel(Database &db,
                                     CustomerRepository &repository,
                                     const Actor &actor,
                                     QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_actor(actor)
{
    m_model = new CustomerListModel(db, actor, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, phone, email, company or code (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_lifecycle = new QComboBox(this);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleFilter"));
    m_lifecycle->addItem(tr("All lifecycles"), -1);
    for (Lifecycle l : CustomerLabels::lifecycles())
        m_lifecycle->addItem(CustomerLabels::lifecycle(l), int(l));
    m_lifecycle->setToolTip(tr("Lifecycle, computed from purchases and contacts"));
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_tier->addItem(tr("All value tiers"), -1);
    for (ValueTier t : CustomerLabels::valueTiers())
        m_tier->addItem(CustomerLabels::valueTier(t), int(t));
    m_tier->setToolTip(tr("Value tier, from recency, frequency and spend"));

    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_archived = new QCheckBox(tr("Archived"), this);
    m_archived->setObjectName(QStringLiteral("archivedFilter"));
    m_archived->setToolTip(tr("Show archived customers instead of active ones"));
    reloadChoices();

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("matchCount"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ArchivedDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(CustomerColumn::Name), Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QList<int> widths {76, 96, 112, 180, 72, 68, 64, 110};
    for (int i = 0; i < widths.size(); ++i)
        m_table->setColumnWidth(i, widths.at(i));
    m_table->installEventFilter(this);

    m_emptyText = new QLabel(this);
    m_emptyText->setObjectName(QStringLiteral("emptyState"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyButton = new QPushButton(tr("New customer (Ctrl+N)"), this);
    m_emptyButton->setObjectName(QStringLiteral("emptyNewButton"));
    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(emptyPage);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_lifecycle);
    filters->addWidget(m_tier);
    filters->addWidget(m_tag);
    filters->addWidget(m_owner);
    filters->addWidget(m_archived);
    filters->addStretch();
    filters->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(60);
    connect(&m_debounce, &QTimer::timeout, this, &CustomerListPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    for (QComboBox *combo : {m_lifecycle, m_tier, m_tag, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerListPanel::applyFilter);
    connect(m_archived, &QCheckBox::toggled, this, &CustomerListPanel::applyFilter);
    connect(m_model, &CustomerListModel::finished, this, &CustomerListPanel::onFinished);
    connect(m_model, &CustomerListModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_count->setText(tr("Searching…"));
    });
    connect(m_model,
            &QAbstractItemModel::layoutAboutToBeChanged,
            this,
            &CustomerListPanel::rememberPlace);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &CustomerListPanel::restorePlace);
    connect(m_model, &CustomerListModel::failed, this, [this](const QString &message) {
        m_count->setText(message);
    });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                if (!m_selecting)
                    Q_EMIT currentCustomerChanged(m_model->idAt(current.row()));
            });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT customerActivated(m_model->idAt(index.row()));
    });
    connect(m_emptyButton, &QPushButton::clicked, this, &CustomerListPanel::newCustomerRequested);
    updateEmptyState();
}

void CustomerListPanel::reloadChoices()
{
    const QString tag = m_tag->currentData().toString();
    const QString owner = m_owner->currentData().toString();
    const QSignalBlocker tagBlocker(m_tag);
    const QSignalBlocker ownerBlocker(m_owner);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    if (const auto tags = m_repository.tags(m_actor))
        for (const QString &t : tags.value())
            m_tag->addItem(t, t);
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    if (const auto owners = m_repository.owners(m_actor))
        for (const QString &o : owners.value())
            m_owner->addItem(o, o);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(tag)));
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(owner)));
}

void CustomerListPanel::applyFilter()
{
    m_debounce.stop();
    CustomerFilter f = m_model->filter();
    f.text = m_search->text();
    const int lifecycle = m_lifecycle->currentData().toInt();
    f.lifecycle = lifecycle < 0 ? std::nullopt : std::optional<Lifecycle>(Lifecycle(lifecycle));
    const int tier = m_tier->currentData().toInt();
    f.valueTier = tier < 0 ? std::nullopt : std::optional<ValueTier>(ValueTier(tier));
    f.tag = m_tag->currentData().toString();
    f.owner = m_owner->currentData().toString();
    f.archived = m_archived->isChecked();
    if (m_pendingSelection == 0)
        m_pendingSelection = currentId();
    m_model->setFilter(f);
}

void CustomerListPanel::refresh()
{
    m_model->refresh(); // in place: the current customer stays current while in the list
}

void CustomerListPanel::rememberPlace()
{
    const int height = m_table->viewport()->height();
    const int current = m_table->currentIndex().row();
    const int currentY = current >= 0 ? m_table->rowViewportPosition(current) : -1;
    m_anchorRow = currentY >= 0 && currentY < height ? current : m_table->rowAt(0);
    m_anchorId = m_model->idAt(m_anchorRow);
    m_anchorY = m_anchorRow >= 0 ? m_table->rowViewportPosition(m_anchorRow) : 0;
}

void CustomerListPanel::restorePlace()
{
    const qint64 id = std::exchange(m_anchorId, 0);
    const int row = id ? m_model->rowOf(id) : -1;
    if (row < 0 || row == m_anchorRow)
        return;
    QScrollBar *bar = m_table->verticalScrollBar();
    const int delta = m_table->rowViewportPosition(row) - m_anchorY;
    if (m_table->verticalScrollMode() == QAbstractItemView::ScrollPerItem)
        bar->setValue(bar->value() + delta / qMax(1, m_table->rowHeight(row)));
    else
        bar->setValue(bar->value() + delta);
}

qint64 CustomerListPanel::currentId() const
{
    return m_model->idAt(m_table->currentIndex().row());
}

void CustomerListPanel::selectCustomer(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_pendingSelection = id;
        return;
    }
    m_selecting = true; // the caller already shows this customer
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
    m_selecting = false;
    m_table->scrollTo(m_model->index(row, 0));
}

void CustomerListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomerListPanel::onFinished(int count)
{
    if (m_model->filter().text.trimmed().isEmpty() && !m_model->filter().lifecycle
        && !m_model->filter().valueTier && m_model->filter().tag.isEmpty()
        && m_model->filter().owner.isEmpty())
        m_count->setText(m_model->filter().archived ? tr("%n archived customer(s)", nullptr, count)
                                                    : tr("%n customer(s)", nullptr, count));
    else
        m_count->setText(tr("%n match(es)", nullptr, count));
    const qint64 keep = m_pendingSelection;
    m_pendingSelection = 0;
    if (keep != 0)
        selectCustomer(keep);
    updateEmptyState();
    if (m_activateFirstWhenDone) {
        m_activateFirstWhenDone = false;
        if (count > 0) {
            m_table->setCurrentIndex(m_model->index(0, 0));
            Q_EMIT customerActivated(m_model->idAt(0));
        }
    }
}

void CustomerListPanel::updateEmptyState()
{
    if (m_model->rowCount() > 0 || m_model->isSearching()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const CustomerFilter &f = m_model->filter();
    const bool filtered = !f.text.trimmed().isEmpty() || f.lifecycle || f.valueTier
                          || !f.tag.isEmpty() || !f.owner.isEmpty() || f.archived;
    if (filtered) {
        m_emptyText->setText(f.archived && f.text.trimmed().isEmpty()
                                     ? tr("No archived customers.")
                                     : tr("No customer matches “%1”.\nCheck the spelling, try the "
                                          "last four digits of the phone number, or create a new "
                                          "customer.")
                                               .arg(f.text.trimmed()));
    } else {
        m_emptyText->setText(tr("This archive has no customers yet.\nCreate the first customer "
                                "profile to start keeping the service history."));
    }
    m_stack->setCurrentIndex(1);
}

bool CustomerListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search) {
            if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
                m_table->setFocus();
                if (!m_table->currentIndex().isValid())
                    m_table->setCurrentIndex(m_model->index(0, 0));
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                if (m_debounce.isActive() || m_model->isSearching()) {
                    applyFilter();
                    m_activateFirstWhenDone = true;
                } else if (m_model->rowCount() > 0) {
                    const qint64 id = currentId() ? currentId() : m_model->idAt(0);
                    selectCustomer(id);
                    Q_EMIT customerActivated(id);
                }
                return true;
            }
        } else if (watched == m_table
                   && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (const qint64 id = currentId())
                Q_EMIT customerActivated(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
