#include "CsvWriter.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace {

constexpr qsizetype FlushAt = 64 * 1024; // characters buffered before they are encoded and written
constexpr qsizetype MaxIdentifier = 255; // Excel's limit for a string literal in a formula
constexpr qint64 OffsetSlots = 1 << 14; // hours whose local offset is kept (almost two years)

bool isIdentifierChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
           || QStringView(u" +-*#()./").contains(c);
}

// The characters that make a field quoted (quoted()): '"', ',', ';', TAB, CR and LF, as bits
// of their code (all below 64). Every delimiter the options offer is among them.
constexpr quint64 QuotedBits = (quint64(1) << '"') | (quint64(1) << ',') | (quint64(1) << ';')
                               | (quint64(1) << '\t') | (quint64(1) << '\r') | (quint64(1) << '\n');

bool needsQuotes(char16_t u)
{
    return u < 64 && (QuotedBits >> u) & 1;
}

// Whether a spreadsheet would take a text starting with c for a formula (neutralized()).
bool startsFormula(char16_t u)
{
    return u == u'=' || u == u'+' || u == u'-' || u == u'@' || u == u'\t' || u == u'\r'
           || u == u'\n' || u == u'\0';
}

// a / b rounded towards minus infinity (b > 0).
constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b < 0 ? 1 : 0);
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

} // namespace

CsvWriter::CsvWriter(QString path, QList<CsvColumn> columns, CsvOptions options)
    : m_path(std::move(path))
    , m_columns(std::move(columns))
    , m_options(options)
{ }

CsvWriter::~CsvWriter()
{
    cancel();
}

Status CsvWriter::open()
{
    if (m_options.encoding == CsvEncoding::Gb18030)
        m_encoder = QStringEncoder("GB18030");
    else
        m_encoder = QStringEncoder(QStringConverter::Utf8);
    if (!m_encoder.isValid())
        return makeError(Error::Code::File,
                         tr("This system cannot write GB18030. Choose UTF-8 instead."));
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        return failed(m_file->errorString());
    m_open = true;
    if (m_options.encoding == CsvEncoding::Utf8Bom && m_file->write("\xEF\xBB\xBF", 3) != 3)
        return failed(m_file->errorString());
    QStringList header;
    header.reserve(m_columns.size());
    for (const CsvColumn &column : m_columns)
        header.append(neutralized(column.header));
    return writeRecord(header);
}

Status CsvWriter::writeRow(const QVariantList &values)
{
    if (!m_open)
        return makeError(Error::Code::Storage, tr("The CSV file is not open."));
    if (m_cancelCheck && m_cancelCheck()) {
        cancel();
        return makeError(Error::Code::Cancelled,
                         tr("The export was cancelled; no file was written."));
    }
    const QChar delimiter = m_options.delimiterChar();
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            m_buffer.append(delimiter);
        if (i < values.size())
            appendField(m_buffer, values.at(i), m_columns.at(i).type);
    }
    m_buffer.append(QLatin1String("\r\n"));
    if (m_buffer.size() >= FlushAt) {
        if (Status s = flush(); !s)
            return s;
    }
    ++m_rows;
    return Done {};
}

Status CsvWriter::writeRecord(const QStringList &cells)
{
    const QChar delimiter = m_options.delimiterChar();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.append(delimiter);
        m_buffer.append(quoted(cells.at(i), delimiter));
    }
    m_buffer.append(QLatin1String("\r\n"));
    return m_buffer.size() >= FlushAt ? flush() : Status(Done {});
}

Status CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return Done {};
    const QByteArray bytes = m_encoder.encode(m_buffer);
    if (m_encoder.hasError())
        return failed(tr("a character cannot be written in the chosen encoding"));
    m_buffer.clear();
    if (m_file->write(bytes) != bytes.size())
        return failed(m_file->errorString());
    return Done {};
}

Status CsvWriter::commit()
{
    if (!m_open)
        return makeError(Error::Code::Storage, tr("The CSV file is not open."));
    if (Status s = flush(); !s)
        return s;
    if (!m_file->commit()) {
        const QString reason = m_file->errorString();
        m_open = false;
        m_file.reset();
        return makeError(Error::Code::File,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason));
    }
    m_open = false;
    m_file.reset();
    return Done {};
}

void CsvWriter::cancel()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile removes its temporary file
    }
    m_open = false;
    m_buffer.clear();
}

Status CsvWriter::failed(const QString &reason)
{
    cancel();
    return makeError(Error::Code::File,
                     tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason));
}

QString CsvWriter::neutralized(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
    case u'\0':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QString CsvWriter::identifierFormula(const QString &value)
{
    if (value.isEmpty() || value.size() > MaxIdentifier
        || !std::all_of(value.cbegin(), value.cend(), isIdentifierChar))
        return {};
    return QLatin1String("=\"") + value + QLatin1Char('"');
}

QString CsvWriter::moneyText(qint64 minorUnits)
{
    // The magnitude as unsigned: -INT64_MIN does not fit in qint64.
    const quint64 magnitude = minorUnits < 0 ? quint64(0) - quint64(minorUnits)
                                             : quint64(minorUnits);
    return (minorUnits < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100)
           + QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString CsvWriter::cellText(const QVariant &value, CsvColumnType type)
{
    if (value.isNull())
        return {};
    switch (type) {
    case CsvColumnType::Text:
        break;
    case CsvColumnType::Identifier: {
        const QString formula = identifierFormula(value.toString());
        if (!formula.isEmpty())
            return formula;
        break;
    }
    case CsvColumnType::Integer:
        // Numbers made here from integers, never from text: "-5" is a number, not a formula.
        if (isNumber(value))
            return QString::number(value.toLongLong());
        break;
    case CsvColumnType::Money:
        if (isNumber(value))
            return moneyText(value.toLongLong());
        break;
    case CsvColumnType::Decimal:
    case CsvColumnType::Percent:
        if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float
            || isNumber(value)) {
            const double d = value.toDouble();
            return std::isfinite(d) ? QString::number(d, 'f', 2) : QString();
        }
        break;
    case CsvColumnType::Date:
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        break;
    case CsvColumnType::DateTime:
        if (value.typeId() == QMetaType::QDateTime) {
            const QDateTime t = value.toDateTime();
            return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                               : QString();
        }
        break;
    }
    return neutralized(value.toString());
}

QString CsvWriter::quoted(const QString &cell, QChar delimiter)
{
    static const QString special = QStringLiteral("\",;\t\r\n");
    const bool needsQuotes = std::any_of(cell.cbegin(), cell.cend(), [&](QChar c) {
        return c == delimiter || special.contains(c);
    });
    if (!needsQuotes)
        return cell;
    QString out = cell;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void CsvWriter::appendQuoted(QString &out, QStringView cell, bool neutralize)
{
    const bool prefix = neutralize && !cell.isEmpty() && startsFormula(cell.front().unicode());
    const char16_t *p = cell.utf16();
    const qsizetype n = cell.size();
    qsizetype first = 0;
    while (first < n && !needsQuotes(p[first]))
        ++first;
    if (first == n) { // nothing to quote: the common case
        if (prefix)
            out.append(QLatin1Char('\''));
        out.append(cell);
        return;
    }
    out.append(QLatin1Char('"'));
    if (prefix)
        out.append(QLatin1Char('\''));
    qsizetype start = 0;
    for (qsizetype i = first; i < n; ++i) {
        if (p[i] == u'"') { // doubled
            out.append(cell.sliced(start, i + 1 - start));
            out.append(QLatin1Char('"'));
            start = i + 1;
        }
    }
    out.append(cell.sliced(start));
    out.append(QLatin1Char('"'));
}

bool CsvWriter::appendLocalTime(QString &out, const QDateTime &utc)
{
    constexpr qint64 HourMs = 3'600'000;
    constexpr qint64 DayMs = 24 * HourMs;
    constexpr qint64 First = -62'135'596'800'000; // 0001-01-01T00:00Z
    constexpr qint64 Last = 253'402'300'799'999; // 9999-12-31T23:59:59.999Z
    const qint64 ms = utc.toMSecsSinceEpoch();
    if (ms < First + DayMs || ms > Last - DayMs)
        return false;
    const qint64 hour = floorDiv(ms, HourMs);
    if (m_offsets.empty())
        m_offsets.resize(OffsetSlots);
    CachedOffset &cached = m_offsets[size_t(hour & (OffsetSlots - 1))];
    if (cached.hour != hour) {
        const auto offsetAt = [](qint64 at) {
            return QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toLocalTime().offsetFromUtc();
        };
        const int offset = offsetAt(hour * HourMs);
        // An hour in which the offset changes (a DST switch) is not cached: each of its times
        // is converted on its own.
        if (offsetAt(hour * HourMs + HourMs - 1) != offset)
            return false;
        cached.hour = hour;
        cached.seconds = offset;
    }
    const qint64 local = ms + qint64(cached.seconds) * 1000;
    const qint64 day = floorDiv(local, DayMs);
    const int minuteOfDay = int((local - day * DayMs) / 60'000);
    int y = 0;
    int m = 0;
    int d = 0;
    QDate::fromJulianDay(day + 2'440'588).getDate(&y, &m, &d); // 1970-01-01 is day 2,440,588
    if (y < 1000 || y > 9999)
        return false;
    const int hh = minuteOfDay / 60;
    const int mm = minuteOfDay % 60;
    const char16_t text[16] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + d / 10),
                               char16_t(u'0' + d % 10),
                               u' ',
                               char16_t(u'0' + hh / 10),
                               char16_t(u'0' + hh % 10),
                               u':',
                               char16_t(u'0' + mm / 10),
                               char16_t(u'0' + mm % 10)};
    out.append(QStringView(text, 16));
    return true;
}

void CsvWriter::appendField(QString &out, const QVariant &value, CsvColumnType type)
{
    if (value.isNull())
        return;
    const int id = value.typeId();
    if (id == QMetaType::QString
        && (type == CsvColumnType::Text || type == CsvColumnType::Identifier)) {
        const QString &text = *static_cast<const QString *>(value.constData());
        if (type == CsvColumnType::Identifier && !text.isEmpty() && text.size() <= MaxIdentifier
            && std::all_of(text.cbegin(), text.cend(), isIdentifierChar)) {
            // ="value", quoted: its quotes doubled (an identifier holds nothing else to quote).
            out.append(QLatin1String("\"=\"\""));
            out.append(text);
            out.append(QLatin1String("\"\"\""));
            return;
        }
        appendQuoted(out, text, true);
        return;
    }
    if (id == QMetaType::QDateTime && type == CsvColumnType::DateTime) {
        const QDateTime &t = *static_cast<const QDateTime *>(value.constData());
        if (t.isValid() && t.timeSpec() == Qt::UTC && appendLocalTime(out, t))
            return;
    }
    appendQuoted(out, cellText(value, type), false);
}
