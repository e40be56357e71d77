#pragma once

#include "CsvDecoder.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

class QIODevice;

// One record of a CSV file as CsvReader found it. Its fields are views into the reader's buffer:
// valid until the reader's next call of next() (take value() or toStringList() to keep them).
class CsvRecord
{
public:
    qsizetype size() const { return qsizetype(m_fields.size()); }
    // The field's text, quotes removed and "" turned into "; empty when i is out of range.
    QStringView at(qsizetype i) const;
    QString value(qsizetype i) const { return at(i).toString(); }
    // The field was written in quotes: tells "" (an empty text) from nothing at all.
    bool wasQuoted(qsizetype i) const;
    QStringList toStringList() const;

    // An empty line: one empty field, not quoted.
    bool isBlank() const { return size() == 1 && m_fields.front().length == 0 && !wasQuoted(0); }
    // Every field empty (",,,,," as well as a blank line).
    bool isAllEmpty() const;

    // The physical lines (counted from 1; CRLF, CR and LF each end one) where the record starts
    // and ends: more than one when a quoted field holds line breaks.
    qint64 firstLine() const { return m_firstLine; }
    qint64 lastLine() const { return m_lastLine; }

private:
    friend class CsvReader;
    struct Field
    {
        qsizetype offset = 0; // into the reader's text, or into m_unquoted
        qsizetype length = 0;
        bool quoted = false;
        bool ownText = false; // in m_unquoted: the field needed unescaping
    };
    std::vector<Field> m_fields;
    QString m_unquoted; // fields with "" or text after the closing quote, unescaped
    const QChar *m_text = nullptr;
    qint64 m_firstLine = 0;
    qint64 m_lastLine = 0;
};

// Reads the records of a CSV file by RFC 4180, streaming: the file is read and decoded in chunks
// of 1 MiB, so memory stays flat however many rows the file has (it grows only with the longest
// record).
// - Fields are separated by the delimiter (, ; or TAB) and records end in CRLF, LF or CR; a
//   missing line break after the last record is fine.
// - A field starting with " is quoted: it ends at the next lone ", and may hold the delimiter,
//   CR, LF and CRLF (kept as they are in the value, so a bare LF inside a field of a CRLF file
//   stays a bare LF) and "" for one ". A quote that is never closed is an error naming the line
//   where its field began.
// - Lenient where Excel is: a " inside an unquoted field (5'11") is an ordinary character; text
//   after a closing quote up to the delimiter ("abc"def) is appended to the value (abcdef).
//   Spaces around fields are data and kept; a field starting with a space then " is unquoted.
// - An empty line is a record of one empty field (CsvRecord::isBlank); which lines to skip is
//   decided above this class (CsvSniffer, CsvTableReader).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Reads the device (from its current position) in the given encoding (not Auto); the
    // encoding's byte order mark at the start is skipped.
    CsvReader(QIODevice *device, CsvTextEncoding encoding, QChar delimiter);
    // Reads text already decoded. With isSample true, the text is the start of a longer file:
    // a record cut off at its end is dropped instead of being an error.
    CsvReader(QString text, QChar delimiter, bool isSample = false);

    // Reads the next record: true when there is one (see record()), false at the end of the file.
    // An error (bytes not valid in the encoding, an unclosed quote, a read failure) ends the
    // reading; it names the line.
    Result<bool> next();
    const CsvRecord &record() const { return m_record; }

    QChar delimiter() const { return m_delimiter; }
    // Bytes of the device read so far (for a progress bar).
    qint64 bytesRead() const { return m_bytesRead; }
    // Chunk size in bytes (tests use small ones to put chunk ends everywhere).
    void setChunkSize(qint64 bytes) { m_chunkSize = std::max<qint64>(bytes, 1); }

private:
    enum class Parse { Record, NeedMore, End, Unclosed };
    Parse parseRecord();
    Status fill();

    QIODevice *m_device = nullptr;
    CsvDecoder m_decoder;
    QChar m_delimiter;
    QByteArray m_bytes; // the chunk read last
    QString m_text; // decoded text not yet parsed starts at m_pos
    qsizetype m_pos = 0;
    qint64 m_line = 1; // line of m_pos
    qint64 m_unclosedLine = 0;
    qint64 m_bytesRead = 0;
    qint64 m_chunkSize = 1 << 20;
    bool m_sourceDone = false; // all text is in m_text
    bool m_isSample = false;
    bool m_failed = false;
    CsvRecord m_record;
};
