#include "CsvTableReader.h"

#include <QDir>

CsvTableReader::CsvTableReader(QString path, CsvTableOptions options)
    : m_path(std::move(path))
    , m_options(options)
    , m_file(m_path)
{ }

CsvTableReader::~CsvTableReader() = default;

Status CsvTableReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::File,
                         tr("Cannot open %1: %2")
                                 .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    Result<CsvEncodingGuess> encoding = CsvDecoder::detect(m_file, m_options.encoding);
    if (!encoding)
        return encoding.error();
    m_encoding = encoding.value();

    // The start of the text, in whole lines, for the sniffer.
    CsvDecoder decoder(m_encoding.encoding);
    QString sample;
    bool whole = false;
    while (sample.isEmpty() && !whole) { // a first line longer than the sample: read on
        const QByteArray head = m_file.read(SampleBytes);
        whole = m_file.atEnd() || head.isEmpty();
        if (Status s = decoder.decode(head, whole, sample); !s)
            return s;
    }
    Result<CsvLayout> layout = CsvSniffer::sniff(sample, whole, m_options.delimiter);
    if (!layout)
        return layout.error();
    m_layout = layout.value();
    m_skipped.clear();
    m_skippedLines = 0;
    for (const CsvSkippedLine &line : std::as_const(m_layout.skippedBeforeHeader))
        skip(line);

    if (!m_file.seek(0))
        return makeError(Error::Code::File, m_file.errorString());
    m_reader = std::make_unique<CsvReader>(&m_file, m_encoding.encoding, m_layout.delimiter);
    for (;;) { // up to and including the header
        const Result<bool> more = m_reader->next();
        if (!more)
            return more.error();
        if (!more.value())
            return makeError(Error::Code::Invalid, tr("The file ends before its header row."));
        if (m_reader->record().firstLine() == m_layout.headerLine)
            return Done {};
    }
}

Result<bool> CsvTableReader::next()
{
    if (!m_reader)
        return makeError(Error::Code::Invalid, tr("The CSV file is not open."));
    for (;;) {
        const Result<bool> more = m_reader->next();
        if (!more || !more.value())
            return more;
        const CsvRecord &r = m_reader->record();
        if (const auto reason = CsvSniffer::skipReason(r, m_layout.header)) {
            skip({r.firstLine(), r.lastLine(), *reason});
            continue;
        }
        ++m_rows;
        return true;
    }
}

void CsvTableReader::skip(const CsvSkippedLine &line)
{
    m_skippedLines += line.lastLine - line.firstLine + 1;
    if (!m_skipped.isEmpty() && m_skipped.last().reason == line.reason
        && m_skipped.last().lastLine + 1 == line.firstLine) {
        m_skipped.last().lastLine = line.lastLine;
        return;
    }
    if (m_skipped.size() < MaxSkippedKept)
        m_skipped.append(line);
}
