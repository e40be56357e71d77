#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class CsvRecord;

// Why a line of a CSV file is not a row of data.
enum class CsvSkipReason {
    BeforeHeader, // junk before the header ("Archive: ...", a title): not the table's columns
    Blank, // an empty line
    AllEmpty, // every field empty (",,,,,")
    RepeatedHeader, // the header again, as where several exports were pasted together
};

struct CsvSkippedLine
{
    qint64 firstLine = 0;
    qint64 lastLine = 0;
    CsvSkipReason reason = CsvSkipReason::Blank;
};

// The shape of a CSV file's table, found in the start of its text.
struct CsvLayout
{
    QChar delimiter = QLatin1Char(',');
    QString delimiterReason; // translated, for the preview
    qint64 headerLine = 0; // first line of the header record (counted from 1)
    QStringList header;
    QList<CsvSkippedLine> skippedBeforeHeader;
};

// Finds the delimiter and the header of a CSV file from the start of its text.
//
// Delimiter (, ; or TAB): each is tried with the real parser (quotes respected) on the first 200
// records of the sample; blank and all-empty records are left out. For each, the most common
// number of fields is the table's width; the delimiter whose width is at least 2 and that gives
// that width to the largest share of records wins; on (near) equal shares the one giving more
// columns (a comma file with "a;b;c" in one column), then the order , ; TAB. A sample where no
// delimiter gives two columns is one column wide (delimiter ,).
//
// Header: the first record with the table's width; the records before it are junk (CFPB's
// "Archive: ..." lines), blank or all-empty, and reported as skipped. After the header,
// skipReason() tells which records are no data: blank lines, all-empty rows and the header
// repeated (compared with spaces trimmed).
class CsvSniffer
{
    Q_DECLARE_TR_FUNCTIONS(CsvSniffer)

public:
    // sample: the start of the file's text in whole lines (or all of it: isWholeFile).
    // delimiter: given by the user (then only the header is looked for).
    static Result<CsvLayout> sniff(const QString &sample,
                                   bool isWholeFile,
                                   std::optional<QChar> delimiter = std::nullopt);

    // Why a record after the header is not data, if it is not.
    static std::optional<CsvSkipReason> skipReason(const CsvRecord &record,
                                                   const QStringList &header);

    // For the preview and the import's report: "Line 2: every field is empty."
    static QString describe(const CsvSkippedLine &line);
    static QString delimiterName(QChar delimiter);
};
