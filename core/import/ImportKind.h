#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a file brings in. Purchases, interactions and complaints belong to customers already in
// the archive (or created by the same import, when the mapping asks for it).
enum class ImportKind { Customers, Purchases, Interactions, Complaints };

// The field keys (mapping files name them; keep them stable):
//  customers:    name*, kind (person/company), gender, birthday, company, title, phone, phone2,
//                email, mailing_address, shipping_address, source, tags (separated by , ; or 、),
//                owner, notes, marketing_consent, external_id (the customer's id in the system
//                the file came from; schema 6). Lifecycle and value tier are not imported: the
//                archive derives them from the history (Classification).
//                * one of phone, email, external_id is needed to find duplicates, not to import
//  purchases:    customer keys, purchased_at*, product*, category, quantity, unit_price, amount
//                (quantity x unit_price when empty), payment_method, channel, notes, order_no
//  interactions: customer keys, occurred_at*, channel, direction, type, summary*, result, staff,
//                duration (seconds or h:mm:ss)
//  complaints:   customer keys, received_at*, channel, reason, sub_reason, severity,
//                description*, handler, resolution (imported complaints start open: their
//                handling is recorded from then on)
//  customer keys: customer_code, customer_phone, customer_email, customer_external_id,
//                customer_name (only to create missing customers)
// Choice values (channel, reason, severity, lifecycle, ...) are matched on code or on the
// English or Chinese label; an unknown value is an error naming the allowed ones.

// One field of the archive a file's column can be mapped to.
struct ImportField
{
    QString key; // stable, used in mapping files: "name", "phone", "email", "external_id", ...
    QString label; // translated, for the wizard and error reports
    bool required = false; // a row without it is an error (for customer keys: one of them)
    // Header names (any case, spaces/underscores ignored) that map to this field by themselves:
    // English, Chinese and the real files' own ("Customer Name", "姓名", "客户名称", ...).
    QStringList aliases;
};

class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(ImportFields)

public:
    // The fields of one kind, in the wizard's order. Purchases, interactions and complaints
    // start with the customer keys (customer_code, customer_phone, customer_email,
    // customer_external_id, customer_name): a row's customer is the one the first non-empty
    // key finds.
    static QList<ImportField> fields(ImportKind kind);
    static QString kindName(ImportKind kind); // translated
    static QString kindKey(ImportKind kind); // "customers", "purchases", ... (command line, JSON)
    static std::optional<ImportKind> kindFromKey(const QString &key);
};
