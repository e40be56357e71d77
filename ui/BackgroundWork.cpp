#include "BackgroundWork.h"

#include "storage/Database.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

Status BackgroundWork::run(QWidget *parent,
                           const ArchiveAddress &address,
                           const QString &title,
                           const QString &label,
                           bool cancellable,
                           const Work &work)
{
    Status status = makeError(Error::Code::Storage, QString());
    Progress progress;
    QProgressDialog dialog(label, cancellable ? tr("Cancel") : QString(), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    if (!cancellable)
        dialog.setCancelButton(nullptr);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&progress, &dialog] {
        progress.cancelled = true;
        dialog.setLabelText(tr("Cancelling…"));
    });
    std::unique_ptr<QThread> worker(QThread::create([&status, &progress, &work, address] {
        auto db = Database::openForThread(address);
        if (!db) {
            status = db.error();
            return;
        }
        status = work(*db.value(), progress);
    }));
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &dialog, [&progress, &dialog] {
        const qint64 total = progress.total;
        if (total > 0) {
            // QProgressDialog counts in int: scale to per mille.
            dialog.setMaximum(1000);
            dialog.setValue(int(progress.done * 1000 / total));
        }
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
    return status;
}
