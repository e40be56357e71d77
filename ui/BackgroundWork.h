#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

class ArchiveAddress;
class Database;
class QWidget;

// Long work on a worker thread with a connection of its own, while the window stays painted
// under a window-modal progress dialog (with Cancel when the work can stop without leaving
// anything half done).
class BackgroundWork
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundWork)

public:
    struct Progress
    {
        std::atomic<qint64> done {0};
        std::atomic<qint64> total {0}; // 0: unknown (a busy bar)
        std::atomic<bool> cancelled {false};
        // For core's progress callbacks: records the figures, false once Cancel was pressed.
        bool report(qint64 d, qint64 t)
        {
            done = d;
            total = t;
            return !cancelled;
        }
    };
    using Work = std::function<Status(Database &db, Progress &progress)>;

    static Status run(QWidget *parent,
                      const ArchiveAddress &address,
                      const QString &title,
                      const QString &label,
                      bool cancellable,
                      const Work &work);
};
