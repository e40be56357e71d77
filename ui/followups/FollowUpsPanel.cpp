#include "FollowUpsPanel.h"

#include "FollowUpDialog.h"
#include "RecordVisitDialog.h"
#include "complaints/ComplaintLabels.h"
#include "history/PagedRowsModel.h"
#include "security/Permissions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace {

// Overdue due dates in red and bold (the cell also says "overdue"); ended ones greyed.
class FollowUpRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int kind = index.data(PagedRowsModel::KindRole).toInt();
        if ((kind & FollowUpsPanel::OverdueRow) && index.column() == FollowUpsPanel::DueColumn) {
            option->palette.setColor(QPalette::Text, QColor(0xc0, 0x39, 0x2b));
            option->font.setBold(true);
        } else if (kind & FollowUpsPanel::EndedRow) {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
        }
    }
};

PagedRowsModel::Row rowFor(const FollowUp &f, const QDate &today)
{
    PagedRowsModel::Row row;
    row.id = f.id;
    row.cells = QStringList(FollowUpsPanel::ColumnCount);
    row.cells[FollowUpsPanel::DueColumn] = FollowUpsPanel::dueText(f, today);
    row.cells[FollowUpsPanel::PurposeColumn] = f.purpose;
    QString status = ComplaintLabels::followUpStatus(f.status);
    if (f.isOpen() && f.attempts > 0)
        status = FollowUpsPanel::tr("%1, %n unanswered", nullptr, f.attempts).arg(status);
    row.cells[FollowUpsPanel::StatusColumn] = status;
    row.cells[FollowUpsPanel::AssigneeColumn] = f.assignee.isEmpty() && f.isOpen()
                                                        ? FollowUpsPanel::tr("(anyone)")
                                                        : f.assignee;
    row.cells[FollowUpsPanel::OutcomeColumn] = f.outcome;
    row.cells[FollowUpsPanel::ScoreColumn] = FollowUpsPanel::scoreText(f);
    if (!f.isOpen())
        row.kind |= FollowUpsPanel::EndedRow;
    else if (f.dueOn < today)
        row.kind |= FollowUpsPanel::OverdueRow;
    QStringList tip {f.purpose};
    if (!f.outcome.isEmpty())
        tip.append(f.outcome);
    if (!f.notes.isEmpty())
        tip.append(f.notes.left(300));
    row.toolTip = tip.join(QLatin1Char('\n'));
    return row;
}

} // namespace

FollowUpsPanel::FollowUpsPanel(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_repository(db)
    , m_actor(actor)
{
    auto button = [this](const QString &text, const char *name, void (FollowUpsPanel::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_planButton = button(tr("Plan follow-up…"), "planFollowUpButton", &FollowUpsPanel::planNew);
    m_planButton->setToolTip(tr("Plan a call back to this customer (Ctrl+Shift+F)"));
    m_editButton = button(tr("Edit…"), "editFollowUpButton", &FollowUpsPanel::editSelected);
    m_editButton->setToolTip(tr("Change the purpose, day or assignee of a planned follow-up"));
    m_recordButton = button(tr("Record…"), "recordFollowUpButton", &FollowUpsPanel::recordSelected);
    m_recordButton->setToolTip(tr("Record what came of the call (Return)"));

    m_model = new PagedRowsModel({tr("Due"),
                                  tr("Purpose"),
                                  tr("Status"),
                                  tr("Assignee"),
                                  tr("Outcome"),
                                  tr("Score")},
                                 this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("followUpsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FollowUpRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(PurposeColumn, QHeaderView::Stretch);
    QFont bold = m_view->font();
    bold.setBold(true);
    m_view->setColumnWidth(DueColumn,
                           QFontMetrics(bold).horizontalAdvance(
                                   tr("%1 (overdue)")
                                           .arg(QLocale().toString(QDate(2026, 12, 28),
                                                                   QLocale::ShortFormat)))
                                   + 24);
    m_view->setColumnWidth(StatusColumn, 110);
    m_view->setColumnWidth(AssigneeColumn, 80);
    m_view->setColumnWidth(OutcomeColumn, 160);
    m_view->setColumnWidth(ScoreColumn, 110);
    m_view->installEventFilter(this);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &FollowUpsPanel::recordSelected);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &FollowUpsPanel::updateActions);
    connect(m_model, &PagedRowsModel::failed, this, &FollowUpsPanel::showError);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("followUpsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("followUpsMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_planButton);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_recordButton);
    toolbar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    showCustomer(0);
}

QString FollowUpsPanel::dueText(const FollowUp &f, const QDate &today)
{
    const QString date = QLocale().toString(f.dueOn, QLocale::ShortFormat);
    if (f.isOpen() && f.dueOn < today)
        return tr("%1 (overdue)").arg(date);
    return date;
}

QString FollowUpsPanel::scoreText(const FollowUp &f)
{
    QStringList parts;
    if (f.csat > 0)
        parts.append(tr("CSAT %1/5").arg(f.csat));
    if (f.nps >= 0)
        parts.append(tr("NPS %1").arg(f.nps));
    return parts.join(QStringLiteral(" · "));
}

void FollowUpsPanel::showCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_message->hide();
    if (customerId == 0) {
        m_model->reset({});
        afterReload(0);
        return;
    }
    auto cursor = std::make_shared<HistoryCursor>();
    m_model->reset(
            [this, cursor, customerId](bool fromStart, int limit) -> Result<PagedRowsModel::Page> {
                if (fromStart)
                    *cursor = HistoryCursor();
                const Result<HistoryPage<FollowUp>> page = m_repository.forCustomer(m_actor,
                                                                                    customerId,
                                                                                    *cursor,
                                                                                    limit);
                if (!page)
                    return page.error();
                *cursor = page->next;
                PagedRowsModel::Page rows;
                rows.atEnd = page->atEnd;
                const QDate today = QDate::currentDate();
                for (const FollowUp &f : page->rows)
                    rows.rows.append(rowFor(f, today));
                return rows;
            });
    afterReload(0);
}

void FollowUpsPanel::reload()
{
    if (m_customerId == 0)
        return;
    const qint64 keep = selectedId();
    m_message->hide();
    m_model->reload();
    afterReload(keep);
}

void FollowUpsPanel::afterReload(qint64 selectId)
{
    if (!m_model->lastError().isEmpty()) {
        m_empty->setText(m_model->lastError());
        m_stack->setCurrentWidget(m_empty);
    } else if (m_customerId == 0) {
        m_empty->setText(tr("Save the profile first to plan return visits."));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_model->rowCount() == 0) {
        m_empty->setText(Permissions::allows(m_actor, Operation::Create)
                                 ? tr("No return visits yet. Plan one with Ctrl+Shift+F.")
                                 : tr("No return visits yet."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
        if (!selectFollowUp(selectId))
            m_view->selectRow(0);
    }
    updateActions();
}

qint64 FollowUpsPanel::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_stack->currentWidget() == m_view ? m_model->idAt(current.row())
                                                                   : 0;
}

bool FollowUpsPanel::selectFollowUp(qint64 id)
{
    if (id == 0)
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->idAt(row) == id) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

void FollowUpsPanel::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const PagedRowsModel::Row *row = current.isValid() && m_stack->currentWidget() == m_view
                                             ? m_model->rowAt(current.row())
                                             : nullptr;
    const bool planned = row && !(row->kind & EndedRow);
    const bool mayEdit = Permissions::allows(m_actor, Operation::Edit);
    m_planButton->setEnabled(m_customerId != 0 && Permissions::allows(m_actor, Operation::Create));
    m_editButton->setEnabled(planned && mayEdit);
    m_recordButton->setEnabled(planned && mayEdit);
}

void FollowUpsPanel::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

std::optional<FollowUp> FollowUpsPanel::readSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return std::nullopt;
    const Result<FollowUp> f = m_repository.get(m_actor, id);
    if (!f) {
        showError(f.error().message);
        return std::nullopt;
    }
    return *f;
}

void FollowUpsPanel::afterWrite(qint64 id)
{
    m_message->hide();
    m_model->reload();
    afterReload(id);
    Q_EMIT changed();
}

void FollowUpsPanel::planNew()
{
    if (!m_planButton->isEnabled())
        return;
    FollowUp f;
    f.customerId = m_customerId;
    auto *dialog = new FollowUpDialog(m_db, m_actor, f, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const FollowUp &stored = dialog->followUp();
        afterWrite(stored.id);
        Q_EMIT statusMessage(tr("Follow-up planned for %1: %2")
                                     .arg(QLocale().toString(stored.dueOn, QLocale::ShortFormat),
                                          stored.purpose));
    });
    connect(dialog, &QDialog::finished, m_view, [this] {
        activateWindow();
        m_view->setFocus();
    });
    dialog->open();
}

void FollowUpsPanel::editSelected()
{
    if (!m_editButton->isEnabled())
        return;
    const std::optional<FollowUp> f = readSelected();
    if (!f)
        return;
    auto *dialog = new FollowUpDialog(m_db, m_actor, *f, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { afterWrite(dialog->followUp().id); });
    connect(dialog, &QDialog::finished, m_view, [this] {
        activateWindow();
        m_view->setFocus();
    });
    dialog->open();
}

void FollowUpsPanel::recordSelected()
{
    if (!m_recordButton->isEnabled())
        return;
    const std::optional<FollowUp> f = readSelected();
    if (!f)
        return;
    auto *dialog = new RecordVisitDialog(m_db, m_actor, *f, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog,
            &RecordVisitDialog::written,
            this,
            [this](const FollowUp &stored, const QString &message) {
                afterWrite(stored.id);
                Q_EMIT statusMessage(message);
            });
    connect(dialog, &QDialog::finished, m_view, [this] {
        activateWindow();
        m_view->setFocus();
    });
    dialog->open();
}

bool FollowUpsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            recordSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
