#pragma once

#include <QChar>
#include <QList>
#include <QString>

// How a CSV file is written (DESIGN.md "CSV rules"). The defaults are what Excel in a Chinese
// locale opens correctly: UTF-8 with a byte order mark, commas.
enum class CsvEncoding {
    Utf8Bom, // default: Excel reads UTF-8 without the BOM as the local code page (garbage)
    Utf8,
    Gb18030, // covers all of Unicode, so every character can be written
};

enum class CsvDelimiter { Comma, Semicolon, Tab };

// What a column holds; decides how a value is turned into cell text.
enum class CsvColumnType {
    Text, // free text: neutralized against formula injection
    Identifier, // phone, ID and order numbers: kept as text by Excel (see CsvWriter)
    Integer, // qint64
    Money, // qint64 minor units (fen, cents) -> "123.45"
    Date, // QDate -> yyyy-MM-dd
    DateTime, // QDateTime -> local time, yyyy-MM-dd HH:mm
    Decimal, // double -> "12.50": two decimals, a point, no grouping (hours, means)
    Percent, // double in percentage points (12.5 means 12.5 %) -> "12.50", as Decimal
};

struct CsvColumn
{
    QString header; // translated by the caller
    CsvColumnType type = CsvColumnType::Text;
};

struct CsvOptions
{
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    CsvDelimiter delimiter = CsvDelimiter::Comma;

    QChar delimiterChar() const
    {
        switch (delimiter) {
        case CsvDelimiter::Comma:
            return QLatin1Char(',');
        case CsvDelimiter::Semicolon:
            return QLatin1Char(';');
        case CsvDelimiter::Tab:
            return QLatin1Char('\t');
        }
        return QLatin1Char(',');
    }
};
