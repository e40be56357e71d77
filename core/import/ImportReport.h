#pragma once

#include "Result.h"
#include "csv/CsvSniffer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What went wrong with one value of one row: the wizard lists them, the command line prints
// them, and both can save them as CSV (row, column, value, message).
struct ImportRowError
{
    qint64 row = 0; // data row number, 1 = the first row after the header
    qint64 line = 0; // line of the file where the row starts (as a text editor counts)
    QString column; // header text; empty when the row as a whole is wrong
    QString value; // the offending text as read (for the report)
    QString message; // translated: "不是有效的日期：2020/13/45", "电话号码位数不对", ...
};

struct ImportSummary
{
    qint64 rows = 0; // data rows read
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0; // duplicates left alone (OnDuplicate::Skip)
    qint64 invalid = 0; // rows with errors (left out when skipInvalidRows, else nothing written)
    qint64 customersCreated = 0; // by createMissingCustomers
    QList<ImportRowError> errors; // the first 10,000 (errorCount counts them all)
    qint64 errorCount = 0;
    // Lines of the file that hold no row (blank, all-empty, the header again, junk before it):
    // ranges in file order, the first CsvTableReader::MaxSkippedKept; the count is of lines.
    QList<CsvSkippedLine> leftOut;
    qint64 leftOutLines = 0;
    qint64 importId = 0; // 0 for a dry run or a refused file
    bool dryRun = false;
};

class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    // Writes the errors as CSV (UTF-8 with BOM) through CsvWriter/QSaveFile.
    static Status writeErrors(const ImportSummary &summary, const QString &path);
};
