#pragma once

#include "Actor.h"
#include "history/Purchase.h"

#include <QDialog>

#include <memory>

class ChoiceLists;
class InlineErrors;
class PurchaseRepository;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// A return (退货) against one purchase: day, reason, refunded amount (what is left of the
// purchase by default), notes. Saved through PurchaseRepository::addReturn by the dialog itself;
// a refund beyond what is left shows core's message and the dialog stays. Open it with open().
class ReturnDialog : public QDialog
{
    Q_OBJECT

public:
    ReturnDialog(PurchaseRepository &purchases,
                 const ChoiceLists &choices,
                 const Actor &actor,
                 const Purchase &purchase,
                 QWidget *parent = nullptr);
    ~ReturnDialog() override;

    const Purchase &purchase() const { return m_purchase; }
    // The return as stored, once accepted.
    const PurchaseReturn &stored() const { return m_return; }
    void accept() override;

Q_SIGNALS:
    void saved(const PurchaseReturn &purchaseReturn);

private:
    Purchase m_purchase;
    PurchaseRepository &m_purchases;
    Actor m_actor;
    PurchaseReturn m_return;
    std::unique_ptr<InlineErrors> m_errors;
    QLabel *m_summary = nullptr;
    QLabel *m_banner = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_refunded = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
