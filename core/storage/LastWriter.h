#pragma once

#include <QString>

#include <optional>

class Database;

// Who saved a versioned row last, and when, for the refusal of a stale save (DESIGN.md: "changed
// by X at T — reload"). Each repository words its own message (the row's name differs by
// language); the lookup and the shown time are the same for all.
struct LastWriter
{
    QString login;
    QString shownTime; // local time, QLocale's short format

    // The row `id` of `table` (a name from the schema, never user input); nothing when the row
    // no longer exists or cannot be read.
    static std::optional<LastWriter> of(Database &db, const QString &table, qint64 id);
};
