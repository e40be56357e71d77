#include "Report.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>

int Report::columnIndex(const QString &key) const
{
    const QList<ReportColumn> list = columns();
    for (int i = 0; i < list.size(); ++i)
        if (list.at(i).key == key)
            return i;
    return -1;
}

bool Report::hasSensitiveColumns() const
{
    const QList<ReportColumn> list = columns();
    return std::any_of(list.cbegin(), list.cend(), [](const ReportColumn &c) {
        return c.sensitive;
    });
}

Status Report::mayRun(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s;
    return Permissions::require(actor, requiredOperation());
}

Status Report::mayExport(const Actor &actor) const
{
    if (Status s = mayRun(actor); !s)
        return s;
    return Permissions::require(actor, Operation::Export);
}

Result<std::unique_ptr<ReportRows>> Report::run(Database &db,
                                                const Actor &actor,
                                                const ReportParams &params,
                                                const RunOptions &options) const
{
    if (Status s = mayRun(actor); !s)
        return s.error();
    const bool reveal = options.revealSensitive && hasSensitiveColumns();
    if (reveal) {
        if (Status s = Permissions::require(actor, Operation::Reveal); !s)
            return s.error();
    }
    Result<ReportParams> checked = ReportParams::fromValues(*this, params.values());
    if (!checked)
        return checked.error();
    if (reveal) {
        QJsonObject details {{QStringLiteral("report"), name()}};
        for (auto it = checked->values().cbegin(); it != checked->values().cend(); ++it)
            details.insert(it.key(), ReportParams::toText(it.value()));
        const Status audited = WriteTransaction::run(db, [&]() -> Status {
            return AuditLog::append(db,
                                    actor,
                                    QStringLiteral("reveal"),
                                    QStringLiteral("report"),
                                    0,
                                    details);
        });
        if (!audited)
            return audited.error();
    }
    const QDateTime now = clockNow(options.clock).toUTC();
    const ReportContext context {db,
                                 actor,
                                 checked.value(),
                                 now,
                                 now.toLocalTime().date(),
                                 reveal,
                                 options.cancel};
    return execute(context);
}

Result<std::unique_ptr<ReportRows>> Report::run(Database &db,
                                                const Actor &actor,
                                                const ReportParams &params) const
{
    return run(db, actor, params, RunOptions {});
}
