#pragma once

#include "reports/ReportRows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QVariant>

// How a report's typed values read on screen (the CSV writer has its own, locale-free forms):
// money in yuan with two decimals, dates and times in the local format, percentages with %,
// durations and other decimals with two decimals in the user's locale.
class ReportCells
{
    Q_DECLARE_TR_FUNCTIONS(ReportCells)

public:
    // The text of one value of a column of the given type; empty for a null value.
    static QString display(const QVariant &value,
                           CsvColumnType type,
                           const QLocale &locale = QLocale());
    // As above; whole numbers that name something (a complaint's number) without grouping.
    static QString display(const QVariant &value,
                           const ReportColumn &column,
                           const QLocale &locale = QLocale());
    // A time of day as the locale writes it, without seconds.
    static QString dateTime(const QDateTime &utc, const QLocale &locale = QLocale());
    // Qt::AlignRight for numbers, Qt::AlignLeft otherwise (both vertically centred).
    static Qt::Alignment alignment(const ReportColumn &column);
};
