#include "CsvDecoder.h"

#include <QBuffer>
#include <QIODevice>
#include <QScopeGuard>

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>

namespace {

constexpr qint64 DetectChunk = 1 << 20; // bytes read at a time while detecting

QStringDecoder makeDecoder(CsvTextEncoding encoding, bool stateless)
{
    // ConvertInitialBom: a U+FEFF at the start of a piece is text (the real mark is skipped by
    // CsvDecoder itself, once).
    QStringConverter::Flags flags = QStringConverter::Flag::ConvertInitialBom;
    if (stateless)
        flags |= QStringConverter::Flag::Stateless;
    switch (encoding) {
    case CsvTextEncoding::Auto:
    case CsvTextEncoding::Utf8:
        return QStringDecoder(QStringConverter::Utf8, flags);
    case CsvTextEncoding::Utf16Le:
        return QStringDecoder(QStringConverter::Utf16LE, flags);
    case CsvTextEncoding::Utf16Be:
        return QStringDecoder(QStringConverter::Utf16BE, flags);
    case CsvTextEncoding::Gb18030:
        return QStringDecoder("GB18030", flags);
    case CsvTextEncoding::Windows1252:
        return QStringDecoder("windows-1252", flags);
    }
    return QStringDecoder(QStringConverter::Utf8, flags);
}

bool isUtf16(CsvTextEncoding encoding)
{
    return encoding == CsvTextEncoding::Utf16Le || encoding == CsvTextEncoding::Utf16Be;
}

QByteArrayView bomOf(CsvTextEncoding encoding)
{
    switch (encoding) {
    case CsvTextEncoding::Auto:
    case CsvTextEncoding::Utf8:
        return "\xEF\xBB\xBF";
    case CsvTextEncoding::Utf16Le:
        return "\xFF\xFE";
    case CsvTextEncoding::Utf16Be:
        return "\xFE\xFF";
    case CsvTextEncoding::Gb18030:
        return "\x84\x31\x95\x33";
    case CsvTextEncoding::Windows1252:
        return {};
    }
    return {};
}

// Line breaks (CR, LF, CRLF) in bytes of an 8-bit-safe encoding, or in UTF-16 code units.
qint64 lineBreaks(QByteArrayView bytes, CsvTextEncoding encoding, bool &lastWasCr)
{
    qint64 lines = 0;
    if (!isUtf16(encoding)) {
        const char *p = bytes.data();
        const qsizetype n = bytes.size();
        if (n == 0)
            return 0;
        if (!std::memchr(p, '\r', size_t(n))) {
            lines = std::count(p, p + n, '\n');
            if (lastWasCr && p[0] == '\n')
                --lines;
            lastWasCr = false;
            return lines;
        }
        for (qsizetype i = 0; i < n; ++i) {
            if (p[i] == '\n' && !lastWasCr)
                ++lines;
            if (p[i] == '\r')
                ++lines;
            lastWasCr = p[i] == '\r';
        }
        return lines;
    }
    const bool le = encoding == CsvTextEncoding::Utf16Le;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        const auto lo = uchar(bytes[le ? i : i + 1]);
        const auto hi = uchar(bytes[le ? i + 1 : i]);
        const bool lf = hi == 0 && lo == '\n';
        const bool cr = hi == 0 && lo == '\r';
        if ((lf && !lastWasCr) || cr)
            ++lines;
        lastWasCr = cr;
    }
    return lines;
}

// How the bytes of a file that is valid GB18030 are spread (see CsvDecoder.h, step 3).
struct Gb18030Stats
{
    qint64 twoByte = 0;
    qint64 gb2312 = 0; // two-byte characters with both bytes in 0xA1..0xFE
    qint64 fourByte = 0;
    bool afterLead = false; // the next byte is a character's second byte
    int skip = 0; // bytes still to come of a four-byte character
    uchar lead = 0;

    void add(QByteArrayView bytes)
    {
        for (const char ch : bytes) {
            const auto b = uchar(ch);
            if (skip > 0) {
                --skip;
            } else if (afterLead) {
                afterLead = false;
                if (b >= 0x30 && b <= 0x39) {
                    ++fourByte;
                    skip = 2;
                } else {
                    ++twoByte;
                    if (lead >= 0xA1 && lead <= 0xF7 && b >= 0xA1)
                        ++gb2312;
                }
            } else if (b >= 0x81 && b <= 0xFE) {
                lead = b;
                afterLead = true;
            }
        }
    }
    bool looksChinese() const
    {
        return twoByte + fourByte > 0 && gb2312 * 5 >= twoByte * 4; // at least 80 %
    }
};

// How the non-ASCII bytes of a file lie, read as Windows-1252 (see CsvDecoder.h, step 4).
struct Windows1252Stats
{
    std::array<qint64, 128> counts {};
    qint64 nonAscii = 0;
    qint64 inLongRuns = 0; // bytes in runs of three or more non-ASCII bytes
    qint64 run = 0;

    void add(QByteArrayView bytes)
    {
        for (const char ch : bytes) {
            const auto b = uchar(ch);
            if (b < 0x80) {
                endRun();
                continue;
            }
            ++counts[b - 0x80];
            ++nonAscii;
            ++run;
        }
    }
    void endRun()
    {
        if (run >= 3)
            inLongRuns += run;
        run = 0;
    }
    qint64 undefinedBytes() const
    {
        return counts[0x01] + counts[0x0D] + counts[0x0F] + counts[0x10] + counts[0x1D];
    }
    bool looksWestern()
    {
        endRun();
        return nonAscii > 0 && undefinedBytes() == 0 && inLongRuns * 20 <= nonAscii;
    }
    // The most frequent letters, for the user to look for in the preview.
    QString examples() const
    {
        QStringDecoder decoder("windows-1252");
        QList<std::pair<qint64, QString>> letters;
        for (int i = 0; i < 128; ++i) {
            if (counts[i] == 0)
                continue;
            const char byte = char(0x80 + i);
            const QString text = decoder(QByteArrayView(&byte, 1));
            if (!text.isEmpty() && text.front().isLetter())
                letters.append({counts[i], text});
        }
        std::sort(letters.begin(), letters.end(), [](const auto &a, const auto &b) {
            return a.first > b.first;
        });
        QStringList shown;
        for (qsizetype i = 0; i < letters.size() && i < 4; ++i)
            shown.append(letters.at(i).second);
        return shown.join(QLatin1String(", "));
    }
};

} // namespace

CsvDecoder::CsvDecoder(CsvTextEncoding encoding)
    : m_encoding(encoding == CsvTextEncoding::Auto ? CsvTextEncoding::Utf8 : encoding)
    , m_decoder(makeDecoder(m_encoding, true))
{ }

qsizetype CsvDecoder::splitPoint(QByteArrayView bytes, qsizetype from) const
{
    if (isUtf16(m_encoding)) {
        const bool le = m_encoding == CsvTextEncoding::Utf16Le;
        for (qsizetype i = (bytes.size() & ~qsizetype(1)) - 2; i >= (from & ~qsizetype(1)); i -= 2) {
            const auto lo = uchar(bytes[le ? i : i + 1]);
            const auto hi = uchar(bytes[le ? i + 1 : i]);
            if (hi == 0 && (lo == '\n' || lo == '\r'))
                return i + 2;
        }
        return 0;
    }
    for (qsizetype i = bytes.size() - 1; i >= from; --i) {
        if (bytes[i] == '\n' || bytes[i] == '\r')
            return i + 1;
    }
    return 0;
}

Status CsvDecoder::decode(QByteArrayView bytes, bool last, QString &out)
{
    if (!m_decoder.isValid())
        return makeError(Error::Code::Invalid,
                         tr("This system cannot read %1. Choose another encoding.")
                                 .arg(displayName(m_encoding)));
    const qsizetype carried = m_carry.size(); // holds no line break: not scanned again
    m_carry.append(bytes.data(), bytes.size());
    QByteArrayView data = m_carry;
    qsizetype consumed = 0;
    if (!m_started) {
        const QByteArrayView bom = bomOf(m_encoding);
        if (!last && data.size() < bom.size() && bom.startsWith(data))
            return Done {}; // too few bytes to tell
        m_started = true;
        if (!bom.isEmpty() && data.startsWith(bom)) {
            data = data.sliced(bom.size());
            m_offset += bom.size();
            consumed = bom.size();
        }
    }
    const qsizetype split = last ? data.size()
                                 : splitPoint(data, std::max<qsizetype>(0, carried - consumed - 2));
    if (split > 0) {
        const QByteArrayView piece = data.first(split);
        if (isUtf16(m_encoding) && split % 2 != 0) // Qt's decoder does not count a lone byte
            return failure(piece, split, true);
        const qsizetype old = out.size();
        out.resize(old + m_decoder.requiredSpace(split));
        QChar *end = m_decoder.appendToBuffer(out.data() + old, piece);
        out.resize(end - out.constData());
        if (m_decoder.hasError()) {
            out.resize(old);
            // Find the byte: a stateful decoder fed one byte at a time fails on it.
            QStringDecoder probe = makeDecoder(m_encoding, false);
            for (qsizetype i = 0; i < piece.size(); ++i) {
                const QString ignored = probe(piece.sliced(i, 1));
                if (probe.hasError())
                    return failure(piece, i, false);
            }
            return failure(piece, piece.size(), true); // a character cut off at the end
        }
        m_line += lineBreaks(piece, m_encoding, m_lastWasCr);
        m_offset += split;
        consumed += split;
    }
    m_carry.remove(0, consumed);
    return Done {};
}

Status CsvDecoder::failure(QByteArrayView piece, qsizetype errorIndex, bool cutOff) const
{
    bool lastWasCr = m_lastWasCr;
    const qint64 line = m_line + lineBreaks(piece.first(errorIndex), m_encoding, lastWasCr);
    const qint64 byte = m_offset + errorIndex + (cutOff ? 0 : 1); // counted from 1
    if (cutOff)
        return makeError(Error::Code::Invalid,
                         tr("The file ends in the middle of a character (line %L1, after byte "
                            "%L2): it was cut off, or it is not %3. Choose another encoding or "
                            "ask for the complete file.")
                                 .arg(line)
                                 .arg(m_offset + piece.size())
                                 .arg(displayName(m_encoding)));
    return makeError(Error::Code::Invalid,
                     tr("The file is not valid %1: line %L2 holds a byte (byte %L3 of the file) "
                        "that is not part of any character in this encoding. Choose another "
                        "encoding.")
                             .arg(displayName(m_encoding))
                             .arg(line)
                             .arg(byte));
}

std::optional<CsvEncodingGuess> CsvDecoder::byteOrderMark(QByteArrayView start)
{
    // UTF-8 first; FF FE is UTF-16 LE (UTF-32 is not offered).
    for (const CsvTextEncoding encoding : {CsvTextEncoding::Utf8,
                                           CsvTextEncoding::Utf16Le,
                                           CsvTextEncoding::Utf16Be,
                                           CsvTextEncoding::Gb18030}) {
        const QByteArrayView bom = bomOf(encoding);
        if (start.startsWith(bom))
            return CsvEncodingGuess {encoding,
                                     bom.size(),
                                     tr("The file starts with the byte order mark of %1.")
                                             .arg(displayName(encoding))};
    }
    return std::nullopt;
}

namespace {

// Decodes the device from start to end; observe sees every block read.
template<typename Observe>
Status readThrough(QIODevice &device, qint64 start, CsvTextEncoding encoding, Observe observe)
{
    if (!device.seek(start))
        return makeError(Error::Code::File, device.errorString());
    CsvDecoder decoder(encoding);
    QString scratch;
    const qint64 size = device.isSequential()
                                ? DetectChunk
                                : std::clamp<qint64>(device.size() - start, 1, DetectChunk);
    QByteArray buffer(size, Qt::Uninitialized);
    for (;;) {
        const qint64 got = device.read(buffer.data(), size);
        if (got < 0)
            return makeError(Error::Code::File, device.errorString());
        const QByteArrayView block(buffer.constData(), got);
        const bool last = device.atEnd() || got == 0;
        observe(block);
        scratch.clear();
        if (Status s = decoder.decode(block, last, scratch); !s)
            return s;
        if (last)
            return Done {};
    }
}

} // namespace

Result<CsvEncodingGuess> CsvDecoder::detect(QIODevice &device, CsvTextEncoding requested)
{
    const qint64 start = device.pos();
    const QByteArray head = device.peek(4);
    const std::optional<CsvEncodingGuess> bom = byteOrderMark(head);
    if (requested != CsvTextEncoding::Auto) {
        const qsizetype bomLength = bom && bom->encoding == requested ? bom->bomLength : 0;
        return CsvEncodingGuess {requested, bomLength, tr("Chosen by you.")};
    }
    if (bom)
        return *bom;

    auto restore = qScopeGuard([&] { device.seek(start); });
    const Status utf8 = readThrough(device, start, CsvTextEncoding::Utf8, [](QByteArrayView) {});
    if (utf8)
        return CsvEncodingGuess {CsvTextEncoding::Utf8, 0, tr("The whole file is valid UTF-8.")};
    if (utf8.error().code == Error::Code::File)
        return utf8.error();

    Gb18030Stats gb;
    const Status gb18030 = readThrough(device, start, CsvTextEncoding::Gb18030, [&](auto bytes) {
        gb.add(bytes);
    });
    if (gb18030 && gb.looksChinese())
        return CsvEncodingGuess {CsvTextEncoding::Gb18030,
                                 0,
                                 tr("The file is not UTF-8, but all of it is valid GB18030 and "
                                    "reads as Chinese text.")};

    Windows1252Stats western;
    if (!device.seek(start))
        return makeError(Error::Code::File, device.errorString());
    for (;;) {
        const QByteArray block = device.read(DetectChunk);
        if (block.isEmpty())
            break;
        western.add(block);
    }
    if (western.looksWestern())
        return CsvEncodingGuess {CsvTextEncoding::Windows1252,
                                 0,
                                 tr("The file is neither UTF-8 nor Chinese GB18030; its %n "
                                    "non-ASCII character(s) read as Western European text in "
                                    "Windows-1252 (such as %1). Check them in the preview.",
                                    nullptr,
                                    int(std::min<qint64>(western.nonAscii, INT_MAX)))
                                         .arg(western.examples())};

    return makeError(Error::Code::Invalid,
                     tr("The encoding of the file was not recognized, so it is not read (it "
                        "would come in garbled). %1 Choose the encoding yourself: GB18030 for "
                        "Chinese files from older programs, Windows-1252 for files from a Western "
                        "European Excel.")
                             .arg(utf8.error().message));
}

Result<CsvEncodingGuess> CsvDecoder::detect(const QByteArray &bytes, CsvTextEncoding requested)
{
    QByteArray copy = bytes; // QBuffer wants a non-const array; this shares the data
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return detect(buffer, requested);
}

QString CsvDecoder::name(CsvTextEncoding encoding)
{
    switch (encoding) {
    case CsvTextEncoding::Auto:
        return QStringLiteral("auto");
    case CsvTextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case CsvTextEncoding::Utf16Le:
        return QStringLiteral("utf-16le");
    case CsvTextEncoding::Utf16Be:
        return QStringLiteral("utf-16be");
    case CsvTextEncoding::Gb18030:
        return QStringLiteral("gb18030");
    case CsvTextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<CsvTextEncoding> CsvDecoder::fromName(QStringView name)
{
    for (const CsvTextEncoding encoding : {CsvTextEncoding::Auto,
                                           CsvTextEncoding::Utf8,
                                           CsvTextEncoding::Utf16Le,
                                           CsvTextEncoding::Utf16Be,
                                           CsvTextEncoding::Gb18030,
                                           CsvTextEncoding::Windows1252}) {
        if (name.compare(CsvDecoder::name(encoding), Qt::CaseInsensitive) == 0)
            return encoding;
    }
    if (name.compare(QLatin1String("utf8"), Qt::CaseInsensitive) == 0)
        return CsvTextEncoding::Utf8;
    if (name.compare(QLatin1String("cp1252"), Qt::CaseInsensitive) == 0)
        return CsvTextEncoding::Windows1252;
    return std::nullopt;
}

QString CsvDecoder::displayName(CsvTextEncoding encoding)
{
    switch (encoding) {
    case CsvTextEncoding::Auto:
        return tr("automatic");
    case CsvTextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvTextEncoding::Utf16Le:
        return QStringLiteral("UTF-16 (little-endian)");
    case CsvTextEncoding::Utf16Be:
        return QStringLiteral("UTF-16 (big-endian)");
    case CsvTextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case CsvTextEncoding::Windows1252:
        return tr("Windows-1252 (Western European)");
    }
    return {};
}
