#pragma once

#include <QHash>
#include <QString>

#include <utility>
#include <variant>

// Errors are values: core never shows a dialog, it returns what went wrong with a translated,
// user-facing message, and (for validation) the message for each offending field.
struct Error
{
    enum class Code {
        Invalid, // validation failed; see fieldErrors
        NotFound,
        Conflict, // stale version: somebody else saved in between
        Duplicate,
        Permission,
        Storage, // the database refused or failed
        File, // a file outside the archive (an export, a CSV file) cannot be read or written
        Incompatible, // not an archive, or an archive from a newer version
        Cancelled,
    };

    Code code = Code::Storage;
    QString message;
    QHash<QString, QString> fieldErrors; // field key -> message
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

struct Done
{
};
using Status = Result<Done>;

inline Error makeError(Error::Code code, QString message)
{
    return Error {code, std::move(message), {}};
}
