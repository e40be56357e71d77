#pragma once

#include "Customer.h"

#include <QJsonObject>

// What the audit trail records of a customer: the fields as text, and for an edit each changed
// field's value before and after.
class CustomerAudit
{
public:
    static inline const QString Entity = QStringLiteral("customer");

    static QJsonObject snapshot(const Customer &customer);
    // {"field": {"before": "...", "after": "..."}} for each field that differs.
    static QJsonObject changes(const Customer &before, const Customer &after);
};
