#pragma once

#include "Customer.h"

#include <QString>
#include <QVariantList>

#include <optional>

class SqlDialect;

// The list's columns, in display order; each is sortable through an index.
enum class CustomerColumn {
    Code,
    Name,
    Phone,
    Company,
    Lifecycle,
    ValueTier,
    Owner,
    Updated,
    Count
};

// What the customer list shows: search text, filters and sort. Turned into one parameterised
// query that returns the matching ids in display order.
struct CustomerFilter
{
    QString text; // search-as-you-type: every whitespace-separated term must match
    std::optional<Lifecycle> lifecycle;
    std::optional<ValueTier> valueTier;
    QString tag;
    QString owner;
    bool archived = false; // the archived customers instead of the active ones
    CustomerColumn sortColumn = CustomerColumn::Name;
    bool descending = false;

    bool operator==(const CustomerFilter &) const = default;

    static constexpr int FirstScreenRows = 256;
    // From this many candidates of a search term on, matches are dense enough for the first
    // screen to be read on its own by walking the sort's index.
    static constexpr int BroadMatches = 20000;

    struct Sql
    {
        QString text;
        QVariantList binds; // positional, for text, firstScreen and where alike
        // The conditions alone, on customers (no ORDER BY): for whoever selects other columns
        // of the same customers (the customer-list report).
        QString where;
        QString firstScreen; // the first rows alone: cheaper than the whole list, see probe
        // When not empty: counts the first search term's candidates (up to BroadMatches);
        // firstScreen is worth running only when the count reaches BroadMatches.
        QString probe;
        QVariantList probeBinds;
    };
    Sql idQuery(const SqlDialect &dialect) const;
};
