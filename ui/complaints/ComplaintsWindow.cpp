#include "ComplaintsWindow.h"

#include "AssignDialog.h"
#include "ComplaintDetailPane.h"
#include "ComplaintDialog.h"
#include "ComplaintFilterBar.h"
#include "ComplaintText.h"
#include "complaints/ComplaintLabels.h"
#include "complaints/ComplaintListModel.h"
#include "complaints/ComplaintRepository.h"
#include "history/TimelineView.h"
#include "security/Permissions.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace {

constexpr int DueColumn = int(ComplaintColumn::ResolutionDue);

// Overdue and missed complaints: the due time in red, bold when overdue, with the word said
// (not colour alone).
class ReviewRowDelegate : public QStyledItemDelegate
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintsWindow)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString mark(const QModelIndex &index)
    {
        if (index.data(ComplaintListModel::OverdueRole).toBool())
            return tr("overdue");
        if (index.data(ComplaintListModel::MissedRole).toBool())
            return tr("missed");
        return {};
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != DueColumn)
            return;
        const QString word = mark(index);
        if (word.isEmpty())
            return;
        option->text = tr("%1 (%2)").arg(option->text, word);
        option->palette.setColor(QPalette::Text, QColor(0xc0, 0x39, 0x2b));
        option->font.setBold(index.data(ComplaintListModel::OverdueRole).toBool());
    }
};

} // namespace

ComplaintsWindow::ComplaintsWindow(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_db(db)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("complaintsWindow"));
    setWindowTitle(tr("Complaint review — ServiceArchive"));

    m_filters = new ComplaintFilterBar(db, actor, this);
    m_filters->setObjectName(QStringLiteral("complaintFilters"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("complaintCounts"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("complaintsWindowMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_model = new ComplaintListModel(db, actor, {}, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("complaintsTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ReviewRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(int(ComplaintColumn::Reason),
                                                     QHeaderView::Stretch);
    const QFontMetrics fm = m_view->fontMetrics();
    const QString sampleTime = ComplaintText::time(QDateTime(QDate(2026, 12, 28), QTime(23, 59)));
    m_view->setColumnWidth(int(ComplaintColumn::Received), fm.horizontalAdvance(sampleTime) + 24);
    m_view->setColumnWidth(int(ComplaintColumn::CustomerCode),
                           fm.horizontalAdvance(QStringLiteral("C0000000")) + 24);
    QFont bold = m_view->font();
    bold.setBold(true);
    m_view->setColumnWidth(DueColumn,
                           QFontMetrics(bold).horizontalAdvance(
                                   tr("%1 (%2)").arg(sampleTime, tr("overdue")))
                                   + 24);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(int(ComplaintColumn::Received),
                                                 Qt::DescendingOrder);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("complaintsWindowEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_details = new ComplaintDetailPane(db, actor, this);
    m_details->setObjectName(QStringLiteral("complaintDetails"));

    const auto button = [this](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        b->setToolTip(tip);
        return b;
    };
    m_open = button(tr("O&pen complaint…"),
                    "reviewOpenButton",
                    tr("The chosen complaint in full (Enter)"));
    m_customer = button(tr("Open &customer"),
                        "reviewCustomerButton",
                        tr("Show the complaint's customer in the main window"));
    m_assign = button(tr("&Assign to…"),
                      "reviewAssignButton",
                      tr("Hand the selected complaints to someone (several at once)"));
    m_close = button(tr("Close &with resolution…"),
                     "reviewCloseButton",
                     tr("Write the resolution of the chosen complaint and close it"));
    // Assigning others and closing are a supervisor's: the others do not see them.
    const bool supervise = Permissions::allows(actor, Operation::Supervise);
    m_assign->setVisible(supervise);
    m_close->setVisible(supervise);
    connect(m_open, &QPushButton::clicked, this, &ComplaintsWindow::openCurrent);
    connect(m_customer, &QPushButton::clicked, this, &ComplaintsWindow::openCurrentCustomer);
    connect(m_assign, &QPushButton::clicked, this, &ComplaintsWindow::assignSelected);
    connect(m_close, &QPushButton::clicked, this, &ComplaintsWindow::closeCurrent);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filters->textEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filters->textEdit()->selectAll();
    });

    // The counts on a line of their own: long in any language, they wrap instead of widening
    // the list's side.
    m_counts->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addWidget(m_customer);
    actions->addWidget(m_assign);
    actions->addWidget(m_close);
    actions->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_counts);
    leftLayout->addLayout(actions);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_stack, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("complaintsWindowSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);

    connect(m_filters, &ComplaintFilterBar::changed, this, &ComplaintsWindow::applyFilter);
    connect(m_model, &ComplaintListModel::finished, this, &ComplaintsWindow::afterSearch);
    connect(m_model, &ComplaintListModel::countsChanged, this, &ComplaintsWindow::showCounts);
    connect(m_model, &ComplaintListModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_counts->setText(tr("Searching…"));
    });
    connect(m_model, &ComplaintListModel::failed, this, [this](const QString &message) {
        say(message, true);
    });
    connect(m_view, &QTableView::activated, this, &ComplaintsWindow::openCurrent);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ComplaintsWindow::showCurrent);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ComplaintsWindow::updateActions);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("complaints/geometry")).toByteArray()))
        resize(1280, 760);
    if (!splitter->restoreState(settings.value(QStringLiteral("complaints/splitter")).toByteArray()))
        splitter->setSizes({width() * 3 / 5, width() * 2 / 5});
    applyFilter();
    updateActions();
    m_view->setFocus(Qt::OtherFocusReason);
}

ComplaintsWindow::~ComplaintsWindow()
{
    delete m_dialog.data();
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
}

void ComplaintsWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("complaints/geometry"), saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("complaintsWindowSplitter")))
        settings.setValue(QStringLiteral("complaints/splitter"), splitter->saveState());
    QWidget::closeEvent(event);
}

void ComplaintsWindow::applyFilter()
{
    ComplaintFilter filter = m_filters->filter();
    m_noCustomer = filter.customerId < 0;
    if (m_noCustomer) {
        // Nobody is called that: nothing can match, and nothing needs asking.
        m_empty->setText(tr("No complaints match these filters."));
        m_stack->setCurrentWidget(m_empty);
        m_counts->setText(QString());
        m_details->showComplaint(0);
        updateActions();
        return;
    }
    // The sort stays as the header has it.
    filter.sortColumn = m_model->filter().sortColumn;
    filter.descending = m_model->filter().descending;
    m_model->setFilter(filter);
}

void ComplaintsWindow::afterSearch(int count)
{
    if (m_noCustomer)
        return;
    if (count == 0) {
        m_empty->setText(m_filters->isFiltering() ? tr("No complaints match these filters.")
                                                  : tr("No complaints in the archive yet."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
        // The current row (or the first) is the chosen one, for the pane and the actions.
        if (m_view->selectionModel()->selectedRows().isEmpty()) {
            const QModelIndex current = m_view->currentIndex();
            choose(current.isValid() ? current.row() : 0);
        }
    }
    showCounts();
    showCurrent();
    updateActions();
}

QString ComplaintsWindow::countsText() const
{
    const ComplaintCounts &counts = m_model->counts();
    QStringList parts;
    for (ComplaintStatus s : ComplaintLabels::statuses())
        parts.append(tr("%1 %2").arg(ComplaintLabels::status(s)).arg(counts.count(s)));
    QString text = parts.join(QStringLiteral(" · "));
    if (counts.overdue() > 0)
        text += QStringLiteral(" — ") + tr("%n overdue", nullptr, int(counts.overdue()));
    return text;
}

void ComplaintsWindow::showCounts()
{
    if (m_noCustomer)
        return;
    const QString listed = tr("%n complaint(s) listed", nullptr, m_model->totalCount());
    m_counts->setText(m_model->countsReady() ? listed + QStringLiteral(" — ") + countsText()
                                             : listed + QStringLiteral(" — ") + tr("counting…"));
}

qint64 ComplaintsWindow::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_stack->currentWidget() == m_view ? m_model->idAt(current.row())
                                                                   : 0;
}

qint64 ComplaintsWindow::currentCustomerId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ComplaintListModel::CustomerIdRole).toLongLong() : 0;
}

QList<qint64> ComplaintsWindow::selectedIds() const
{
    QList<qint64> ids;
    if (m_stack->currentWidget() != m_view)
        return ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(m_model->idAt(index.row()));
    return ids;
}

void ComplaintsWindow::showCurrent()
{
    m_details->showComplaint(currentId());
    updateActions();
}

void ComplaintsWindow::updateActions()
{
    const bool current = currentId() != 0;
    m_open->setEnabled(current);
    m_customer->setEnabled(current);
    m_close->setEnabled(current && m_details->complaint()
                        && m_details->complaint()->status != ComplaintStatus::Closed);
    const int selected = int(selectedIds().size());
    m_assign->setEnabled(selected > 0);
    m_assign->setText(selected > 1 ? tr("&Assign %n to…", nullptr, selected) : tr("&Assign to…"));
}

void ComplaintsWindow::say(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setVisible(!message.isEmpty());
}

void ComplaintsWindow::afterWrite(const QString &message)
{
    say(message);
    m_model->refresh();
    m_details->showComplaint(currentId());
    m_details->timeline()->reload();
    Q_EMIT changed();
}

void ComplaintsWindow::otherDeskChanged()
{
    if (!isVisible() || m_noCustomer)
        return;
    m_model->refresh();
    m_details->showComplaint(currentId());
    m_details->timeline()->reload();
}

void ComplaintsWindow::showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
        activateWindow();
        m_view->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void ComplaintsWindow::assignSelected()
{
    const QList<qint64> ids = selectedIds();
    if (m_dialog || ids.isEmpty() || !Permissions::allows(m_actor, Operation::Supervise))
        return;
    auto *dialog = new AssignDialog(m_db, m_actor, int(ids.size()), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        assignSelectedTo(dialog->handler());
    });
    showDialog(dialog);
}

bool ComplaintsWindow::assignSelectedTo(const QString &handler)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return false;
    ComplaintRepository complaints(m_db);
    const Result<QList<Complaint>> assigned = complaints.assignMany(m_actor, ids, handler);
    if (!assigned) {
        say(assigned.error().message, true);
        return false;
    }
    afterWrite(
            handler.isEmpty()
                    ? tr("%n complaint(s) are unassigned now.", nullptr, int(ids.size()))
                    : tr("%n complaint(s) assigned to %1.", nullptr, int(ids.size())).arg(handler));
    return true;
}

void ComplaintsWindow::openCurrent()
{
    const qint64 id = currentId();
    if (m_dialog || id == 0)
        return;
    ComplaintRepository complaints(m_db);
    const Result<Complaint> complaint = complaints.get(m_actor, id);
    if (!complaint) {
        say(complaint.error().message, true);
        return;
    }
    auto *dialog = new ComplaintDialog(m_db, m_actor, complaint.value(), this);
    connect(dialog, &ComplaintDialog::saved, this, [this](const Complaint &c) {
        afterWrite(
                tr("Complaint No. %1 saved: %2.").arg(c.id).arg(ComplaintLabels::status(c.status)));
    });
    showDialog(dialog);
}

void ComplaintsWindow::closeCurrent()
{
    if (!m_close->isVisible() || !m_close->isEnabled())
        return;
    openCurrent();
    if (auto *dialog = qobject_cast<ComplaintDialog *>(m_dialog.data()))
        dialog->focusResolution();
}

void ComplaintsWindow::openCurrentCustomer()
{
    if (const qint64 customer = currentCustomerId())
        Q_EMIT openCustomerRequested(customer);
}

void ComplaintsWindow::choose(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index,
                                              QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}
