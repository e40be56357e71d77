// The data-subject export's sections of the service history: CustomerExportSection's purchases,
// returns, interactions, service requests and stage moves, each oldest first.
#include "CustomerExportSection.h"

#include "csv/CsvWriter.h"
#include "history/ChoiceLists.h"
#include "history/HistoryLabels.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// Runs sql (one bind value: the customer's id) and writes one CSV row per result row.
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
    return Done {};
}

QVariant storedTime(const QSqlQuery &q, int column)
{
    return StoredTime::toDateTime(q.value(column));
}

QVariant money(const QSqlQuery &q, int column)
{
    return q.value(column).toLongLong();
}

} // namespace

CustomerExportSection CustomerExportSection::purchases()
{
    return {QStringLiteral("purchases.csv"),
            tr("Purchases, with what was refunded of each"),
            {{tr("Purchase no."), CsvColumnType::Identifier},
             {tr("Purchased"), CsvColumnType::DateTime},
             {tr("Product")},
             {tr("Category")},
             {tr("Quantity"), CsvColumnType::Integer},
             {tr("Unit price"), CsvColumnType::Money},
             {tr("Amount"), CsvColumnType::Money},
             {tr("Refunded"), CsvColumnType::Money},
             {tr("Payment method")},
             {tr("Channel")},
             {tr("Notes")},
             {tr("Recorded by")}},
            [](const CustomerExportContext &context, CsvWriter &csv) -> Status {
                const ChoiceLabels methods = ChoiceLists(context.db)
                                                     .labels(ChoiceLists::PaymentMethod);
                return writeQuery(
                        context,
                        csv,
                        "SELECT id, purchased_at, product, category, quantity, unit_price, amount,"
                        " refunded, payment_method, channel, notes, created_by FROM purchases"
                        " WHERE customer_id = ? ORDER BY purchased_at, id",
                        [&](const QSqlQuery &q) -> QVariantList {
                            return {q.value(0).toString(),
                                    storedTime(q, 1),
                                    q.value(2),
                                    q.value(3),
                                    q.value(4).toLongLong(),
                                    money(q, 5),
                                    money(q, 6),
                                    money(q, 7),
                                    methods.label(q.value(8).toString()),
                                    q.value(9),
                                    q.value(10),
                                    q.value(11)};
                        });
            }};
}

CustomerExportSection CustomerExportSection::returns()
{
    return {QStringLiteral("returns.csv"),
            tr("Returns and their refunds"),
            {{tr("Return no."), CsvColumnType::Identifier},
             {tr("Purchase no."), CsvColumnType::Identifier},
             {tr("Returned"), CsvColumnType::DateTime},
             {tr("Product")},
             {tr("Reason")},
             {tr("Refunded"), CsvColumnType::Money},
             {tr("Notes")},
             {tr("Recorded by")}},
            [](const CustomerExportContext &context, CsvWriter &csv) -> Status {
                const ChoiceLabels reasons = ChoiceLists(context.db)
                                                     .labels(ChoiceLists::ReturnReason);
                return writeQuery(context,
                                  csv,
                                  "SELECT r.id, r.purchase_id, r.returned_at, p.product, r.reason,"
                                  " r.refunded, r.notes, r.created_by FROM purchase_returns r"
                                  " JOIN purchases p ON p.id = r.purchase_id"
                                  " WHERE r.customer_id = ? ORDER BY r.returned_at, r.id",
                                  [&](const QSqlQuery &q) -> QVariantList {
                                      return {q.value(0).toString(),
                                              q.value(1).toString(),
                                              storedTime(q, 2),
                                              q.value(3),
                                              reasons.label(q.value(4).toString()),
                                              money(q, 5),
                                              q.value(6),
                                              q.value(7)};
                                  });
            }};
}

CustomerExportSection CustomerExportSection::interactions()
{
    return {QStringLiteral("interactions.csv"),
            tr("Interactions: every logged contact"),
            {{tr("When"), CsvColumnType::DateTime},
             {tr("Channel")},
             {tr("Direction")},
             {tr("Type")},
             {tr("Summary")},
             {tr("Result")},
             {tr("Staff")},
             {tr("Duration (seconds)"), CsvColumnType::Integer}},
            [](const CustomerExportContext &context, CsvWriter &csv) -> Status {
                return writeQuery(
                        context,
                        csv,
                        "SELECT occurred_at, channel, direction, type, summary, result, staff,"
                        " duration_seconds FROM interactions WHERE customer_id = ?"
                        " ORDER BY occurred_at, id",
                        [](const QSqlQuery &q) -> QVariantList {
                            return {storedTime(q, 0),
                                    HistoryLabels::channel(InteractionChannel(q.value(1).toInt())),
                                    HistoryLabels::direction(
                                            InteractionDirection(q.value(2).toInt())),
                                    HistoryLabels::type(InteractionType(q.value(3).toInt())),
                                    q.value(4),
                                    q.value(5),
                                    q.value(6),
                                    q.value(7).toLongLong()};
                        });
            }};
}

CustomerExportSection CustomerExportSection::serviceRequests()
{
    return {QStringLiteral("service_requests.csv"),
            tr("Service requests: where each stands, its plan and why it was cancelled"),
            {{tr("Request no."), CsvColumnType::Identifier},
             {tr("Title")},
             {tr("Description")},
             {tr("Priority")},
             {tr("Owner")},
             {tr("Due"), CsvColumnType::Date},
             {tr("Stage")},
             {tr("Opened"), CsvColumnType::DateTime},
             {tr("Closed or cancelled"), CsvColumnType::DateTime},
             {tr("Cancel reason")},
             {tr("Plan")},
             {tr("Plan schedule")},
             {tr("Plan budget"), CsvColumnType::Money}},
            [](const CustomerExportContext &context, CsvWriter &csv) -> Status {
                return writeQuery(
                        context,
                        csv,
                        "SELECT id, title, description, priority, owner, due_on, stage, opened_at,"
                        " closed_at, cancel_reason, plan_content, plan_schedule, plan_budget"
                        " FROM service_requests WHERE customer_id = ? ORDER BY opened_at, id",
                        [](const QSqlQuery &q) -> QVariantList {
                            const QDate due = StoredTime::toDate(q.value(5));
                            return {q.value(0).toString(),
                                    q.value(1),
                                    q.value(2),
                                    HistoryLabels::priority(RequestPriority(q.value(3).toInt())),
                                    q.value(4),
                                    due.isValid() ? QVariant(due) : QVariant(),
                                    HistoryLabels::stage(RequestStage(q.value(6).toInt())),
                                    storedTime(q, 7),
                                    q.value(8).isNull() ? QVariant() : storedTime(q, 8),
                                    q.value(9),
                                    q.value(10),
                                    q.value(11),
                                    money(q, 12)};
                        });
            }};
}

CustomerExportSection CustomerExportSection::stageMoves()
{
    return {QStringLiteral("stage_moves.csv"),
            tr("Stage moves of the service requests: who moved each when, and why"),
            {{tr("Request no."), CsvColumnType::Identifier},
             {tr("When"), CsvColumnType::DateTime},
             {tr("By")},
             {tr("From")},
             {tr("To")},
             {tr("Reason")}},
            [](const CustomerExportContext &context, CsvWriter &csv) -> Status {
                return writeQuery(
                        context,
                        csv,
                        "SELECT request_id, moved_at, moved_by, from_stage, to_stage, reason"
                        " FROM request_stage_moves WHERE customer_id = ?"
                        " ORDER BY request_id, id",
                        [](const QSqlQuery &q) -> QVariantList {
                            return {q.value(0).toString(),
                                    storedTime(q, 1),
                                    q.value(2),
                                    q.value(3).isNull()
                                            ? tr("(opened)")
                                            : HistoryLabels::stage(RequestStage(q.value(3).toInt())),
                                    HistoryLabels::stage(RequestStage(q.value(4).toInt())),
                                    q.value(5)};
                        });
            }};
}
