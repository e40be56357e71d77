#include "CustomerPicker.h"

#include "customers/CustomerFilter.h"
#include "customers/CustomerListModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

namespace {
constexpr int MaxOffers = 20;
} // namespace

CustomerPicker::CustomerPicker(Database &db, const Actor &actor, QWidget *parent)
    : QLineEdit(parent)
    , m_matches(new CustomerListModel(db, actor, this))
    , m_offers(new QStringListModel(this))
    , m_completer(new QCompleter(this))
{
    setPlaceholderText(tr("code or name"));
    setClearButtonEnabled(true);
    m_completer->setModel(m_offers);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("customerPickerPopup"));
    connect(m_completer,
            qOverload<const QModelIndex &>(&QCompleter::activated),
            this,
            [this](const QModelIndex &index) {
                const int row = index.row();
                if (row >= 0 && row < m_offerIds.size())
                    choose(m_offerIds.at(row), m_offers->stringList().at(row));
            });
    connect(this, &QLineEdit::textEdited, this, &CustomerPicker::search);
    connect(m_matches, &CustomerListModel::finished, this, &CustomerPicker::found);
    connect(m_matches, &CustomerListModel::failed, this, &CustomerPicker::setNote);
}

CustomerPicker::~CustomerPicker()
{
    disconnect(m_matches, nullptr, this, nullptr);
}

void CustomerPicker::search()
{
    const QString typed = text().trimmed();
    m_offerIds.clear();
    m_offers->setStringList({});
    if (typed.isEmpty()) {
        m_completer->popup()->hide();
        clearCustomer();
        Q_EMIT customerChanged(0);
        return;
    }
    CustomerFilter filter;
    filter.text = typed;
    filter.sortColumn = CustomerColumn::Name;
    m_matches->setFilter(filter);
}

void CustomerPicker::found(int count)
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return;
    QStringList labels;
    m_offerIds.clear();
    for (int row = 0; row < qMin(count, MaxOffers); ++row) {
        const QString code = m_matches->index(row, int(CustomerColumn::Code)).data().toString();
        const QString name = m_matches->index(row, int(CustomerColumn::Name)).data().toString();
        const qint64 id = m_matches->idAt(row);
        // A code typed in full is that customer, however many names match too.
        if (code.compare(typed, Qt::CaseInsensitive) == 0) {
            choose(id, tr("%1 (%2)").arg(name, code));
            return;
        }
        labels.append(tr("%1 (%2)").arg(name, code));
        m_offerIds.append(id);
    }
    if (count == 1) {
        choose(m_offerIds.first(), labels.first());
        return;
    }
    m_customerId = count == 0 ? NoMatch : 0;
    if (count == 0) {
        setNote(tr("No customer matches “%1”.").arg(typed));
        Q_EMIT customerChanged(m_customerId);
        return;
    }
    setNote(tr("%n customer(s) match: pick one.", nullptr, count));
    m_offers->setStringList(labels);
    m_completer->complete();
    Q_EMIT customerChanged(m_customerId);
}

void CustomerPicker::choose(qint64 id, const QString &label)
{
    m_customerId = id;
    m_completer->popup()->hide();
    m_offers->setStringList({});
    m_offerIds.clear();
    setNote(label);
    Q_EMIT customerChanged(id);
}

void CustomerPicker::clearCustomer()
{
    m_customerId = 0;
    setNote({});
}

void CustomerPicker::setNote(const QString &note)
{
    if (note == m_note)
        return;
    m_note = note;
    Q_EMIT noteChanged(note);
}
