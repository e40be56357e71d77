#pragma once

#include "Report.h"
#include "csv/CsvOptions.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class Database;

// A report written to a CSV file (CsvWriter: RFC 4180, Excel-safe, through QSaveFile): what the
// GUI's Export button and `service-archive export` both call. Needs the report's right and
// Operation::Export; each export is audited (action "export", entity "report": the report's name,
// its parameters, the row count and the file's name) before the file is put in place, so no file
// appears without its audit entry. A failed or cancelled export leaves no file.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    // Asked every few hundred rows with the rows written and the total; false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // The number of data rows written.
    static Result<qint64> toCsv(Database &db,
                                const Actor &actor,
                                const Report &report,
                                const ReportParams &params,
                                const QString &path,
                                const CsvOptions &options,
                                const Report::RunOptions &runOptions,
                                const Progress &progress = {});
};
