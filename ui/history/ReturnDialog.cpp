#include "ReturnDialog.h"

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
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

ReturnDialog::ReturnDialog(PurchaseRepository &purchases,
                           const ChoiceLists &choices,
                           const Actor &actor,
                           const Purchase &purchase,
                           QWidget *parent)
    : QDialog(parent)
    , m_purchase(purchase)
    , m_purchases(purchases)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return: %1").arg(purchase.product));
    setMinimumWidth(420);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("returnPurchaseSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(
            tr("<b>%1</b> bought on %2<br>Amount %3 · already refunded %4 · <b>%5 left to "
               "refund</b>")
                    .arg(purchase.product.toHtmlEscaped(),
                         QLocale().toString(DateField::dayOf(purchase.purchasedAt),
                                            QLocale::ShortFormat),
                         HistoryLabels::money(purchase.amount),
                         HistoryLabels::money(purchase.refunded),
                         HistoryLabels::money(purchase.refundable())));

    m_banner = InlineErrors::createBanner(this, QStringLiteral("returnError"));
    m_errors = std::make_unique<InlineErrors>(m_banner);
    auto *form = new QFormLayout;
    m_date = DateField::create(this, QStringLiteral("returnDateEdit"));
    if (purchase.purchasedAt.isValid())
        m_date->setMinimumDate(qMin(DateField::dayOf(purchase.purchasedAt), m_date->maximumDate()));
    m_errors->addRow(form,
                     tr("&Date"),
                     m_date,
                     QStringLiteral("returned_at"),
                     QStringLiteral("returnDateError"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("returnReasonCombo"));
    m_errors->addRow(form,
                     tr("&Reason"),
                     m_reason,
                     QStringLiteral("reason"),
                     QStringLiteral("reasonError"));
    m_refunded = new QLineEdit(HistoryLabels::moneyPlain(purchase.refundable()), this);
    m_refunded->setObjectName(QStringLiteral("refundedEdit"));
    m_refunded->setAlignment(Qt::AlignRight);
    m_refunded->setPlaceholderText(tr("yuan, e.g. 199.00"));
    m_errors->addRow(form,
                     tr("Re&funded"),
                     m_refunded,
                     QStringLiteral("refunded"),
                     QStringLiteral("refundedError"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("returnNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_errors->addRow(form,
                     tr("&Notes"),
                     m_notes,
                     QStringLiteral("notes"),
                     QStringLiteral("returnNotesError"));

    const Result<QList<Choice>> reasons = choices.entries(actor, ChoiceLists::ReturnReason);
    if (reasons) {
        for (const Choice &choice : *reasons)
            m_reason->addItem(choice.label, choice.code);
    } else {
        m_errors->showField(QStringLiteral("reason"), reasons.error().message);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("returnButtons"));
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("returnSaveButton"));
    save->setText(tr("Record return"));
    save->setDefault(true);
    save->setToolTip(tr("Record the return and its refund (Enter; Ctrl+Enter in the notes)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("returnCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReturnDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReturnDialog::reject);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ReturnDialog::accept);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    setTabOrder(m_date, m_reason);
    setTabOrder(m_reason, m_refunded);
    setTabOrder(m_refunded, m_notes);
    setTabOrder(m_notes, m_buttons);
    // The reason is what the desk has to decide; the rest has sensible defaults.
    m_reason->setFocus(Qt::OtherFocusReason);
}

ReturnDialog::~ReturnDialog() = default;

void ReturnDialog::accept()
{
    m_errors->clear();
    PurchaseReturn r;
    r.purchaseId = m_purchase.id;
    r.customerId = m_purchase.customerId;
    r.returnedAt = DateField::timeFor(m_date->date());
    if (r.returnedAt < m_purchase.purchasedAt) // noon of the purchase's own day, before it
        r.returnedAt = m_purchase.purchasedAt;
    r.reason = m_reason->currentData().toString();
    r.notes = m_notes->toPlainText();
    const QString refunded = m_refunded->text().trimmed();
    const std::optional<qint64> amount = refunded.isEmpty() ? std::optional<qint64>(0)
                                                            : HistoryLabels::parseMoney(refunded);
    if (!amount) {
        const QString message = tr("“%1” is not an amount. Type yuan with at most two decimals, "
                                   "e.g. 199.00.")
                                        .arg(refunded);
        m_errors->show(
                Error {Error::Code::Invalid, message, {{QStringLiteral("refunded"), message}}});
        return;
    }
    r.refunded = *amount;
    const Result<PurchaseReturn> stored = m_purchases.addReturn(m_actor, r);
    if (!stored) {
        m_errors->show(stored.error());
        return;
    }
    m_return = *stored;
    Q_EMIT saved(m_return);
    QDialog::accept();
}
