#include "InteractionsPanel.h"

#include "history/HistoryLabels.h"
#include "history/InteractionRepository.h"
#include "history/PagedRowsModel.h"
#include "security/Permissions.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {

template<typename E>
void fill(QComboBox *combo, const QList<E> &values, QString (*label)(E))
{
    for (E v : values)
        combo->addItem(label(v), int(v));
}

template<typename E>
E chosen(const QComboBox *combo)
{
    return E(combo->currentData().toInt());
}

template<typename E>
void choose(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(int(value)));
}

} // namespace

InteractionsPanel::InteractionsPanel(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_repository(new InteractionRepository(db))
    , m_actor(actor)
{
    m_quickLog = new QWidget(this);
    m_quickLog->setObjectName(QStringLiteral("quickLog"));
    m_channel = new QComboBox(m_quickLog);
    m_channel->setObjectName(QStringLiteral("quickLogChannel"));
    fill(m_channel, HistoryLabels::channels(), &HistoryLabels::channel);
    m_direction = new QComboBox(m_quickLog);
    m_direction->setObjectName(QStringLiteral("quickLogDirection"));
    fill(m_direction, HistoryLabels::directions(), &HistoryLabels::direction);
    m_type = new QComboBox(m_quickLog);
    m_type->setObjectName(QStringLiteral("quickLogType"));
    fill(m_type, HistoryLabels::types(), &HistoryLabels::type);
    m_summary = new QLineEdit(m_quickLog);
    m_summary->setObjectName(QStringLiteral("quickLogSummary"));
    m_summary->setPlaceholderText(tr("What was it about? Enter logs it"));
    m_result = new QLineEdit(m_quickLog);
    m_result->setObjectName(QStringLiteral("quickLogResult"));
    m_result->setPlaceholderText(tr("Result (optional)"));
    m_minutes = new QSpinBox(m_quickLog);
    m_minutes->setObjectName(QStringLiteral("quickLogMinutes"));
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("How long it took, in minutes"));
    m_logButton = new QPushButton(tr("Log"), m_quickLog);
    m_logButton->setObjectName(QStringLiteral("quickLogButton"));
    m_logButton->setToolTip(tr("Log the interaction (Enter)"));
    auto *title = new QLabel(tr("Log an interaction (Ctrl+L) — now, by you:"), m_quickLog);
    auto *grid = new QGridLayout(m_quickLog);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(title, 0, 0, 1, 4);
    grid->addWidget(m_channel, 1, 0);
    grid->addWidget(m_direction, 1, 1);
    grid->addWidget(m_type, 1, 2);
    grid->addWidget(m_minutes, 1, 3);
    grid->addWidget(m_summary, 2, 0, 1, 4);
    grid->addWidget(m_result, 3, 0, 1, 3);
    grid->addWidget(m_logButton, 3, 3);
    grid->setColumnStretch(2, 1);
    setTabOrder(m_summary, m_result);
    setTabOrder(m_result, m_channel);
    setTabOrder(m_channel, m_direction);
    setTabOrder(m_direction, m_type);
    setTabOrder(m_type, m_minutes);
    setTabOrder(m_minutes, m_logButton);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("quickLogError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_model = new PagedRowsModel({tr("When"),
                                  tr("Channel"),
                                  tr("Direction"),
                                  tr("Type"),
                                  tr("Summary"),
                                  tr("Result"),
                                  tr("Staff"),
                                  tr("Duration")},
                                 this);
    m_model->setNumericColumns({7});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("interactionsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    // The profile pane is narrow: short columns for the codes, the summary takes the rest.
    const int widths[] = {120, 56, 48, 72, 0, 140, 80, 64};
    for (int column = 0; column < int(std::size(widths)); ++column)
        if (widths[column] > 0)
            m_view->setColumnWidth(column, widths[column]);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("interactionsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_quickLog);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_summary, &QLineEdit::returnPressed, this, &InteractionsPanel::logQuick);
    connect(m_result, &QLineEdit::returnPressed, this, &InteractionsPanel::logQuick);
    connect(m_logButton, &QPushButton::clicked, this, &InteractionsPanel::logQuick);
    connect(m_model, &PagedRowsModel::failed, this, &InteractionsPanel::showError);
    resetQuickLog();
    showCustomer(0);
}

InteractionsPanel::~InteractionsPanel()
{
    delete m_repository;
}

void InteractionsPanel::showCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_error->hide();
    m_quickLog->setEnabled(customerId != 0 && Permissions::allows(m_actor, Operation::Create));
    if (customerId == 0) {
        m_model->reset({});
        updateEmptyState();
        return;
    }
    auto cursor = std::make_shared<HistoryCursor>();
    InteractionRepository *repository = m_repository;
    const Actor actor = m_actor;
    m_model->reset(
            [repository, actor, customerId, cursor](bool fromStart,
                                                    int limit) -> Result<PagedRowsModel::Page> {
                if (fromStart)
                    *cursor = {};
                const Result<HistoryPage<Interaction>> page = repository->forCustomer(actor,
                                                                                      customerId,
                                                                                      *cursor,
                                                                                      limit);
                if (!page)
                    return page.error();
                *cursor = page->next;
                PagedRowsModel::Page out;
                out.atEnd = page->atEnd;
                const QLocale locale;
                for (const Interaction &i : page->rows) {
                    PagedRowsModel::Row row;
                    row.id = i.id;
                    row.cells = {locale.toString(i.occurredAt.toLocalTime(), QLocale::ShortFormat),
                                 HistoryLabels::channel(i.channel),
                                 HistoryLabels::direction(i.direction),
                                 HistoryLabels::type(i.type),
                                 i.summary,
                                 i.result,
                                 i.staff,
                                 i.durationSeconds > 0 ? HistoryLabels::duration(i.durationSeconds)
                                                       : QString()};
                    out.rows.append(row);
                }
                return out;
            });
    updateEmptyState();
}

void InteractionsPanel::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (m_customerId == 0)
        m_empty->setText(tr("Save the profile first to log interactions."));
    else if (!m_model->lastError().isEmpty())
        m_empty->setText(m_model->lastError());
    else
        m_empty->setText(tr("No interactions yet. Log the first one above."));
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

void InteractionsPanel::focusQuickLog()
{
    if (!m_quickLog->isEnabled())
        return;
    m_summary->setFocus(Qt::ShortcutFocusReason);
    m_summary->selectAll();
}

void InteractionsPanel::resetQuickLog()
{
    const Interaction d = InteractionRepository::defaults(m_actor, m_customerId);
    choose(m_channel, d.channel);
    choose(m_direction, d.direction);
    choose(m_type, d.type);
    m_summary->clear();
    m_result->clear();
    m_minutes->setValue(0);
}

void InteractionsPanel::logQuick()
{
    if (m_customerId == 0)
        return;
    Interaction i = InteractionRepository::defaults(m_actor, m_customerId);
    i.channel = chosen<InteractionChannel>(m_channel);
    i.direction = chosen<InteractionDirection>(m_direction);
    i.type = chosen<InteractionType>(m_type);
    i.summary = m_summary->text().trimmed();
    i.result = m_result->text().trimmed();
    i.durationSeconds = m_minutes->value() * 60;
    const Result<Interaction> saved = m_repository->log(m_actor, i);
    if (!saved) {
        showError(saved.error().message);
        // The cursor goes where the problem is; everything typed stays.
        if (saved.error().fieldErrors.contains(QStringLiteral("duration")))
            m_minutes->setFocus();
        else
            m_summary->setFocus();
        return;
    }
    m_error->hide();
    resetQuickLog();
    m_summary->setFocus();
    m_model->reload();
    updateEmptyState();
    Q_EMIT statusMessage(tr("Interaction logged."));
    Q_EMIT logged();
}

void InteractionsPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}
