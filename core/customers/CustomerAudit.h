#pragma once

#include "Customer.h"

#include <QCoreApplication>
#include <QJsonObject>

// What the audit trail records of a customer: the fields as text, and for an edit each changed
// field's value before and after.
class CustomerAudit
{
    Q_DECLARE_TR_FUNCTIONS(CustomerAudit)

public:
    static inline const QString Entity = QStringLiteral("customer");

    static QJsonObject snapshot(const Customer &customer);
    // {"field": {"before": "...", "after": "..."}} for each field that differs.
    static QJsonObject changes(const Customer &before, const Customer &after);

    // For the History tab: the translated name of a recorded field, its value in words (phone
    // numbers masked), and an action in words.
    static QString fieldLabel(const QString &field);
    static QString valueText(const QString &field, const QJsonValue &value);
    static QString actionLabel(const QString &action);
};
