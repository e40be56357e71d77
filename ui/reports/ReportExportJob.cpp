#include "ReportExportJob.h"

#include "reports/ReportExport.h"
#include "storage/Database.h"

#include <QApplication>
#include <QEventLoop>
#include <QLocale>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

Result<qint64> ReportExportJob::run(QWidget *parent,
                                    const ArchiveAddress &address,
                                    const Request &request,
                                    const std::function<void(QProgressDialog *)> &shown)
{
    Result<qint64> result = makeError(Error::Code::Storage, QString());
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
    std::atomic<bool> cancelled {false};

    QProgressDialog dialog(tr("Exporting “%1”…").arg(request.report->title()),
                           tr("Cancel"),
                           0,
                           0,
                           parent);
    dialog.setObjectName(QStringLiteral("exportProgress"));
    dialog.setWindowTitle(tr("Export CSV"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancelled, &dialog] {
        cancelled = true;
        dialog.setLabelText(tr("Cancelling…"));
    });
    // Esc (reject) cancels as the button does.
    QObject::connect(&dialog, &QDialog::rejected, &dialog, [&cancelled] { cancelled = true; });
    if (shown)
        shown(&dialog);

    Report::RunOptions runOptions = request.runOptions;
    runOptions.cancel = [&cancelled] {
        return cancelled.load();
    };
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto db = Database::openForThread(address);
        if (!db) {
            result = db.error();
            return;
        }
        result = ReportExport::toCsv(*db.value(),
                                     request.actor,
                                     *request.report,
                                     request.params,
                                     request.path,
                                     request.options,
                                     runOptions,
                                     [&](qint64 d, qint64 t) {
                                         done = d;
                                         total = t;
                                         return !cancelled.load();
                                     });
    }));
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &dialog, [&] {
        const qint64 t = total;
        if (t <= 0 || cancelled)
            return;
        // QProgressDialog counts in int: scale to per mille.
        dialog.setMaximum(1000);
        dialog.setValue(int(std::min<qint64>(done * 1000 / t, 1000)));
        dialog.setLabelText(tr("Exporting “%1”: %2 of %3 rows…")
                                    .arg(request.report->title(),
                                         QLocale().toString(qint64(done)),
                                         QLocale().toString(t)));
    });
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    worker->start();
    tick.start(100);
    loop.exec();
    worker->wait();
    tick.stop();
    QApplication::restoreOverrideCursor();
    if (!result && cancelled)
        return makeError(Error::Code::Cancelled, tr("The export was cancelled."));
    return result;
}
