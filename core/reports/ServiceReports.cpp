// The service reports: satisfaction trend, return-visit completion, returns by reason and product
// category, and service-request cycle time per stage.
#include "LocalDays.h"
#include "ReportSupport.h"
#include "followups/FollowUp.h"
#include "history/ChoiceLists.h"
#include "history/HistoryLabels.h"
#include "history/StageRules.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

using namespace ReportSupport;

namespace {

ReportColumn col(const char *key, const QString &header, CsvColumnType type)
{
    return ReportColumn {QString::fromLatin1(key), header, type, false};
}

QVariant noDouble()
{
    return QVariant(QMetaType::fromType<double>());
}

// Runs a prepared statement; its error as a value.
Status runQuery(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Database::storageError(q.lastError());
    return Done {};
}

class SatisfactionTrend : public Report
{
public:
    QString name() const override { return QStringLiteral("satisfaction-trend"); }
    QString title() const override { return tr("Satisfaction trend"); }
    QString description() const override
    {
        return tr("CSAT and NPS of the scores taken at return visits, by month, and within each "
                  "month by channel or by the staff member rated if asked. CSAT: the share of "
                  "scores 4 and 5, and the mean; NPS: promoters (9–10) minus detractors (0–6), "
                  "in points.");
    }
    Operation requiredOperation() const override { return Operation::Supervise; }
    QList<ReportParameter> parameters() const override
    {
        ReportParameter by;
        by.key = QStringLiteral("by");
        by.label = tr("Within each month, by");
        by.type = ReportParameterType::Choice;
        by.choices = {{QStringLiteral("month"), tr("Month only")},
                      {QStringLiteral("channel"), tr("Channel")},
                      {QStringLiteral("staff"), tr("Staff member rated")}};
        by.defaultValue = QStringLiteral("month");
        by.required = true;
        by.help = tr("The channel is that of the complaint the visit followed, or the sales "
                     "channel of the purchase.");
        return rangeParameters(tr("Scored from"), tr("Scored until")) << by;
    }
    QList<ReportColumn> columns() const override
    {
        using T = CsvColumnType;
        return {col("month", tr("Month"), T::Text),
                col("group", tr("Channel or staff"), T::Text),
                col("csat_count", tr("CSAT scores"), T::Integer),
                col("csat_satisfied", tr("Satisfied (%)"), T::Percent),
                col("csat_mean", tr("Mean CSAT (1–5)"), T::Decimal),
                col("nps_count", tr("NPS scores"), T::Integer),
                col("nps", tr("NPS"), T::Decimal)};
    }

protected:
    Result<std::unique_ptr<ReportRows>> execute(const ReportContext &c) const override
    {
        Result<StaffNames> names = StaffNames::load(c.db);
        if (!names)
            return names.error();
        const QString by = c.params.text(QStringLiteral("by"));
        // The same scores Satisfaction::compute counts: done follow-ups with a score.
        QStringList where {QStringLiteral("f.status = %1").arg(int(FollowUpStatus::Done)),
                           QStringLiteral("f.done_at IS NOT NULL"),
                           QStringLiteral("(f.csat IS NOT NULL OR f.nps IS NOT NULL)")};
        QVariantList binds;
        timeRange(c, QStringLiteral("f.done_at"), where, binds);
        // Read from the follow_ups_scores index. Only the channel looks up the complaint or the
        // purchase (a row each, from two big tables): the month and the staff need neither.
        const bool byChannel = by == QStringLiteral("channel");
        QSqlQuery q(c.db.connection());
        q.setForwardOnly(true);
        q.prepare((byChannel ? QStringLiteral("SELECT f.done_at, f.csat, f.nps, f.rated_staff,"
                                              " k.channel, p.channel FROM follow_ups f"
                                              " LEFT JOIN complaints k ON k.id = f.complaint_id"
                                              " LEFT JOIN purchases p ON p.id = f.purchase_id"
                                              " WHERE ")
                             : QStringLiteral("SELECT f.done_at, f.csat, f.nps, f.rated_staff"
                                              " FROM follow_ups f WHERE "))
                  + where.join(QStringLiteral(" AND ")));
        if (Status s = runQuery(q, binds); !s)
            return s.error();
        struct Figures
        {
            qint64 csat = 0, satisfied = 0, csatSum = 0, nps = 0, promoters = 0, detractors = 0;
        };
        QMap<QString, QMap<QString, Figures>> months; // month -> group -> figures
        LocalDays days;
        while (q.next()) {
            if (c.cancelled())
                return ReportRows::cancelled();
            QString group;
            if (by == QStringLiteral("staff")) {
                group = names->name(q.value(3).toString());
            } else if (byChannel) {
                if (!q.value(4).isNull())
                    group = HistoryLabels::channel(InteractionChannel(q.value(4).toInt()));
                else if (!q.value(5).toString().isEmpty())
                    group = q.value(5).toString();
                else
                    group = tr("(no channel)");
            }
            Figures &f = months[days.month(q.value(0))][group];
            if (!q.value(1).isNull()) {
                const int score = q.value(1).toInt();
                f.csat += 1;
                f.csatSum += score;
                f.satisfied += score >= 4 ? 1 : 0;
            }
            if (!q.value(2).isNull()) {
                const int score = q.value(2).toInt();
                f.nps += 1;
                f.promoters += score >= 9 ? 1 : 0;
                f.detractors += score <= 6 ? 1 : 0;
            }
        }
        if (q.lastError().isValid())
            return Database::storageError(q.lastError());
        QList<ReportRows::Row> rows;
        for (auto m = months.cbegin(); m != months.cend(); ++m)
            for (auto g = m->cbegin(); g != m->cend(); ++g) {
                const Figures &f = g.value();
                rows.append({m.key(),
                             g.key(),
                             f.csat,
                             percent(f.satisfied, f.csat),
                             f.csat ? QVariant(double(f.csatSum) / double(f.csat)) : noDouble(),
                             f.nps,
                             percent(f.promoters - f.detractors, f.nps)});
            }
        return std::unique_ptr<ReportRows>(std::make_unique<MaterializedRows>(columns(), rows));
    }
};

class ReturnVisits : public Report
{
public:
    QString name() const override { return QStringLiteral("return-visits"); }
    QString title() const override { return tr("Return-visit completion"); }
    QString description() const override
    {
        return tr("Per staff member, the return visits due in the period: how many were due (not "
                  "counting cancelled ones), done, given up as unreachable, overdue (still open "
                  "after their day) and still to come, and the share done.");
    }
    Operation requiredOperation() const override { return Operation::Supervise; }
    QList<ReportParameter> parameters() const override
    {
        return rangeParameters(tr("Due from"), tr("Due until"))
               << staff(QStringLiteral("assignee"), tr("Assigned to"));
    }
    QList<ReportColumn> columns() const override
    {
        using T = CsvColumnType;
        return {col("staff", tr("Assigned to"), T::Text),
                col("due", tr("Due"), T::Integer),
                col("done", tr("Done"), T::Integer),
                col("unreachable", tr("Unreachable"), T::Integer),
                col("overdue", tr("Overdue"), T::Integer),
                col("pending", tr("Still to come"), T::Integer),
                col("done_percent", tr("Done (%)"), T::Percent)};
    }

protected:
    Result<std::unique_ptr<ReportRows>> execute(const ReportContext &c) const override
    {
        Result<StaffNames> names = StaffNames::load(c.db);
        if (!names)
            return names.error();
        const QString today = c.today.toString(Qt::ISODate);
        QVariantList binds {today, today};
        QStringList where {QStringLiteral("status <> %1").arg(int(FollowUpStatus::Cancelled))};
        dateRange(c, QStringLiteral("due_on"), where, binds);
        if (c.params.has(QStringLiteral("assignee"))) {
            where.append(QStringLiteral("assignee = ?"));
            binds.append(c.params.text(QStringLiteral("assignee")));
        }
        QSqlQuery q(c.db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT assignee, count(*),"
                                 " sum(CASE WHEN status = %1 THEN 1 ELSE 0 END),"
                                 " sum(CASE WHEN status = %2 THEN 1 ELSE 0 END),"
                                 " sum(CASE WHEN status = %3 AND due_on < ? THEN 1 ELSE 0 END),"
                                 " sum(CASE WHEN status = %3 AND due_on >= ? THEN 1 ELSE 0 END)"
                                 " FROM follow_ups WHERE %4 GROUP BY assignee")
                          .arg(int(FollowUpStatus::Done))
                          .arg(int(FollowUpStatus::Unreachable))
                          .arg(int(FollowUpStatus::Planned))
                          .arg(where.join(QStringLiteral(" AND "))));
        if (Status s = runQuery(q, binds); !s)
            return s.error();
        QMap<QString, ReportRows::Row> byName;
        while (q.next()) {
            const qint64 due = q.value(1).toLongLong();
            const qint64 done = q.value(2).toLongLong();
            const QString name = names->name(q.value(0).toString());
            byName.insert(name,
                          {name,
                           due,
                           done,
                           q.value(3).toLongLong(),
                           q.value(4).toLongLong(),
                           q.value(5).toLongLong(),
                           percent(done, due)});
        }
        if (q.lastError().isValid())
            return Database::storageError(q.lastError());
        return std::unique_ptr<ReportRows>(
                std::make_unique<MaterializedRows>(columns(), byName.values()));
    }
};

class ReturnsByReason : public Report
{
public:
    QString name() const override { return QStringLiteral("returns-by-reason"); }
    QString title() const override { return tr("Returns by reason and product category"); }
    QString description() const override
    {
        return tr("Per product category and return reason: returns made in the period, the amount "
                  "refunded, and the return rate — those returns against the category's "
                  "purchases made in the period.");
    }
    Operation requiredOperation() const override { return Operation::Supervise; }
    QList<ReportParameter> parameters() const override
    {
        return rangeParameters(tr("From"), tr("Until"));
    }
    QList<ReportColumn> columns() const override
    {
        using T = CsvColumnType;
        return {col("category", tr("Category"), T::Text),
                col("reason", tr("Return reason"), T::Text),
                col("returns", tr("Returns"), T::Integer),
                col("refunded", tr("Refunded"), T::Money),
                col("purchases", tr("Purchases in the category"), T::Integer),
                col("return_rate", tr("Return rate (%)"), T::Percent)};
    }

protected:
    Result<std::unique_ptr<ReportRows>> execute(const ReportContext &c) const override
    {
        QStringList purchaseWhere {QStringLiteral("1 = 1")};
        QVariantList purchaseBinds;
        timeRange(c, QStringLiteral("purchased_at"), purchaseWhere, purchaseBinds);
        QSqlQuery p(c.db.connection());
        p.setForwardOnly(true);
        p.prepare(QStringLiteral(
                          "SELECT category, count(*) FROM purchases WHERE %1 GROUP BY category")
                          .arg(purchaseWhere.join(QStringLiteral(" AND "))));
        if (Status s = runQuery(p, purchaseBinds); !s)
            return s.error();
        QHash<QString, qint64> purchases;
        while (p.next())
            purchases.insert(p.value(0).toString(), p.value(1).toLongLong());
        if (p.lastError().isValid())
            return Database::storageError(p.lastError());
        p.finish();

        QStringList where {QStringLiteral("1 = 1")};
        QVariantList binds;
        timeRange(c, QStringLiteral("r.returned_at"), where, binds);
        QSqlQuery q(c.db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT p.category, r.reason, count(*),"
                                 " CAST(sum(r.refunded) AS BIGINT) FROM purchase_returns r"
                                 " JOIN purchases p ON p.id = r.purchase_id WHERE %1"
                                 " GROUP BY p.category, r.reason")
                          .arg(where.join(QStringLiteral(" AND "))));
        if (Status s = runQuery(q, binds); !s)
            return s.error();
        struct Found
        {
            QString category, reason;
            qint64 returns, refunded;
        };
        QList<Found> found;
        while (q.next())
            found.append({q.value(0).toString(),
                          q.value(1).toString(),
                          q.value(2).toLongLong(),
                          q.value(3).toLongLong()});
        if (q.lastError().isValid())
            return Database::storageError(q.lastError());
        q.finish();
        const ChoiceLabels labels = ChoiceLists(c.db).labels(ChoiceLists::ReturnReason);
        QMap<QPair<QString, QString>, ReportRows::Row> rows; // category, reason label
        for (const Found &f : std::as_const(found)) {
            const QString category = f.category.isEmpty() ? tr("(no category)") : f.category;
            const QString reason = labels.label(f.reason);
            const qint64 bought = purchases.value(f.category);
            rows.insert({category, reason},
                        {category, reason, f.returns, f.refunded, bought, percent(f.returns, bought)});
        }
        return std::unique_ptr<ReportRows>(
                std::make_unique<MaterializedRows>(columns(), rows.values()));
    }
};

class RequestStageTimes : public Report
{
public:
    QString name() const override { return QStringLiteral("request-stage-times"); }
    QString title() const override { return tr("Service-request time per stage"); }
    QString description() const override
    {
        return tr("For the service requests opened in the period, the hours each spent in each "
                  "stage of the service process (all its visits to the stage together, a stage "
                  "it is still in counting up to now): median and 90th percentile, and how many "
                  "wait in the stage now. Where the process waits shows here.");
    }
    Operation requiredOperation() const override { return Operation::Supervise; }
    QList<ReportParameter> parameters() const override
    {
        return rangeParameters(tr("Opened from"), tr("Opened until"));
    }
    QList<ReportColumn> columns() const override
    {
        using T = CsvColumnType;
        return {col("stage", tr("Stage"), T::Text),
                col("requests", tr("Requests"), T::Integer),
                col("median_hours", tr("Median hours"), T::Decimal),
                col("p90_hours", tr("90th percentile, hours"), T::Decimal),
                col("waiting_now", tr("In the stage now"), T::Integer)};
    }

protected:
    Result<std::unique_ptr<ReportRows>> execute(const ReportContext &c) const override
    {
        QStringList where {QStringLiteral("1 = 1")};
        QVariantList binds;
        timeRange(c, QStringLiteral("s.opened_at"), where, binds);
        QSqlQuery q(c.db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT m.request_id, m.moved_at, m.from_stage, m.to_stage"
                                 " FROM request_stage_moves m"
                                 " JOIN service_requests s ON s.id = m.request_id WHERE %1"
                                 " ORDER BY m.request_id, m.id")
                          .arg(where.join(QStringLiteral(" AND "))));
        if (Status s = runQuery(q, binds); !s)
            return s.error();
        constexpr int Working = int(RequestStage::AfterSales) + 1;
        QList<double> hoursIn[Working];
        qint64 waiting[Working] = {};
        QList<StageMove> moves;
        const auto flush = [&] {
            if (moves.isEmpty())
                return;
            for (const StageTime &t : StageRules::stageTimes(moves, c.now))
                if (t.visits > 0)
                    hoursIn[int(t.stage)].append(double(t.seconds) / 3600.0);
            const int current = int(moves.last().to);
            if (current < Working)
                waiting[current] += 1;
            moves.clear();
        };
        qint64 request = 0;
        while (q.next()) {
            if (c.cancelled())
                return ReportRows::cancelled();
            if (q.value(0).toLongLong() != request) {
                flush();
                request = q.value(0).toLongLong();
            }
            StageMove m;
            m.requestId = request;
            m.movedAt = StoredTime::toDateTime(q.value(1));
            m.opened = q.value(2).isNull();
            m.from = RequestStage(q.value(2).toInt());
            m.to = RequestStage(q.value(3).toInt());
            moves.append(m);
        }
        if (q.lastError().isValid())
            return Database::storageError(q.lastError());
        flush();
        QList<ReportRows::Row> rows;
        for (int stage = 0; stage < Working; ++stage)
            rows.append({HistoryLabels::stage(RequestStage(stage)),
                         qint64(hoursIn[stage].size()),
                         median(hoursIn[stage]),
                         percentile90(hoursIn[stage]),
                         waiting[stage]});
        return std::unique_ptr<ReportRows>(std::make_unique<MaterializedRows>(columns(), rows));
    }
};

} // namespace

std::unique_ptr<Report> Reports::satisfactionTrend()
{
    return std::make_unique<SatisfactionTrend>();
}

std::unique_ptr<Report> Reports::returnVisits()
{
    return std::make_unique<ReturnVisits>();
}

std::unique_ptr<Report> Reports::returnsByReason()
{
    return std::make_unique<ReturnsByReason>();
}

std::unique_ptr<Report> Reports::requestStageTimes()
{
    return std::make_unique<RequestStageTimes>();
}
