#include "ComplaintsPanel.h"

#include "ComplaintDialog.h"
#include "ComplaintText.h"
#include "complaints/ComplaintLabels.h"
#include "history/ChoiceLists.h"
#include "history/PagedRowsModel.h"
#include "security/Permissions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The SLA mark in red and bold (its words say it too); settled complaints greyed.
class ComplaintRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int kind = index.data(PagedRowsModel::KindRole).toInt();
        if ((kind & ComplaintsPanel::AlarmRow) && index.column() == ComplaintsPanel::SlaColumn) {
            option->palette.setColor(QPalette::Text, QColor(0xc0, 0x39, 0x2b));
            option->font.setBold(true);
        } else if (kind & ComplaintsPanel::SettledRow) {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
        }
    }
};

} // namespace

ComplaintsPanel::ComplaintsPanel(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_complaints(db)
    , m_actor(actor)
{
    m_new = new QPushButton(tr("New complaint…"), this);
    m_new->setObjectName(QStringLiteral("newComplaintButton"));
    m_new->setAutoDefault(false);
    m_new->setToolTip(tr("Receive a complaint of this customer (Ctrl+Shift+C)"));
    m_new->setVisible(Permissions::allows(m_actor, Operation::Create));
    m_open = new QPushButton(tr("Open…"), this);
    m_open->setObjectName(QStringLiteral("openComplaintButton"));
    m_open->setAutoDefault(false);
    m_open->setToolTip(tr("Handle the selected complaint (Enter)"));
    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_open);
    toolbar->addStretch();

    m_model = new PagedRowsModel({tr("Received"),
                                  tr("Reason"),
                                  tr("Severity"),
                                  tr("Status"),
                                  tr("Handler"),
                                  tr("SLA")},
                                 this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("complaintsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ComplaintRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->setColumnWidth(ReceivedColumn,
                           fm.horizontalAdvance(ComplaintText::time(
                                   QDateTime(QDate(2026, 12, 28), QTime(23, 59))))
                                   + 24);
    m_view->setColumnWidth(SeverityColumn,
                           fm.horizontalAdvance(
                                   ComplaintLabels::severity(ComplaintSeverity::Critical))
                                   + 32);
    m_view->setColumnWidth(StatusColumn,
                           fm.horizontalAdvance(ComplaintLabels::status(ComplaintStatus::InProgress))
                                   + 32);
    QFont bold = m_view->font();
    bold.setBold(true);
    m_view->setColumnWidth(SlaColumn, QFontMetrics(bold).horizontalAdvance(tr("SLA missed")) + 32);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("complaintsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("complaintsMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_new, &QPushButton::clicked, this, &ComplaintsPanel::newComplaint);
    connect(m_open, &QPushButton::clicked, this, &ComplaintsPanel::openSelected);
    // Enter on a row, or a double click.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openComplaint(m_model->idAt(index.row()));
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ComplaintsPanel::updateState);
    connect(m_model, &PagedRowsModel::modelReset, this, &ComplaintsPanel::updateState);
    connect(m_model, &PagedRowsModel::failed, this, &ComplaintsPanel::updateState);
    showCustomer(0);
}

ComplaintsPanel::~ComplaintsPanel()
{
    // The children outlive the members that their signals and the open dialog would reach.
    delete m_dialog.data();
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

void ComplaintsPanel::showCustomer(qint64 customerId)
{
    if (m_dialog) { // a dialog about the previous customer has nothing to do any more
        m_dialog->QDialog::reject();
        m_dialog = nullptr;
    }
    m_customerId = customerId;
    m_message->hide();
    if (customerId == 0) {
        m_model->reset({});
        updateState();
        return;
    }
    // The labels are read before the walk: a lookup inside it would cut PostgreSQL's open
    // result short.
    const ChoiceLabels reasons = ChoiceLists(m_db).labels(ChoiceLists::ComplaintReason);
    m_model->reset(
            [this, customerId, reasons, cursor = HistoryCursor()](bool fromStart, int limit) mutable
            -> Result<PagedRowsModel::Page> {
                if (fromStart)
                    cursor = {};
                const Result<HistoryPage<Complaint>> page = m_complaints.forCustomer(m_actor,
                                                                                     customerId,
                                                                                     cursor,
                                                                                     limit);
                if (!page)
                    return page.error();
                cursor = page->next;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                PagedRowsModel::Page rows;
                rows.atEnd = page->atEnd;
                for (const Complaint &c : page->rows) {
                    PagedRowsModel::Row row;
                    row.id = c.id;
                    row.cells = QStringList(ColumnCount);
                    row.cells[ReceivedColumn] = ComplaintText::time(c.receivedAt);
                    row.cells[ReasonColumn] = ComplaintText::reason(c, reasons);
                    row.cells[SeverityColumn] = ComplaintLabels::severity(c.severity);
                    row.cells[StatusColumn] = ComplaintLabels::status(c.status);
                    row.cells[HandlerColumn] = c.handler.isEmpty() ? tr("(unassigned)") : c.handler;
                    row.cells[SlaColumn] = ComplaintText::slaMark(c, now);
                    if (!row.cells[SlaColumn].isEmpty())
                        row.kind |= AlarmRow;
                    if (c.isSettled())
                        row.kind |= SettledRow;
                    row.toolTip = c.description.left(300) + QLatin1Char('\n')
                                  + ComplaintText::slaLine(c, now);
                    rows.rows.append(row);
                }
                return rows;
            });
    if (m_model->rowCount() > 0)
        choose(0);
    updateState();
}

void ComplaintsPanel::reload()
{
    if (m_customerId == 0)
        return;
    const qint64 selected = selectedComplaintId();
    m_model->reload();
    select(selected);
}

ComplaintDialog *ComplaintsPanel::activeDialog() const
{
    return m_dialog;
}

qint64 ComplaintsPanel::selectedComplaintId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void ComplaintsPanel::select(qint64 complaintId)
{
    for (int row = 0; complaintId && row < m_model->rowCount(); ++row) {
        if (m_model->idAt(row) == complaintId) {
            choose(row);
            m_view->scrollTo(m_model->index(row, 0));
            break;
        }
    }
    updateState();
}

void ComplaintsPanel::updateState()
{
    const bool mayCreate = Permissions::allows(m_actor, Operation::Create);
    m_new->setEnabled(mayCreate && m_customerId != 0);
    m_open->setEnabled(selectedComplaintId() != 0);
    QString message;
    if (m_customerId == 0)
        message = tr("Save the profile first to receive complaints.");
    else if (!m_model->lastError().isEmpty())
        message = m_model->lastError();
    else if (m_model->rowCount() == 0)
        message = mayCreate ? tr("No complaints. Receive one with Ctrl+Shift+C.")
                            : tr("No complaints.");
    m_empty->setText(message);
    m_empty->setVisible(!message.isEmpty());
    m_view->setVisible(m_model->rowCount() > 0);
}

void ComplaintsPanel::showDialog(ComplaintDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    m_wrote = false;
    connect(dialog, &ComplaintDialog::saved, this, [this](const Complaint &c) {
        m_wrote = true;
        m_model->reload();
        select(c.id);
    });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
        if (m_wrote)
            Q_EMIT changed();
        m_wrote = false;
        // The window the dialog was over gets the keyboard back, in the list.
        activateWindow();
        if (m_view->isVisible())
            m_view->setFocus(Qt::OtherFocusReason);
        else
            m_new->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void ComplaintsPanel::newComplaint()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (m_customerId == 0 || !Permissions::allows(m_actor, Operation::Create))
        return;
    Complaint complaint;
    complaint.customerId = m_customerId;
    showDialog(new ComplaintDialog(m_db, m_actor, complaint, this));
}

void ComplaintsPanel::openSelected()
{
    openComplaint(selectedComplaintId());
}

void ComplaintsPanel::openComplaint(qint64 complaintId)
{
    if (m_dialog || complaintId == 0)
        return;
    // Read afresh: the row may be older than another desk's change.
    const Result<Complaint> complaint = m_complaints.get(m_actor, complaintId);
    if (!complaint) {
        m_message->setText(complaint.error().message);
        m_message->show();
        return;
    }
    m_message->hide();
    showDialog(new ComplaintDialog(m_db, m_actor, *complaint, this));
}

void ComplaintsPanel::choose(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index,
                                              QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}
