#include "CsvReader.h"

#include <QIODevice>

#include <algorithm>

namespace {

// Line breaks in text: CRLF, CR and LF each count once.
qint64 lineBreaks(const QChar *s, qsizetype n)
{
    qint64 lines = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (c == u'\r' || (c == u'\n' && (i == 0 || s[i - 1] != u'\r')))
            ++lines;
    }
    return lines;
}

} // namespace

QStringView CsvRecord::at(qsizetype i) const
{
    if (i < 0 || i >= size())
        return {};
    const Field &f = m_fields[size_t(i)];
    if (f.ownText)
        return QStringView(m_unquoted).sliced(f.offset, f.length);
    return QStringView(m_text + f.offset, f.length);
}

bool CsvRecord::wasQuoted(qsizetype i) const
{
    return i >= 0 && i < size() && m_fields[size_t(i)].quoted;
}

QStringList CsvRecord::toStringList() const
{
    QStringList values;
    values.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        values.append(value(i));
    return values;
}

bool CsvRecord::isAllEmpty() const
{
    return std::all_of(m_fields.cbegin(), m_fields.cend(), [](const Field &f) {
        return f.length == 0;
    });
}

CsvReader::CsvReader(QIODevice *device, CsvTextEncoding encoding, QChar delimiter)
    : m_device(device)
    , m_decoder(encoding)
    , m_delimiter(delimiter)
{ }

CsvReader::CsvReader(QString text, QChar delimiter, bool isSample)
    : m_decoder(CsvTextEncoding::Utf8)
    , m_delimiter(delimiter)
    , m_text(std::move(text))
    , m_sourceDone(true)
    , m_isSample(isSample)
{ }

Result<bool> CsvReader::next()
{
    if (m_failed)
        return false;
    for (;;) {
        switch (parseRecord()) {
        case Parse::Record:
            return true;
        case Parse::End:
            return false;
        case Parse::Unclosed:
            m_failed = true;
            return makeError(Error::Code::Invalid,
                             tr("The quoted field that begins on line %L1 is never closed: the "
                                "file ends inside it. A quote (\") is probably missing or extra "
                                "in that row.")
                                     .arg(m_unclosedLine));
        case Parse::NeedMore:
            if (Status s = fill(); !s) {
                m_failed = true;
                return s.error();
            }
            break;
        }
    }
}

Status CsvReader::fill()
{
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype before = m_text.size();
    QByteArray &bytes = m_bytes; // reused: one allocation for the whole file
    while (!m_sourceDone && m_text.size() == before) {
        // A record longer than a chunk: read as much again, so re-parsing it stays linear.
        qint64 want = std::max<qint64>(m_chunkSize, before);
        if (!m_device->isSequential()) // a small file: no chunk larger than what is left
            want = std::clamp<qint64>(m_device->size() - m_device->pos(), 1, want);
        bytes.resize(want);
        const qint64 got = m_device->read(bytes.data(), want);
        if (got < 0)
            return makeError(Error::Code::File,
                             tr("The file cannot be read: %1").arg(m_device->errorString()));
        bytes.resize(got);
        m_bytesRead += got;
        const bool last = got == 0 || m_device->atEnd();
        if (Status s = m_decoder.decode(bytes, last, m_text); !s)
            return s;
        m_sourceDone = last;
    }
    return Done {};
}

CsvReader::Parse CsvReader::parseRecord()
{
    const QChar *s = m_text.constData();
    const qsizetype n = m_text.size();
    qsizetype p = m_pos;
    if (p >= n)
        return m_sourceDone ? Parse::End : Parse::NeedMore;
    const char16_t delimiter = m_delimiter.unicode();
    // Every character that ends an unquoted field is at most this: one comparison for most.
    const char16_t stopMax = std::max<char16_t>(delimiter, u'\r');
    auto fieldEnd = [&](qsizetype q) {
        while (q < n) {
            const char16_t c = s[q].unicode();
            if (c <= stopMax && (c == delimiter || c == u'\r' || c == u'\n'))
                break;
            ++q;
        }
        return q;
    };

    CsvRecord &r = m_record;
    r.m_fields.clear();
    r.m_unquoted.resize(0);
    qint64 line = m_line;
    bool endedByBreak = false;
    for (;;) {
        CsvRecord::Field f;
        if (p < n && s[p] == u'"') {
            f.quoted = true;
            qsizetype q = p + 1;
            qsizetype segment = q; // start of the text not yet copied (after a "")
            qsizetype close = 0;
            for (;;) {
                const qsizetype found = QStringView(s + q, n - q).indexOf(u'"');
                if (found < 0) {
                    if (!m_sourceDone)
                        return Parse::NeedMore;
                    if (m_isSample)
                        return Parse::End;
                    m_unclosedLine = line;
                    return Parse::Unclosed;
                }
                close = q + found;
                if (close + 1 >= n && !m_sourceDone)
                    return Parse::NeedMore; // "" may continue in the next chunk
                if (close + 1 < n && s[close + 1] == u'"') {
                    if (!f.ownText) {
                        f.ownText = true;
                        f.offset = r.m_unquoted.size();
                    }
                    r.m_unquoted.append(s + segment, close + 1 - segment); // keeps one "
                    q = close + 2;
                    segment = q;
                    continue;
                }
                break;
            }
            line += lineBreaks(s + p + 1, close - p - 1);
            if (f.ownText) {
                r.m_unquoted.append(s + segment, close - segment);
                f.length = r.m_unquoted.size() - f.offset;
            } else {
                f.offset = p + 1;
                f.length = close - p - 1;
            }
            p = close + 1;
            const qsizetype rest = fieldEnd(p); // "abc"def: lenient, like Excel
            if (rest > p) {
                if (!f.ownText) {
                    const qsizetype start = f.offset;
                    f.ownText = true;
                    f.offset = r.m_unquoted.size();
                    r.m_unquoted.append(s + start, f.length);
                }
                r.m_unquoted.append(s + p, rest - p);
                f.length += rest - p;
                p = rest;
            }
        } else {
            const qsizetype end = fieldEnd(p);
            f.offset = p;
            f.length = end - p;
            p = end;
        }
        r.m_fields.push_back(f);
        if (p >= n) {
            if (!m_sourceDone)
                return Parse::NeedMore;
            if (m_isSample)
                return Parse::End; // the sample may end in the middle of this record
            break;
        }
        const char16_t c = s[p].unicode();
        if (c == delimiter) {
            ++p;
            continue;
        }
        if (c == u'\r') {
            if (p + 1 >= n && !m_sourceDone)
                return Parse::NeedMore; // CRLF split between chunks
            p += (p + 1 < n && s[p + 1] == u'\n') ? 2 : 1;
        } else {
            ++p;
        }
        endedByBreak = true;
        break;
    }
    r.m_firstLine = m_line;
    r.m_lastLine = line;
    r.m_text = s;
    m_line = endedByBreak ? line + 1 : line;
    m_pos = p;
    return Parse::Record;
}
