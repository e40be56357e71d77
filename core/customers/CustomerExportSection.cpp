#include "CustomerExportSection.h"

#include "CustomerAudit.h"
#include "CustomerEraser.h"
#include "CustomerLabels.h"
#include "PhoneNumber.h"
#include "csv/CsvWriter.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// The profile's fields in the order of the form; phones and tags have files of their own.
const char *const profileFields[] = {
        "code",
        "kind",
        "name",
        "gender",
        "birthday",
        "company",
        "title",
        "email",
        "mailing_address",
        "shipping_address",
        "source",
        "lifecycle",
        "value_tier",
        "owner",
        "notes",
        "marketing_consent",
        "consent_date",
};

QString timeText(const QDateTime &t)
{
    return CsvWriter::cellText(t, CsvColumnType::DateTime);
}

// The customer's id in the system an import brought it from (empty when typed in, and once
// erased): personal data the form does not show, so the package names it.
Result<QString> storedExternalId(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT external_id FROM customers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::storageError(q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

QList<CustomerExportSection> CustomerExportSection::all()
{
    return {profile(),
            phones(),
            tags(),
            history(),
            purchases(),
            returns(),
            interactions(),
            serviceRequests(),
            stageMoves(),
            complaints(),
            complaintChanges(),
            followUps()};
}

CustomerExportSection CustomerExportSection::profile()
{
    return {QStringLiteral("profile.csv"),
            tr("The customer profile, one field per row"),
            {{tr("Field")}, {tr("Value")}},
            [](const CustomerExportContext &context, CsvWriter &csv) -> Status {
                const Customer &c = context.customer;
                const QJsonObject values = CustomerAudit::snapshot(c);
                for (const char *field : profileFields) {
                    const QString key = QLatin1String(field);
                    if (Status s = csv.writeRow({CustomerAudit::fieldLabel(key),
                                                 CustomerAudit::valueText(key, values.value(key))});
                        !s)
                        return s;
                }
                QDateTime erasedAt;
                for (const AuditEntry &e : context.history)
                    if (e.action == CustomerEraser::EraseAction)
                        erasedAt = e.at;
                const Result<QString> externalId = storedExternalId(context.db, c.id);
                if (!externalId)
                    return externalId.error();
                const QList<std::pair<QString, QString>> more {
                        {tr("Id in the source system"), externalId.value()},
                        {CustomerAudit::fieldLabel(QStringLiteral("last_verified_at")),
                         timeText(c.lastVerifiedAt)},
                        {tr("Created"), timeText(c.createdAt)},
                        {tr("Created by"), c.createdBy},
                        {tr("Last changed"), timeText(c.updatedAt)},
                        {tr("Last changed by"), c.updatedBy},
                        {tr("Archived"), timeText(c.archivedAt)},
                };
                for (const auto &[label, value] : more)
                    if (Status s = csv.writeRow({label, value}); !s)
                        return s;
                if (context.erased)
                    return csv.writeRow({tr("Personal data erased"), timeText(erasedAt)});
                return Done {};
            },
            true};
}

CustomerExportSection CustomerExportSection::phones()
{
    return {QStringLiteral("phones.csv"),
            tr("Phone numbers"),
            {{tr("Kind")}, {tr("Number"), CsvColumnType::Identifier}, {tr("Primary")}},
            [](const CustomerExportContext &context, CsvWriter &csv) -> Status {
                for (const Phone &p : context.customer.phones) {
                    // Masked numbers arrive masked already; full ones are shown as formatted.
                    const QString number = context.fullPhones ? PhoneNumber::format(p.number)
                                                              : p.number;
                    if (Status s = csv.writeRow({CustomerLabels::phoneKind(p.kind),
                                                 number,
                                                 p.primary ? tr("yes") : tr("no")});
                        !s)
                        return s;
                }
                return Done {};
            }};
}

CustomerExportSection CustomerExportSection::tags()
{
    return {QStringLiteral("tags.csv"),
            tr("Tags"),
            {{tr("Tag")}},
            [](const CustomerExportContext &context, CsvWriter &csv) -> Status {
                for (const QString &tag : context.customer.tags)
                    if (Status s = csv.writeRow({tag}); !s)
                        return s;
                return Done {};
            }};
}

CustomerExportSection CustomerExportSection::history()
{
    return {QStringLiteral("history.csv"),
            tr("History: every recorded change and access, each changed field before and after"),
            {{tr("When"), CsvColumnType::DateTime},
             {tr("Who")},
             {tr("What")},
             {tr("Field")},
             {tr("Before")},
             {tr("After")}},
            [](const CustomerExportContext &context, CsvWriter &csv) -> Status {
                const QList<CustomerHistoryRow> rows
                        = CustomerAudit::historyRows(context.history, context.fullPhones);
                for (const CustomerHistoryRow &row : rows)
                    if (Status s = csv.writeRow(
                                {row.at, row.user, row.action, row.field, row.before, row.after});
                        !s)
                        return s;
                return Done {};
            }};
}
