#include "CustomerHistoryView.h"

#include "audit/AuditLog.h"
#include "customers/CustomerAudit.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

CustomerHistoryView::CustomerHistoryView(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
{
    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels(
            {tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After")});
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 130);
    m_view->setColumnWidth(1, 80);
    m_view->setColumnWidth(2, 110);
    m_view->setColumnWidth(3, 120);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
    showCustomer(0);
}

void CustomerHistoryView::showCustomer(qint64 id)
{
    m_model->removeRows(0, m_model->rowCount());
    if (id == 0) {
        m_empty->setText(tr("A new customer has no history yet."));
        m_view->hide();
        m_empty->show();
        return;
    }
    const Result<QList<AuditEntry>> entries = AuditLog::forEntity(m_db,
                                                                  m_actor,
                                                                  CustomerAudit::Entity,
                                                                  id);
    if (!entries) {
        m_empty->setText(entries.error().message);
        m_view->hide();
        m_empty->show();
        return;
    }
    const QLocale locale;
    // Newest entry first: what changed last is what the desk asks about.
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        const QList<CustomerHistoryRow> rows = CustomerAudit::historyRows({*it});
        for (const CustomerHistoryRow &row : rows) {
            QList<QStandardItem *> items {new QStandardItem(locale.toString(row.at.toLocalTime(),
                                                                            QLocale::ShortFormat)),
                                          new QStandardItem(row.user),
                                          new QStandardItem(row.field.isEmpty() ? row.action
                                                                                : row.field),
                                          new QStandardItem(row.before),
                                          new QStandardItem(row.after)};
            for (QStandardItem *item : items)
                item->setToolTip(item->text());
            m_model->appendRow(items);
        }
    }
    m_empty->setVisible(m_model->rowCount() == 0);
    m_empty->setText(tr("No changes recorded."));
    m_view->setVisible(m_model->rowCount() > 0);
}
