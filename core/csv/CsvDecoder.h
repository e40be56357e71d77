#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

class QIODevice;

// The encodings a CSV file is read in. Auto is only a request (CsvDecoder::detect decides);
// UTF-16 is recognized by its byte order mark only.
enum class CsvTextEncoding { Auto, Utf8, Utf16Le, Utf16Be, Gb18030, Windows1252 };

// What CsvDecoder::detect decided, and why, in words for the user (shown beside the preview).
struct CsvEncodingGuess
{
    CsvTextEncoding encoding = CsvTextEncoding::Utf8;
    qsizetype bomLength = 0; // bytes of the byte order mark at the start (skipped when reading)
    QString reason; // translated
};

// Turns the bytes of a CSV file into text, piece by piece, strictly: a byte sequence that is not
// valid in the encoding (or a character cut off at the end of the file) is an error naming the
// line and the byte, never a replacement character in the archive (DESIGN.md "CSV rules").
//
// The bytes are decoded in pieces that end after a line break (CR or LF): in UTF-8, GB18030 and
// Windows-1252 those bytes never occur inside a multi-byte character, so each piece is complete
// and is decoded with QStringDecoder's Stateless flag and checked with hasError(). A byte order
// mark of the decoder's own encoding at the very start is skipped; U+FEFF anywhere else is kept.
//
// Detection (encoding Auto), in this order:
// 1. a byte order mark: UTF-8, UTF-16 LE/BE, GB18030;
// 2. the whole file is valid UTF-8 (plain ASCII included);
// 3. the whole file is valid GB18030 and reads as Chinese: at least 80 % of its two-byte
//    characters lie in the GB2312 area (both bytes 0xA1..0xFE), as in real Chinese text (99.98 %
//    in the Suning reviews). Western text misread as GB18030 pairs an accented letter with the
//    ASCII letter after it (ö + l -> "鰈"), whose second byte is below 0x80: such a file is not
//    taken for GB18030 even though it decodes without an error;
// 4. Windows-1252, when its non-ASCII bytes look like Western European text: no byte that
//    Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) and at most 5 % of them in runs of
//    three or more (an accented letter stands between ASCII letters; multi-byte encodings such as
//    GBK, Big5 or Shift-JIS write runs). The reason names the letters found, so the user can check
//    them in the preview ("such as ö, ä, é");
// 5. anything else is refused: the message names the first byte that is not UTF-8 and tells the
//    user to choose the encoding.
// Windows-1252 is detected rather than refused because files saved by a Western European Excel
// are common and the user cannot be expected to know the code page's name; the checks above keep
// Chinese legacy files and other multi-byte encodings from being taken for it.
class CsvDecoder
{
    Q_DECLARE_TR_FUNCTIONS(CsvDecoder)

public:
    // encoding: not Auto (Auto is read as UTF-8).
    explicit CsvDecoder(CsvTextEncoding encoding);

    CsvTextEncoding encoding() const { return m_encoding; }
    // False when this system cannot decode the encoding (a Qt built without ICU).
    bool isValid() const { return m_decoder.isValid(); }

    // Appends the text of the next bytes of the file to out. Unless last is true, the bytes after
    // the last line break are kept and decoded with the next call. With last true, everything
    // left is decoded. An error names the line and byte; nothing of the failing piece is appended.
    Status decode(QByteArrayView bytes, bool last, QString &out);

    // Bytes of the file consumed so far (the byte order mark and decoded pieces).
    qint64 bytesDecoded() const { return m_offset; }

    // Detects the encoding of the device's content from its current position to its end (see
    // above), and seeks back to where it was. An explicit encoding is returned as it is, with
    // the byte order mark's length when the file starts with that encoding's mark.
    static Result<CsvEncodingGuess> detect(QIODevice &device,
                                           CsvTextEncoding requested = CsvTextEncoding::Auto);
    static Result<CsvEncodingGuess> detect(const QByteArray &bytes,
                                           CsvTextEncoding requested = CsvTextEncoding::Auto);

    // The byte order mark the bytes start with, if any.
    static std::optional<CsvEncodingGuess> byteOrderMark(QByteArrayView start);

    // "utf-8", "utf-16le", "utf-16be", "gb18030", "windows-1252", "auto": the names of the command
    // line's --encoding and of saved mappings.
    static QString name(CsvTextEncoding encoding);
    static std::optional<CsvTextEncoding> fromName(QStringView name);
    // The encoding's name for the user ("UTF-8", "Windows-1252 (Western European)").
    static QString displayName(CsvTextEncoding encoding);

private:
    Status failure(QByteArrayView piece, qsizetype errorIndex, bool cutOff) const;
    // After the last line break at or after from (0: none there).
    qsizetype splitPoint(QByteArrayView bytes, qsizetype from) const;
    void countLines(QStringView text);

    CsvTextEncoding m_encoding;
    QStringDecoder m_decoder;
    QByteArray m_carry; // bytes after the last line break, waiting for the next call
    qint64 m_offset = 0; // file offset of the first byte not yet decoded
    qint64 m_line = 1; // line of that byte
    bool m_lastWasCr = false; // the text decoded so far ends in CR (a following LF is no new line)
    bool m_started = false; // the byte order mark has been looked for
};
