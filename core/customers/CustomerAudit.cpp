#include "CustomerAudit.h"

#include "CustomerLabels.h"
#include "PhoneNumber.h"

#include <QHash>
#include <QStringList>

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString phonesText(const QList<Phone> &phones)
{
    QStringList parts;
    for (const Phone &p : phones)
        parts.append(QString::number(int(p.kind)) + QLatin1Char(':') + p.number
                     + (p.primary ? QStringLiteral("*") : QString()));
    return parts.join(QStringLiteral("; "));
}

} // namespace

QJsonObject CustomerAudit::snapshot(const Customer &c)
{
    QStringList tags = c.tags; // the order tags were typed in is no change
    tags.sort();
    QJsonObject o {
            {QStringLiteral("code"), c.code},
            {QStringLiteral("kind"), int(c.kind)},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("gender"), int(c.gender)},
            {QStringLiteral("birthday"), dateText(c.birthday)},
            {QStringLiteral("company"), c.company},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("phones"), phonesText(c.phones)},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("mailing_address"), c.mailingAddress},
            {QStringLiteral("shipping_address"), c.shippingAddress},
            {QStringLiteral("source"), c.source},
            {QStringLiteral("lifecycle"), int(c.lifecycle)},
            {QStringLiteral("value_tier"), int(c.valueTier)},
            {QStringLiteral("tags"), tags.join(QStringLiteral(", "))},
            {QStringLiteral("owner"), c.owner},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("marketing_consent"), c.marketingConsent},
            {QStringLiteral("consent_date"), dateText(c.consentDate)},
            {QStringLiteral("last_verified_at"),
             c.lastVerifiedAt.isValid() ? c.lastVerifiedAt.toUTC().toString(Qt::ISODate)
                                        : QString()},
    };
    return o;
}

QJsonObject CustomerAudit::changes(const Customer &before, const Customer &after)
{
    const QJsonObject a = snapshot(before);
    const QJsonObject b = snapshot(after);
    QJsonObject diff;
    for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
        const QJsonValue old = a.value(it.key());
        if (old != it.value())
            diff.insert(it.key(),
                        QJsonObject {{QStringLiteral("before"), old},
                                     {QStringLiteral("after"), it.value()}});
    }
    return diff;
}

QString CustomerAudit::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels {
            {QStringLiteral("code"), QT_TR_NOOP("Customer code")},
            {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
            {QStringLiteral("name"), QT_TR_NOOP("Name")},
            {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
            {QStringLiteral("birthday"), QT_TR_NOOP("Birthday")},
            {QStringLiteral("company"), QT_TR_NOOP("Company")},
            {QStringLiteral("title"), QT_TR_NOOP("Title")},
            {QStringLiteral("phones"), QT_TR_NOOP("Phones")},
            {QStringLiteral("email"), QT_TR_NOOP("Email")},
            {QStringLiteral("mailing_address"), QT_TR_NOOP("Mailing address")},
            {QStringLiteral("shipping_address"), QT_TR_NOOP("Shipping address")},
            {QStringLiteral("source"), QT_TR_NOOP("Source channel")},
            {QStringLiteral("lifecycle"), QT_TR_NOOP("Lifecycle")},
            {QStringLiteral("value_tier"), QT_TR_NOOP("Value tier")},
            {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
            {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
            {QStringLiteral("notes"), QT_TR_NOOP("Preferences and notes")},
            {QStringLiteral("marketing_consent"), QT_TR_NOOP("Marketing consent")},
            {QStringLiteral("consent_date"), QT_TR_NOOP("Consent date")},
            {QStringLiteral("last_verified_at"), QT_TR_NOOP("Last verified")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : tr(*it);
}

QString CustomerAudit::valueText(const QString &field, const QJsonValue &value, bool fullPhones)
{
    if (field == QLatin1String("kind"))
        return CustomerLabels::kind(CustomerKind(value.toInt()));
    if (field == QLatin1String("gender"))
        return CustomerLabels::gender(Gender(value.toInt()));
    if (field == QLatin1String("lifecycle"))
        return CustomerLabels::lifecycle(Lifecycle(value.toInt()));
    if (field == QLatin1String("value_tier"))
        return CustomerLabels::valueTier(ValueTier(value.toInt()));
    if (field == QLatin1String("marketing_consent"))
        return value.toBool() ? tr("yes") : tr("no");
    if (field == QLatin1String("phones")) {
        QStringList shown;
        const QStringList phones = value.toString().split(QStringLiteral("; "), Qt::SkipEmptyParts);
        for (const QString &p : phones) {
            const qsizetype colon = p.indexOf(QLatin1Char(':'));
            QString number = p.mid(colon + 1);
            const bool primary = number.endsWith(QLatin1Char('*'));
            if (primary)
                number.chop(1);
            shown.append((fullPhones ? PhoneNumber::format(number) : PhoneNumber::mask(number))
                         + (primary ? tr(" (primary)") : QString()));
        }
        return shown.join(QStringLiteral(", "));
    }
    return value.toVariant().toString();
}

QString CustomerAudit::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels {
            {QStringLiteral("create"), QT_TR_NOOP("Created")},
            {QStringLiteral("update"), QT_TR_NOOP("Changed")},
            {QStringLiteral("archive"), QT_TR_NOOP("Archived")},
            {QStringLiteral("restore"), QT_TR_NOOP("Restored")},
            {QStringLiteral("reveal"), QT_TR_NOOP("Phone numbers shown")},
            {QStringLiteral("demo"), QT_TR_NOOP("Demo data")},
            {QStringLiteral("export"), QT_TR_NOOP("Exported")},
            {QStringLiteral("erase"), QT_TR_NOOP("Personal data erased")},
    };
    const auto it = labels.constFind(action);
    return it == labels.cend() ? action : tr(*it);
}

QList<CustomerHistoryRow> CustomerAudit::historyRows(const QList<AuditEntry> &entries,
                                                     bool fullPhones)
{
    QList<CustomerHistoryRow> rows;
    for (const AuditEntry &e : entries) {
        const QString action = actionLabel(e.action);
        if (e.action != AuditLog::Update || e.details.isEmpty()) {
            rows.append({e.at, e.user, action, {}, {}, {}});
            continue;
        }
        for (auto field = e.details.constBegin(); field != e.details.constEnd(); ++field) {
            const QJsonObject change = field.value().toObject();
            rows.append({e.at,
                         e.user,
                         action,
                         fieldLabel(field.key()),
                         valueText(field.key(), change.value(QStringLiteral("before")), fullPhones),
                         valueText(field.key(), change.value(QStringLiteral("after")), fullPhones)});
        }
    }
    return rows;
}
