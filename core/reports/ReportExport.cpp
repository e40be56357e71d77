#include "ReportExport.h"

#include "audit/AuditLog.h"
#include "csv/CsvWriter.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QFileInfo>
#include <QJsonObject>

Result<qint64> ReportExport::toCsv(Database &db,
                                   const Actor &actor,
                                   const Report &report,
                                   const ReportParams &params,
                                   const QString &path,
                                   const CsvOptions &options,
                                   const Report::RunOptions &runOptions,
                                   const Progress &progress)
{
    if (Status s = report.mayExport(actor); !s)
        return s.error();
    Result<std::unique_ptr<ReportRows>> run = report.run(db, actor, params, runOptions);
    if (!run)
        return run.error();
    ReportRows &rows = *run.value();
    qint64 total = -1;
    if (progress) {
        const Result<qint64> count = rows.rowCount();
        if (!count)
            return count.error();
        total = count.value();
    }
    QList<CsvColumn> columns;
    for (const ReportColumn &c : rows.columns())
        columns.append(c.csv());
    CsvWriter writer(path, columns, options);
    if (Status s = writer.open(); !s)
        return s.error();
    bool cancelled = false;
    const Status walked = rows.forEach(
            [&](const ReportRows::Row &row) -> Status {
                if (Status s = writer.writeRow(row); !s)
                    return s;
                if (progress && writer.rowCount() % 256 == 0
                    && !progress(writer.rowCount(), total)) {
                    cancelled = true;
                    return ReportRows::cancelled();
                }
                return Done {};
            },
            runOptions.cancel,
            runOptions.sortColumn,
            runOptions.sortDescending);
    if (!walked) {
        writer.cancel();
        return walked.error();
    }
    if (progress && !cancelled && !progress(writer.rowCount(), total)) {
        writer.cancel();
        return ReportRows::cancelled();
    }
    QJsonObject details {{QStringLiteral("report"), report.name()},
                         {QStringLiteral("rows"), writer.rowCount()},
                         {QStringLiteral("file"), QFileInfo(path).fileName()},
                         {QStringLiteral("masked"), rows.masked()}};
    for (auto it = params.values().cbegin(); it != params.values().cend(); ++it)
        details.insert(it.key(), ReportParams::toText(it.value()));
    const Status audited = WriteTransaction::run(db, [&]() -> Status {
        return AuditLog::append(db,
                                actor,
                                QStringLiteral("export"),
                                QStringLiteral("report"),
                                0,
                                details);
    });
    if (!audited) {
        writer.cancel();
        return audited.error();
    }
    if (Status s = writer.commit(); !s)
        return s.error();
    return writer.rowCount();
}
