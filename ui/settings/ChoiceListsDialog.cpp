#include "ChoiceListsDialog.h"

#include "history/ChoiceLists.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
constexpr int RetiredRole = Qt::UserRole + 2;
constexpr int ParentRole = Qt::UserRole + 3;

// Second-level entries indented under their first-level one, when shown and when renamed.
class LevelDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        o.rect.adjust(indent(index, option), 0, 0, 0);
        QStyledItemDelegate::paint(painter, o, index);
    }
    void updateEditorGeometry(QWidget *editor,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        o.rect.adjust(indent(index, option), 0, 0, 0);
        QStyledItemDelegate::updateEditorGeometry(editor, o, index);
    }

private:
    static int indent(const QModelIndex &index, const QStyleOptionViewItem &option)
    {
        return index.data(ParentRole).toString().isEmpty()
                       ? 0
                       : option.fontMetrics.horizontalAdvance(QStringLiteral("MMM"));
    }
};
} // namespace

ChoiceListsDialog::ChoiceListsDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_lists(new ChoiceLists(db))
    , m_actor(actor)
{
    setObjectName(QStringLiteral("choiceListsDialog"));
    setWindowTitle(tr("Choice lists"));
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("choiceListCombo"));
    m_list->addItem(tr("Payment methods"), ChoiceLists::PaymentMethod);
    m_list->addItem(tr("Return reasons"), ChoiceLists::ReturnReason);
    m_list->addItem(tr("Complaint reasons"), ChoiceLists::ComplaintReason);
    m_list->addItem(tr("Compensation kinds"), ChoiceLists::CompensationKind);
    m_entries = new QListWidget(this);
    m_entries->setObjectName(QStringLiteral("choiceEntries"));
    m_entries->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_entries->setItemDelegate(new LevelDelegate(m_entries));
    m_newLabel = new QLineEdit(this);
    m_newLabel->setObjectName(QStringLiteral("newChoiceEdit"));
    m_newLabel->setPlaceholderText(tr("New entry — Enter adds it"));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addChoiceButton"));
    m_add->setAutoDefault(false);
    m_addSub = new QPushButton(tr("Add detailed reason"), this);
    m_addSub->setObjectName(QStringLiteral("addSubChoiceButton"));
    m_addSub->setAutoDefault(false);
    m_addSub->setToolTip(tr("Add the new entry under the selected reason"));
    m_retire = new QPushButton(tr("Retire"), this);
    m_retire->setObjectName(QStringLiteral("retireChoiceButton"));
    m_retire->setAutoDefault(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("choiceError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *hint = new QLabel(tr("F2 renames the selected entry. Retired entries stay on the "
                               "records that use them but are no longer offered."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newLabel, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_addSub);
    addRow->addWidget(m_retire);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_entries, 1);
    layout->addLayout(addRow);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_list, &QComboBox::currentIndexChanged, this, &ChoiceListsDialog::load);
    connect(m_newLabel, &QLineEdit::returnPressed, this, &ChoiceListsDialog::add);
    connect(m_add, &QPushButton::clicked, this, &ChoiceListsDialog::add);
    connect(m_addSub, &QPushButton::clicked, this, &ChoiceListsDialog::addUnder);
    connect(m_retire, &QPushButton::clicked, this, &ChoiceListsDialog::toggleRetired);
    connect(m_entries, &QListWidget::itemChanged, this, &ChoiceListsDialog::renamed);
    connect(m_entries, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_retire->setEnabled(item != nullptr);
        m_retire->setText(item && item->data(RetiredRole).toBool() ? tr("Reinstate") : tr("Retire"));
        m_addSub->setEnabled(item != nullptr);
    });
    load();
    resize(520, 460);
}

ChoiceListsDialog::~ChoiceListsDialog()
{
    delete m_lists;
}

QString ChoiceListsDialog::currentList() const
{
    return m_list->currentData().toString();
}

void ChoiceListsDialog::load()
{
    m_loading = true;
    const QString selected = m_entries->currentItem()
                                     ? m_entries->currentItem()->data(CodeRole).toString()
                                     : QString();
    m_entries->clear();
    const Result<QList<Choice>> entries = m_lists->entries(m_actor, currentList(), true);
    if (!entries) {
        showError(entries.error().message);
    } else {
        for (const Choice &c : entries.value()) {
            auto *item = new QListWidgetItem(c.label, m_entries);
            item->setData(CodeRole, c.code);
            item->setData(RetiredRole, c.retired);
            item->setData(ParentRole, c.parent);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            if (c.retired) {
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
                item->setToolTip(tr("Retired: no longer offered"));
            }
            if (c.code == selected)
                m_entries->setCurrentItem(item);
        }
    }
    m_retire->setEnabled(m_entries->currentItem() != nullptr);
    m_addSub->setVisible(ChoiceLists::isTwoLevel(currentList()));
    m_addSub->setEnabled(m_entries->currentItem() != nullptr);
    m_loading = false;
}

void ChoiceListsDialog::add()
{
    const QString label = m_newLabel->text().trimmed();
    if (label.isEmpty())
        return;
    const Result<Choice> added = m_lists->add(m_actor, currentList(), label);
    if (!added) {
        showError(added.error().message);
        return;
    }
    showError({});
    m_newLabel->clear();
    load();
}

void ChoiceListsDialog::addUnder()
{
    const QString label = m_newLabel->text().trimmed();
    QListWidgetItem *item = m_entries->currentItem();
    if (label.isEmpty() || !item)
        return;
    const QString parent = item->data(ParentRole).toString();
    const Result<Choice> added = m_lists->add(m_actor,
                                              currentList(),
                                              label,
                                              parent.isEmpty() ? item->data(CodeRole).toString()
                                                               : parent);
    if (!added) {
        showError(added.error().message);
        return;
    }
    showError({});
    m_newLabel->clear();
    load();
}

void ChoiceListsDialog::renamed(QListWidgetItem *item)
{
    if (m_loading)
        return;
    const Status s = m_lists->rename(m_actor,
                                     currentList(),
                                     item->data(CodeRole).toString(),
                                     item->text().trimmed());
    showError(s ? QString() : s.error().message);
    load(); // the stored label, whether the rename worked or not
}

void ChoiceListsDialog::toggleRetired()
{
    QListWidgetItem *item = m_entries->currentItem();
    if (!item)
        return;
    const Status s = m_lists->setRetired(m_actor,
                                         currentList(),
                                         item->data(CodeRole).toString(),
                                         !item->data(RetiredRole).toBool());
    showError(s ? QString() : s.error().message);
    load();
}

void ChoiceListsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}
