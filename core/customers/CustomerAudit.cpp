#include "CustomerAudit.h"

#include "PhoneNumber.h"

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
