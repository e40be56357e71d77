#pragma once

#include "Actor.h"
#include "Clock.h"
#include "ImportKind.h"
#include "Result.h"

#include <QDateTime>
#include <QList>

class Database;

// Past imports, newest first, and taking one back as a whole.
class ImportLog
{
    Q_DECLARE_TR_FUNCTIONS(ImportLog)

public:
    struct Entry
    {
        qint64 id = 0;
        ImportKind kind = ImportKind::Customers;
        QString fileName; // the name only, not the path
        QDateTime importedAt;
        QString importedBy;
        qint64 created = 0;
        qint64 updated = 0;
        QDateTime undoneAt; // null while in effect
        QString undoneBy;
    };

    ImportLog(Database &db, Actor actor);

    Result<QList<Entry>> entries(int limit = 100);

    // Deletes the rows the import created and puts back the values it overwrote, in one
    // transaction, audited. Refused (Error::Code::Conflict, naming the customer and who changed
    // it when) when any of those rows was changed after the import, or when a customer it created
    // has since got purchases, interactions, requests, complaints or visits of its own; refused
    // when already undone. Needs Operation::Import.
    Status undo(qint64 importId, const Clock &clock = {});

private:
    Database &m_db;
    Actor m_actor;
};
