#include "PurchasesPanel.h"

#include "DateField.h"
#include "MessageBox.h"
#include "PurchaseDialog.h"
#include "ReturnDialog.h"
#include "history/HistoryLabels.h"
#include "history/PagedRowsModel.h"
#include "security/Permissions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PurchasesPanel::PurchasesPanel(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_purchases(db)
    , m_choices(db)
    , m_actor(actor)
{
    m_new = new QPushButton(tr("New purchase…"), this);
    m_new->setObjectName(QStringLiteral("newPurchaseButton"));
    m_new->setToolTip(tr("Record a purchase of this customer (Ctrl+Shift+P)"));
    m_return = new QPushButton(tr("Add return…"), this);
    m_return->setObjectName(QStringLiteral("addReturnButton"));
    m_return->setToolTip(tr("Record a return and its refund against the selected purchase"));
    const bool mayCreate = Permissions::allows(m_actor, Operation::Create);
    m_new->setVisible(mayCreate);
    m_return->setVisible(mayCreate);
    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_return);
    toolbar->addStretch();

    m_model = new PagedRowsModel({tr("Date"),
                                  tr("Product"),
                                  tr("Category"),
                                  tr("Quantity"),
                                  tr("Unit price"),
                                  tr("Amount"),
                                  tr("Refunded"),
                                  tr("Payment method"),
                                  tr("Channel")},
                                 this);
    m_model->setNumericColumns({QuantityColumn, UnitPriceColumn, AmountColumn, RefundedColumn});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("purchasesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnWidth(DateColumn, 100);
    m_view->setColumnWidth(CategoryColumn, 90);
    m_view->setColumnWidth(QuantityColumn, 70);
    for (int column : {UnitPriceColumn, AmountColumn, RefundedColumn})
        m_view->setColumnWidth(column, 110);
    m_view->setColumnWidth(PaymentMethodColumn, 130);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("purchasesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_new, &QPushButton::clicked, this, &PurchasesPanel::newPurchase);
    connect(m_return, &QPushButton::clicked, this, &PurchasesPanel::addReturn);
    // Enter on a row, or a double click (activation follows the platform's habit).
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        editPurchase(m_model->idAt(index.row()));
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &PurchasesPanel::updateState);
    connect(m_model, &PagedRowsModel::modelReset, this, &PurchasesPanel::updateState);
    connect(m_model, &PagedRowsModel::rowsInserted, this, &PurchasesPanel::updateState);
    connect(m_model, &PagedRowsModel::failed, this, &PurchasesPanel::updateState);

    showCustomer(0);
}

PurchasesPanel::~PurchasesPanel()
{
    // The children outlive the members that their signals and the open dialog would reach.
    delete m_dialog.data();
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

void PurchasesPanel::showCustomer(qint64 customerId)
{
    if (m_dialog) { // a dialog about the previous customer has nothing to do any more
        m_dialog->reject();
        m_dialog = nullptr;
    }
    m_customerId = customerId;
    m_refundable.clear();
    if (customerId == 0) {
        m_model->reset({});
        updateState();
        return;
    }
    m_model->reset([this, customerId, cursor = HistoryCursor()](bool fromStart, int limit) mutable
                   -> Result<PagedRowsModel::Page> {
        if (fromStart) {
            cursor = {};
            m_refundable.clear();
        }
        const Result<HistoryPage<Purchase>> page = m_purchases.forCustomer(m_actor,
                                                                           customerId,
                                                                           cursor,
                                                                           limit);
        if (!page)
            return page.error();
        cursor = page->next;
        const QLocale locale;
        PagedRowsModel::Page rows;
        rows.atEnd = page->atEnd;
        for (const Purchase &p : page->rows) {
            m_refundable.insert(p.id, p.refundable());
            PagedRowsModel::Row row;
            row.id = p.id;
            row.cells = QStringList {
                    locale.toString(DateField::dayOf(p.purchasedAt), QLocale::ShortFormat),
                    p.product,
                    p.category,
                    locale.toString(p.quantity),
                    HistoryLabels::money(p.unitPrice),
                    HistoryLabels::money(p.amount),
                    p.refunded ? HistoryLabels::money(p.refunded) : QString(),
                    m_choices.label(ChoiceLists::PaymentMethod, p.paymentMethod),
                    p.channel,
            };
            row.toolTip = tr("%1 — recorded by %2 on %3")
                                  .arg(p.product,
                                       p.createdBy,
                                       locale.toString(p.createdAt.toLocalTime(),
                                                       QLocale::ShortFormat));
            if (!p.notes.isEmpty())
                row.toolTip += QLatin1Char('\n') + p.notes;
            rows.rows.append(row);
        }
        return rows;
    });
    updateState();
}

void PurchasesPanel::reload()
{
    if (m_customerId == 0)
        return;
    const qint64 selected = selectedPurchaseId();
    m_model->reload();
    select(selected);
}

void PurchasesPanel::updateState()
{
    const bool mayCreate = Permissions::allows(m_actor, Operation::Create);
    m_new->setEnabled(mayCreate && m_customerId != 0);
    const qint64 selected = selectedPurchaseId();
    m_return->setEnabled(mayCreate && selected != 0 && m_refundable.value(selected) > 0);

    QString message;
    if (m_customerId == 0)
        message = tr("Save the profile first to record purchases.");
    else if (!m_model->lastError().isEmpty())
        message = m_model->lastError();
    else if (m_model->rowCount() == 0)
        message = mayCreate ? tr("No purchases yet. Record one with Ctrl+Shift+P.")
                            : tr("No purchases yet.");
    m_empty->setText(message);
    m_empty->setVisible(!message.isEmpty());
    m_view->setVisible(m_model->rowCount() > 0);
}

qint64 PurchasesPanel::selectedPurchaseId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void PurchasesPanel::select(qint64 purchaseId)
{
    if (purchaseId == 0)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->idAt(row) == purchaseId) {
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
            m_view->scrollTo(m_model->index(row, 0));
            break;
        }
    }
    updateState();
}

void PurchasesPanel::showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
        m_view->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void PurchasesPanel::afterWrite(qint64 purchaseId)
{
    m_model->reload();
    select(purchaseId);
    Q_EMIT changed();
}

void PurchasesPanel::newPurchase()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (m_customerId == 0 || !Permissions::allows(m_actor, Operation::Create))
        return;
    Purchase purchase;
    purchase.customerId = m_customerId;
    auto *dialog = new PurchaseDialog(m_purchases, m_choices, m_actor, purchase, true, this);
    connect(dialog, &PurchaseDialog::saved, this, [this](const Purchase &p) { afterWrite(p.id); });
    showDialog(dialog);
}

void PurchasesPanel::editSelected()
{
    editPurchase(selectedPurchaseId());
}

void PurchasesPanel::editPurchase(qint64 purchaseId)
{
    if (m_dialog || purchaseId == 0)
        return;
    // Read afresh: the row may be older than another desk's correction.
    const Result<Purchase> purchase = m_purchases.get(m_actor, purchaseId);
    if (!purchase) {
        MessageBox::inform(this, QMessageBox::Warning, tr("Purchase"), purchase.error().message);
        return;
    }
    auto *dialog = new PurchaseDialog(m_purchases,
                                      m_choices,
                                      m_actor,
                                      *purchase,
                                      Permissions::allows(m_actor, Operation::Edit),
                                      this);
    connect(dialog, &PurchaseDialog::saved, this, [this](const Purchase &p) { afterWrite(p.id); });
    showDialog(dialog);
}

void PurchasesPanel::addReturn()
{
    const qint64 purchaseId = selectedPurchaseId();
    if (m_dialog || purchaseId == 0 || !Permissions::allows(m_actor, Operation::Create))
        return;
    const Result<Purchase> purchase = m_purchases.get(m_actor, purchaseId);
    if (!purchase) {
        MessageBox::inform(this, QMessageBox::Warning, tr("Return"), purchase.error().message);
        return;
    }
    if (purchase->refundable() <= 0) {
        MessageBox::inform(this,
                           QMessageBox::Information,
                           tr("Return"),
                           tr("Everything paid for %1 has been refunded already.")
                                   .arg(purchase->product));
        reload();
        return;
    }
    auto *dialog = new ReturnDialog(m_purchases, m_choices, m_actor, *purchase, this);
    connect(dialog, &ReturnDialog::saved, this, [this](const PurchaseReturn &r) {
        afterWrite(r.purchaseId);
    });
    showDialog(dialog);
}
