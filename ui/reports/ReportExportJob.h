#pragma once

#include "Actor.h"
#include "csv/CsvOptions.h"
#include "reports/Report.h"

#include <QCoreApplication>

#include <functional>

class ArchiveAddress;
class QProgressDialog;
class QWidget;

// One report written to a CSV file (ReportExport::toCsv) on a worker thread with a connection of
// its own, while a window-modal progress dialog shows the rows written and offers Cancel. A
// cancelled or failed export leaves no file (QSaveFile) and no audit entry.
class ReportExportJob
{
    Q_DECLARE_TR_FUNCTIONS(ReportExportJob)

public:
    struct Request
    {
        const Report *report = nullptr;
        Actor actor;
        ReportParams params;
        QString path;
        CsvOptions options;
        Report::RunOptions runOptions;
    };

    // shown: called with the progress dialog before the work starts (tests press Cancel).
    // The number of rows written, or the error (Error::Code::Cancelled after Cancel).
    static Result<qint64> run(QWidget *parent,
                              const ArchiveAddress &address,
                              const Request &request,
                              const std::function<void(QProgressDialog *)> &shown = {});
};
