#pragma once

#include "ImportKind.h"
#include "Result.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

// How a file's columns become archive fields, and what to do with rows that match a customer
// already there. Saved as JSON (the wizard's "save mapping", the command line's --mapping) and
// reusable for the next file of the same shape: columns are named by their header text, so a
// file whose columns come in another order maps the same way.
struct ImportMapping
{
    enum class OnDuplicate { Create, Update, Skip };
    // For customers: a row whose phone (any of its phones), email or external id matches a
    // customer already in the archive, or an earlier row of the same file, is a duplicate.

    ImportKind kind = ImportKind::Customers;
    QMap<QString, QString> columns; // field key -> header text of the file's column
    OnDuplicate onDuplicate = OnDuplicate::Skip;
    // Purchases, interactions, complaints: a row whose customer is not found creates one from
    // the row's customer_* fields (needs customer_name) instead of being an error.
    bool createMissingCustomers = false;
    // Rows with errors are left out and reported; otherwise any error refuses the whole file.
    bool skipInvalidRows = false;
    // How dates in the file are written: "auto" (ISO, yyyy/M/d, d.M.yyyy, M/d/yyyy when the
    // day is > 12 somewhere ... decided once per file and column), or a QDateTime format.
    QString dateFormat = QStringLiteral("auto");
    QChar decimalSeparator = QLatin1Char('.'); // ',' for European files ("261,96")
    // Tokens meaning "no value" besides the empty field ("unknown", "N/A", "-").
    QStringList missingValues;

    // The best guess from a header: each field takes the first column whose header matches
    // one of its aliases.
    static ImportMapping guess(ImportKind kind, const QStringList &header);

    QByteArray toJson() const;
    // Error::Code::Invalid naming what is wrong (unknown kind or field, not JSON, ...).
    static Result<ImportMapping> fromJson(const QByteArray &json);

    // Fields the mapping lacks or header texts the file lacks; empty when it fits the file.
    QStringList problems(const QStringList &header) const; // translated sentences
};
