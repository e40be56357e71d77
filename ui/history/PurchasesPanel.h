#pragma once

#include "Actor.h"
#include "history/ChoiceLists.h"
#include "history/PurchaseRepository.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QWidget>

class Database;
class PagedRowsModel;
class QLabel;
class QPushButton;
class QTableView;

// The profile's Purchases tab (消费记录): the customer's purchases newest first, read page by page
// as the table scrolls, with New purchase… and Add return…; Enter or a double click on a row
// corrects it. The dialogs save through core; after every stored change the panel reloads and
// says changed().
class PurchasesPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        ProductColumn,
        CategoryColumn,
        QuantityColumn,
        UnitPriceColumn,
        AmountColumn,
        RefundedColumn,
        PaymentMethodColumn,
        ChannelColumn,
    };

    PurchasesPanel(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~PurchasesPanel() override;

    // The purchases of a stored customer; 0: none (a new profile not saved yet).
    void showCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // The first page again (after another desk's change); the selection is kept when it can be.
    void reload();

    // Opens the dialog for a new purchase of the shown customer (the workspace binds
    // Ctrl+Shift+P to it); nothing for customer 0 or without the right to create.
    void newPurchase();
    // Opens the selected purchase (or the one with this id) for correcting.
    void editPurchase(qint64 purchaseId);
    void editSelected();
    // Opens the return dialog for the selected purchase, when something is left to refund.
    void addReturn();

    qint64 selectedPurchaseId() const;
    // The dialog open now (PurchaseDialog or ReturnDialog), for the workspace and tests.
    QDialog *activeDialog() const { return m_dialog; }
    PagedRowsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *returnButton() const { return m_return; }

Q_SIGNALS:
    // A purchase or return was stored (the workspace refreshes the header and the timeline).
    void changed();

private:
    void updateState();
    void select(qint64 purchaseId);
    void afterWrite(qint64 purchaseId);
    void showDialog(QDialog *dialog);

    PurchaseRepository m_purchases;
    ChoiceLists m_choices;
    Actor m_actor;
    qint64 m_customerId = 0;
    // What is left to refund of each purchase read so far (for Add return…).
    QHash<qint64, qint64> m_refundable;
    PagedRowsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_return = nullptr;
    QPointer<QDialog> m_dialog;
};
