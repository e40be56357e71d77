#pragma once

#include "CsvDecoder.h"
#include "CsvReader.h"
#include "CsvSniffer.h"

#include <QFile>

#include <memory>
#include <optional>

// How a CSV file is to be read: what the user chose, or Auto / nullopt to detect it.
struct CsvTableOptions
{
    CsvTextEncoding encoding = CsvTextEncoding::Auto;
    std::optional<QChar> delimiter; // , ; or TAB; nullopt: sniffed
};

// The table in a CSV file as an import sees it: open() detects the encoding (CsvDecoder), the
// delimiter and the header (CsvSniffer); next() then yields the data rows only, one CsvRecord
// at a time, skipping blank lines, all-empty rows and repeated header rows and noting each
// (skipped()). Nothing is held in memory but the current chunk of the file.
//
//   CsvTableReader table(path, {CsvTextEncoding::Auto, std::nullopt});
//   if (Status s = table.open(); !s) return s;      // encoding / header problems, with reasons
//   while (true) {
//       Result<bool> more = table.next();           // errors name the line
//       if (!more) return more.error();
//       if (!more.value()) break;
//       const CsvRecord &row = table.record();      // row.at(i), row.firstLine()
//   }
class CsvTableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableReader)

public:
    explicit CsvTableReader(QString path, CsvTableOptions options = {});
    ~CsvTableReader();
    CsvTableReader(const CsvTableReader &) = delete;
    CsvTableReader &operator=(const CsvTableReader &) = delete;

    Status open();

    const CsvEncodingGuess &encoding() const { return m_encoding; }
    const CsvLayout &layout() const { return m_layout; }

    // The next data row: true when there is one (record()), false after the last.
    Result<bool> next();
    const CsvRecord &record() const { return m_reader->record(); }

    // Lines that are no data, in file order: those before the header and those read so far.
    // Neighbouring lines left out for the same reason are one range; after MaxSkippedKept
    // ranges only skippedLineCount() goes on counting.
    const QList<CsvSkippedLine> &skipped() const { return m_skipped; }
    qint64 skippedLineCount() const { return m_skippedLines; }
    static constexpr qsizetype MaxSkippedKept = 1000;
    qint64 rowCount() const { return m_rows; }

    // For a progress bar.
    qint64 bytesRead() const { return m_reader ? m_reader->bytesRead() : 0; }
    qint64 fileSize() const { return m_file.size(); }

    // Bytes of text looked at to find the delimiter and the header.
    static constexpr qint64 SampleBytes = 256 * 1024;

private:
    void skip(const CsvSkippedLine &line);

    QString m_path;
    CsvTableOptions m_options;
    QFile m_file;
    CsvEncodingGuess m_encoding;
    CsvLayout m_layout;
    std::unique_ptr<CsvReader> m_reader;
    QList<CsvSkippedLine> m_skipped;
    qint64 m_skippedLines = 0;
    qint64 m_rows = 0;
};
