#include "RequestsPanel.h"

#include "history/HistoryLabels.h"
#include "history/PagedRowsModel.h"
#include "history/RequestDetailsView.h"
#include "history/RequestDialog.h"
#include "history/StageMoveDialog.h"
#include "history/StageRules.h"
#include "security/Permissions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace {

// Overdue due dates in red, bold; closed and cancelled requests greyed.
class RequestRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int kind = index.data(PagedRowsModel::KindRole).toInt();
        if ((kind & RequestsPanel::OverdueRow) && index.column() == RequestsPanel::DueColumn) {
            option->palette.setColor(QPalette::Text, QColor(0xc0, 0x39, 0x2b));
            option->font.setBold(true);
        } else if (kind & RequestsPanel::EndedRow) {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
        }
    }
};

PagedRowsModel::Row rowFor(const ServiceRequest &r, const QDate &today)
{
    const QLocale locale;
    PagedRowsModel::Row row;
    row.id = r.id;
    row.cells = QStringList(RequestsPanel::ColumnCount);
    row.cells[RequestsPanel::OpenedColumn] = locale.toString(r.openedAt.toLocalTime(),
                                                             QLocale::ShortFormat);
    row.cells[RequestsPanel::TitleColumn] = r.title;
    row.cells[RequestsPanel::PriorityColumn] = HistoryLabels::priority(r.priority);
    row.cells[RequestsPanel::StageColumn] = HistoryLabels::stage(r.stage);
    row.cells[RequestsPanel::OwnerColumn] = r.owner;
    row.cells[RequestsPanel::DueColumn] = RequestsPanel::dueText(r, today);
    if (!r.isOpen())
        row.kind |= RequestsPanel::EndedRow;
    else if (r.dueOn.isValid() && r.dueOn < today)
        row.kind |= RequestsPanel::OverdueRow;
    row.toolTip = r.description.isEmpty() ? r.title
                                          : r.title + QLatin1Char('\n') + r.description.left(300);
    return row;
}

} // namespace

RequestsPanel::RequestsPanel(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_requests(db)
    , m_actor(actor)
{
    auto button = [this](const QString &text, const char *name, void (RequestsPanel::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_newButton = button(tr("New request…"), "newRequestButton", &RequestsPanel::newRequest);
    m_editButton = button(tr("Edit…"), "editRequestButton", &RequestsPanel::editRequest);
    m_moveButton = button(tr("Move stage…"), "moveStageButton", &RequestsPanel::moveStage);

    // While the tab is shown, its shortcuts work wherever the keyboard is in the window.
    m_newAction = new QAction(tr("New service &request…"), this);
    m_newAction->setObjectName(QStringLiteral("newRequestAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_newAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_newAction, &QAction::triggered, this, &RequestsPanel::newRequest);
    addAction(m_newAction);
    m_moveAction = new QAction(tr("&Move request stage…"), this);
    m_moveAction->setObjectName(QStringLiteral("moveStageAction"));
    m_moveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_moveAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_moveAction, &QAction::triggered, this, &RequestsPanel::moveStage);
    addAction(m_moveAction);
    const auto withShortcut = [](QPushButton *b, const QString &what, const QAction *action) {
        b->setToolTip(
                tr("%1 (%2)").arg(what, action->shortcut().toString(QKeySequence::NativeText)));
    };
    withShortcut(m_newButton, tr("Open a service request for this customer"), m_newAction);
    withShortcut(m_moveButton,
                 tr("Move the selected request to another stage of the service process"),
                 m_moveAction);
    m_editButton->setToolTip(tr("Correct the selected request and its plan (Return)"));

    m_model = new PagedRowsModel(
            {tr("Opened"), tr("Title"), tr("Priority"), tr("Stage"), tr("Owner"), tr("Due")}, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("requestsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RequestRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    // Wide enough for a date and time, and for an overdue date in bold.
    const QLocale locale;
    const QDateTime sample(QDate(2026, 12, 28), QTime(23, 59));
    m_view->setColumnWidth(OpenedColumn,
                           m_view->fontMetrics().horizontalAdvance(
                                   locale.toString(sample, QLocale::ShortFormat))
                                   + 24);
    QFont bold = m_view->font();
    bold.setBold(true);
    m_view->setColumnWidth(DueColumn,
                           QFontMetrics(bold).horizontalAdvance(
                                   tr("%1 (overdue)")
                                           .arg(locale.toString(sample.date(),
                                                                QLocale::ShortFormat)))
                                   + 24);
    m_view->installEventFilter(this);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &RequestsPanel::editRequest);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &RequestsPanel::showSelected);
    connect(m_model, &PagedRowsModel::failed, this, [this](const QString &message) {
        m_message->setText(message);
        m_message->show();
    });

    m_details = new RequestDetailsView(this);
    m_details->setObjectName(QStringLiteral("requestDetails"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("requestsSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("requestsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("requestsMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_newButton);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_moveButton);
    toolbar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    showCustomer(0);
}

QString RequestsPanel::dueText(const ServiceRequest &request, const QDate &today)
{
    if (!request.dueOn.isValid())
        return {};
    const QString date = QLocale().toString(request.dueOn, QLocale::ShortFormat);
    if (request.isOpen() && request.dueOn < today)
        return tr("%1 (overdue)").arg(date);
    return date;
}

void RequestsPanel::showCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_message->hide();
    if (customerId == 0) {
        m_model->reset({});
        showEmpty(tr("Save the profile first to open service requests."));
        return;
    }
    // The fetcher keeps where the next page starts.
    auto cursor = std::make_shared<HistoryCursor>();
    m_model->reset(
            [this, cursor, customerId](bool fromStart, int limit) -> Result<PagedRowsModel::Page> {
                if (fromStart)
                    *cursor = HistoryCursor();
                const Result<HistoryPage<ServiceRequest>> page = m_requests.forCustomer(m_actor,
                                                                                        customerId,
                                                                                        *cursor,
                                                                                        limit);
                if (!page)
                    return page.error();
                *cursor = page->next;
                PagedRowsModel::Page rows;
                rows.atEnd = page->atEnd;
                const QDate today = QDate::currentDate();
                for (const ServiceRequest &request : page->rows)
                    rows.rows.append(rowFor(request, today));
                return rows;
            });
    afterReload(0);
}

void RequestsPanel::reload()
{
    if (m_customerId == 0)
        return;
    const qint64 keep = m_selected ? m_selected->id : 0;
    const int loaded = m_model->rowCount();
    m_message->hide();
    m_model->reload();
    // The selected request may lie beyond the first page: read as far as before.
    while (keep && m_model->rowCount() < loaded && m_model->canFetchMore({})
           && m_model->match(m_model->index(0, 0), PagedRowsModel::IdRole, keep, 1, Qt::MatchExactly)
                      .isEmpty())
        m_model->fetchMore({});
    afterReload(keep);
}

void RequestsPanel::afterReload(qint64 selectId)
{
    if (!m_model->lastError().isEmpty()) {
        showEmpty(m_model->lastError());
        return;
    }
    if (m_model->rowCount() == 0) {
        showEmpty(Permissions::allows(m_actor, Operation::Create)
                          ? tr("No service requests yet. Open one with %1.")
                                    .arg(m_newAction->shortcut().toString(QKeySequence::NativeText))
                          : tr("No service requests yet."));
        return;
    }
    m_stack->setCurrentIndex(1);
    // Read again below even when the same row stays current (it was just written).
    m_selected.reset();
    if (!selectRequest(selectId))
        m_view->selectRow(0);
    const qint64 current = m_model->idAt(m_view->currentIndex().row());
    if (!m_selected || m_selected->id != current)
        showSelected();
}

void RequestsPanel::showEmpty(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentIndex(0);
    m_selected.reset();
    m_details->clear();
    updateActions();
}

bool RequestsPanel::selectRequest(qint64 requestId)
{
    if (requestId == 0)
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->idAt(row) == requestId) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

void RequestsPanel::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (id == 0) {
        m_selected.reset();
        m_details->clear();
        updateActions();
        return;
    }
    const Result<ServiceRequest> request = m_requests.get(m_actor, id);
    const Result<QList<StageMove>> moves = request ? m_requests.moves(m_actor, id)
                                                   : Result<QList<StageMove>>(request.error());
    if (!moves) {
        m_selected.reset();
        m_details->clear();
        m_message->setText(moves.error().message);
        m_message->show();
        updateActions();
        return;
    }
    m_selected = request.value();
    m_details->setRequest(*m_selected, moves.value(), QDateTime::currentDateTimeUtc());
    updateActions();
}

void RequestsPanel::updateActions()
{
    const bool mayCreate = Permissions::allows(m_actor, Operation::Create);
    const bool mayEdit = Permissions::allows(m_actor, Operation::Edit);
    const bool canNew = m_customerId != 0 && mayCreate;
    const bool canEdit = m_selected && m_selected->isOpen() && mayEdit;
    const bool canMove = m_selected && mayEdit && !StageRules::nextStages(*m_selected).isEmpty();
    m_newButton->setEnabled(canNew);
    m_newAction->setEnabled(canNew);
    m_editButton->setEnabled(canEdit);
    m_moveButton->setEnabled(canMove);
    m_moveAction->setEnabled(canMove);
    if (m_selected && !m_selected->isOpen() && mayEdit)
        m_editButton->setToolTip(
                m_selected->stage == RequestStage::Closed
                        ? tr("A closed request is the record of what was done. To change it, "
                             "reopen it with Move stage….")
                        : tr("A cancelled request stays as it was."));
    else
        m_editButton->setToolTip(tr("Correct the selected request and its plan (Return)"));
}

void RequestsPanel::afterWrite(qint64 requestId)
{
    m_message->hide();
    m_model->reload();
    afterReload(requestId);
    Q_EMIT changed();
}

void RequestsPanel::newRequest()
{
    if (m_customerId == 0 || !m_newButton->isEnabled())
        return;
    ServiceRequest request;
    request.customerId = m_customerId;
    auto *dialog = new RequestDialog(m_requests, m_actor, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { afterWrite(dialog->request().id); });
    connect(dialog, &QDialog::finished, m_view, [this] { backToList(); });
    dialog->open();
}

void RequestsPanel::editRequest()
{
    if (!m_selected || !m_editButton->isEnabled())
        return;
    // The stored request as it is now: the save is checked against this version.
    const Result<ServiceRequest> request = m_requests.get(m_actor, m_selected->id);
    if (!request) {
        m_message->setText(request.error().message);
        m_message->show();
        return;
    }
    auto *dialog = new RequestDialog(m_requests, m_actor, request.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { afterWrite(dialog->request().id); });
    connect(dialog, &QDialog::finished, m_view, [this] { backToList(); });
    dialog->open();
}

void RequestsPanel::moveStage()
{
    if (!m_selected || !m_moveButton->isEnabled())
        return;
    const Result<ServiceRequest> request = m_requests.get(m_actor, m_selected->id);
    if (!request) {
        m_message->setText(request.error().message);
        m_message->show();
        return;
    }
    auto *dialog = new StageMoveDialog(m_requests, m_actor, request.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { afterWrite(dialog->request().id); });
    connect(dialog, &QDialog::finished, m_view, [this] { backToList(); });
    dialog->open();
}

void RequestsPanel::backToList()
{
    // The window the dialog was over gets the keyboard back, in the list.
    activateWindow();
    m_view->setFocus();
}

bool RequestsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            editRequest();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
