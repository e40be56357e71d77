#include "PurchaseDialog.h"

#include "DateField.h"
#include "InlineErrors.h"
#include "history/ChoiceLists.h"
#include "history/HistoryLabels.h"
#include "history/PurchaseRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// quantity × unit price, or nothing when it would not fit.
std::optional<qint64> multiplied(qint64 quantity, qint64 unitPrice)
{
    qint64 amount = 0;
    if (qMulOverflow(quantity, unitPrice, &amount))
        return std::nullopt;
    return amount;
}

} // namespace

PurchaseDialog::PurchaseDialog(PurchaseRepository &purchases,
                               const ChoiceLists &choices,
                               const Actor &actor,
                               const Purchase &purchase,
                               bool mayWrite,
                               QWidget *parent)
    : QDialog(parent)
    , m_purchases(purchases)
    , m_choices(choices)
    , m_actor(actor)
    , m_purchase(purchase)
{
    setObjectName(QStringLiteral("purchaseDialog"));
    setWindowTitle(isNew() ? tr("New purchase") : tr("Purchase"));
    setMinimumWidth(520);

    m_banner = InlineErrors::createBanner(this, QStringLiteral("purchaseError"));
    m_errors = std::make_unique<InlineErrors>(m_banner);
    auto *form = new QFormLayout;

    m_date = DateField::create(this, QStringLiteral("purchaseDateEdit"));
    m_date->setToolTip(tr("The day of the purchase (Alt+Down opens the calendar)"));
    m_errors->addRow(form,
                     tr("&Date"),
                     m_date,
                     QStringLiteral("purchased_at"),
                     QStringLiteral("purchaseDateError"));
    m_product = new QLineEdit(this);
    m_product->setObjectName(QStringLiteral("productEdit"));
    m_product->setPlaceholderText(tr("e.g. 空调 KFR-35GW"));
    m_errors->addRow(form,
                     tr("&Product *"),
                     m_product,
                     QStringLiteral("product"),
                     QStringLiteral("productError"));
    m_category = new QLineEdit(this);
    m_category->setObjectName(QStringLiteral("categoryEdit"));
    m_category->setPlaceholderText(tr("e.g. 家电"));
    m_errors->addRow(form,
                     tr("Cate&gory"),
                     m_category,
                     QStringLiteral("category"),
                     QStringLiteral("categoryError"));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setRange(1, int(PurchaseRepository::MaxQuantity));
    m_quantity->setGroupSeparatorShown(true);
    m_errors->addRow(form,
                     tr("&Quantity"),
                     m_quantity,
                     QStringLiteral("quantity"),
                     QStringLiteral("quantityError"));
    m_unitPrice = new QLineEdit(this);
    m_unitPrice->setObjectName(QStringLiteral("unitPriceEdit"));
    m_unitPrice->setPlaceholderText(tr("yuan, e.g. 3999.50"));
    m_unitPrice->setAlignment(Qt::AlignRight);
    m_errors->addRow(form,
                     tr("&Unit price"),
                     m_unitPrice,
                     QStringLiteral("unit_price"),
                     QStringLiteral("unitPriceError"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setPlaceholderText(tr("quantity × unit price; type what was paid after a discount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_errors->addRow(form,
                     tr("&Amount"),
                     m_amount,
                     QStringLiteral("amount"),
                     QStringLiteral("amountError"));
    m_payment = new QComboBox(this);
    m_payment->setObjectName(QStringLiteral("paymentMethodCombo"));
    m_errors->addRow(form,
                     tr("Pa&yment method"),
                     m_payment,
                     QStringLiteral("payment_method"),
                     QStringLiteral("paymentMethodError"));
    m_channel = new QLineEdit(this);
    m_channel->setObjectName(QStringLiteral("channelEdit"));
    m_channel->setPlaceholderText(tr("where it was bought, e.g. store, online shop"));
    m_errors->addRow(form,
                     tr("C&hannel"),
                     m_channel,
                     QStringLiteral("channel"),
                     QStringLiteral("channelError"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("purchaseNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_errors->addRow(form,
                     tr("&Notes"),
                     m_notes,
                     QStringLiteral("notes"),
                     QStringLiteral("purchaseNotesError"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("purchaseButtons"));
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("purchaseSaveButton"));
    save->setDefault(true);
    save->setToolTip(tr("Save the purchase (Enter; Ctrl+Enter in the notes)"));
    m_buttons->button(QDialogButtonBox::Cancel)
            ->setObjectName(QStringLiteral("purchaseCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PurchaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PurchaseDialog::reject);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &PurchaseDialog::accept);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    setTabOrder(m_date, m_product);
    setTabOrder(m_product, m_category);
    setTabOrder(m_category, m_quantity);
    setTabOrder(m_quantity, m_unitPrice);
    setTabOrder(m_unitPrice, m_amount);
    setTabOrder(m_amount, m_payment);
    setTabOrder(m_payment, m_channel);
    setTabOrder(m_channel, m_notes);
    setTabOrder(m_notes, m_buttons);

    // The stored purchase, or a new one's defaults (today, one piece, the first payment method).
    if (!isNew()) {
        const QDate day = DateField::dayOf(purchase.purchasedAt);
        m_date->setMaximumDate(qMax(m_date->maximumDate(), day)); // a clock that was ahead
        m_date->setDate(day);
        m_product->setText(purchase.product);
        m_category->setText(purchase.category);
        m_quantity->setValue(
                int(qBound<qint64>(1, purchase.quantity, PurchaseRepository::MaxQuantity)));
        m_unitPrice->setText(HistoryLabels::moneyPlain(purchase.unitPrice));
        m_amount->setText(HistoryLabels::moneyPlain(purchase.amount));
        m_amountTyped = multiplied(purchase.quantity, purchase.unitPrice) != purchase.amount;
        m_channel->setText(purchase.channel);
        m_notes->setPlainText(purchase.notes);
        setWindowTitle(tr("Purchase: %1").arg(purchase.product));
    }
    fillPaymentMethods();

    connect(m_quantity, &QSpinBox::valueChanged, this, &PurchaseDialog::updateAmount);
    connect(m_unitPrice, &QLineEdit::textChanged, this, &PurchaseDialog::updateAmount);
    connect(m_amount, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Cleared: quantity × unit price again from the next change on (not now, or the
        // computed amount would come back under the user's cursor).
        m_amountTyped = !text.trimmed().isEmpty();
    });

    if (!mayWrite) {
        save->setEnabled(false);
        m_banner->setText(tr("Your role may look at purchases but not change them."));
        m_banner->setStyleSheet(QString());
        m_banner->show();
    }
    m_product->setFocus(Qt::OtherFocusReason);
}

PurchaseDialog::~PurchaseDialog() = default;

void PurchaseDialog::fillPaymentMethods()
{
    const Result<QList<Choice>> methods = m_choices.entries(m_actor, ChoiceLists::PaymentMethod);
    if (methods) {
        for (const Choice &choice : *methods)
            m_payment->addItem(choice.label, choice.code);
    } else {
        m_errors->showField(QStringLiteral("payment_method"), methods.error().message);
    }
    // A method no longer offered still shows on the purchases that used it.
    const QString stored = m_purchase.paymentMethod;
    if (!stored.isEmpty() && m_payment->findData(stored) < 0)
        m_payment->addItem(m_choices.label(ChoiceLists::PaymentMethod, stored), stored);
    m_payment->setCurrentIndex(stored.isEmpty() ? 0 : m_payment->findData(stored));
}

void PurchaseDialog::updateAmount()
{
    if (m_amountTyped)
        return;
    const QString priceText = m_unitPrice->text().trimmed();
    const std::optional<qint64> price = HistoryLabels::parseMoney(priceText);
    const std::optional<qint64> amount = price ? multiplied(m_quantity->value(), *price)
                                               : std::nullopt;
    if (amount && !priceText.isEmpty())
        m_amount->setText(HistoryLabels::moneyPlain(*amount));
    else
        m_amount->clear();
}

std::optional<Purchase> PurchaseDialog::collect()
{
    Purchase p = m_purchase;
    p.purchasedAt = DateField::timeFor(m_date->date(), m_purchase.purchasedAt);
    p.product = m_product->text();
    p.category = m_category->text();
    p.quantity = m_quantity->value();
    p.paymentMethod = m_payment->currentData().toString();
    p.channel = m_channel->text();
    p.notes = m_notes->toPlainText();

    Error error {Error::Code::Invalid, {}, {}};
    const auto money = [&](QLineEdit *edit, const QString &key, qint64 *into) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            *into = 0;
            return;
        }
        if (const std::optional<qint64> value = HistoryLabels::parseMoney(text))
            *into = *value;
        else
            error.fieldErrors.insert(key,
                                     tr("“%1” is not an amount. Type yuan with at most two "
                                        "decimals, e.g. 3999.50.")
                                             .arg(text));
    };
    money(m_unitPrice, QStringLiteral("unit_price"), &p.unitPrice);
    // Empty: core takes quantity × unit price.
    money(m_amount, QStringLiteral("amount"), &p.amount);
    if (error.fieldErrors.isEmpty())
        return p;
    error.message = error.fieldErrors.size() == 1 ? error.fieldErrors.constBegin().value()
                                                  : tr("%n field(s) need attention.",
                                                       nullptr,
                                                       int(error.fieldErrors.size()));
    m_errors->show(error);
    return std::nullopt;
}

void PurchaseDialog::accept()
{
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    if (!save->isEnabled())
        return;
    m_errors->clear();
    const std::optional<Purchase> purchase = collect();
    if (!purchase)
        return;
    const Result<Purchase> stored = isNew() ? m_purchases.create(m_actor, *purchase)
                                            : m_purchases.update(m_actor, *purchase);
    if (!stored) {
        m_errors->show(stored.error());
        return;
    }
    m_purchase = *stored;
    Q_EMIT saved(m_purchase);
    QDialog::accept();
}
