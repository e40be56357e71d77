#pragma once

#include "Actor.h"
#include "Clock.h"
#include "ImportMapping.h"
#include "ImportReport.h"
#include "csv/CsvTableReader.h"

#include <functional>

class Database;

// Reads a CSV file and brings its rows into the archive as one import:
//  - the file is read once (CsvTableReader: encoding, delimiter, header, junk lines);
//  - each row is validated field by field (required fields, dates, amounts, phones, emails,
//    Excel damage such as "1.03531E+12" in an id column, choice values), errors by row and column;
//  - customers: duplicates on phone, email or external id (in the archive and earlier in the
//    file) are created, updated or skipped as the mapping says;
//  - everything happens in ONE write transaction (BEGIN IMMEDIATE): a refused file, an error or
//    Cancel leaves the archive exactly as it was;
//  - the import is recorded (imports table: who, when, file, kind, counts) with the audit trail,
//    and every row it created or changed is tagged so that ImportLog::undo can take it back.
// Needs Operation::Import.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    struct Options
    {
        ImportMapping mapping;
        CsvTableOptions csv; // Auto encoding / sniffed delimiter unless the user chose
        bool dryRun = false; // validate and count, write nothing
        // Called every few thousand rows and at the end; false cancels.
        std::function<bool(qint64 bytesRead, qint64 fileSize)> progress;
        Clock clock;
    };

    Importer(Database &db, Actor actor);

    // The summary also when rows were invalid (then, unless skipInvalidRows, nothing was
    // written and importId is 0). Errors: Permission, Cancelled, Invalid (the file cannot be
    // read as the mapping says: encoding, missing columns, unclosed quote ... naming the line),
    // Storage.
    Result<ImportSummary> run(const QString &path, const Options &options);

private:
    Database &m_db;
    Actor m_actor;
};
