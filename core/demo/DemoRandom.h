#pragma once

#include <QList>
#include <QString>

#include <random>

// The small pieces every part of the demo history draws with: weighted and uniform choices, and
// times written as StoredTime writes them (without QDateTime: millions of rows need them).
namespace DemoRandom {

using Rng = std::mt19937_64;

inline constexpr qint64 Hour = 3600;
inline constexpr qint64 Day = 86400;

template<std::size_t N>
int weighted(Rng &rng, const int (&weights)[N])
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = std::uniform_int_distribution<int>(0, total - 1)(rng);
    for (std::size_t i = 0; i < N; ++i) {
        if (roll < weights[i])
            return int(i);
        roll -= weights[i];
    }
    return int(N) - 1;
}

inline qint64 between(Rng &rng, qint64 low, qint64 high)
{
    return std::uniform_int_distribution<qint64>(low, high)(rng);
}

inline bool chance(Rng &rng, int percent)
{
    return std::uniform_int_distribution<int>(0, 99)(rng) < percent;
}

template<typename T>
const T &pick(Rng &rng, const QList<T> &items)
{
    return items.at(qsizetype(between(rng, 0, items.size() - 1)));
}

// A time in [from, to], most often in business hours in China (09:00-21:00 UTC+8).
inline qint64 timeBetween(Rng &rng, qint64 from, qint64 to)
{
    if (to <= from)
        return from;
    const qint64 t = between(rng, from, to);
    const qint64 inDay = between(rng, 1 * Hour, 13 * Hour);
    const qint64 snapped = t - ((t % Day) + Day) % Day + inDay;
    return snapped >= from && snapped <= to ? snapped : t;
}

// Whole days since 1970-01-01 of a time, shifted by a fixed offset from UTC (the local day).
inline qint64 dayOf(qint64 seconds, qint64 offsetSeconds = 0)
{
    const qint64 s = seconds + offsetSeconds;
    return s >= 0 ? s / Day : -((-s + Day - 1) / Day);
}

// StoredTime's form (UTC ISO-8601 with milliseconds, as QDateTime::toString(Qt::ISODateWithMs)
// writes it) for whole seconds since the epoch; dateOnly: yyyy-MM-dd of that UTC time.
inline QString isoTime(qint64 seconds, bool dateOnly = false)
{
    qint64 days = seconds / Day;
    qint64 rest = seconds % Day;
    if (rest < 0) {
        rest += Day;
        --days;
    }
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    char16_t text[] = u"0000-00-00T00:00:00.000Z";
    auto put = [&](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, int(rest / 3600), 2);
    put(14, int(rest / 60 % 60), 2);
    put(17, int(rest % 60), 2);
    return QString(reinterpret_cast<const QChar *>(text), dateOnly ? 10 : 24);
}

// yyyy-MM-dd of a day number (dayOf).
inline QString isoDate(qint64 day)
{
    return isoTime(day * Day, true);
}

} // namespace DemoRandom
