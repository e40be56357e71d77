#include "CustomerValidator.h"

#include "PhoneNumber.h"

#include <QRegularExpression>
#include <QSet>

namespace {

bool isValidEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return email.size() <= 254 && re.match(email).hasMatch()
           && !email.contains(QStringLiteral("..")) && !email.startsWith(QLatin1Char('.'))
           && !email.contains(QStringLiteral(".@"));
}

} // namespace

Result<Customer> CustomerValidator::validate(const Customer &input, const QDate &today)
{
    Customer c = input;
    QHash<QString, QString> errors;

    c.name = c.name.simplified();
    c.company = c.company.simplified();
    c.title = c.title.simplified();
    c.email = PhoneNumber::toHalfWidth(c.email).trimmed();
    c.mailingAddress = c.mailingAddress.trimmed();
    c.shippingAddress = c.shippingAddress.trimmed();
    c.source = c.source.simplified();
    c.owner = c.owner.simplified();
    c.notes = c.notes.trimmed();

    if (c.name.isEmpty())
        errors.insert(Name,
                      c.kind == CustomerKind::Organization ? tr("Enter the organization's name.")
                                                           : tr("Enter the customer's name."));
    else if (c.name.size() > MaxNameLength)
        errors.insert(Name, tr("A name has at most %1 characters.").arg(MaxNameLength));

    if (!c.email.isEmpty() && !isValidEmail(c.email))
        errors.insert(Email,
                      tr("This is not a valid email address (for example wang.fang@example.com)."));

    if (c.birthday.isValid()) {
        if (c.birthday > today)
            errors.insert(Birthday, tr("The birthday cannot be in the future."));
        else if (c.birthday < QDate(1900, 1, 1))
            errors.insert(Birthday, tr("The birthday cannot be before 1900."));
    }

    if (c.marketingConsent && !c.consentDate.isValid())
        c.consentDate = today;
    if (!c.marketingConsent)
        c.consentDate = QDate();
    if (c.consentDate.isValid() && c.consentDate > today)
        errors.insert(ConsentDate, tr("The consent date cannot be in the future."));

    for (const QString *text : {&c.company, &c.title, &c.source, &c.owner, &c.email})
        if (text->size() > MaxTextLength) {
            errors.insert(QStringLiteral("text"),
                          tr("A field is longer than %1 characters.").arg(MaxTextLength));
            break;
        }
    if (c.mailingAddress.size() > MaxTextLength || c.shippingAddress.size() > MaxTextLength)
        errors.insert(QStringLiteral("address"),
                      tr("An address has at most %1 characters.").arg(MaxTextLength));
    if (c.notes.size() > MaxNotesLength)
        errors.insert(QStringLiteral("notes"),
                      tr("Notes have at most %1 characters.").arg(MaxNotesLength));

    // Phones: blank rows are dropped, the rest normalized; exactly one is primary.
    QList<Phone> phones;
    QSet<QString> seen;
    int index = 0;
    for (const Phone &phone : std::as_const(c.phones)) {
        const int key = index++;
        if (phone.number.trimmed().isEmpty())
            continue;
        const Result<QString> normalized = PhoneNumber::normalize(phone.number);
        if (!normalized) {
            errors.insert(phoneKey(key), normalized.error().message);
            phones.append(phone);
            continue;
        }
        if (seen.contains(normalized.value())) {
            errors.insert(phoneKey(key), tr("This number is already listed above."));
            phones.append(phone);
            continue;
        }
        seen.insert(normalized.value());
        phones.append(Phone {phone.kind, normalized.value(), phone.primary});
    }
    int primaries = 0;
    for (const Phone &p : std::as_const(phones))
        primaries += p.primary ? 1 : 0;
    if (primaries > 1)
        errors.insert(phoneKey(0), tr("Only one phone number can be the primary one."));
    else if (primaries == 0 && !phones.isEmpty())
        phones.first().primary = true;
    c.phones = phones;

    QStringList tags;
    for (const QString &tag : std::as_const(c.tags)) {
        const QString t = tag.simplified();
        if (t.isEmpty() || tags.contains(t))
            continue;
        if (t.size() > 40)
            errors.insert(Tags, tr("A tag has at most 40 characters."));
        tags.append(t);
    }
    c.tags = tags;

    if (!errors.isEmpty()) {
        Error error = makeError(Error::Code::Invalid,
                                errors.size() == 1 ? errors.constBegin().value()
                                                   : tr("%n field(s) need attention.",
                                                        nullptr,
                                                        int(errors.size())));
        error.fieldErrors = errors;
        return error;
    }
    return c;
}
