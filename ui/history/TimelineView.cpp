#include "TimelineView.h"

#include "FlowLayout.h"

#include "history/HistoryLabels.h"
#include "history/PagedRowsModel.h"
#include "history/Timeline.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

TimelineView::TimelineView(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_timeline(new Timeline(db))
    , m_actor(actor)
{
    // The kinds wrap onto a second line in a narrow pane (eight of them do not fit in one).
    auto *filters = new FlowLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    for (TimelineKind kind : Timeline::kinds()) {
        auto *box = new QCheckBox(Timeline::kindName(kind), this);
        box->setObjectName(QStringLiteral("timelineKind%1").arg(int(kind)));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &TimelineView::read);
        m_kinds.insert(int(kind), box);
        filters->addWidget(box);
    }

    m_model = new PagedRowsModel({tr("When"), tr("What"), tr("Details"), tr("Staff"), tr("Amount")},
                                 this);
    m_model->setNumericColumns({4});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_view->setColumnWidth(0, 120);
    m_view->setColumnWidth(1, 210);
    m_view->setColumnWidth(3, 80);
    m_view->setColumnWidth(4, 90);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    showCustomer(0);
}

TimelineView::~TimelineView()
{
    delete m_timeline;
}

void TimelineView::showCustomer(qint64 customerId)
{
    m_customerId = customerId;
    read();
}

void TimelineView::reload()
{
    if (m_customerId)
        read();
}

void TimelineView::read()
{
    if (m_customerId == 0) {
        m_model->reset({});
        updateEmptyState();
        return;
    }
    QSet<TimelineKind> kinds;
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it)
        if (it.value()->isChecked())
            kinds.insert(TimelineKind(it.key()));
    if (kinds.isEmpty()) {
        m_model->reset({});
        updateEmptyState();
        return;
    }
    auto cursor = std::make_shared<TimelineCursor>();
    Timeline *timeline = m_timeline;
    const Actor actor = m_actor;
    const qint64 customerId = m_customerId;
    m_model->reset([timeline, actor, customerId, kinds, cursor](bool fromStart, int limit)
                           -> Result<PagedRowsModel::Page> {
        if (fromStart)
            *cursor = {};
        const Result<TimelinePage> page = timeline->page(actor, customerId, kinds, *cursor, limit);
        if (!page)
            return page.error();
        *cursor = page->next;
        PagedRowsModel::Page out;
        out.atEnd = page->atEnd;
        const QLocale locale;
        for (const TimelineEntry &e : page->entries) {
            PagedRowsModel::Row row;
            row.id = e.id;
            row.kind = int(e.kind);
            row.cells = {locale.toString(e.at.toLocalTime(), QLocale::ShortFormat),
                         e.title,
                         e.detail,
                         e.staff,
                         e.amount != 0 ? HistoryLabels::money(e.amount) : QString()};
            row.toolTip = e.detail.isEmpty() ? e.title : e.title + QLatin1Char('\n') + e.detail;
            out.rows.append(row);
        }
        return out;
    });
    updateEmptyState();
}

void TimelineView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (m_customerId == 0)
        m_empty->setText(tr("A new customer has no timeline yet."));
    else if (!m_model->lastError().isEmpty())
        m_empty->setText(m_model->lastError());
    else
        m_empty->setText(tr("Nothing to show: no purchases, interactions or requests of the "
                            "chosen kinds yet."));
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}
