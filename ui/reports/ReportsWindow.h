#pragma once

#include "Actor.h"
#include "Clock.h"
#include "csv/CsvOptions.h"
#include "reports/Report.h"

#include <QPointer>
#include <QWidget>

class Database;
class ExportCsvDialog;
class QAction;
class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QStackedWidget;
class QTableView;
class ReportParamsForm;
class ReportRowsModel;

// Reports (报表): the catalogue of the reports the signed-in user may run on the left; on the
// right the chosen report's description and parameters, Run (Ctrl+R, or Enter in a field), and its
// result as a sorted, paged table (ReportRowsModel: the report runs off the UI thread on its own
// connection, with a busy bar and Cancel, Esc). Export CSV… (Ctrl+E) writes the same report to a
// file for those with the export right (Esc or Cancel stops it; no file is left).
class ReportsWindow : public QWidget
{
    Q_OBJECT

public:
    ReportsWindow(Database &db, const Actor &actor, QWidget *parent = nullptr, Clock clock = {});
    ~ReportsWindow() override;

    QListWidget *catalogue() const { return m_list; }
    ReportParamsForm *form() const { return m_form; }
    ReportRowsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *countLabel() const { return m_count; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *emptyLabel() const { return m_empty; }
    // The export dialog open now (tests fill it in).
    ExportCsvDialog *exportDialog() const;

    const Report *currentReport() const;
    // Chooses a report of the catalogue by name; false when the user may not run it.
    bool selectReport(const QString &name);
    // Runs the current report with the form's values (they are checked first).
    void runReport();
    void cancelRun();
    // Export CSV…: asks for the file and the format (ExportCsvDialog), then exports.
    void exportCsv();
    // Exports the current report with the form's values to path, off the UI thread under a
    // progress dialog with Cancel; says in the message line what happened. The number of rows
    // written, or the refusal (then no file was written).
    Result<qint64> exportTo(const QString &path, const CsvOptions &options);

Q_SIGNALS:
    // An export's progress dialog, before the export starts (tests press its Cancel).
    void exportStarted(QProgressDialog *progress);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void showReport();
    void onRunning(bool running);
    void onFinished(qint64 rows);
    void onFailed(const QString &message);
    void updateExport();
    void say(const QString &message, bool error = false);
    void showEmpty(const QString &text);
    Report::RunOptions runOptions() const;

    Database &m_db;
    Actor m_actor;
    Clock m_clock;
    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    ReportParamsForm *m_form = nullptr;
    QCheckBox *m_reveal = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    ReportRowsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPointer<ExportCsvDialog> m_exportDialog;
    QPointer<QProgressDialog> m_exportProgress; // while an export runs
};
