// The complaint reports: the history (one row per complaint), complaints by reason and month, and
// complaint handling by handler.
#include "LocalDays.h"
#include "ReportSupport.h"
#include "SqlReportRows.h"
#include "complaints/ComplaintLabels.h"
#include "history/ChoiceLists.h"
#include "history/HistoryLabels.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

using namespace ReportSupport;

namespace {

// Whether a complaint kept its SLA, as of now (two binds: now, now): 1 met (resolved in time and
// answered in time), 0 missed (a due time passed unmet, or was met late), NULL not decided yet
// (still open and within its due times).
const char *const SlaMet = "CASE WHEN c.response_missed = 1 OR c.resolution_missed = 1 THEN 0"
                           " WHEN c.responded_at IS NULL AND c.response_due_at < ? THEN 0"
                           " WHEN c.resolved_at IS NULL AND c.resolution_due_at < ? THEN 0"
                           " WHEN c.resolved_at IS NOT NULL THEN 1 END";

// The satisfaction score of the complaint's follow-up: the latest CSAT taken on a done follow-up
// linked to it (follow_ups_complaint index).
const char *const FollowUpCsat = "(SELECT f.csat FROM follow_ups f WHERE f.complaint_id = c.id"
                                 " AND f.status = 1 AND f.csat IS NOT NULL"
                                 " ORDER BY f.done_at DESC, f.id DESC LIMIT 1)";

QList<ReportChoice> statusChoices()
{
    static const char *const codes[] = {"open", "in_progress", "resolved", "closed", "reopened"};
    QList<ReportChoice> out;
    for (ComplaintStatus s : ComplaintLabels::statuses())
        out.append({QString::fromLatin1(codes[int(s)]), ComplaintLabels::status(s)});
    return out;
}

QList<ReportChoice> severityChoices()
{
    static const char *const codes[] = {"low", "medium", "high", "critical"};
    QList<ReportChoice> out;
    for (ComplaintSeverity s : ComplaintLabels::severities())
        out.append({QString::fromLatin1(codes[int(s)]), ComplaintLabels::severity(s)});
    return out;
}

int choiceIndex(const QList<ReportChoice> &choices, const QString &code)
{
    for (int i = 0; i < choices.size(); ++i)
        if (choices.at(i).code == code)
            return i;
    return -1;
}

ReportParameter reasonParameter()
{
    ReportParameter p;
    p.key = QStringLiteral("reason");
    p.label = Report::tr("Reason");
    p.type = ReportParameterType::Choice;
    p.choiceList = ChoiceLists::ComplaintReason;
    p.help = Report::tr("A first-level complaint reason; leave it out for all.");
    return p;
}

ReportColumn column(const char *key,
                    const QString &header,
                    CsvColumnType type,
                    bool sensitive = false)
{
    return ReportColumn {QString::fromLatin1(key), header, type, sensitive};
}

QString yesNo(const QVariant &flag)
{
    if (flag.isNull())
        return QString();
    return flag.toInt() == 1 ? Report::tr("Yes") : Report::tr("No");
}

class ComplaintHistory : public Report
{
public:
    QString name() const override { return QStringLiteral("complaint-history"); }
    QString title() const override { return tr("Complaint history"); }
    QString description() const override
    {
        return tr("One row per complaint received in the period: customer, reason, severity, "
                  "status, handler, when it was answered and resolved, whether the SLA was kept, "
                  "the resolution and the satisfaction score of its follow-up.");
    }
    Operation requiredOperation() const override { return Operation::Supervise; }

    QList<ReportParameter> parameters() const override
    {
        QList<ReportParameter> out = rangeParameters(tr("Received from"), tr("Received until"));
        ReportParameter status;
        status.key = QStringLiteral("status");
        status.label = tr("Status");
        status.type = ReportParameterType::Choice;
        status.choices = statusChoices();
        ReportParameter severity;
        severity.key = QStringLiteral("severity");
        severity.label = tr("Severity");
        severity.type = ReportParameterType::Choice;
        severity.choices = severityChoices();
        out << status << severity << reasonParameter()
            << staff(QStringLiteral("handler"), tr("Handler"));
        return out;
    }

    QList<ReportColumn> columns() const override
    {
        using T = CsvColumnType;
        return {column("complaint", tr("Complaint no."), T::Integer),
                column("received_at", tr("Received"), T::DateTime),
                column("customer_code", tr("Customer code"), T::Text),
                column("customer", tr("Customer"), T::Text),
                column("phone", tr("Phone"), T::Identifier, true),
                column("channel", tr("Channel"), T::Text),
                column("reason", tr("Reason"), T::Text),
                column("severity", tr("Severity"), T::Text),
                column("status", tr("Status"), T::Text),
                column("handler", tr("Handler"), T::Text),
                column("responded_at", tr("Answered"), T::DateTime),
                column("resolved_at", tr("Resolved"), T::DateTime),
                column("sla_met", tr("SLA kept"), T::Text),
                column("resolution", tr("Resolution"), T::Text),
                column("csat", tr("Satisfaction (1–5)"), T::Integer)};
    }

protected:
    Result<std::unique_ptr<ReportRows>> execute(const ReportContext &c) const override
    {
        if (Status s = checkListChoice(c, QStringLiteral("reason"), ChoiceLists::ComplaintReason);
            !s)
            return s.error();
        Result<StaffNames> names = StaffNames::load(c.db);
        if (!names)
            return names.error();
        const ChoiceLists lists(c.db);
        const ChoiceLabels reasons = lists.labels(ChoiceLists::ComplaintReason);

        const QVariant now = StoredTime::fromDateTime(c.now);
        QVariantList binds {now, now};
        QStringList where {QStringLiteral("1 = 1")};
        timeRange(c, QStringLiteral("c.received_at"), where, binds);
        if (c.params.has(QStringLiteral("status"))) {
            where.append(QStringLiteral("c.status = ?"));
            binds.append(choiceIndex(statusChoices(), c.params.text(QStringLiteral("status"))));
        }
        if (c.params.has(QStringLiteral("severity"))) {
            where.append(QStringLiteral("c.severity = ?"));
            binds.append(choiceIndex(severityChoices(), c.params.text(QStringLiteral("severity"))));
        }
        if (c.params.has(QStringLiteral("reason"))) {
            where.append(QStringLiteral("c.reason = ?"));
            binds.append(c.params.text(QStringLiteral("reason")));
        }
        if (c.params.has(QStringLiteral("handler"))) {
            where.append(QStringLiteral("c.handler = ?"));
            binds.append(c.params.text(QStringLiteral("handler")));
        }

        SqlReportRows::Query q;
        q.select = QStringLiteral("SELECT c.id AS row_key, c.received_at, cu.code AS customer_code,"
                                  " cu.name AS customer_name, cu.primary_phone AS phone, c.channel,"
                                  " c.reason, c.sub_reason, c.severity, c.status, c.handler,"
                                  " c.responded_at, c.resolved_at, %1 AS sla_met, c.resolution,"
                                  " %2 AS csat"
                                  " FROM complaints c JOIN customers cu ON cu.id = c.customer_id"
                                  " WHERE %3")
                           .arg(QLatin1String(SlaMet),
                                QLatin1String(FollowUpCsat),
                                where.join(QStringLiteral(" AND ")));
        q.binds = binds;
        const auto key = [](const char *e, bool nullable = false) {
            return SqlReportRows::SortKey {QString::fromLatin1(e), nullable};
        };
        q.sortKeys = {key("r.row_key"),
                      key("r.received_at"),
                      key("r.customer_code"),
                      key("r.customer_name"),
                      key("r.phone"),
                      key("r.channel"),
                      key("r.reason"),
                      key("r.severity"),
                      key("r.status"),
                      key("r.handler"),
                      key("r.responded_at", true),
                      key("r.resolved_at", true),
                      key("r.sla_met", true),
                      key("r.resolution"),
                      key("r.csat", true)};
        q.defaultSort = 1;
        const bool reveal = c.reveal;
        q.read = [reveal, reasons, staff = names.value()](const QSqlQuery &r) {
            QString reason = reasons.label(r.value(6).toString());
            const QString sub = r.value(7).toString();
            if (!sub.isEmpty())
                reason += QStringLiteral(" / ") + reasons.label(sub);
            return ReportRows::Row {r.value(0).toLongLong(),
                                    time(r.value(1)),
                                    text(r.value(2)),
                                    text(r.value(3)),
                                    phone(r.value(4), reveal),
                                    HistoryLabels::channel(InteractionChannel(r.value(5).toInt())),
                                    reason,
                                    ComplaintLabels::severity(ComplaintSeverity(r.value(8).toInt())),
                                    ComplaintLabels::status(ComplaintStatus(r.value(9).toInt())),
                                    staff.name(r.value(10).toString()),
                                    time(r.value(11)),
                                    time(r.value(12)),
                                    r.value(13).isNull() ? QVariant(QMetaType::fromType<QString>())
                                                         : QVariant(yesNo(r.value(13))),
                                    text(r.value(14)),
                                    integer(r.value(15))};
        };
        return std::unique_ptr<ReportRows>(
                std::make_unique<SqlReportRows>(c.db, columns(), std::move(q), !c.reveal));
    }
};

// First-level reasons in the list's order, then codes the list no longer knows.
QStringList orderedReasons(const ReportContext &c, const QStringList &seen)
{
    QStringList out;
    const Result<QList<Choice>> entries = ChoiceLists(c.db).entries(c.actor,
                                                                    ChoiceLists::ComplaintReason,
                                                                    true);
    if (entries)
        for (const Choice &choice : entries.value())
            if (choice.parent.isEmpty() && seen.contains(choice.code))
                out.append(choice.code);
    QStringList rest;
    for (const QString &code : seen)
        if (!out.contains(code))
            rest.append(code);
    rest.sort();
    return out + rest;
}

class ComplaintsByReason : public Report
{
public:
    QString name() const override { return QStringLiteral("complaints-by-reason"); }
    QString title() const override { return tr("Complaints by reason and month"); }
    QString description() const override
    {
        return tr("How many complaints each reason brought in each month, its share of the "
                  "month's complaints, and the change against the month before.");
    }
    Operation requiredOperation() const override { return Operation::Supervise; }
    QList<ReportParameter> parameters() const override
    {
        return rangeParameters(tr("Received from"), tr("Received until")) << reasonParameter();
    }
    QList<ReportColumn> columns() const override
    {
        using T = CsvColumnType;
        return {column("month", tr("Month"), T::Text),
                column("reason", tr("Reason"), T::Text),
                column("complaints", tr("Complaints"), T::Integer),
                column("share", tr("Share of the month (%)"), T::Percent),
                column("change", tr("Change against the month before"), T::Integer),
                column("change_percent", tr("Change (%)"), T::Percent)};
    }

protected:
    Result<std::unique_ptr<ReportRows>> execute(const ReportContext &c) const override
    {
        if (Status s = checkListChoice(c, QStringLiteral("reason"), ChoiceLists::ComplaintReason);
            !s)
            return s.error();
        const QDate from = c.params.date(QStringLiteral("from"));
        const QDate to = c.params.date(QStringLiteral("to"));
        // The month before the first one is read too: the first month's change compares with
        // the whole of it, also when it lies before the period.
        QStringList where {QStringLiteral("1 = 1")};
        QVariantList binds;
        if (from.isValid()) {
            where.append(QStringLiteral("received_at >= ?"));
            binds.append(startOfDay(QDate(from.year(), from.month(), 1).addMonths(-1)));
        }
        if (to.isValid()) {
            where.append(QStringLiteral("received_at < ?"));
            binds.append(startOfDay(to.addDays(1)));
        }
        QSqlQuery q(c.db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT received_at, reason FROM complaints WHERE ")
                  + where.join(QStringLiteral(" AND ")));
        for (const QVariant &v : std::as_const(binds))
            q.addBindValue(v);
        if (!q.exec())
            return Database::storageError(q.lastError());
        // Whole days: a complaint counts when its local day is within the period.
        QHash<QString, QHash<QString, qint64>> counts; // month -> reason -> complaints
        QHash<QString, qint64> totals; // month -> complaints
        QStringList reasonsSeen;
        LocalDays days;
        const QString monthBefore = month(from.addMonths(-1));
        QDate first;
        QDate last;
        const QString only = c.params.text(QStringLiteral("reason"));
        while (q.next()) {
            if (c.cancelled())
                return ReportRows::cancelled();
            const QDate day = days.day(q.value(0));
            const QString reason = q.value(1).toString();
            const QString m = days.month(q.value(0));
            // Before the first day: only the whole month before the first month counts (for the
            // change), not the first days of the first month.
            if (from.isValid() && day < from && m != monthBefore)
                continue;
            totals[m] += 1;
            if (!only.isEmpty() && reason != only)
                continue;
            counts[m][reason] += 1;
            if (!reasonsSeen.contains(reason))
                reasonsSeen.append(reason);
            if (!from.isValid() || day >= from) {
                first = first.isValid() ? std::min(first, day) : day;
                last = last.isValid() ? std::max(last, day) : day;
            }
        }
        if (q.lastError().isValid())
            return Database::storageError(q.lastError());

        QList<ReportRows::Row> rows;
        const QDate start = from.isValid() ? from : first;
        const QDate end = to.isValid() ? to : last;
        if (start.isValid() && end.isValid()) {
            const ChoiceLabels labels = ChoiceLists(c.db).labels(ChoiceLists::ComplaintReason);
            const QStringList reasons = orderedReasons(c, reasonsSeen);
            for (const QString &m : months(start, end)) {
                const QDate monthStart = QDate::fromString(m + QStringLiteral("-01"), Qt::ISODate);
                const QString previous = month(monthStart.addMonths(-1));
                // Without a first day, nothing before the first month was read: no change.
                const bool hasPrevious = from.isValid() || m != month(start);
                for (const QString &reason : reasons) {
                    const qint64 n = counts.value(m).value(reason);
                    const qint64 before = counts.value(previous).value(reason);
                    ReportRows::Row row {m, labels.label(reason), n, percent(n, totals.value(m))};
                    if (hasPrevious) {
                        row << n - before << percent(n - before, before);
                    } else {
                        row << QVariant(QMetaType::fromType<qint64>())
                            << QVariant(QMetaType::fromType<double>());
                    }
                    rows.append(row);
                }
            }
        }
        return std::unique_ptr<ReportRows>(std::make_unique<MaterializedRows>(columns(), rows));
    }
};

class ComplaintHandling : public Report
{
public:
    QString name() const override { return QStringLiteral("complaint-handling"); }
    QString title() const override { return tr("Complaint handling by handler"); }
    QString description() const override
    {
        return tr("Per handler, the complaints received in the period: how many, the median hours "
                  "to the first answer and to the resolution, the share that kept the SLA, and "
                  "the satisfaction of their follow-ups.");
    }
    Operation requiredOperation() const override { return Operation::Supervise; }
    QList<ReportParameter> parameters() const override
    {
        return rangeParameters(tr("Received from"), tr("Received until"));
    }
    QList<ReportColumn> columns() const override
    {
        using T = CsvColumnType;
        return {column("handler", tr("Handler"), T::Text),
                column("complaints", tr("Complaints"), T::Integer),
                column("settled", tr("Resolved or closed"), T::Integer),
                column("median_response_hours", tr("Median hours to answer"), T::Decimal),
                column("median_resolution_hours", tr("Median hours to resolve"), T::Decimal),
                column("sla_met_percent", tr("SLA kept (%)"), T::Percent),
                column("csat", tr("Mean satisfaction (1–5)"), T::Decimal),
                column("csat_count", tr("Scores"), T::Integer)};
    }

protected:
    Result<std::unique_ptr<ReportRows>> execute(const ReportContext &c) const override
    {
        Result<StaffNames> names = StaffNames::load(c.db);
        if (!names)
            return names.error();
        const QVariant now = StoredTime::fromDateTime(c.now);
        QVariantList binds {now, now};
        QStringList where {QStringLiteral("1 = 1")};
        timeRange(c, QStringLiteral("c.received_at"), where, binds);
        QSqlQuery q(c.db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT c.handler, c.received_at, c.responded_at, c.resolved_at,"
                                 " c.status, %1, %2 FROM complaints c WHERE %3")
                          .arg(QLatin1String(SlaMet),
                               QLatin1String(FollowUpCsat),
                               where.join(QStringLiteral(" AND "))));
        for (const QVariant &v : std::as_const(binds))
            q.addBindValue(v);
        if (!q.exec())
            return Database::storageError(q.lastError());
        struct Figures
        {
            qint64 complaints = 0;
            qint64 settled = 0;
            QList<double> response;
            QList<double> resolution;
            qint64 slaMet = 0;
            qint64 slaDecided = 0;
            qint64 csatSum = 0;
            qint64 csatCount = 0;
        };
        QMap<QString, Figures> byHandler; // login -> figures
        while (q.next()) {
            if (c.cancelled())
                return ReportRows::cancelled();
            Figures &f = byHandler[q.value(0).toString()];
            const QDateTime received = StoredTime::toDateTime(q.value(1));
            f.complaints += 1;
            const int status = q.value(4).toInt();
            if (status == int(ComplaintStatus::Resolved) || status == int(ComplaintStatus::Closed))
                f.settled += 1;
            if (!q.value(2).isNull())
                f.response.append(hours(received, StoredTime::toDateTime(q.value(2))));
            if (!q.value(3).isNull())
                f.resolution.append(hours(received, StoredTime::toDateTime(q.value(3))));
            if (!q.value(5).isNull()) {
                f.slaDecided += 1;
                f.slaMet += q.value(5).toInt();
            }
            if (!q.value(6).isNull()) {
                f.csatSum += q.value(6).toInt();
                f.csatCount += 1;
            }
        }
        if (q.lastError().isValid())
            return Database::storageError(q.lastError());
        QList<ReportRows::Row> rows;
        for (auto it = byHandler.cbegin(); it != byHandler.cend(); ++it) {
            const Figures &f = it.value();
            rows.append({names->name(it.key()),
                         f.complaints,
                         f.settled,
                         median(f.response),
                         median(f.resolution),
                         percent(f.slaMet, f.slaDecided),
                         f.csatCount ? QVariant(double(f.csatSum) / double(f.csatCount))
                                     : QVariant(QMetaType::fromType<double>()),
                         f.csatCount});
        }
        return std::unique_ptr<ReportRows>(std::make_unique<MaterializedRows>(columns(), rows));
    }
};

} // namespace

std::unique_ptr<Report> Reports::complaintHistory()
{
    return std::make_unique<ComplaintHistory>();
}

std::unique_ptr<Report> Reports::complaintsByReason()
{
    return std::make_unique<ComplaintsByReason>();
}

std::unique_ptr<Report> Reports::complaintHandling()
{
    return std::make_unique<ComplaintHandling>();
}
