#include "RequestDetailsView.h"

#include "history/HistoryLabels.h"
#include "history/StageRules.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace {

QTableView *smallTable(QWidget *parent, const char *name, QStandardItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

RequestDetailsView::RequestDetailsView(QWidget *parent)
    : QWidget(parent)
{
    m_path = new QLabel(this);
    m_path->setObjectName(QStringLiteral("stagePathLabel"));
    m_path->setTextFormat(Qt::RichText);
    m_path->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("requestSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_times = new QStandardItemModel(this);
    m_times->setHorizontalHeaderLabels({tr("Stage"), tr("Time"), tr("Visits")});
    m_timesView = smallTable(this, "stageTimesView", m_times);
    m_timesView->horizontalHeader()->setStretchLastSection(false);
    m_moves = new QStandardItemModel(this);
    m_moves->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Move"), tr("Reason")});
    m_movesView = smallTable(this, "stageMovesView", m_moves);

    auto *tables = new QHBoxLayout;
    tables->addWidget(m_timesView, 2);
    tables->addWidget(m_movesView, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_path);
    layout->addWidget(m_summary);
    layout->addLayout(tables, 1);
    clear();
}

void RequestDetailsView::clear()
{
    m_path->clear();
    m_summary->clear();
    m_summary->hide();
    m_times->removeRows(0, m_times->rowCount());
    m_moves->removeRows(0, m_moves->rowCount());
}

QString RequestDetailsView::spanText(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 86400)
        return HistoryLabels::duration(int(seconds));
    const qint64 days = seconds / 86400;
    const int hours = int(seconds % 86400 / 3600);
    return tr("%n day(s) %1 h", nullptr, int(qMin<qint64>(days, std::numeric_limits<int>::max())))
            .arg(hours);
}

QString RequestDetailsView::pathText(const ServiceRequest &request, const QList<StageMove> &moves)
{
    const QString arrow = QStringLiteral(" → ");
    const QList<RequestStage> path = {RequestStage::Contact,
                                      RequestStage::NeedsAnalysis,
                                      RequestStage::Plan,
                                      RequestStage::Execution,
                                      RequestStage::AfterSales,
                                      RequestStage::Closed};
    // Where the request stood when it was cancelled, from its last move.
    RequestStage reached = request.stage;
    if (request.stage == RequestStage::Cancelled) {
        reached = RequestStage::Contact;
        for (auto it = moves.crbegin(); it != moves.crend(); ++it) {
            if (it->to == RequestStage::Cancelled && !it->opened) {
                reached = it->from;
                break;
            }
        }
    }
    QStringList parts;
    for (RequestStage stage : path) {
        const QString name = HistoryLabels::stage(stage).toHtmlEscaped();
        if (stage == request.stage)
            parts.append(QStringLiteral("<b>%1</b>").arg(name));
        else if (int(stage) > int(reached))
            // Ahead, or never to be reached: greyed.
            parts.append(QStringLiteral("<span style=\"color:#8a8a8a\">%1</span>").arg(name));
        else
            parts.append(name);
    }
    QString text = parts.join(arrow);
    if (request.stage == RequestStage::Cancelled) {
        const QString at = HistoryLabels::stage(reached).toHtmlEscaped();
        const QString reason = request.cancelReason.toHtmlEscaped();
        text += QStringLiteral("<br>")
                + (reason.isEmpty() ? tr("<b>Cancelled</b> at %1").arg(at)
                                    : tr("<b>Cancelled</b> at %1: %2").arg(at, reason));
    }
    return text;
}

void RequestDetailsView::setRequest(const ServiceRequest &request,
                                    const QList<StageMove> &moves,
                                    const QDateTime &now)
{
    clear();
    const QLocale locale;
    m_path->setText(pathText(request, moves));

    QStringList summary;
    if (!request.description.isEmpty())
        summary.append(request.description.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                   QStringLiteral("<br>")));
    QStringList plan;
    if (!request.planContent.isEmpty())
        plan.append(request.planContent.toHtmlEscaped());
    if (!request.planSchedule.isEmpty())
        plan.append(request.planSchedule.toHtmlEscaped());
    if (request.planBudget)
        plan.append(tr("budget %1").arg(HistoryLabels::money(request.planBudget).toHtmlEscaped()));
    if (!plan.isEmpty())
        summary.append(tr("<b>Plan:</b> %1").arg(plan.join(QStringLiteral(" · "))));
    m_summary->setText(summary.join(QStringLiteral("<br>")));
    m_summary->setVisible(!summary.isEmpty());

    // Time per stage: only the stages the request has been in; the current one bold.
    const QList<StageTime> times = StageRules::stageTimes(moves, now);
    for (const StageTime &t : times) {
        if (t.visits == 0)
            continue;
        QList<QStandardItem *> row {cell(HistoryLabels::stage(t.stage)),
                                    cell(spanText(t.seconds)),
                                    cell(locale.toString(t.visits))};
        row[1]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (t.stage == request.stage) {
            QFont bold = m_timesView->font();
            bold.setBold(true);
            for (QStandardItem *item : std::as_const(row))
                item->setFont(bold);
            row[1]->setToolTip(tr("So far: the request is in this stage now."));
        }
        m_times->appendRow(row);
    }

    // The moves in the order they happened: the path the request took.
    for (const StageMove &move : moves) {
        const QString what = move.opened ? tr("Opened in %1").arg(HistoryLabels::stage(move.to))
                                         : tr("%1 → %2").arg(HistoryLabels::stage(move.from),
                                                             HistoryLabels::stage(move.to));
        m_moves->appendRow({cell(locale.toString(move.movedAt.toLocalTime(), QLocale::ShortFormat)),
                            cell(move.movedBy),
                            cell(what),
                            cell(move.reason)});
    }
    m_timesView->resizeColumnsToContents();
    m_movesView->resizeColumnToContents(0);
    m_movesView->resizeColumnToContents(1);
    m_movesView->resizeColumnToContents(2);
}
