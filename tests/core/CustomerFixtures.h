#pragma once

#include "Actor.h"
#include "customers/Customer.h"

#include <QStringList>

// Customers and actors shared by the core tests.
namespace Fixtures {

inline Actor alice()
{
    return Actor {1, QStringLiteral("alice"), QStringLiteral("Alice"), AllRoles};
}

inline Actor bob()
{
    return Actor {2, QStringLiteral("bob"), QStringLiteral("Bob"), AllRoles};
}

// A person with the given phones (the first one primary). Every text field is set to an empty,
// non-null string: tst_customerrepository::createsMinimalCustomer covers the profile where they
// are left unset, so the other tests are not all stopped by that one defect.
inline Customer person(const QString &name, const QStringList &phones = {})
{
    Customer c;
    c.name = name;
    for (QString *text : {&c.company,
                          &c.title,
                          &c.email,
                          &c.mailingAddress,
                          &c.shippingAddress,
                          &c.source,
                          &c.owner,
                          &c.notes})
        *text = QStringLiteral("");
    for (const QString &number : phones)
        c.phones.append(Phone {number.startsWith(QLatin1Char('0')) ? PhoneKind::Landline
                                                                   : PhoneKind::Mobile,
                               number,
                               c.phones.isEmpty()});
    return c;
}

} // namespace Fixtures
