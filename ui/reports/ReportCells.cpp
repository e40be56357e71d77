#include "ReportCells.h"

#include "history/HistoryLabels.h"

#include <QDate>
#include <QDateTime>

QString ReportCells::display(const QVariant &value, CsvColumnType type, const QLocale &locale)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (type) {
    case CsvColumnType::Text:
    case CsvColumnType::Identifier:
        return value.toString();
    case CsvColumnType::Integer:
        return locale.toString(value.toLongLong());
    case CsvColumnType::Money:
        return HistoryLabels::money(value.toLongLong());
    case CsvColumnType::Date:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    case CsvColumnType::DateTime:
        return dateTime(value.toDateTime(), locale);
    case CsvColumnType::Decimal:
        return locale.toString(value.toDouble(), 'f', 2);
    case CsvColumnType::Percent:
        //: A percentage in a report's table, e.g. "12.50 %"
        return tr("%1 %").arg(locale.toString(value.toDouble(), 'f', 2));
    }
    return value.toString();
}

QString ReportCells::display(const QVariant &value,
                             const ReportColumn &column,
                             const QLocale &locale)
{
    const bool names = column.key == QLatin1String("complaint") || column.key == QLatin1String("id")
                       || column.key.endsWith(QLatin1String("_id"))
                       || column.key.endsWith(QLatin1String("_no"));
    if (column.type == CsvColumnType::Integer && names && !value.isNull())
        return QString::number(value.toLongLong());
    return display(value, column.type, locale);
}

QString ReportCells::dateTime(const QDateTime &utc, const QLocale &locale)
{
    const QDateTime local = utc.toLocalTime();
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QLatin1String(":ss"));
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
           + locale.toString(local.time(), time);
}

Qt::Alignment ReportCells::alignment(const ReportColumn &column)
{
    return (column.isNumeric() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}
