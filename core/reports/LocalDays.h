#pragma once

#include "storage/StoredTime.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVariant>

// The local day of stored UTC times, for aggregates that bucket hundreds of thousands of rows by
// day or month: the same day as StoredTime::toDateTime(stored).toLocalTime().date(), without
// converting every row to local time. The day is worked out once per UTC hour: an hour whose
// start and end fall on the same local day at the same UTC offset lies wholly on that day
// (local time only moves forward within it), so its rows take that day without being parsed.
// Other hours (one holding local midnight at an offset of whole hours plus minutes, or a change
// of offset) and text not in the stored form are converted row by row, as before.
class LocalDays
{
public:
    QDate day(const QVariant &stored)
    {
        const QString text = stored.toString();
        if (storedForm(text)) {
            const QString hour = text.left(13); // yyyy-MM-ddTHH
            auto it = m_hours.constFind(hour);
            if (it == m_hours.cend())
                it = m_hours.insert(hour, wholeHourDay(hour));
            if (it->isValid())
                return *it;
        }
        if (stored.isNull())
            return {};
        return StoredTime::toDateTime(stored).toLocalTime().date();
    }

    // The local month, "2025-06" (ReportSupport::month of the day); rows read in time order
    // mostly repeat the day before.
    QString month(const QVariant &stored)
    {
        const QDate d = day(stored);
        if (!m_monthValid || d != m_lastDay) {
            m_lastDay = d;
            m_lastMonth = d.toString(QStringLiteral("yyyy-MM"));
            m_monthValid = true;
        }
        return m_lastMonth;
    }

private:
    // yyyy-MM-ddTHH:mm:ss.zzzZ, as StoredTime::fromDateTime writes it (minutes and seconds in
    // range, so the text is a valid time within its hour).
    static bool storedForm(const QString &t)
    {
        if (t.size() != 24 || t.at(10) != u'T' || t.at(13) != u':' || t.at(16) != u':'
            || t.at(19) != u'.' || t.at(23) != u'Z')
            return false;
        for (int i : {14, 15, 17, 18, 20, 21, 22})
            if (!t.at(i).isDigit() || t.at(i).unicode() > u'9')
                return false;
        return t.at(14) <= u'5' && t.at(17) <= u'5';
    }
    // The local day of every instant of the UTC hour, or an invalid date when it is not one day.
    static QDate wholeHourDay(const QString &hour)
    {
        const QDateTime start = StoredTime::toDateTime(
                QVariant(hour + QStringLiteral(":00:00.000Z")));
        if (!start.isValid())
            return {};
        const QDateTime first = start.toLocalTime();
        const QDateTime last = start.addMSecs(3'599'999).toLocalTime();
        if (first.date() != last.date() || first.offsetFromUtc() != last.offsetFromUtc())
            return {};
        return first.date();
    }

    QHash<QString, QDate> m_hours;
    bool m_monthValid = false;
    QDate m_lastDay;
    QString m_lastMonth;
};
