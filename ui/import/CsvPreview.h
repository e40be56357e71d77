#pragma once

#include "csv/CsvTableReader.h"

#include <QList>
#include <QStringList>

// The start of a CSV file as the import wizard shows it: how it was read (encoding, delimiter,
// header and why) and its first data rows. Reads only as far as those rows (after the encoding
// check, which reads the whole file when the encoding is detected).
struct CsvPreview
{
    Status status = Done {}; // the reason the file cannot be read, naming the line
    CsvEncodingGuess encoding;
    CsvLayout layout;
    QList<QStringList> rows; // the first data rows, as many fields as the record has
    QList<CsvSkippedLine> skipped; // before the header and among the rows read
    bool wholeFile = false; // rows holds every data row of the file

    bool ok() const { return status.ok(); }

    static CsvPreview read(const QString &path, const CsvTableOptions &options, int maxRows = 50);
};
