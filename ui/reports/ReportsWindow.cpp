#include "ReportsWindow.h"

#include "ExportCsvDialog.h"
#include "ReportExportJob.h"
#include "ReportParamsForm.h"
#include "ReportRowsModel.h"
#include "reports/ReportCatalogue.h"
#include "security/Permissions.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QString ErrorStyle = QStringLiteral("color: #c0392b;");
constexpr int NameRole = Qt::UserRole + 1;

} // namespace

ReportsWindow::ReportsWindow(Database &db, const Actor &actor, QWidget *parent, Clock clock)
    : QWidget(parent, Qt::Window)
    , m_db(db)
    , m_actor(actor)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Reports — ServiceArchive"));
    buildUi();
    for (const Report *report : ReportCatalogue::available(actor)) {
        auto *item = new QListWidgetItem(report->title(), m_list);
        item->setData(NameRole, report->name());
        item->setToolTip(report->description());
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &ReportsWindow::showReport);
    // The list as wide as its longest title (Chinese titles are shorter, English ones longer).
    const int titles = m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth()
                       + m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    m_list->setMinimumWidth(std::min(titles, 320));
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    } else {
        showReport();
        showEmpty(tr("There are no reports you may run. Ask an administrator if reports are "
                     "part of your work."));
    }
    const QByteArray geometry = QSettings().value(QStringLiteral("reports/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 700);
}

ReportsWindow::~ReportsWindow()
{
    QSettings().setValue(QStringLiteral("reports/geometry"), saveGeometry());
}

void ReportsWindow::buildUi()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setUniformItemSizes(true);
    auto *listLabel = new QLabel(tr("Re&ports:"), this);
    listLabel->setBuddy(m_list);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("reportDescription"));
    m_description->setWordWrap(true);

    m_form = new ReportParamsForm(m_db, m_actor, this);
    m_form->setObjectName(QStringLiteral("reportParams"));
    connect(m_form, &ReportParamsForm::submitted, this, &ReportsWindow::runReport);

    m_reveal = new QCheckBox(tr("Show full &phone numbers (the run is logged)"), this);
    m_reveal->setObjectName(QStringLiteral("revealCheck"));
    m_reveal->hide();

    const auto button = [this](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        b->setToolTip(tip);
        return b;
    };
    m_run = button(tr("&Run"),
                   "runButton",
                   tr("Run the report with these parameters (Ctrl+R or Enter)"));
    m_cancel = button(tr("Cancel"), "cancelButton", tr("Stop the report (Esc)"));
    m_cancel->hide();
    m_export = button(tr("&Export CSV…"), "exportButton", QString());
    connect(m_run, &QPushButton::clicked, this, &ReportsWindow::runReport);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsWindow::cancelRun);
    connect(m_export, &QPushButton::clicked, this, &ReportsWindow::exportCsv);
    auto *runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    connect(runShortcut, &QShortcut::activated, this, [this] {
        if (m_run->isEnabled())
            runReport();
    });
    auto *exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(exportShortcut, &QShortcut::activated, this, [this] {
        if (m_export->isEnabled())
            exportCsv();
        else
            say(m_export->toolTip(), true);
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_exportProgress) // before its dialog shows
            m_exportProgress->cancel();
        else if (m_model->isRunning())
            cancelRun();
    });

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("reportCount"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_model = new ReportRowsModel(m_db.address(), this);
    connect(m_model, &ReportRowsModel::runningChanged, this, &ReportsWindow::onRunning);
    connect(m_model, &ReportRowsModel::finished, this, &ReportsWindow::onFinished);
    connect(m_model, &ReportRowsModel::failed, this, &ReportsWindow::onFailed);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reportTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Rows of one height: the view places a million rows without asking each one.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the rows on screen only: asking further rows would read their pages.
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("reportEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setFrameShape(QFrame::StyledPanel);
    m_empty->setAutoFillBackground(true);
    m_empty->setBackgroundRole(QPalette::Base);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *tableLabel = new QLabel(tr("Res&ult:"), this);
    tableLabel->setBuddy(m_view);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_busy);
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto *resultLine = new QHBoxLayout;
    resultLine->addWidget(tableLabel);
    resultLine->addStretch();
    resultLine->addWidget(m_count);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_description);
    rightLayout->addWidget(m_form);
    rightLayout->addWidget(m_reveal);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_message);
    rightLayout->addLayout(resultLine);
    rightLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reportsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_list, m_form);
}

ExportCsvDialog *ReportsWindow::exportDialog() const
{
    return m_exportDialog.data();
}

const Report *ReportsWindow::currentReport() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? ReportCatalogue::find(item->data(NameRole).toString()) : nullptr;
}

bool ReportsWindow::selectReport(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(NameRole).toString() == name) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void ReportsWindow::showReport()
{
    const Report *report = currentReport();
    m_title->setText(report ? report->title() : QString());
    m_description->setText(report ? report->description() : QString());
    m_form->setReport(report);
    m_model->setReport(report);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    const bool mayReveal = report && report->hasSensitiveColumns()
                           && Permissions::allows(m_actor, Operation::Reveal);
    m_reveal->setChecked(false);
    m_reveal->setVisible(mayReveal);
    m_run->setEnabled(report != nullptr);
    m_count->clear();
    m_message->hide();
    updateExport();
    if (report)
        showEmpty(tr("Choose the parameters and press Run (Ctrl+R)."));
    // Tab goes from the list through the fields to the buttons and the result.
    QWidget *last = m_list;
    for (QWidget *w : m_form->editors()) {
        setTabOrder(last, w);
        last = w;
    }
    for (QWidget *w : {static_cast<QWidget *>(m_reveal),
                       static_cast<QWidget *>(m_run),
                       static_cast<QWidget *>(m_cancel),
                       static_cast<QWidget *>(m_export),
                       static_cast<QWidget *>(m_view)}) {
        setTabOrder(last, w);
        last = w;
    }
}

void ReportsWindow::updateExport()
{
    const Report *report = currentReport();
    if (!report) {
        m_export->setEnabled(false);
        m_export->setToolTip(tr("Choose a report first."));
        return;
    }
    const Status allowed = report->mayExport(m_actor);
    m_export->setEnabled(bool(allowed) && !m_model->isRunning());
    m_export->setToolTip(allowed ? tr("Write this report to a CSV file (Ctrl+E)")
                                 : allowed.error().message);
}

Report::RunOptions ReportsWindow::runOptions() const
{
    Report::RunOptions options;
    options.clock = m_clock;
    options.revealSensitive = m_reveal->isVisible() && m_reveal->isChecked();
    return options;
}

void ReportsWindow::runReport()
{
    const Report *report = currentReport();
    if (!report)
        return;
    const Result<ReportParams> params = m_form->params();
    if (!params) {
        say(tr("Check the parameters: %1").arg(params.error().message), true);
        return;
    }
    m_message->hide();
    m_model->run(*report, m_actor, params.value(), runOptions());
}

void ReportsWindow::cancelRun()
{
    if (!m_model->isRunning())
        return;
    m_model->cancel();
    m_count->clear();
    showEmpty(tr("The report was cancelled. Press Run to start it again."));
    say(tr("Cancelled."));
}

void ReportsWindow::onRunning(bool running)
{
    m_busy->setVisible(running);
    m_cancel->setVisible(running);
    m_run->setEnabled(!running);
    updateExport();
    if (running) {
        m_count->setText(tr("Running…"));
        showEmpty(tr("Running the report…"));
    } else if (m_cancel->hasFocus() || !focusWidget()) {
        m_run->setFocus(Qt::OtherFocusReason);
    }
}

void ReportsWindow::onFinished(qint64 rows)
{
    m_count->setText(tr("%Ln row(s)", nullptr, int(std::min<qint64>(rows, INT_MAX))));
    if (rows == 0) {
        showEmpty(tr("No rows: nothing in the archive matches these parameters. Widen the date "
                     "range or clear a filter."));
        return;
    }
    m_stack->setCurrentWidget(m_view);
    m_view->scrollToTop();
    m_view->resizeColumnsToContents();
    // Long texts (a resolution, a description) stay readable without pushing the rest away.
    const int widest = m_view->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (m_view->columnWidth(c) > widest)
            m_view->setColumnWidth(c, widest);
}

void ReportsWindow::onFailed(const QString &message)
{
    if (!m_model->hasResult()) {
        m_count->clear();
        showEmpty(tr("The report could not be run."));
    }
    say(message, true);
}

void ReportsWindow::closeEvent(QCloseEvent *event)
{
    // The export's progress dialog and its thread live in exportTo(): stop it first.
    if (m_exportProgress) {
        m_exportProgress->cancel();
        event->ignore();
        return;
    }
    m_model->cancel();
    QWidget::closeEvent(event);
}

void ReportsWindow::say(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? ErrorStyle : QString());
    m_message->setVisible(!message.isEmpty());
}

void ReportsWindow::showEmpty(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void ReportsWindow::exportCsv()
{
    const Report *report = currentReport();
    if (!report || !m_export->isEnabled() || m_exportProgress)
        return;
    if (const Result<ReportParams> params = m_form->params(); !params) {
        say(tr("Check the parameters: %1").arg(params.error().message), true);
        return;
    }
    const QString fileName = QStringLiteral("%1-%2.csv")
                                     .arg(report->name(),
                                          QDate::currentDate().toString(
                                                  QStringLiteral("yyyyMMdd")));
    auto *dialog = new ExportCsvDialog(fileName, this);
    dialog->setWindowTitle(tr("Export “%1” as CSV").arg(report->title()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_exportDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Once the dialog has closed; what happened is said in the message line.
        QMetaObject::invokeMethod(
                this,
                [this, path = dialog->path(), options = dialog->options()] {
                    static_cast<void>(exportTo(path, options));
                },
                Qt::QueuedConnection);
    });
    dialog->open();
}

Result<qint64> ReportsWindow::exportTo(const QString &path, const CsvOptions &options)
{
    const Report *report = currentReport();
    if (!report)
        return makeError(Error::Code::Invalid, tr("Choose a report first."));
    if (m_exportProgress)
        return makeError(Error::Code::Invalid, tr("An export is running; wait for it to end."));
    const Result<ReportParams> params = m_form->params();
    if (!params) {
        say(tr("Check the parameters: %1").arg(params.error().message), true);
        return params.error();
    }
    ReportExportJob::Request request;
    request.report = report;
    request.actor = m_actor;
    request.params = params.value();
    request.path = path;
    request.options = options;
    request.runOptions = runOptions();
    // What is on screen is what goes into the file: the rows in the order they are sorted.
    request.runOptions.sortColumn = m_model->sortColumn();
    request.runOptions.sortDescending = m_model->sortOrder() == Qt::DescendingOrder;
    const Result<qint64> written = ReportExportJob::run(this,
                                                        m_db.address(),
                                                        request,
                                                        [this](QProgressDialog *progress) {
                                                            m_exportProgress = progress;
                                                            Q_EMIT exportStarted(progress);
                                                        });
    m_exportProgress = nullptr;
    const QString where = QDir::toNativeSeparators(path);
    if (written) {
        say(tr("Exported %Ln row(s) to %1.", nullptr, int(std::min<qint64>(*written, INT_MAX)))
                    .arg(where));
    } else if (written.error().code == Error::Code::Cancelled) {
        say(tr("The export was cancelled; no file was written."));
    } else {
        say(tr("The export failed; no file was written. %1").arg(written.error().message), true);
    }
    return written;
}
