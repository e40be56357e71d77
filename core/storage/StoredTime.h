#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// Times are stored as UTC ISO-8601 text with milliseconds; dates as yyyy-MM-dd. Shown in local
// time by the UI through QLocale.
namespace StoredTime {

inline QVariant fromDateTime(const QDateTime &t)
{
    if (!t.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime toDateTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

inline QVariant fromDate(const QDate &d)
{
    if (!d.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return d.toString(Qt::ISODate);
}

inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace StoredTime
