#pragma once

#include "Result.h"

#include <functional>
#include <optional>

class Database;

// The one way to write: SqlDialect::beginWrite() (BEGIN IMMEDIATE on SQLite, an advisory lock on
// PostgreSQL) takes the archive's write lock up front, so two writers queue instead of failing
// or losing updates; then the work, COMMIT; ROLLBACK on any error.
class WriteTransaction
{
public:
    static Status run(Database &db, const std::function<Status()> &work);

    template<typename T>
    static Result<T> run(Database &db, const std::function<Result<T>()> &work)
    {
        std::optional<Result<T>> out;
        const Status status = run(db, [&]() -> Status {
            out.emplace(work());
            if (!out->ok())
                return out->error();
            return Done {};
        });
        if (!status)
            return status.error();
        return std::move(*out);
    }
};
