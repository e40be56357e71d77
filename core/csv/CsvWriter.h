#pragma once

#include "CsvOptions.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringEncoder>
#include <QVariant>

#include <functional>
#include <limits>
#include <memory>
#include <vector>

class QSaveFile;

// Writes one CSV file by DESIGN.md's "CSV rules", for every export of the application (reports,
// the data-subject export, the command line):
// - RFC 4180: records end in CRLF; a field holding '"', ',', ';', TAB, CR, LF or the delimiter is
//   quoted, with embedded quotes doubled.
// - Encoding UTF-8 with BOM (default), plain UTF-8 or GB18030; delimiter comma, semicolon or tab.
// - Formula injection: a text cell starting with = + - @ TAB CR LF or NUL gets a leading '.
// - Typed columns (CsvColumnType): numbers, money, dates and times in one fixed, locale-free form.
// - Through QSaveFile: the file appears only on commit(); a failure, cancel() or a writer
//   destroyed before commit() leaves no file (and an existing file at the path unchanged).
//
// Identifiers (phone, ID and order numbers) are written as the formula ="…" whose result is the
// number as text: Excel shows 13812345678 (not 1.38E+10), keeps the leading zero of 0755… and all
// 18 digits of an ID number (it keeps only 15 significant digits of a number). The wrapper is
// made here, around a value of harmless characters only (digits, Latin letters, space and
// + - * # ( ) . /, at most 255 characters); such a value is a string literal inside the formula,
// so it cannot run anything, and formula neutralization does not apply to it. Any other value in
// an identifier column is written as a neutralized text cell. Programs that do not evaluate
// formulas when reading CSV (LibreOffice's default, scripts) see the ="…" as typed.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    // Asked before each record; true stops the writing (Error::Code::Cancelled, no file).
    using CancelCheck = std::function<bool()>;

    CsvWriter(QString path, QList<CsvColumn> columns, CsvOptions options = {});
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void setCancelCheck(CancelCheck check) { m_cancelCheck = std::move(check); }

    // Opens a temporary file beside the path and writes the BOM (if any) and the header row.
    Status open();
    // One record, the values in column order (missing ones are empty; a null QVariant is an
    // empty cell).
    Status writeRow(const QVariantList &values);
    // Moves the complete file into place.
    Status commit();
    // Throws away what was written; the path is left as it was.
    void cancel();

    qint64 rowCount() const { return m_rows; }
    const QString &path() const { return m_path; }

    // The cell text of a value in a column of the given type, before quoting.
    static QString cellText(const QVariant &value, CsvColumnType type);
    // A text prefixed with ' when a spreadsheet would take it for a formula.
    static QString neutralized(const QString &text);
    // ="value" for a value of harmless characters; empty when the value needs plain text.
    static QString identifierFormula(const QString &value);
    static QString moneyText(qint64 minorUnits);
    // The field as it goes into the file: quoted when needed.
    static QString quoted(const QString &cell, QChar delimiter);

    // Appends the field of a value to out in one pass: the same text as
    // quoted(cellText(value, type), delimiter) (every delimiter the options offer is among the
    // characters that are quoted anyway). The export's path (writeRow): text is scanned once,
    // identifiers and UTC times are written without intermediate strings, and a UTC time is
    // shown in local time through offsets kept per hour (an hour in which the offset changes,
    // as at a DST switch, is converted value by value).
    void appendField(QString &out, const QVariant &value, CsvColumnType type);

private:
    Status writeRecord(const QStringList &cells);
    bool appendLocalTime(QString &out, const QDateTime &utc);
    static void appendQuoted(QString &out, QStringView cell, bool neutralize);
    Status flush();
    Status failed(const QString &reason);

    QString m_path;
    QList<CsvColumn> m_columns;
    CsvOptions m_options;
    CancelCheck m_cancelCheck;
    std::unique_ptr<QSaveFile> m_file;
    QStringEncoder m_encoder;
    QString m_buffer;
    qint64 m_rows = 0;
    bool m_open = false;
    // Local offsets (seconds) of UTC hours (ms since the epoch / 3,600,000) seen, direct mapped
    // by hour: rows come in name order, their times from anywhere. Made on the first time.
    struct CachedOffset
    {
        qint64 hour = std::numeric_limits<qint64>::min(); // none
        int seconds = 0;
    };
    std::vector<CachedOffset> m_offsets;
};
