#pragma once

#include "Actor.h"
#include "Clock.h"
#include "ReportParams.h"
#include "ReportRows.h"
#include "Result.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <memory>

class Database;

// What a report's query gets: the checked parameters and the moment it runs.
struct ReportContext
{
    Database &db;
    const Actor &actor;
    const ReportParams &params;
    QDateTime now; // UTC
    QDate today; // local
    bool reveal = false; // sensitive columns in full (the actor may Reveal and asked to)
    ReportRows::CancelCheck cancel;

    bool cancelled() const { return cancel && cancel(); }
};

// One report of the catalogue (DESIGN.md rule 5): a definition — name, parameters, typed columns,
// the right it needs — and its query. The GUI's report view, the CSV export and the command line
// all work from this definition:
//
//   const Report *report = ReportCatalogue::find(u"complaint-history"_s);
//   Result<ReportParams> params = ReportParams::fromText(*report, {{u"from"_s, u"2025-01-01"_s}});
//   Result<std::unique_ptr<ReportRows>> rows = report->run(db, actor, *params);
//   (*rows)->page(sortColumn, descending, offset, 100);   // a table view
//   (*rows)->forEach(writeRow, cancel);                    // a CSV file (ReportExport)
//
// Reports never change the archive (a run that reveals phone numbers writes one audit entry).
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    virtual ~Report() = default;

    // Stable, lower-case with dashes (the command line's --report): never translated or renamed.
    virtual QString name() const = 0;
    virtual QString title() const = 0; // translated
    virtual QString description() const = 0; // translated, one or two sentences
    virtual QList<ReportParameter> parameters() const = 0;
    virtual QList<ReportColumn> columns() const = 0;
    // View (every role that reads the archive) or Supervise (supervisors). Exporting the result
    // needs Operation::Export as well.
    virtual Operation requiredOperation() const = 0;

    int columnIndex(const QString &key) const;
    bool hasSensitiveColumns() const;

    // Done, or Error::Code::Permission naming what is missing.
    Status mayRun(const Actor &actor) const;
    Status mayExport(const Actor &actor) const;

    struct RunOptions
    {
        // Sensitive columns (phones) in full instead of masked: needs Operation::Reveal, and the
        // run is audited (action "reveal", entity "report").
        bool revealSensitive = false;
        ReportRows::CancelCheck cancel; // asked while an aggregate is worked out
        Clock clock; // "now" for overdue marks, ages, recency; the system clock by default
        // The order an export writes the rows in: a column (as sorted on screen), or -1 for the
        // report's own order.
        int sortColumn = -1;
        bool sortDescending = false;
    };

    // Checks the actor's right, checks the parameters again, and runs the query. Row reports
    // return at once (their rows are read page by page); aggregates are worked out here and
    // return the finished rows (Error::Code::Cancelled when cancelled meanwhile).
    Result<std::unique_ptr<ReportRows>> run(Database &db,
                                            const Actor &actor,
                                            const ReportParams &params,
                                            const RunOptions &options) const;
    Result<std::unique_ptr<ReportRows>> run(Database &db,
                                            const Actor &actor,
                                            const ReportParams &params) const;

protected:
    virtual Result<std::unique_ptr<ReportRows>> execute(const ReportContext &context) const = 0;
};
