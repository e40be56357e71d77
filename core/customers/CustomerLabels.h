#pragma once

#include "Customer.h"

#include <QCoreApplication>

// The translated words for the customer enumerations, in one place for lists, forms and reports.
class CustomerLabels
{
    Q_DECLARE_TR_FUNCTIONS(CustomerLabels)

public:
    static QString kind(CustomerKind kind);
    static QString gender(Gender gender);
    static QString lifecycle(Lifecycle lifecycle);
    static QString valueTier(ValueTier tier);
    static QString phoneKind(PhoneKind kind);

    static QList<CustomerKind> kinds();
    static QList<Gender> genders();
    static QList<Lifecycle> lifecycles();
    static QList<ValueTier> valueTiers();
    static QList<PhoneKind> phoneKinds();
};
