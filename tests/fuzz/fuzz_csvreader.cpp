// libFuzzer target for CSV reading: the decoder's detection, the streaming reader (the same bytes
// read whole and in small chunks must give the same records), record line numbers, the sniffer.
// Built with -DSA_FUZZ=ON and clang; see tests/fuzz/CMakeLists.txt.

#include "csv/CsvDecoder.h"
#include "csv/CsvReader.h"
#include "csv/CsvSniffer.h"

#include <QBuffer>

#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

struct Outcome
{
    QList<QStringList> records;
    bool failed = false;
};

Outcome readAll(const QByteArray &bytes, CsvTextEncoding encoding, QChar delimiter, qint64 chunk)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding, delimiter);
    reader.setChunkSize(chunk);
    Outcome out;
    qint64 nextLine = 1;
    for (;;) {
        const Result<bool> more = reader.next();
        if (!more) {
            check(!more.error().message.isEmpty());
            out.failed = true;
            break;
        }
        if (!more.value())
            break;
        const CsvRecord &r = reader.record();
        check(r.size() >= 1);
        check(r.firstLine() == nextLine);
        check(r.lastLine() >= r.firstLine());
        nextLine = r.lastLine() + 1;
        out.records.append(r.toStringList());
    }
    check(reader.bytesRead() <= bytes.size());
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QChar delimiters[] = {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u',')};
    const QChar delimiter = delimiters[control & 3];
    const CsvTextEncoding encodings[] = {CsvTextEncoding::Utf8,
                                         CsvTextEncoding::Gb18030,
                                         CsvTextEncoding::Windows1252,
                                         CsvTextEncoding::Utf16Le,
                                         CsvTextEncoding::Utf16Be,
                                         CsvTextEncoding::Utf8,
                                         CsvTextEncoding::Utf8,
                                         CsvTextEncoding::Gb18030};
    CsvTextEncoding encoding = encodings[(control >> 2) & 7];
    const qint64 chunk = 1 + ((control >> 5) & 7);

    const Result<CsvEncodingGuess> guess = CsvDecoder::detect(bytes);
    if (guess) {
        check(guess->encoding != CsvTextEncoding::Auto);
        check(!guess->reason.isEmpty());
        if (control & 0x80)
            encoding = guess->encoding;
    }

    const Outcome whole = readAll(bytes, encoding, delimiter, 1 << 20);
    const Outcome chunked = readAll(bytes, encoding, delimiter, chunk);
    check(whole.failed == chunked.failed);
    if (!whole.failed) {
        check(whole.records == chunked.records);
    } else {
        // Decoding errors come per piece, so the one read may stop earlier than the other.
        const auto &shorter = whole.records.size() <= chunked.records.size() ? whole : chunked;
        const auto &longer = &shorter == &whole ? chunked : whole;
        for (qsizetype i = 0; i < shorter.records.size(); ++i)
            check(shorter.records.at(i) == longer.records.at(i));
    }

    // The sniffer on the text, as a sample and as the whole file.
    QString text;
    CsvDecoder decoder(encoding);
    if (decoder.decode(bytes, true, text)) {
        for (const bool isWholeFile : {false, true}) {
            const Result<CsvLayout> layout = CsvSniffer::sniff(text, isWholeFile);
            if (layout) {
                check(!layout->header.isEmpty());
                check(layout->headerLine >= 1);
                for (const CsvSkippedLine &line : layout->skippedBeforeHeader)
                    check(line.firstLine < layout->headerLine
                          && !CsvSniffer::describe(line).isEmpty());
            }
        }
    }
    return 0;
}
