#pragma once

#include "Actor.h"
#include "history/Purchase.h"

#include <QDialog>

#include <memory>
#include <optional>

class ChoiceLists;
class InlineErrors;
class PurchaseRepository;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// One purchase (消费记录) recorded or corrected at the desk. The dialog saves through
// PurchaseRepository itself: core's refusals appear next to the offending field, the dialog stays
// open with everything as typed, and only a stored purchase accepts it. Open it with open().
class PurchaseDialog : public QDialog
{
    Q_OBJECT

public:
    // purchase.id == 0: a new purchase of purchase.customerId; otherwise the stored purchase to
    // correct (its version guards against another desk's change in between).
    PurchaseDialog(PurchaseRepository &purchases,
                   const ChoiceLists &choices,
                   const Actor &actor,
                   const Purchase &purchase,
                   bool mayWrite = true,
                   QWidget *parent = nullptr);
    ~PurchaseDialog() override;

    // The purchase as stored, once accepted.
    const Purchase &purchase() const { return m_purchase; }
    bool isNew() const { return m_purchase.id == 0; }
    void accept() override;

Q_SIGNALS:
    void saved(const Purchase &purchase);

private:
    void fillPaymentMethods();
    void updateAmount();
    // What the fields hold; amounts the dialog cannot read are reported instead of guessed.
    std::optional<Purchase> collect();

    PurchaseRepository &m_purchases;
    const ChoiceLists &m_choices;
    Actor m_actor;
    Purchase m_purchase;
    bool m_amountTyped = false; // the user typed the amount: no more quantity × unit price
    std::unique_ptr<InlineErrors> m_errors;
    QLabel *m_banner = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_product = nullptr;
    QLineEdit *m_category = nullptr;
    QSpinBox *m_quantity = nullptr;
    QLineEdit *m_unitPrice = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_payment = nullptr;
    QLineEdit *m_channel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
