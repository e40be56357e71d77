#include "PhoneListEditor.h"

#include "customers/CustomerLabels.h"
#include "customers/PhoneNumber.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

PhoneListEditor::PhoneListEditor(QWidget *parent)
    : QWidget(parent)
{
    m_primaryGroup = new QButtonGroup(this);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto *add = new QPushButton(tr("Add phone"), this);
    add->setObjectName(QStringLiteral("addPhoneButton"));
    m_add = add;
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.last().number->setFocus();
        Q_EMIT edited();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(add, 0, Qt::AlignLeft);
}

void PhoneListEditor::addRow(const Phone &phone)
{
    auto *rowWidget = new QWidget(this);
    const int index = int(m_rows.size());
    auto *kind = new QComboBox(rowWidget);
    kind->setObjectName(QStringLiteral("phoneKind%1").arg(index));
    for (PhoneKind k : CustomerLabels::phoneKinds())
        kind->addItem(CustomerLabels::phoneKind(k), int(k));
    kind->setCurrentIndex(kind->findData(int(phone.kind)));
    auto *number = new QLineEdit(rowWidget);
    number->setObjectName(QStringLiteral("phoneNumber%1").arg(index));
    number->setPlaceholderText(tr("138 1234 5678, 010-62345678 or +1 415 555 2671"));
    number->setText(phone.number.isEmpty() || m_masked ? phone.number
                                                       : PhoneNumber::format(phone.number));
    number->setReadOnly(m_masked);
    kind->setEnabled(!m_masked);
    auto *primary = new QRadioButton(tr("Primary"), rowWidget);
    primary->setObjectName(QStringLiteral("phonePrimary%1").arg(index));
    primary->setChecked(phone.primary || m_rows.isEmpty());
    m_primaryGroup->addButton(primary);
    auto *remove = new QToolButton(rowWidget);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this phone number"));
    auto *error = new QLabel(rowWidget);
    error->setObjectName(QStringLiteral("phoneError%1").arg(index));
    error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error->setWordWrap(true);
    error->hide();

    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(kind);
    line->addWidget(number, 1);
    line->addWidget(primary);
    line->addWidget(remove);
    auto *rowLayout = new QVBoxLayout(rowWidget);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);
    rowLayout->addLayout(line);
    rowLayout->addWidget(error);
    m_rowsLayout->addWidget(rowWidget);
    m_rows.append(Row {rowWidget, kind, number, primary, remove, error});
    Q_EMIT rowsChanged();

    connect(number, &QLineEdit::textEdited, this, &PhoneListEditor::edited);
    connect(kind, &QComboBox::activated, this, &PhoneListEditor::edited);
    connect(primary, &QRadioButton::clicked, this, &PhoneListEditor::edited);
    connect(remove, &QToolButton::clicked, this, [this, rowWidget] {
        removeRow(rowWidget);
        Q_EMIT edited();
    });
}

void PhoneListEditor::removeRow(QWidget *rowWidget)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget != rowWidget)
            continue;
        const bool wasPrimary = static_cast<QRadioButton *>(m_rows.at(i).primary)->isChecked();
        m_rows.removeAt(i);
        rowWidget->deleteLater();
        if (wasPrimary && !m_rows.isEmpty())
            static_cast<QRadioButton *>(m_rows.first().primary)->setChecked(true);
        Q_EMIT rowsChanged();
        return;
    }
}

void PhoneListEditor::setPhones(const QList<Phone> &phones, bool masked)
{
    for (const Row &row : std::as_const(m_rows))
        delete row.widget;
    m_rows.clear();
    m_masked = masked && !phones.isEmpty();
    for (const Phone &phone : phones)
        addRow(phone);
    for (const Row &row : std::as_const(m_rows)) {
        row.primary->setEnabled(!m_masked);
        row.remove->setEnabled(!m_masked);
    }
    m_add->setEnabled(!m_masked);
    if (m_rows.isEmpty())
        addRow();
}

QList<QWidget *> PhoneListEditor::focusChain() const
{
    QList<QWidget *> chain;
    for (const Row &row : m_rows)
        chain << row.kind << row.number << row.primary << row.remove;
    chain << m_add;
    return chain;
}

QList<Phone> PhoneListEditor::phones() const
{
    QList<Phone> out;
    for (const Row &row : m_rows)
        out.append(Phone {PhoneKind(row.kind->currentData().toInt()),
                          row.number->text(),
                          static_cast<QRadioButton *>(row.primary)->isChecked()});
    return out;
}

void PhoneListEditor::setError(int index, const QString &message)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows.at(index).error->setText(message);
    m_rows.at(index).error->setVisible(!message.isEmpty());
}

void PhoneListEditor::clearErrors()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.error->clear();
        row.error->hide();
    }
}

QLineEdit *PhoneListEditor::numberEdit(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).number : nullptr;
}
