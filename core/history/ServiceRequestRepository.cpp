#include "ServiceRequestRepository.h"

#include "HistoryPaging.h"

#include "HistoryCustomer.h"
#include "HistoryLabels.h"
#include "StageRules.h"
#include "audit/AuditLog.h"
#include "followups/FollowUpRules.h"
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

const QString Entity = QStringLiteral("service_request");

constexpr int MaxTitleLength = 200;
constexpr int MaxTextLength = 4000;
constexpr qint64 MaxBudget = 1'000'000'000'000LL; // minor units: 10 000 000 000.00

const char requestColumns[] = "id, customer_id, title, description, priority, owner, due_on,"
                              " stage, cancel_reason, plan_content, plan_schedule, plan_budget,"
                              " opened_at, closed_at, created_at, created_by, updated_at,"
                              " updated_by, version";
const char moveColumns[] = "id, request_id, moved_at, moved_by, from_stage, to_stage, reason";

ServiceRequest readRequest(const QSqlQuery &q)
{
    ServiceRequest r;
    int c = 0;
    r.id = q.value(c++).toLongLong();
    r.customerId = q.value(c++).toLongLong();
    r.title = q.value(c++).toString();
    r.description = q.value(c++).toString();
    r.priority = RequestPriority(q.value(c++).toInt());
    r.owner = q.value(c++).toString();
    r.dueOn = StoredTime::toDate(q.value(c++));
    r.stage = RequestStage(q.value(c++).toInt());
    r.cancelReason = q.value(c++).toString();
    r.planContent = q.value(c++).toString();
    r.planSchedule = q.value(c++).toString();
    r.planBudget = q.value(c++).toLongLong();
    r.openedAt = StoredTime::toDateTime(q.value(c++));
    r.closedAt = StoredTime::toDateTime(q.value(c++));
    r.createdAt = StoredTime::toDateTime(q.value(c++));
    r.createdBy = q.value(c++).toString();
    r.updatedAt = StoredTime::toDateTime(q.value(c++));
    r.updatedBy = q.value(c++).toString();
    r.version = q.value(c++).toInt();
    return r;
}

StageMove readMove(const QSqlQuery &q)
{
    StageMove m;
    m.id = q.value(0).toLongLong();
    m.requestId = q.value(1).toLongLong();
    m.movedAt = StoredTime::toDateTime(q.value(2));
    m.movedBy = q.value(3).toString();
    m.opened = q.value(4).isNull();
    m.from = m.opened ? RequestStage(q.value(5).toInt()) : RequestStage(q.value(4).toInt());
    m.to = RequestStage(q.value(5).toInt());
    m.reason = q.value(6).toString();
    return m;
}

// Text columns are NOT NULL: a null QString would be bound as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Result<ServiceRequest> load(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM service_requests WHERE id = ?")
                      .arg(QLatin1String(requestColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (!q.next())
        return makeError(Error::Code::NotFound,
                         ServiceRequestRepository::tr("This service request no longer exists."));
    return readRequest(q);
}

Error conflict(Database &db, qint64 id)
{
    const std::optional<LastWriter> last = LastWriter::of(db,
                                                          QStringLiteral("service_requests"),
                                                          id);
    if (!last)
        return makeError(Error::Code::NotFound,
                         ServiceRequestRepository::tr("This service request no longer exists."));
    return makeError(Error::Code::Conflict,
                     ServiceRequestRepository::tr(
                             "This service request was changed by %1 at %2 after you opened it. "
                             "Nothing was saved: reload the request to see their changes, then "
                             "make yours again.")
                             .arg(last->login, last->shownTime));
}

// The editable fields, trimmed and checked.
Result<ServiceRequest> validate(const ServiceRequest &input)
{
    ServiceRequest r = input;
    r.title = r.title.simplified();
    r.description = text(r.description.trimmed());
    r.owner = text(r.owner.trimmed());
    r.planContent = text(r.planContent.trimmed());
    r.planSchedule = text(r.planSchedule.trimmed());

    QHash<QString, QString> errors;
    if (r.title.isEmpty())
        errors.insert(QStringLiteral("title"),
                      ServiceRequestRepository::tr("Give the request a short title."));
    else if (r.title.size() > MaxTitleLength)
        errors.insert(QStringLiteral("title"),
                      ServiceRequestRepository::tr("A title has at most %1 characters.")
                              .arg(MaxTitleLength));
    if (r.description.size() > MaxTextLength)
        errors.insert(QStringLiteral("description"),
                      ServiceRequestRepository::tr("A description has at most %1 characters.")
                              .arg(MaxTextLength));
    if (r.planContent.size() > MaxTextLength)
        errors.insert(QStringLiteral("plan_content"),
                      ServiceRequestRepository::tr("The plan has at most %1 characters.")
                              .arg(MaxTextLength));
    if (r.planSchedule.size() > MaxTextLength)
        errors.insert(QStringLiteral("plan_schedule"),
                      ServiceRequestRepository::tr("The schedule has at most %1 characters.")
                              .arg(MaxTextLength));
    if (r.planBudget < 0)
        errors.insert(QStringLiteral("plan_budget"),
                      ServiceRequestRepository::tr("The budget cannot be negative."));
    else if (r.planBudget > MaxBudget)
        errors.insert(QStringLiteral("plan_budget"),
                      ServiceRequestRepository::tr("The budget cannot be more than %1.")
                              .arg(HistoryLabels::money(MaxBudget)));
    if (int(r.priority) < int(RequestPriority::Low)
        || int(r.priority) > int(RequestPriority::Urgent))
        errors.insert(QStringLiteral("priority"),
                      ServiceRequestRepository::tr("Choose a priority from the list."));
    if (!errors.isEmpty()) {
        Error error
                = makeError(Error::Code::Invalid,
                            errors.size() == 1
                                    ? errors.constBegin().value()
                                    : ServiceRequestRepository::tr("%n field(s) need attention.",
                                                                   nullptr,
                                                                   int(errors.size())));
        error.fieldErrors = errors;
        return error;
    }
    return r;
}

// Binds the columns that open() and update() write.
void bindContent(QSqlQuery &q, const ServiceRequest &r)
{
    q.bindValue(QStringLiteral(":title"), r.title);
    q.bindValue(QStringLiteral(":description"), r.description);
    q.bindValue(QStringLiteral(":priority"), int(r.priority));
    q.bindValue(QStringLiteral(":owner"), r.owner);
    q.bindValue(QStringLiteral(":due_on"), StoredTime::fromDate(r.dueOn));
    q.bindValue(QStringLiteral(":plan_content"), r.planContent);
    q.bindValue(QStringLiteral(":plan_schedule"), r.planSchedule);
    q.bindValue(QStringLiteral(":plan_budget"), r.planBudget);
}

QJsonObject fields(const ServiceRequest &r)
{
    return {{QStringLiteral("title"), r.title},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("priority"), int(r.priority)},
            {QStringLiteral("owner"), r.owner},
            {QStringLiteral("due_on"), StoredTime::fromDate(r.dueOn).toString()},
            {QStringLiteral("plan_content"), r.planContent},
            {QStringLiteral("plan_schedule"), r.planSchedule},
            {QStringLiteral("plan_budget"), r.planBudget}};
}

// {"field": {"before": ..., "after": ...}} for each field that differs (as CustomerAudit does).
QJsonObject changes(const ServiceRequest &before, const ServiceRequest &after)
{
    const QJsonObject a = fields(before);
    const QJsonObject b = fields(after);
    QJsonObject out;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it)
        if (b.value(it.key()) != it.value())
            out.insert(it.key(),
                       QJsonObject {{QStringLiteral("before"), it.value()},
                                    {QStringLiteral("after"), b.value(it.key())}});
    return out;
}

Status insertMove(Database &db,
                  const ServiceRequest &r,
                  const QVariant &movedAt,
                  const QString &movedBy,
                  const QVariant &from,
                  RequestStage to,
                  const QString &reason)
{
    QSqlQuery q(db.connection());
    q.prepare(
            QStringLiteral("INSERT INTO request_stage_moves(request_id, customer_id, moved_at,"
                           " moved_by, from_stage, to_stage, reason) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.id);
    q.addBindValue(r.customerId);
    q.addBindValue(movedAt);
    q.addBindValue(movedBy);
    q.addBindValue(from);
    q.addBindValue(int(to));
    q.addBindValue(text(reason));
    if (!q.exec())
        return Database::storageError(q.lastError());
    return Done {};
}

} // namespace

ServiceRequestRepository::ServiceRequestRepository(Database &db)
    : m_db(db)
{ }

Result<ServiceRequest> ServiceRequestRepository::open(const Actor &actor,
                                                      const ServiceRequest &input)
{
    if (Status s = Permissions::require(actor, Operation::Create); !s)
        return s.error();
    Result<ServiceRequest> validated = validate(input);
    if (!validated)
        return validated.error();
    ServiceRequest r = std::move(validated).value();
    r.stage = RequestStage::Contact;

    const Result<qint64> id = WriteTransaction::run<qint64>(m_db, [&]() -> Result<qint64> {
        if (Status s = HistoryCustomer::requireWritable(m_db, r.customerId); !s)
            return s.error();
        const QVariant now = StoredTime::fromDateTime(StoredTime::now());
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                "INSERT INTO service_requests(customer_id, title, description, priority, owner,"
                " due_on, stage, cancel_reason, plan_content, plan_schedule, plan_budget,"
                " opened_at, closed_at, created_at, created_by, updated_at, updated_by, version)"
                " VALUES(:customer_id, :title, :description, :priority, :owner, :due_on, :stage,"
                " '', :plan_content, :plan_schedule, :plan_budget, :now, NULL, :now, :actor,"
                " :now, :actor, 1) RETURNING id"));
        q.bindValue(QStringLiteral(":customer_id"), r.customerId);
        bindContent(q, r);
        q.bindValue(QStringLiteral(":stage"), int(r.stage));
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":actor"), actor.login);
        if (!q.exec() || !q.next())
            return Database::storageError(q.lastError());
        r.id = q.value(0).toLongLong();
        q.finish();
        // The first move has no from_stage: the request was opened in Contact.
        if (Status s = insertMove(
                    m_db, r, now, actor.login, QVariant(QMetaType::fromType<int>()), r.stage, {});
            !s)
            return s.error();
        QJsonObject details = fields(r);
        details.insert(QStringLiteral("customer_id"), r.customerId);
        details.insert(QStringLiteral("stage"), int(r.stage));
        if (Status s = AuditLog::append(m_db, actor, AuditLog::Create, Entity, r.id, details); !s)
            return s.error();
        return r.id;
    });
    if (!id)
        return id.error();
    return load(m_db, id.value());
}

Result<ServiceRequest> ServiceRequestRepository::update(const Actor &actor,
                                                        const ServiceRequest &input)
{
    if (Status s = Permissions::require(actor, Operation::Edit); !s)
        return s.error();
    if (input.id <= 0)
        return makeError(Error::Code::NotFound, tr("This service request has not been saved yet."));
    Result<ServiceRequest> validated = validate(input);
    if (!validated)
        return validated.error();
    const ServiceRequest edited = std::move(validated).value();

    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        const Result<ServiceRequest> before = load(m_db, edited.id);
        if (!before)
            return before.error();
        if (before->version != edited.version)
            return conflict(m_db, edited.id);
        if (before->stage == RequestStage::Cancelled)
            return makeError(Error::Code::Invalid,
                             tr("A cancelled request can no longer be changed."));
        if (before->stage == RequestStage::Closed)
            return makeError(Error::Code::Invalid,
                             tr("This request is closed. Reopen it before changing it."));
        if (Status s = HistoryCustomer::requireWritable(m_db, before->customerId); !s)
            return s;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                "UPDATE service_requests SET title = :title, description = :description,"
                " priority = :priority, owner = :owner, due_on = :due_on,"
                " plan_content = :plan_content, plan_schedule = :plan_schedule,"
                " plan_budget = :plan_budget, updated_at = :now, updated_by = :actor,"
                " version = version + 1 WHERE id = :id AND version = :version"));
        bindContent(q, edited);
        q.bindValue(QStringLiteral(":now"), StoredTime::fromDateTime(StoredTime::now()));
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
                                changes(before.value(), edited));
    });
    if (!status)
        return status.error();
    return load(m_db, edited.id);
}

Result<ServiceRequest> ServiceRequestRepository::move(
        const Actor &actor, qint64 id, int expectedVersion, RequestStage to, const QString &reason)
{
    if (Status s = Permissions::require(actor, Operation::Edit); !s)
        return s.error();
    const QString why = reason.trimmed();

    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        const Result<ServiceRequest> before = load(m_db, id);
        if (!before)
            return before.error();
        if (before->version != expectedVersion)
            return conflict(m_db, id);
        if (Status s = StageRules::check(before.value(), to, why); !s)
            return s;
        if (why.size() > MaxTextLength) {
            Error error = makeError(Error::Code::Invalid,
                                    tr("A reason has at most %1 characters.").arg(MaxTextLength));
            error.fieldErrors.insert(QStringLiteral("reason"), error.message);
            return error;
        }

        const QDateTime moment = StoredTime::now();
        const QVariant now = StoredTime::fromDateTime(moment);
        const RequestStage from = before->stage;
        if (Status s = insertMove(m_db, before.value(), now, actor.login, int(from), to, why); !s)
            return s;

        const bool ends = to == RequestStage::Closed || to == RequestStage::Cancelled;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                "UPDATE service_requests SET stage = :stage, closed_at = :closed_at,"
                " cancel_reason = :cancel_reason, updated_at = :now, updated_by = :actor,"
                " version = version + 1 WHERE id = :id AND version = :version"));
        q.bindValue(QStringLiteral(":stage"), int(to));
        q.bindValue(QStringLiteral(":closed_at"),
                    ends ? now : QVariant(QMetaType::fromType<QString>()));
        q.bindValue(QStringLiteral(":cancel_reason"),
                    to == RequestStage::Cancelled ? why : text(before->cancelReason));
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":actor"), actor.login);
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":version"), expectedVersion);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (q.numRowsAffected() != 1)
            return conflict(m_db, id);
        if (Status s = AuditLog::append(m_db,
                                        actor,
                                        MoveAction,
                                        Entity,
                                        id,
                                        {{QStringLiteral("from"), int(from)},
                                         {QStringLiteral("to"), int(to)},
                                         {QStringLiteral("reason"), why}});
            !s)
            return s;
        // The return visit after the request (once, however often it is closed again).
        if (to == RequestStage::Closed)
            return FollowUpRules::onRequestClosed(m_db, actor, id, moment.toLocalTime().date());
        return Done {};
    });
    if (!status)
        return status.error();
    return load(m_db, id);
}

Result<ServiceRequest> ServiceRequestRepository::get(const Actor &actor, qint64 id) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    return load(m_db, id);
}

Result<HistoryPage<ServiceRequest>> ServiceRequestRepository::forCustomer(const Actor &actor,
                                                                          qint64 customerId,
                                                                          const HistoryCursor &from,
                                                                          int limit) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    return HistoryPaging::read<ServiceRequest>(
            m_db,
            QStringLiteral("service_requests"),
            QLatin1String(requestColumns),
            QStringLiteral("opened_at"),
            customerId,
            from,
            limit,
            &readRequest,
            [](const ServiceRequest &r) { return r.openedAt; },
            [](const ServiceRequest &r) { return r.id; });
}

Result<QList<StageMove>> ServiceRequestRepository::moves(const Actor &actor, qint64 requestId) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // In the order they were written (under the write lock), whatever the desks' clocks said.
    q.prepare(QStringLiteral("SELECT %1 FROM request_stage_moves WHERE request_id = ? ORDER BY id")
                      .arg(QLatin1String(moveColumns)));
    q.addBindValue(requestId);
    if (!q.exec())
        return Database::storageError(q.lastError());
    QList<StageMove> moves;
    while (q.next())
        moves.append(readMove(q));
    if (moves.isEmpty()) {
        // Every request has its first move: none means no such request.
        if (const Result<ServiceRequest> r = load(m_db, requestId); !r)
            return r.error();
    }
    return moves;
}
