// The data-subject export's sections of complaints and return visits: CustomerExportSection's
// complaints, their handling history and follow-ups, each oldest first.
#include "CustomerExportSection.h"

#include "complaints/ComplaintLabels.h"
#include "csv/CsvWriter.h"
#include "history/ChoiceLists.h"
#include "history/HistoryLabels.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// Runs sql (one bind value: the customer's id) and writes one CSV row per result row. Labels
// are read before: a query inside the walk would cut its open result short on PostgreSQL.
Status writeQuery(const CustomerExportContext &context,
                  CsvWriter &csv,
                  const char *sql,
                  const std::function<QVariantList(const QSqlQuery &)> &row)
{
    QSqlQuery q(context.db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(sql));
    q.addBindValue(context.customer.id);
    if (!q.exec())
        return Database::storageError(q.lastError());
    while (q.next())
        if (Status s = csv.writeRow(row(q)); !s)
            return s;
    if (q.lastError().isValid())
        return Database::storageError(q.lastError());
    return Done {};
}

// A stored time, or nothing for NULL.
QVariant timeOrNull(const QSqlQuery &q, int column)
{
    return q.value(column).isNull() ? QVariant()
                                    : QVariant(StoredTime::toDateTime(q.value(column)));
}

QString yesNo(bool yes)
{
    return yes ? CustomerExportSection::tr("yes") : CustomerExportSection::tr("no");
}

// The reason and compensation lists, read once for a walk.
struct ComplaintChoices
{
    ChoiceLabels reasons;
    ChoiceLabels compensations;

    explicit ComplaintChoices(Database &db)
        : reasons(ChoiceLists(db).labels(ChoiceLists::ComplaintReason))
        , compensations(ChoiceLists(db).labels(ChoiceLists::CompensationKind))
    { }
};

// A value of complaint_changes as a person reads it: statuses, severities, channels and codes
// by their names, amounts as money, times in local time; text as it was.
QString changeValue(const ComplaintChoices &choices, const QString &field, const QVariant &stored)
{
    if (stored.isNull())
        return {};
    const QString text = stored.toString();
    if (text.isEmpty())
        return text;
    bool number = false;
    const int n = text.toInt(&number);
    if (field == QLatin1String("status") && number)
        return ComplaintLabels::status(ComplaintStatus(n));
    if (field == QLatin1String("severity") && number)
        return ComplaintLabels::severity(ComplaintSeverity(n));
    if (field == QLatin1String("confirmation") && number)
        return ComplaintLabels::confirmation(ComplaintConfirmation(n));
    if (field == QLatin1String("channel") && number)
        return HistoryLabels::channel(InteractionChannel(n));
    if (field == QLatin1String("reason") || field == QLatin1String("sub_reason"))
        return choices.reasons.label(text);
    if (field == QLatin1String("compensation_kind"))
        return choices.compensations.label(text);
    if (field == QLatin1String("compensation_amount") && number)
        return HistoryLabels::moneyPlain(text.toLongLong());
    if (field == QLatin1String("received_at"))
        return CsvWriter::cellText(StoredTime::toDateTime(stored), CsvColumnType::DateTime);
    return text;
}

} // namespace

CustomerExportSection CustomerExportSection::complaints()
{
    return {QStringLiteral("complaints.csv"),
            tr("Complaints: what was complained about, how it was handled and resolved, "
               "compensation and the service times promised"),
            {{tr("Complaint no."), CsvColumnType::Identifier},
             {tr("Received"), CsvColumnType::DateTime},
             {tr("Channel")},
             {tr("Reason")},
             {tr("Detailed reason")},
             {tr("Severity")},
             {tr("Description")},
             {tr("Purchase no."), CsvColumnType::Identifier},
             {tr("Request no."), CsvColumnType::Identifier},
             {tr("Handler")},
             {tr("Status")},
             {tr("Response")},
             {tr("Resolution")},
             {tr("Root cause")},
             {tr("Corrective action")},
             {tr("Preventive action")},
             {tr("Compensation")},
             {tr("Compensation amount"), CsvColumnType::Money},
             {tr("Customer's confirmation")},
             {tr("Confirmed"), CsvColumnType::DateTime},
             {tr("Response due"), CsvColumnType::DateTime},
             {tr("Responded"), CsvColumnType::DateTime},
             {tr("Response missed")},
             {tr("Resolution due"), CsvColumnType::DateTime},
             {tr("Resolved"), CsvColumnType::DateTime},
             {tr("Resolution missed")},
             {tr("Closed"), CsvColumnType::DateTime},
             {tr("Recorded by")}},
            [](const CustomerExportContext &context, CsvWriter &csv) -> Status {
                const ComplaintChoices choices(context.db);
                return writeQuery(
                        context,
                        csv,
                        "SELECT id, received_at, channel, reason, sub_reason, severity,"
                        " description, purchase_id, request_id, handler, status, response,"
                        " resolution, root_cause, corrective_action, preventive_action,"
                        " compensation_kind, compensation_amount, confirmation, confirmed_at,"
                        " response_due_at, responded_at, response_missed, resolution_due_at,"
                        " resolved_at, resolution_missed, closed_at, created_by FROM complaints"
                        " WHERE customer_id = ? ORDER BY received_at, id",
                        [&](const QSqlQuery &q) -> QVariantList {
                            const QString subReason = q.value(4).toString();
                            const QString compensation = q.value(16).toString();
                            return {q.value(0).toString(),
                                    timeOrNull(q, 1),
                                    HistoryLabels::channel(InteractionChannel(q.value(2).toInt())),
                                    choices.reasons.label(q.value(3).toString()),
                                    subReason.isEmpty() ? QString()
                                                        : choices.reasons.label(subReason),
                                    ComplaintLabels::severity(ComplaintSeverity(q.value(5).toInt())),
                                    q.value(6),
                                    q.value(7).isNull() ? QVariant() : q.value(7).toString(),
                                    q.value(8).isNull() ? QVariant() : q.value(8).toString(),
                                    q.value(9),
                                    ComplaintLabels::status(ComplaintStatus(q.value(10).toInt())),
                                    q.value(11),
                                    q.value(12),
                                    q.value(13),
                                    q.value(14),
                                    q.value(15),
                                    compensation.isEmpty()
                                            ? QString()
                                            : choices.compensations.label(compensation),
                                    q.value(17).toLongLong(),
                                    ComplaintLabels::confirmation(
                                            ComplaintConfirmation(q.value(18).toInt())),
                                    timeOrNull(q, 19),
                                    timeOrNull(q, 20),
                                    timeOrNull(q, 21),
                                    yesNo(q.value(22).toInt() != 0),
                                    timeOrNull(q, 23),
                                    timeOrNull(q, 24),
                                    yesNo(q.value(25).toInt() != 0),
                                    timeOrNull(q, 26),
                                    q.value(27)};
                        });
            }};
}

CustomerExportSection CustomerExportSection::complaintChanges()
{
    return {QStringLiteral("complaint_changes.csv"),
            tr("Handling history of the complaints: who changed what when, before and after"),
            {{tr("Complaint no."), CsvColumnType::Identifier},
             {tr("When"), CsvColumnType::DateTime},
             {tr("By")},
             {tr("Field")},
             {tr("Before")},
             {tr("After")},
             {tr("Reason")}},
            [](const CustomerExportContext &context, CsvWriter &csv) -> Status {
                const ComplaintChoices choices(context.db);
                return writeQuery(context,
                                  csv,
                                  "SELECT complaint_id, changed_at, changed_by, field, before,"
                                  " after, reason FROM complaint_changes WHERE customer_id = ?"
                                  " ORDER BY complaint_id, id",
                                  [&](const QSqlQuery &q) -> QVariantList {
                                      const QString field = q.value(3).toString();
                                      const bool received = field == QLatin1String("status")
                                                            && q.value(4).isNull();
                                      return {q.value(0).toString(),
                                              timeOrNull(q, 1),
                                              q.value(2),
                                              ComplaintLabels::field(field),
                                              received ? tr("(received)")
                                                       : changeValue(choices, field, q.value(4)),
                                              changeValue(choices, field, q.value(5)),
                                              q.value(6)};
                                  });
            }};
}

CustomerExportSection CustomerExportSection::followUps()
{
    return {QStringLiteral("follow_ups.csv"),
            tr("Return visits and follow-ups: why the customer was called, what came of it and "
               "the satisfaction scores given"),
            {{tr("Follow-up no."), CsvColumnType::Identifier},
             {tr("Due"), CsvColumnType::Date},
             {tr("Purpose")},
             {tr("Complaint no."), CsvColumnType::Identifier},
             {tr("Request no."), CsvColumnType::Identifier},
             {tr("Purchase no."), CsvColumnType::Identifier},
             {tr("Assignee")},
             {tr("Status")},
             {tr("Unanswered calls"), CsvColumnType::Integer},
             {tr("Done"), CsvColumnType::DateTime},
             {tr("Done by")},
             {tr("Outcome")},
             {tr("Notes")},
             {tr("Satisfaction (CSAT 1-5)"), CsvColumnType::Integer},
             {tr("Recommendation (NPS 0-10)"), CsvColumnType::Integer},
             {tr("Staff rated")}},
            [](const CustomerExportContext &context, CsvWriter &csv) -> Status {
                auto id = [](const QSqlQuery &q, int column) {
                    return q.value(column).isNull() ? QVariant() : q.value(column).toString();
                };
                auto score = [](const QSqlQuery &q, int column) {
                    return q.value(column).isNull() ? QVariant() : q.value(column).toLongLong();
                };
                return writeQuery(
                        context,
                        csv,
                        "SELECT id, due_on, purpose, complaint_id, request_id, purchase_id,"
                        " assignee, status, attempts, done_at, done_by, outcome, notes, csat, nps,"
                        " rated_staff FROM follow_ups WHERE customer_id = ? ORDER BY due_on, id",
                        [&](const QSqlQuery &q) -> QVariantList {
                            const QDate due = StoredTime::toDate(q.value(1));
                            return {q.value(0).toString(),
                                    due.isValid() ? QVariant(due) : QVariant(),
                                    q.value(2),
                                    id(q, 3),
                                    id(q, 4),
                                    id(q, 5),
                                    q.value(6),
                                    ComplaintLabels::followUpStatus(
                                            FollowUpStatus(q.value(7).toInt())),
                                    q.value(8).toLongLong(),
                                    timeOrNull(q, 9),
                                    q.value(10),
                                    q.value(11),
                                    q.value(12),
                                    score(q, 13),
                                    score(q, 14),
                                    q.value(15)};
                        });
            }};
}
