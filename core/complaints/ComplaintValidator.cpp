#include "ComplaintValidator.h"

#include "ComplaintLabels.h"
#include "history/ChoiceLists.h"
#include "history/HistoryLabels.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Text columns are NOT NULL: a null QString would be bound as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Error invalid(const QHash<QString, QString> &errors)
{
    Error error = makeError(Error::Code::Invalid,
                            errors.size() == 1
                                    ? errors.constBegin().value()
                                    : ComplaintValidator::tr("%n field(s) need attention.",
                                                             nullptr,
                                                             int(errors.size())));
    error.fieldErrors = errors;
    return error;
}

// Whether the row of `table` with this id belongs to the customer: an empty message, or why not.
Result<QString> linkProblem(Database &db,
                            const char *table,
                            qint64 id,
                            qint64 customerId,
                            const QString &gone,
                            const QString &other)
{
    if (id == 0)
        return QString();
    if (id < 0)
        return gone;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT customer_id FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (!q.next())
        return gone;
    return q.value(0).toLongLong() == customerId ? QString() : other;
}

} // namespace

Result<Complaint> ComplaintValidator::validate(Database &db,
                                               const Complaint &input,
                                               const Complaint *stored,
                                               const QDateTime &now)
{
    Complaint c = input;
    QHash<QString, QString> errors;
    const ChoiceLists lists(db);
    auto tooLong = [&](const char *key, QString &value, const QString &message) {
        value = text(value.trimmed());
        if (value.size() > MaxTextLength)
            errors.insert(QLatin1String(key), message.arg(MaxTextLength));
    };

    if (!c.receivedAt.isValid() && !stored)
        c.receivedAt = now;
    c.receivedAt = c.receivedAt.toUTC();
    if (!c.receivedAt.isValid())
        errors.insert(QStringLiteral("received_at"), tr("Enter when the complaint was received."));
    else if (c.receivedAt.date() < QDate(1900, 1, 1))
        errors.insert(QStringLiteral("received_at"), tr("A date before 1900 is not possible here."));
    else if (c.receivedAt > now.addDays(1))
        errors.insert(QStringLiteral("received_at"),
                      tr("The complaint cannot be received more than a day ahead."));

    if (!HistoryLabels::channels().contains(c.channel))
        errors.insert(QStringLiteral("channel"), tr("Choose the channel from the list."));
    if (!ComplaintLabels::severities().contains(c.severity))
        errors.insert(QStringLiteral("severity"), tr("Choose a severity from the list."));
    if (c.confirmation != ComplaintConfirmation::NotAsked
        && c.confirmation != ComplaintConfirmation::Accepted
        && c.confirmation != ComplaintConfirmation::Rejected)
        errors.insert(QStringLiteral("confirmation"),
                      tr("Choose the customer's answer from the list."));

    // Reason and detailed reason: offered entries of the two-level list; what the complaint
    // already has stays acceptable when the entry was retired since.
    c.reason = text(c.reason.trimmed());
    c.subReason = text(c.subReason.trimmed());
    bool reasonOk = false;
    if (c.reason.isEmpty()) {
        errors.insert(QStringLiteral("reason"), tr("Choose the reason for the complaint."));
    } else if (stored && stored->reason == c.reason) {
        reasonOk = true;
    } else {
        const Result<bool> offered = lists.offersUnder(ChoiceLists::ComplaintReason,
                                                       c.reason,
                                                       QStringLiteral(""));
        if (!offered)
            return offered.error();
        reasonOk = offered.value();
        if (!reasonOk)
            errors.insert(QStringLiteral("reason"),
                          tr("This reason is not offered. Choose one from the list."));
    }
    if (reasonOk && !c.subReason.isEmpty()
        && !(stored && stored->reason == c.reason && stored->subReason == c.subReason)) {
        const Result<bool> offered = lists.offersUnder(ChoiceLists::ComplaintReason,
                                                       c.subReason,
                                                       c.reason);
        if (!offered)
            return offered.error();
        if (!offered.value())
            errors.insert(QStringLiteral("sub_reason"),
                          tr("This detailed reason is not offered under \"%1\". Choose one "
                             "from the list, or leave it empty.")
                                  .arg(lists.label(ChoiceLists::ComplaintReason, c.reason)));
    }

    c.description = text(c.description.trimmed());
    if (c.description.isEmpty())
        errors.insert(QStringLiteral("description"),
                      tr("Describe what the customer complains about."));
    else if (c.description.size() > MaxTextLength)
        errors.insert(QStringLiteral("description"),
                      tr("A description has at most %1 characters.").arg(MaxTextLength));
    tooLong("response", c.response, tr("A response has at most %1 characters."));
    tooLong("resolution", c.resolution, tr("A resolution has at most %1 characters."));
    tooLong("root_cause", c.rootCause, tr("The root cause has at most %1 characters."));
    tooLong("corrective_action",
            c.correctiveAction,
            tr("The corrective action has at most %1 characters."));
    tooLong("preventive_action",
            c.preventiveAction,
            tr("The preventive action has at most %1 characters."));
    if (c.isSettled() && c.resolution.isEmpty())
        errors.insert(QStringLiteral("resolution"),
                      tr("A complaint that is \"%1\" keeps its resolution. Enter what was done "
                         "for the customer.")
                              .arg(ComplaintLabels::status(c.status)));

    const Result<QString> purchase = linkProblem(
            db,
            "purchases",
            c.purchaseId,
            c.customerId,
            tr("This purchase no longer exists. Choose another one or none."),
            tr("This purchase belongs to another customer. Choose one of this customer's."));
    if (!purchase)
        return purchase.error();
    if (!purchase->isEmpty())
        errors.insert(QStringLiteral("purchase"), purchase.value());
    const Result<QString> request
            = linkProblem(db,
                          "service_requests",
                          c.requestId,
                          c.customerId,
                          tr("This service request no longer exists. Choose another one or none."),
                          tr("This service request belongs to another customer. Choose one of this "
                             "customer's."));
    if (!request)
        return request.error();
    if (!request->isEmpty())
        errors.insert(QStringLiteral("request"), request.value());

    c.compensationKind = text(c.compensationKind.trimmed());
    if (!c.compensationKind.isEmpty()
        && !(stored && stored->compensationKind == c.compensationKind)) {
        const Result<bool> offered = lists.offersUnder(ChoiceLists::CompensationKind,
                                                       c.compensationKind,
                                                       QStringLiteral(""));
        if (!offered)
            return offered.error();
        if (!offered.value())
            errors.insert(QStringLiteral("compensation_kind"),
                          tr("This kind of compensation is not offered. Choose one from the "
                             "list."));
    }
    if (c.compensationAmount < 0)
        errors.insert(QStringLiteral("compensation_amount"),
                      tr("The compensation amount cannot be negative."));
    else if (c.compensationAmount > MaxAmount)
        errors.insert(QStringLiteral("compensation_amount"),
                      tr("The compensation amount cannot be more than %1.")
                              .arg(HistoryLabels::money(MaxAmount)));
    else if (c.compensationAmount > 0 && c.compensationKind.isEmpty())
        errors.insert(QStringLiteral("compensation_kind"),
                      tr("Choose the kind of compensation for the amount."));

    if (!errors.isEmpty())
        return invalid(errors);
    return c;
}

Result<QString> ComplaintValidator::handler(Database &db, const QString &login)
{
    const QString name = login.trimmed();
    auto refuse = [](const QString &message) {
        Error e = makeError(Error::Code::Invalid, message);
        e.fieldErrors.insert(QStringLiteral("handler"), message);
        return e;
    };
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT login, disabled FROM users WHERE lower(login) = lower(?)"));
    q.addBindValue(name);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (!q.next())
        return refuse(tr("There is no user \"%1\". Choose the handler from the list.").arg(name));
    if (q.value(1).toInt() != 0)
        return refuse(
                tr("%1's account is disabled. Choose another handler.").arg(q.value(0).toString()));
    return q.value(0).toString();
}
