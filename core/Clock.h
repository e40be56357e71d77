#pragma once

#include <QDateTime>

#include <functional>

// Where time-dependent core code reads "now" (UTC): the system clock unless a test injects one.
using Clock = std::function<QDateTime()>;

inline QDateTime clockNow(const Clock &clock)
{
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}
