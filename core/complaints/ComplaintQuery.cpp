#include "ComplaintQuery.h"

#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/IdListReader.h"
#include "storage/StoredTime.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Rows are read this many ids at a time (one statement per batch).
constexpr qsizetype RowBatch = 500;

Status bindAndRun(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Database::storageError(q.lastError());
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return Database::storageError(q.lastError());
    return Done {};
}

} // namespace

bool ComplaintListRow::isOverdue(const QDateTime &now) const
{
    if (isSettled())
        return false;
    return (!respondedAt.isValid() && responseDueAt.isValid() && responseDueAt < now)
           || (!resolvedAt.isValid() && resolutionDueAt.isValid() && resolutionDueAt < now);
}

qint64 ComplaintCounts::total() const
{
    qint64 sum = 0;
    for (const qint64 n : byStatus)
        sum += n;
    return sum;
}

qint64 ComplaintCounts::overdue() const
{
    qint64 sum = 0;
    for (const qint64 n : overdueByStatus)
        sum += n;
    return sum;
}

qint64 ComplaintCounts::matching(const ComplaintFilter &filter) const
{
    qint64 sum = 0;
    for (int s = 0; s < Statuses; ++s)
        if (filter.statuses.isEmpty() || filter.statuses.contains(ComplaintStatus(s)))
            sum += filter.overdueOnly ? overdueByStatus[s] : byStatus[s];
    return sum;
}

ComplaintQuery::ComplaintQuery(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{ }

ComplaintListRow ComplaintQuery::readRow(const QSqlQuery &q)
{
    ComplaintListRow r;
    r.id = q.value(0).toLongLong();
    r.customerId = q.value(1).toLongLong();
    r.customerCode = q.value(2).toString();
    r.customerName = q.value(3).toString();
    r.receivedAt = StoredTime::toDateTime(q.value(4));
    r.channel = InteractionChannel(q.value(5).toInt());
    r.reason = q.value(6).toString();
    r.subReason = q.value(7).toString();
    r.severity = ComplaintSeverity(q.value(8).toInt());
    r.status = ComplaintStatus(q.value(9).toInt());
    r.handler = q.value(10).toString();
    r.description = q.value(11).toString();
    r.responseDueAt = StoredTime::toDateTime(q.value(12));
    r.resolutionDueAt = StoredTime::toDateTime(q.value(13));
    r.respondedAt = StoredTime::toDateTime(q.value(14));
    r.resolvedAt = StoredTime::toDateTime(q.value(15));
    r.closedAt = StoredTime::toDateTime(q.value(16));
    r.responseMissed = q.value(17).toInt() != 0;
    r.resolutionMissed = q.value(18).toInt() != 0;
    r.version = q.value(19).toInt();
    return r;
}

Result<QList<qint64>> ComplaintQuery::ids(const Actor &actor,
                                          const ComplaintFilter &filter,
                                          const std::atomic_bool *cancelled) const
{
    if (Status allowed = Permissions::require(actor, Operation::View); !allowed)
        return allowed.error();
    const ComplaintFilter::Sql sql = filter.idQuery(m_db.dialect(), now());
    return IdListReader::read(m_db, sql.text, sql.binds, cancelled);
}

Result<QList<ComplaintListRow>> ComplaintQuery::rows(const Actor &actor,
                                                     const QList<qint64> &ids) const
{
    if (Status allowed = Permissions::require(actor, Operation::View); !allowed)
        return allowed.error();
    QList<ComplaintListRow> out;
    out.reserve(ids.size());
    for (qsizetype first = 0; first < ids.size(); first += RowBatch) {
        const QList<qint64> batch = ids.mid(first, RowBatch);
        QHash<qint64, ComplaintListRow> found;
        QSqlQuery q(m_db.connection());
        QVariantList binds;
        for (const qint64 id : batch)
            binds << id;
        const QString sql = QStringLiteral("SELECT ") + ComplaintFilter::selectColumns()
                            + ComplaintFilter::fromTables()
                            + QStringLiteral(" WHERE k.id IN (%1)")
                                      .arg(QStringList(batch.size(), QStringLiteral("?"))
                                                   .join(QLatin1Char(',')));
        if (Status s = bindAndRun(q, sql, binds); !s)
            return s.error();
        while (q.next()) {
            ComplaintListRow row = readRow(q);
            found.insert(row.id, std::move(row));
        }
        for (const qint64 id : batch) {
            const auto it = found.constFind(id);
            if (it != found.cend())
                out.append(*it);
        }
    }
    return out;
}

Result<QList<ComplaintListRow>> ComplaintQuery::page(const Actor &actor,
                                                     const ComplaintFilter &filter,
                                                     int offset,
                                                     int limit) const
{
    if (Status allowed = Permissions::require(actor, Operation::View); !allowed)
        return allowed.error();
    if (offset < 0 || limit < 0)
        return makeError(Error::Code::Invalid,
                         tr("A page cannot start or end before the first row."));
    const ComplaintFilter::Sql sql = filter.pageQuery(m_db.dialect(), now(), offset, limit);
    QSqlQuery q(m_db.connection());
    if (Status s = bindAndRun(q, sql.text, sql.binds); !s)
        return s.error();
    QList<ComplaintListRow> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<ComplaintCounts> ComplaintQuery::counts(const Actor &actor,
                                               const ComplaintFilter &filter,
                                               const std::atomic_bool *cancelled) const
{
    if (Status allowed = Permissions::require(actor, Operation::View); !allowed)
        return allowed.error();
    const QDateTime at = now();
    ComplaintCounts counts;
    for (const bool overdue : {false, true}) {
        if (cancelled && cancelled->load())
            return makeError(Error::Code::Cancelled, tr("The count was cancelled."));
        const ComplaintFilter::Sql sql = filter.countQuery(m_db.dialect(), at, overdue);
        QSqlQuery q(m_db.connection());
        if (Status s = bindAndRun(q, sql.text, sql.binds); !s)
            return s.error();
        while (q.next()) {
            const int status = q.value(0).toInt();
            if (status < 0 || status >= ComplaintCounts::Statuses)
                continue;
            (overdue ? counts.overdueByStatus : counts.byStatus)[status] = q.value(1).toLongLong();
        }
    }
    return counts;
}
