#pragma once

#include "Customer.h"

#include <QString>
#include <QVariantList>

#include <optional>

// The list's columns, in display order; each is sortable through an index.
enum class CustomerColumn { Code, Name, Phone, Company, Lifecycle, ValueTier, Owner, Updated, Count };

// What the customer list shows: search text, filters and sort. Turned into one parameterised
// query that returns the matching ids in display order.
struct CustomerFilter
{
    QString text; // search-as-you-type: every whitespace-separated term must match
    std::optional<Lifecycle> lifecycle;
    QString tag;
    QString owner;
    bool archived = false; // the archived customers instead of the active ones
    CustomerColumn sortColumn = CustomerColumn::Name;
    bool descending = false;

    bool operator==(const CustomerFilter &) const = default;

    static constexpr int FirstScreenRows = 256;

    struct Sql
    {
        QString text;
        QVariantList binds;  // positional
        QString firstScreen; // when not empty: the first rows alone, cheaper than the whole list
    };
    Sql idQuery() const;
};
