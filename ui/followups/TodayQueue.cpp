#include "TodayQueue.h"

#include "TodayQueueModel.h"
#include "security/Permissions.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int QueueLimit = 5000;

} // namespace

TodayQueue::TodayQueue(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("todayQueue"));
    m_mine = new QRadioButton(tr("&Mine"), this);
    m_mine->setObjectName(QStringLiteral("queueMineButton"));
    m_mine->setToolTip(tr("Your follow-ups and those assigned to nobody"));
    m_team = new QRadioButton(tr("&Team"), this);
    m_team->setObjectName(QStringLiteral("queueTeamButton"));
    m_team->setToolTip(tr("Everyone's follow-ups"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_mine);
    group->addButton(m_team);
    m_mine->setChecked(true);
    // Only a supervisor sees the team's queue.
    const bool supervise = Permissions::allows(m_actor, Operation::Supervise);
    m_mine->setVisible(supervise);
    m_team->setVisible(supervise);
    connect(m_team, &QRadioButton::toggled, this, [this] { reload(); });

    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("queueRefreshButton"));
    refresh->setAutoDefault(false);
    refresh->setToolTip(tr("Read the queue again (F5)"));
    connect(refresh, &QPushButton::clicked, this, [this] { reload(); });
    auto *refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, [this] { reload(); });
    addAction(refreshAction);

    auto *hint = new QLabel(tr("Enter: open the customer and record the call"), this);
    hint->setObjectName(QStringLiteral("queueHint"));
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_model = new TodayQueueModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("todayQueueView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(TodayQueueModel::PurposeColumn,
                                                     QHeaderView::Stretch);
    // Wide enough for their words in either language.
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(m_view->font());
    m_view->setColumnWidth(TodayQueueModel::WhenColumn,
                           qMax(boldMetrics.horizontalAdvance(
                                        TodayQueueModel::tr("Overdue by %n day(s)", nullptr, 30)),
                                metrics.horizontalAdvance(TodayQueueModel::tr("Upcoming")))
                                   + 24);
    m_view->setColumnWidth(TodayQueueModel::DueColumn,
                           metrics.horizontalAdvance(
                                   QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat))
                                   + 24);
    m_view->setColumnWidth(TodayQueueModel::CustomerColumn, 120);
    m_view->setColumnWidth(TodayQueueModel::CodeColumn,
                           metrics.horizontalAdvance(QStringLiteral("C0000000")) + 24);
    m_view->setColumnWidth(TodayQueueModel::PhoneColumn,
                           metrics.horizontalAdvance(QStringLiteral("138****0000")) + 24);
    m_view->setColumnWidth(TodayQueueModel::AssigneeColumn, 90);
    m_view->setColumnWidth(TodayQueueModel::AttemptsColumn,
                           metrics.horizontalAdvance(TodayQueueModel::tr("Unanswered")) + 24);
    m_view->installEventFilter(this);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &TodayQueue::activateCurrent);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("queueEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    // The list, not the label, takes the keyboard when the queue is empty too.
    m_stack->setFocusProxy(m_view);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("queueMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_mine);
    top->addWidget(m_team);
    top->addWidget(hint, 1);
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_view);
}

bool TodayQueue::isTeam() const
{
    return m_team->isChecked();
}

void TodayQueue::setTeam(bool team)
{
    if (team && !Permissions::allows(m_actor, Operation::Supervise))
        return;
    (team ? m_team : m_mine)->setChecked(true);
}

QString TodayQueue::titleFor(int overdue, int dueToday)
{
    if (overdue == 0 && dueToday == 0)
        return tr("Today — nothing due");
    return tr("Today — %1 overdue, %2 due today").arg(overdue).arg(dueToday);
}

int TodayQueue::overdueCount() const
{
    return m_model->count(QueueItem::When::Overdue);
}

int TodayQueue::dueTodayCount() const
{
    return m_model->count(QueueItem::When::Today);
}

void TodayQueue::reload(bool keepFollowUp)
{
    const QModelIndex current = m_view->currentIndex();
    const int keepRow = current.isValid() ? current.row() : 0;
    const qint64 keepId = current.isValid() && keepFollowUp
                                  ? m_model->item(current.row()).followUp.id
                                  : 0;
    FollowUpQueue::Options options;
    options.today = QDate::currentDate();
    options.team = isTeam();
    options.limit = QueueLimit;
    const Result<QList<QueueItem>> items = FollowUpQueue::read(m_db, m_actor, options);
    if (!items) {
        m_model->setItems({}, options.today);
        showMessage(items.error().message, true);
    } else {
        m_model->setItems(*items, options.today);
        if (items->size() >= QueueLimit)
            showMessage(tr("Showing the first %1 follow-ups.").arg(QLocale().toString(QueueLimit)));
    }
    if (m_model->rowCount() > 0) {
        const int row = m_model->rowOf(keepId);
        m_view->selectRow(row >= 0 ? row : qMin(keepRow, m_model->rowCount() - 1));
    }
    updateState();
}

void TodayQueue::updateState()
{
    if (m_model->rowCount() == 0) {
        m_empty->setText(isTeam() ? tr("Nothing for the team to follow up today.")
                                  : tr("Nothing to follow up today."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    const QString title = titleFor(overdueCount(), dueTodayCount());
    if (title != m_title) {
        m_title = title;
        Q_EMIT titleChanged(m_title);
    }
}

void TodayQueue::focusList()
{
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->selectRow(0);
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void TodayQueue::showMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

const QueueItem *TodayQueue::selectedItem() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_stack->currentWidget() != m_view)
        return nullptr;
    return &m_model->item(current.row());
}

void TodayQueue::activateCurrent()
{
    if (const QueueItem *item = selectedItem()) {
        const QueueItem copy = *item; // the slot may read the queue again
        Q_EMIT activated(copy);
    }
}

bool TodayQueue::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activateCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
