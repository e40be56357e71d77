#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Turning the text of one field into a value, with the message for the user when it cannot be.
// Each function returns the value, or nothing and sets *error (translated).
class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)

public:
    // How dates in one column are written. "auto" is decided by the first value of the column
    // (ISO yyyy-MM-dd, yyyy/M/d, d.M.yyyy, M/d/yyyy or d/M/yyyy), each with an optional time
    // (H:mm or H:mm:ss); a column that mixes them gets an error on the rows that differ (the
    // year-first forms may mix: Suning's export has both, and neither can be misread). The
    // slash form with the year last is M/d/yyyy unless a first part above 12 shows d/M/yyyy.
    class DateColumn
    {
    public:
        explicit DateColumn(QString format = QStringLiteral("auto"))
            : m_format(std::move(format))
        { }
        // Local time of the file, as the user's computer reads it.
        std::optional<QDateTime> parse(const QString &text, QString *error);
        std::optional<QDate> parseDate(const QString &text, QString *error);

    private:
        struct Parts
        {
            QDate date;
            QTime time;
            bool utc = false;
        };
        std::optional<Parts> parts(const QString &text, QString *error);
        enum class Style { Unknown, Iso, YearSlash, DayDot, MonthSlash, DaySlash };
        static Style styleOf(const QString &datePart);
        QString m_format;
        Style m_style = Style::Unknown;
    };

    // Money in minor units (fen, cents): "261,96" with ',' as the decimal separator, "1,234.50"
    // with '.'; more than two decimals are rounded half away from zero.
    static std::optional<qint64> money(const QString &text, QChar decimal, QString *error);
    static std::optional<qint64> integer(const QString &text, QString *error);
    // Seconds, or h:mm:ss / m:ss.
    static std::optional<int> duration(const QString &text, QString *error);
    static std::optional<bool> yesNo(const QString &text, QString *error);
    // A number Excel turned into 1.03531E+12: its digits are gone. The message says so.
    static bool excelDamaged(const QString &text, QString *error);

    // A choice matched by any of its names (code, English and Chinese label), any case.
    struct Choice
    {
        int value = 0;
        QStringList names; // the first is the code shown in the error
    };
    static std::optional<int> choice(const QString &text,
                                     const QList<Choice> &choices,
                                     QString *error);
};
