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
        return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    case CsvColumnType::Decimal:
        return locale.toString(value.toDouble(), 'f', 2);
    case CsvColumnType::Percent:
        //: A percentage in a report's table, e.g. "12.50 %"
        return tr("%1 %").arg(locale.toString(value.toDouble(), 'f', 2));
    }
    return value.toString();
}

Qt::Alignment ReportCells::alignment(const ReportColumn &column)
{
    return (column.isNumeric() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}
