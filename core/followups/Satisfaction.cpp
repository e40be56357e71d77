#include "Satisfaction.h"

#include "FollowUp.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace {

// The first UTC instant of a local day.
QVariant startOfLocalDay(const QDate &day)
{
    return StoredTime::fromDateTime(day.startOfDay(Qt::LocalTime));
}

} // namespace

Result<SatisfactionFigures> Satisfaction::compute(Database &db,
                                                  const Actor &actor,
                                                  const SatisfactionFilter &filter)
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        Error e = makeError(Error::Code::Invalid,
                            tr("The first day comes after the last one: swap them."));
        e.fieldErrors.insert(QStringLiteral("from"), e.message);
        return e;
    }

    // Stored times are UTC text of one width: the local days become UTC bounds compared as text
    // (the follow_ups_done index serves a date range).
    QStringList where {QStringLiteral("status = %1").arg(int(FollowUpStatus::Done)),
                       QStringLiteral("done_at IS NOT NULL"),
                       QStringLiteral("(csat IS NOT NULL OR nps IS NOT NULL)")};
    QVariantList binds;
    if (filter.from.isValid()) {
        where.append(QStringLiteral("done_at >= ?"));
        binds.append(startOfLocalDay(filter.from));
    }
    if (filter.to.isValid()) {
        where.append(QStringLiteral("done_at < ?"));
        binds.append(startOfLocalDay(filter.to.addDays(1)));
    }
    if (!filter.ratedStaff.isEmpty()) {
        where.append(QStringLiteral("rated_staff = ?"));
        binds.append(filter.ratedStaff);
    }
    if (filter.customerId > 0) {
        where.append(QStringLiteral("customer_id = ?"));
        binds.append(filter.customerId);
    }
    switch (filter.follows) {
    case SatisfactionFilter::Follows::Any:
        break;
    case SatisfactionFilter::Follows::Complaint:
        where.append(QStringLiteral("complaint_id IS NOT NULL"));
        break;
    case SatisfactionFilter::Follows::Request:
        where.append(QStringLiteral("request_id IS NOT NULL"));
        break;
    case SatisfactionFilter::Follows::Purchase:
        where.append(QStringLiteral("purchase_id IS NOT NULL"));
        break;
    }

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                      "SELECT count(csat), coalesce(sum(CASE WHEN csat >= 4 THEN 1 ELSE 0 END), 0),"
                      " CAST(coalesce(sum(csat), 0) AS BIGINT), count(nps),"
                      " coalesce(sum(CASE WHEN nps >= 9 THEN 1 ELSE 0 END), 0),"
                      " coalesce(sum(CASE WHEN nps BETWEEN 7 AND 8 THEN 1 ELSE 0 END), 0),"
                      " coalesce(sum(CASE WHEN nps <= 6 THEN 1 ELSE 0 END), 0)"
                      " FROM follow_ups WHERE %1")
                      .arg(where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError());

    SatisfactionFigures f;
    f.csatCount = q.value(0).toInt();
    f.csatSatisfied = q.value(1).toInt();
    const qint64 csatSum = q.value(2).toLongLong();
    f.npsCount = q.value(3).toInt();
    f.promoters = q.value(4).toInt();
    f.passives = q.value(5).toInt();
    f.detractors = q.value(6).toInt();
    if (f.csatCount > 0) {
        f.csatShare = double(f.csatSatisfied) / f.csatCount;
        f.csatMean = double(csatSum) / f.csatCount;
    }
    if (f.npsCount > 0)
        f.nps = 100.0 * (f.promoters - f.detractors) / f.npsCount;
    return f;
}
