#include "InteractionRepository.h"

#include "HistoryPaging.h"

#include "Classification.h"
#include "HistoryCustomer.h"
#include "audit/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

const QString Entity = QStringLiteral("interaction");

constexpr int MaxDurationSeconds = 24 * 60 * 60;
constexpr qint64 FutureToleranceSeconds = 5 * 60;
constexpr int MaxTextLength = 4000;

const char columns[] = "id, customer_id, occurred_at, channel, direction, type, summary, result,"
                       " staff, duration_seconds, created_at, created_by";

Interaction readInteraction(const QSqlQuery &q)
{
    Interaction i;
    int c = 0;
    i.id = q.value(c++).toLongLong();
    i.customerId = q.value(c++).toLongLong();
    i.occurredAt = StoredTime::toDateTime(q.value(c++));
    i.channel = InteractionChannel(q.value(c++).toInt());
    i.direction = InteractionDirection(q.value(c++).toInt());
    i.type = InteractionType(q.value(c++).toInt());
    i.summary = q.value(c++).toString();
    i.result = q.value(c++).toString();
    i.staff = q.value(c++).toString();
    i.durationSeconds = q.value(c++).toInt();
    i.createdAt = StoredTime::toDateTime(q.value(c++));
    i.createdBy = q.value(c++).toString();
    return i;
}

// Text columns are NOT NULL: a null QString would be bound as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QJsonObject snapshot(const Interaction &i)
{
    return {{QStringLiteral("customer_id"), i.customerId},
            {QStringLiteral("occurred_at"), StoredTime::fromDateTime(i.occurredAt).toString()},
            {QStringLiteral("channel"), int(i.channel)},
            {QStringLiteral("direction"), int(i.direction)},
            {QStringLiteral("type"), int(i.type)},
            {QStringLiteral("summary"), i.summary},
            {QStringLiteral("result"), i.result},
            {QStringLiteral("staff"), i.staff},
            {QStringLiteral("duration_seconds"), i.durationSeconds}};
}

} // namespace

InteractionRepository::InteractionRepository(Database &db)
    : m_db(db)
{ }

Interaction InteractionRepository::defaults(const Actor &actor, qint64 customerId)
{
    Interaction i;
    i.customerId = customerId;
    const QDateTime now = StoredTime::now();
    // Whole seconds: what a person would type into the time field.
    i.occurredAt = now.addMSecs(-now.time().msec());
    i.channel = InteractionChannel::Phone;
    i.direction = InteractionDirection::Inbound;
    i.type = InteractionType::Inquiry;
    i.summary = QStringLiteral("");
    i.result = QStringLiteral("");
    i.staff = actor.login;
    return i;
}

Result<Interaction> InteractionRepository::log(const Actor &actor, const Interaction &input)
{
    if (Status s = Permissions::require(actor, Operation::Create); !s)
        return s.error();

    Interaction i = input;
    i.summary = i.summary.trimmed();
    i.result = text(i.result.trimmed());
    i.staff = i.staff.trimmed();
    if (i.staff.isEmpty())
        i.staff = actor.login;

    QHash<QString, QString> errors;
    if (i.summary.isEmpty())
        errors.insert(QStringLiteral("summary"), tr("Write a short summary of the contact."));
    else if (i.summary.size() > MaxTextLength)
        errors.insert(QStringLiteral("summary"),
                      tr("A summary has at most %1 characters.").arg(MaxTextLength));
    if (i.result.size() > MaxTextLength)
        errors.insert(QStringLiteral("result"),
                      tr("A result has at most %1 characters.").arg(MaxTextLength));
    if (i.durationSeconds < 0 || i.durationSeconds > MaxDurationSeconds)
        errors.insert(QStringLiteral("duration"),
                      tr("The duration must be between 0 and 24 hours."));
    const QDateTime now = StoredTime::now();
    if (!i.occurredAt.isValid())
        errors.insert(QStringLiteral("occurred_at"), tr("Enter when the contact took place."));
    else if (now.secsTo(i.occurredAt) > FutureToleranceSeconds)
        errors.insert(QStringLiteral("occurred_at"),
                      tr("The contact cannot be in the future. Check the date and time."));
    if (int(i.channel) < int(InteractionChannel::Phone)
        || int(i.channel) > int(InteractionChannel::Other))
        errors.insert(QStringLiteral("channel"), tr("Choose a channel from the list."));
    if (int(i.direction) < int(InteractionDirection::Inbound)
        || int(i.direction) > int(InteractionDirection::Outbound))
        errors.insert(QStringLiteral("direction"), tr("Choose inbound or outbound."));
    if (int(i.type) < int(InteractionType::Inquiry)
        || int(i.type) > int(InteractionType::TrainingEvent))
        errors.insert(QStringLiteral("type"), tr("Choose a type from the list."));
    if (!errors.isEmpty()) {
        Error error = makeError(Error::Code::Invalid,
                                errors.size() == 1 ? errors.constBegin().value()
                                                   : tr("%n field(s) need attention.",
                                                        nullptr,
                                                        int(errors.size())));
        error.fieldErrors = errors;
        return error;
    }
    i.occurredAt = i.occurredAt.toUTC();

    const Result<qint64> id = WriteTransaction::run<qint64>(m_db, [&]() -> Result<qint64> {
        if (Status s = HistoryCustomer::requireWritable(m_db, i.customerId); !s)
            return s.error();
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                "INSERT INTO interactions(customer_id, occurred_at, channel, direction, type,"
                " summary, result, staff, duration_seconds, created_at, created_by)"
                " VALUES(:customer_id, :occurred_at, :channel, :direction, :type, :summary,"
                " :result, :staff, :duration, :now, :actor) RETURNING id"));
        q.bindValue(QStringLiteral(":customer_id"), i.customerId);
        q.bindValue(QStringLiteral(":occurred_at"), StoredTime::fromDateTime(i.occurredAt));
        q.bindValue(QStringLiteral(":channel"), int(i.channel));
        q.bindValue(QStringLiteral(":direction"), int(i.direction));
        q.bindValue(QStringLiteral(":type"), int(i.type));
        q.bindValue(QStringLiteral(":summary"), i.summary);
        q.bindValue(QStringLiteral(":result"), i.result);
        q.bindValue(QStringLiteral(":staff"), i.staff);
        q.bindValue(QStringLiteral(":duration"), i.durationSeconds);
        q.bindValue(QStringLiteral(":now"), StoredTime::fromDateTime(now));
        q.bindValue(QStringLiteral(":actor"), actor.login);
        if (!q.exec() || !q.next())
            return Database::storageError(q.lastError());
        i.id = q.value(0).toLongLong();
        q.finish();
        if (Status s = AuditLog::append(m_db, actor, AuditLog::Create, Entity, i.id, snapshot(i));
            !s)
            return s.error();
        // The last contact changed: lifecycle and tier follow in the same transaction.
        if (Status s = Classification::reclassify(m_db, i.customerId, QDate::currentDate()); !s)
            return s.error();
        return i.id;
    });
    if (!id)
        return id.error();
    return get(actor, id.value());
}

Result<Interaction> InteractionRepository::get(const Actor &actor, qint64 id) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(
            QStringLiteral("SELECT %1 FROM interactions WHERE id = ?").arg(QLatin1String(columns)));
    q.addBindValue(id);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (!q.next())
        return makeError(Error::Code::NotFound, tr("This interaction no longer exists."));
    return readInteraction(q);
}

Result<HistoryPage<Interaction>> InteractionRepository::forCustomer(const Actor &actor,
                                                                    qint64 customerId,
                                                                    const HistoryCursor &from,
                                                                    int limit) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    return HistoryPaging::read<Interaction>(
            m_db,
            QStringLiteral("interactions"),
            QLatin1String(columns),
            QStringLiteral("occurred_at"),
            customerId,
            from,
            limit,
            &readInteraction,
            [](const Interaction &i) { return i.occurredAt; },
            [](const Interaction &i) { return i.id; });
}
