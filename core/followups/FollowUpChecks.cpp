#include "FollowUpChecks.h"

#include "FollowUpRepository.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr int MaxPurposeLength = 500;

} // namespace

namespace FollowUpChecks {

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
                                    : FollowUpRepository::tr("%n field(s) need attention.",
                                                             nullptr,
                                                             int(errors.size())));
    error.fieldErrors = errors;
    return error;
}

Error invalid(const QString &field, const QString &message)
{
    return invalid(QHash<QString, QString> {{field, message}});
}

// The editable fields, trimmed and checked without the archive.
QHash<QString, QString> fields(FollowUp &f)
{
    f.purpose = f.purpose.simplified();
    f.assignee = text(f.assignee.trimmed());
    f.notes = text(f.notes.trimmed());
    QHash<QString, QString> errors;
    if (f.purpose.isEmpty())
        errors.insert(QStringLiteral("purpose"),
                      FollowUpRepository::tr("Say what the follow-up is for."));
    else if (f.purpose.size() > MaxPurposeLength)
        errors.insert(QStringLiteral("purpose"),
                      FollowUpRepository::tr("A purpose has at most %1 characters.")
                              .arg(MaxPurposeLength));
    if (!f.dueOn.isValid())
        errors.insert(QStringLiteral("due_on"),
                      FollowUpRepository::tr("Choose the day the customer is to be contacted."));
    if (f.notes.size() > MaxTextLength)
        errors.insert(QStringLiteral("notes"),
                      FollowUpRepository::tr("Notes have at most %1 characters.").arg(MaxTextLength));
    return errors;
}

// The assignee must be a staff member (stored as their login is spelled); empty is anyone's.
Status assignee(Database &db, QString &assignee, QHash<QString, QString> &errors)
{
    if (assignee.isEmpty())
        return Done {};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT login FROM users WHERE lower(login) = %1 AND disabled = 0")
                      .arg(db.dialect().lowerParam()));
    q.addBindValue(assignee);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (q.next())
        assignee = q.value(0).toString();
    else
        errors.insert(QStringLiteral("assignee"),
                      FollowUpRepository::tr("%1 is not an active staff member. Choose who "
                                             "will contact the customer from the list.")
                              .arg(assignee));
    return Done {};
}

// Each link must name a row of the follow-up's customer.
Status links(Database &db, const FollowUp &f, QHash<QString, QString> &errors)
{
    struct Link
    {
        qint64 id;
        const char *table;
        const char *field;
        const char *missing;
        const char *foreign;
    };
    const Link links[] = {
            {f.purchaseId,
             "purchases",
             "purchase",
             QT_TRANSLATE_NOOP("FollowUpRepository", "The linked purchase no longer exists."),
             QT_TRANSLATE_NOOP("FollowUpRepository", "The linked purchase is another customer's.")},
            {f.requestId,
             "service_requests",
             "request",
             QT_TRANSLATE_NOOP("FollowUpRepository", "The linked service request no longer exists."),
             QT_TRANSLATE_NOOP("FollowUpRepository",
                               "The linked service request is another customer's.")},
            {f.complaintId,
             "complaints",
             "complaint",
             QT_TRANSLATE_NOOP("FollowUpRepository", "The linked complaint no longer exists."),
             QT_TRANSLATE_NOOP("FollowUpRepository", "The linked complaint is another customer's.")},
    };
    QSqlQuery q(db.connection());
    for (const Link &link : links) {
        if (link.id == 0)
            continue;
        q.prepare(QStringLiteral("SELECT customer_id FROM %1 WHERE id = ?")
                          .arg(QLatin1String(link.table)));
        q.addBindValue(link.id);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (!q.next())
            errors.insert(QLatin1String(link.field), FollowUpRepository::tr(link.missing));
        else if (q.value(0).toLongLong() != f.customerId)
            errors.insert(QLatin1String(link.field), FollowUpRepository::tr(link.foreign));
        q.finish();
    }
    return Done {};
}

// What record() is given: an outcome, optional notes and scores in range.
QHash<QString, QString> outcome(const QString &outcome, const QString &notes, int csat, int nps)
{
    QHash<QString, QString> errors;
    if (outcome.isEmpty())
        errors.insert(QStringLiteral("outcome"),
                      FollowUpRepository::tr("Say what came of the call."));
    else if (outcome.size() > MaxTextLength)
        errors.insert(QStringLiteral("outcome"),
                      FollowUpRepository::tr("An outcome has at most %1 characters.")
                              .arg(MaxTextLength));
    if (notes.size() > MaxTextLength)
        errors.insert(QStringLiteral("notes"),
                      FollowUpRepository::tr("Notes have at most %1 characters.").arg(MaxTextLength));
    if (csat != 0 && (csat < 1 || csat > 5))
        errors.insert(QStringLiteral("csat"),
                      FollowUpRepository::tr(
                              "A satisfaction score is from 1 to 5 (or leave it empty)."));
    if (nps != -1 && (nps < 0 || nps > 10))
        errors.insert(QStringLiteral("nps"),
                      FollowUpRepository::tr(
                              "A recommendation score is from 0 to 10 (or leave it empty)."));
    return errors;
}

// Whose service a score rates: the linked complaint's handler, request's owner or purchase's
// seller (the first link that names someone); else the assignee; else whoever made the call.
Result<QString> ratedStaff(Database &db, const FollowUp &f, const QString &caller)
{
    const std::pair<qint64, const char *> sources[] = {
            {f.complaintId, "SELECT handler FROM complaints WHERE id = ?"},
            {f.requestId, "SELECT owner FROM service_requests WHERE id = ?"},
            {f.purchaseId, "SELECT created_by FROM purchases WHERE id = ?"},
    };
    QSqlQuery q(db.connection());
    for (const auto &[id, sql] : sources) {
        if (id == 0)
            continue;
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (q.next() && !q.value(0).toString().isEmpty())
            return q.value(0).toString();
        q.finish();
    }
    return f.assignee.isEmpty() ? caller : f.assignee;
}

} // namespace FollowUpChecks
