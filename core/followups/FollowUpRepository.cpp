#include "FollowUpRepository.h"

#include "FollowUpChecks.h"
#include "FollowUpRow.h"
#include "FollowUpRules.h"
#include "audit/AuditLog.h"
#include "history/HistoryCustomer.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/LastWriter.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

constexpr int MaxRows = 1000;

Result<FollowUp> load(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM follow_ups WHERE id = ?").arg(FollowUpRow::columns()));
    q.addBindValue(id);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (!q.next())
        return makeError(Error::Code::NotFound,
                         FollowUpRepository::tr("This follow-up no longer exists."));
    return FollowUpRow::read(q);
}

Error conflict(Database &db, qint64 id)
{
    const std::optional<LastWriter> last = LastWriter::of(db, QStringLiteral("follow_ups"), id);
    if (!last)
        return makeError(Error::Code::NotFound,
                         FollowUpRepository::tr("This follow-up no longer exists."));
    return makeError(Error::Code::Conflict,
                     FollowUpRepository::tr(
                             "This follow-up was changed by %1 at %2 after you opened it. "
                             "Nothing was saved: reload it to see their changes, then make "
                             "yours again.")
                             .arg(last->login, last->shownTime));
}

// Loads a follow-up for a change: it exists, nobody saved it since expectedVersion, it is still
// planned and its customer takes new history.
Result<FollowUp> loadOpen(Database &db, qint64 id, int expectedVersion)
{
    Result<FollowUp> f = load(db, id);
    if (!f)
        return f;
    if (f->version != expectedVersion)
        return conflict(db, id);
    switch (f->status) {
    case FollowUpStatus::Planned:
        break;
    case FollowUpStatus::Done:
        return FollowUpChecks::invalid(QStringLiteral("status"),
                                       FollowUpRepository::tr(
                                               "This follow-up is done already. Plan a new one "
                                               "to contact the customer again."));
    case FollowUpStatus::Unreachable:
    case FollowUpStatus::Cancelled:
        return FollowUpChecks::invalid(QStringLiteral("status"),
                                       FollowUpRepository::tr(
                                               "This follow-up is closed. Plan a new one to "
                                               "contact the customer again."));
    }
    if (Status s = HistoryCustomer::requireWritable(db, f->customerId); !s)
        return s.error();
    return f;
}

QJsonObject fields(const FollowUp &f)
{
    return {{QStringLiteral("purpose"), f.purpose},
            {QStringLiteral("due_on"), f.dueOn.toString(Qt::ISODate)},
            {QStringLiteral("assignee"), f.assignee},
            {QStringLiteral("notes"), f.notes}};
}

// {"field": {"before": ..., "after": ...}} for each field that differs.
QJsonObject changes(const QJsonObject &a, const QJsonObject &b)
{
    QJsonObject out;
    for (auto it = b.constBegin(); it != b.constEnd(); ++it)
        if (a.value(it.key()) != it.value())
            out.insert(it.key(),
                       QJsonObject {{QStringLiteral("before"), a.value(it.key())},
                                    {QStringLiteral("after"), it.value()}});
    return out;
}

} // namespace

FollowUpRepository::FollowUpRepository(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{ }

QDate FollowUpRepository::nextWorkingDay(const QDate &after)
{
    QDate d = after.addDays(1);
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

Result<FollowUp> FollowUpRepository::plan(const Actor &actor, const FollowUp &input)
{
    if (Status s = Permissions::require(actor, Operation::Create); !s)
        return s.error();
    FollowUp f = input;
    QHash<QString, QString> errors = FollowUpChecks::fields(f);

    const Result<qint64> id = WriteTransaction::run<qint64>(m_db, [&]() -> Result<qint64> {
        if (Status s = HistoryCustomer::requireWritable(m_db, f.customerId); !s) {
            Error e = s.error();
            e.fieldErrors.insert(QStringLiteral("customer"), e.message);
            return e;
        }
        if (Status s = FollowUpChecks::links(m_db, f, errors); !s)
            return s.error();
        if (Status s = FollowUpChecks::assignee(m_db, f.assignee, errors); !s)
            return s.error();
        if (!errors.isEmpty())
            return FollowUpChecks::invalid(errors);

        const QVariant now = StoredTime::fromDateTime(clockNow(m_clock));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                "INSERT INTO follow_ups(customer_id, purchase_id, request_id, complaint_id, rule,"
                " source_id, purpose, due_on, assignee, status, attempts, notes, created_at,"
                " created_by, updated_at, updated_by, version)"
                " VALUES(:customer_id, :purchase_id, :request_id, :complaint_id, '', 0, :purpose,"
                " :due_on, :assignee, 0, 0, :notes, :now, :actor, :now, :actor, 1) RETURNING id"));
        q.bindValue(QStringLiteral(":customer_id"), f.customerId);
        q.bindValue(QStringLiteral(":purchase_id"), FollowUpRow::link(f.purchaseId));
        q.bindValue(QStringLiteral(":request_id"), FollowUpRow::link(f.requestId));
        q.bindValue(QStringLiteral(":complaint_id"), FollowUpRow::link(f.complaintId));
        q.bindValue(QStringLiteral(":purpose"), f.purpose);
        q.bindValue(QStringLiteral(":due_on"), StoredTime::fromDate(f.dueOn));
        q.bindValue(QStringLiteral(":assignee"), f.assignee);
        q.bindValue(QStringLiteral(":notes"), f.notes);
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":actor"), actor.login);
        if (!q.exec() || !q.next())
            return Database::storageError(q.lastError());
        const qint64 newId = q.value(0).toLongLong();
        q.finish();
        QJsonObject details = fields(f);
        details.insert(QStringLiteral("customer_id"), f.customerId);
        details.insert(QStringLiteral("purchase_id"), f.purchaseId);
        details.insert(QStringLiteral("request_id"), f.requestId);
        details.insert(QStringLiteral("complaint_id"), f.complaintId);
        if (Status s = AuditLog::append(m_db, actor, AuditLog::Create, Entity, newId, details); !s)
            return s.error();
        return newId;
    });
    if (!id)
        return id.error();
    return load(m_db, id.value());
}

Result<FollowUp> FollowUpRepository::update(const Actor &actor, const FollowUp &input)
{
    if (Status s = Permissions::require(actor, Operation::Edit); !s)
        return s.error();
    if (input.id <= 0)
        return makeError(Error::Code::NotFound, tr("This follow-up has not been saved yet."));
    FollowUp edited = input;
    QHash<QString, QString> errors = FollowUpChecks::fields(edited);

    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        const Result<FollowUp> before = loadOpen(m_db, edited.id, edited.version);
        if (!before)
            return before.error();
        if (Status s = FollowUpChecks::assignee(m_db, edited.assignee, errors); !s)
            return s;
        if (!errors.isEmpty())
            return FollowUpChecks::invalid(errors);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                "UPDATE follow_ups SET purpose = :purpose, due_on = :due_on,"
                " assignee = :assignee, notes = :notes, updated_at = :now, updated_by = :actor,"
                " version = version + 1 WHERE id = :id AND version = :version"));
        q.bindValue(QStringLiteral(":purpose"), edited.purpose);
        q.bindValue(QStringLiteral(":due_on"), StoredTime::fromDate(edited.dueOn));
        q.bindValue(QStringLiteral(":assignee"), edited.assignee);
        q.bindValue(QStringLiteral(":notes"), edited.notes);
        q.bindValue(QStringLiteral(":now"), StoredTime::fromDateTime(clockNow(m_clock)));
        q.bindValue(QStringLiteral(":actor"), actor.login);
        q.bindValue(QStringLiteral(":id"), edited.id);
        q.bindValue(QStringLiteral(":version"), edited.version);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (q.numRowsAffected() != 1)
            return conflict(m_db, edited.id);
        return AuditLog::append(m_db,
                                actor,
                                AuditLog::Update,
                                Entity,
                                edited.id,
                                changes(fields(before.value()), fields(edited)));
    });
    if (!status)
        return status.error();
    return load(m_db, edited.id);
}

Result<FollowUp> FollowUpRepository::record(const Actor &actor,
                                            qint64 id,
                                            int expectedVersion,
                                            const QString &outcome,
                                            int csat,
                                            int nps,
                                            const QString &notes)
{
    if (Status s = Permissions::require(actor, Operation::Edit); !s)
        return s.error();
    const QString what = outcome.trimmed();
    const QString note = notes.trimmed();
    const QHash<QString, QString> errors = FollowUpChecks::outcome(what, note, csat, nps);
    if (!errors.isEmpty())
        return FollowUpChecks::invalid(errors);

    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        const Result<FollowUp> before = loadOpen(m_db, id, expectedVersion);
        if (!before)
            return before.error();
        const Result<QString> rated = FollowUpChecks::ratedStaff(m_db, before.value(), actor.login);
        if (!rated)
            return rated.error();
        const QString keptNotes = notes.isNull() ? before->notes : note;
        const QVariant now = StoredTime::fromDateTime(clockNow(m_clock));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                "UPDATE follow_ups SET status = :status, done_at = :now, done_by = :actor,"
                " outcome = :outcome, notes = :notes, csat = :csat, nps = :nps,"
                " rated_staff = :rated, updated_at = :now, updated_by = :actor,"
                " version = version + 1 WHERE id = :id AND version = :version"));
        q.bindValue(QStringLiteral(":status"), int(FollowUpStatus::Done));
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":actor"), actor.login);
        q.bindValue(QStringLiteral(":outcome"), what);
        q.bindValue(QStringLiteral(":notes"), FollowUpChecks::text(keptNotes));
        q.bindValue(QStringLiteral(":csat"),
                    csat > 0 ? QVariant(csat) : QVariant(QMetaType::fromType<int>()));
        q.bindValue(QStringLiteral(":nps"),
                    nps >= 0 ? QVariant(nps) : QVariant(QMetaType::fromType<int>()));
        q.bindValue(QStringLiteral(":rated"), rated.value());
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":version"), expectedVersion);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (q.numRowsAffected() != 1)
            return conflict(m_db, id);
        return AuditLog::append(m_db,
                                actor,
                                RecordAction,
                                Entity,
                                id,
                                {{QStringLiteral("outcome"), what},
                                 {QStringLiteral("notes"), keptNotes},
                                 {QStringLiteral("csat"), csat},
                                 {QStringLiteral("nps"), nps},
                                 {QStringLiteral("rated_staff"), rated.value()}});
    });
    if (!status)
        return status.error();
    return load(m_db, id);
}

Result<FollowUp> FollowUpRepository::noAnswer(const Actor &actor, qint64 id, int expectedVersion)
{
    if (Status s = Permissions::require(actor, Operation::Edit); !s)
        return s.error();
    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        const Result<FollowUp> before = loadOpen(m_db, id, expectedVersion);
        if (!before)
            return before.error();
        const Result<FollowUpRules> rules = FollowUpRules::load(m_db);
        if (!rules)
            return rules.error();
        const QDateTime now = clockNow(m_clock);
        const int attempts = before->attempts + 1;
        const bool givenUp = attempts >= rules->maxAttempts;
        const QDate due = givenUp ? before->dueOn : nextWorkingDay(now.toLocalTime().date());
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                "UPDATE follow_ups SET status = :status, attempts = :attempts, due_on = :due_on,"
                " done_at = :done_at, done_by = :done_by, updated_at = :now,"
                " updated_by = :actor, version = version + 1"
                " WHERE id = :id AND version = :version"));
        q.bindValue(QStringLiteral(":status"),
                    int(givenUp ? FollowUpStatus::Unreachable : FollowUpStatus::Planned));
        q.bindValue(QStringLiteral(":attempts"), attempts);
        q.bindValue(QStringLiteral(":due_on"), StoredTime::fromDate(due));
        q.bindValue(QStringLiteral(":done_at"),
                    givenUp ? StoredTime::fromDateTime(now)
                            : QVariant(QMetaType::fromType<QString>()));
        q.bindValue(QStringLiteral(":done_by"), givenUp ? actor.login : QStringLiteral(""));
        q.bindValue(QStringLiteral(":now"), StoredTime::fromDateTime(now));
        q.bindValue(QStringLiteral(":actor"), actor.login);
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":version"), expectedVersion);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (q.numRowsAffected() != 1)
            return conflict(m_db, id);
        return AuditLog::append(m_db,
                                actor,
                                NoAnswerAction,
                                Entity,
                                id,
                                {{QStringLiteral("attempts"), attempts},
                                 {QStringLiteral("unreachable"), givenUp},
                                 {QStringLiteral("due_on"),
                                  QJsonObject {{QStringLiteral("before"),
                                                before->dueOn.toString(Qt::ISODate)},
                                               {QStringLiteral("after"),
                                                due.toString(Qt::ISODate)}}}});
    });
    if (!status)
        return status.error();
    return load(m_db, id);
}

Result<FollowUp> FollowUpRepository::cancel(const Actor &actor,
                                            qint64 id,
                                            int expectedVersion,
                                            const QString &reason)
{
    if (Status s = Permissions::require(actor, Operation::Edit); !s)
        return s.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return FollowUpChecks::invalid(QStringLiteral("reason"),
                                       tr("Say why the customer need not be contacted any more."));
    if (why.size() > FollowUpChecks::MaxTextLength)
        return FollowUpChecks::invalid(QStringLiteral("reason"),
                                       tr("A reason has at most %1 characters.")
                                               .arg(FollowUpChecks::MaxTextLength));
    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        const Result<FollowUp> before = loadOpen(m_db, id, expectedVersion);
        if (!before)
            return before.error();
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE follow_ups SET status = :status, outcome = :reason,"
                                 " updated_at = :now, updated_by = :actor, version = version + 1"
                                 " WHERE id = :id AND version = :version"));
        q.bindValue(QStringLiteral(":status"), int(FollowUpStatus::Cancelled));
        q.bindValue(QStringLiteral(":reason"), why);
        q.bindValue(QStringLiteral(":now"), StoredTime::fromDateTime(clockNow(m_clock)));
        q.bindValue(QStringLiteral(":actor"), actor.login);
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":version"), expectedVersion);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (q.numRowsAffected() != 1)
            return conflict(m_db, id);
        return AuditLog::append(m_db,
                                actor,
                                CancelAction,
                                Entity,
                                id,
                                {{QStringLiteral("reason"), why}});
    });
    if (!status)
        return status.error();
    return load(m_db, id);
}

Result<FollowUp> FollowUpRepository::get(const Actor &actor, qint64 id) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    return load(m_db, id);
}

Result<HistoryPage<FollowUp>> FollowUpRepository::forCustomer(const Actor &actor,
                                                              qint64 customerId,
                                                              const HistoryCursor &from,
                                                              int limit) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    // HistoryPaging's walk, over a date column: the cursor's day is compared as a stored date
    // (yyyy-MM-dd), not as a stored time.
    limit = std::clamp(limit, 1, MaxRows);
    QString sql = QStringLiteral("SELECT %1 FROM follow_ups WHERE customer_id = ?")
                          .arg(FollowUpRow::columns());
    if (!from.isStart())
        sql += QStringLiteral(" AND (due_on, id) < (?, ?)");
    sql += QStringLiteral(" ORDER BY due_on DESC, id DESC LIMIT %1").arg(limit + 1);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(customerId);
    if (!from.isStart()) {
        q.addBindValue(StoredTime::fromDate(from.at.date()));
        q.addBindValue(from.id);
    }
    if (!q.exec())
        return Database::storageError(q.lastError());
    HistoryPage<FollowUp> page;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.atEnd = false;
            break;
        }
        page.rows.append(FollowUpRow::read(q));
    }
    if (page.rows.isEmpty()) {
        page.next = from;
    } else {
        const FollowUp &last = page.rows.constLast();
        page.next = HistoryCursor {QDateTime(last.dueOn, QTime(0, 0), Qt::UTC), last.id};
    }
    return page;
}
