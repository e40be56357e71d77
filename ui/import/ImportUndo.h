#pragma once

#include "Actor.h"

#include <QCoreApplication>

class Database;
class QWidget;

// Taking an import back as a whole (ImportLog::undo), after a confirmation, on a worker thread
// under a progress dialog; a refusal (rows changed since, already undone ...) is shown.
class ImportUndo
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndo)

public:
    struct What
    {
        qint64 importId = 0;
        QString fileName;
        qint64 created = 0;
        qint64 updated = 0;
    };

    // True when the import was undone; false when the user kept it or the undo was refused.
    static bool confirmAndUndo(QWidget *parent, Database &db, const Actor &actor, const What &what);
};
