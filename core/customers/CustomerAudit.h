#pragma once

#include "Customer.h"
#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QJsonObject>

// One line of a customer's history as people read it: an action, or for an edit one changed
// field with its value before and after.
struct CustomerHistoryRow
{
    QDateTime at; // UTC
    QString user;
    QString action; // in words
    QString field; // in words; empty for entries that are not a field change
    QString before;
    QString after;
};

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
    // Phone numbers are masked unless fullPhones (for whoever holds the reveal right).
    static QString valueText(const QString &field, const QJsonValue &value, bool fullPhones = false);
    static QString actionLabel(const QString &action);
    // The entries of AuditLog::forEntity as lines, in the same order.
    static QList<CustomerHistoryRow> historyRows(const QList<AuditEntry> &entries,
                                                 bool fullPhones = false);
};
