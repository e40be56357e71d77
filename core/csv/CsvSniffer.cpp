#include "CsvSniffer.h"

#include "CsvReader.h"

#include <QHash>

namespace {

constexpr int SampleRecords = 200;

struct Trial
{
    QChar delimiter;
    qsizetype width = 0; // the most common number of fields
    qsizetype matching = 0; // records with that many fields
    qsizetype counted = 0; // records that are neither blank nor all empty
    double share() const { return counted > 0 ? double(matching) / double(counted) : 0.0; }
};

Trial tryDelimiter(const QString &sample, bool isWholeFile, QChar delimiter)
{
    Trial trial {delimiter};
    CsvReader reader(sample, delimiter, !isWholeFile);
    QHash<qsizetype, qsizetype> widths;
    for (int i = 0; i < SampleRecords; ++i) {
        const Result<bool> more = reader.next();
        if (!more || !more.value())
            break;
        if (reader.record().isAllEmpty())
            continue;
        ++widths[reader.record().size()];
        ++trial.counted;
    }
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (it.value() > trial.matching
            || (it.value() == trial.matching && it.key() > trial.width)) {
            trial.width = it.key();
            trial.matching = it.value();
        }
    }
    return trial;
}

bool sameAsHeader(const CsvRecord &record, const QStringList &header)
{
    if (record.size() != header.size())
        return false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (record.at(i).trimmed() != QStringView(header.at(i)).trimmed())
            return false;
    }
    return true;
}

} // namespace

Result<CsvLayout> CsvSniffer::sniff(const QString &sample,
                                    bool isWholeFile,
                                    std::optional<QChar> delimiter)
{
    CsvLayout layout;
    qsizetype width = 0;
    if (delimiter) {
        const Trial trial = tryDelimiter(sample, isWholeFile, *delimiter);
        layout.delimiter = *delimiter;
        layout.delimiterReason = tr("Chosen by you.");
        width = trial.width;
    } else {
        std::optional<Trial> best;
        for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
            const Trial trial = tryDelimiter(sample, isWholeFile, candidate);
            if (trial.width < 2)
                continue;
            if (!best || trial.share() > best->share() + 0.02
                || (trial.share() >= best->share() - 0.02 && trial.width > best->width))
                best = trial;
        }
        if (best) {
            layout.delimiter = best->delimiter;
            width = best->width;
            layout.delimiterReason = tr("%1 divides %2 of the first %n row(s) into the same %3 "
                                        "columns.",
                                        nullptr,
                                        int(best->counted))
                                             .arg(delimiterName(best->delimiter))
                                             .arg(best->matching)
                                             .arg(best->width);
        } else {
            width = 1;
            layout.delimiterReason = tr("No comma, semicolon or tab divides the rows into "
                                        "columns: the file has one column.");
        }
    }

    CsvReader reader(sample, layout.delimiter, !isWholeFile);
    for (;;) {
        const Result<bool> more = reader.next();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        const CsvRecord &r = reader.record();
        if (r.size() == width && !r.isAllEmpty()) {
            layout.headerLine = r.firstLine();
            layout.header = r.toStringList();
            return layout;
        }
        const CsvSkipReason reason = r.isBlank()      ? CsvSkipReason::Blank
                                     : r.isAllEmpty() ? CsvSkipReason::AllEmpty
                                                      : CsvSkipReason::BeforeHeader;
        layout.skippedBeforeHeader.append({r.firstLine(), r.lastLine(), reason});
    }
    if (sample.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, tr("The file is empty: it has no rows to read."));
    return makeError(Error::Code::Invalid,
                     tr("No header row was found at the start of the file: no row has the %n "
                        "column(s) that most rows have.",
                        nullptr,
                        int(width)));
}

std::optional<CsvSkipReason> CsvSniffer::skipReason(const CsvRecord &record,
                                                    const QStringList &header)
{
    if (record.isBlank())
        return CsvSkipReason::Blank;
    if (record.isAllEmpty())
        return CsvSkipReason::AllEmpty;
    if (sameAsHeader(record, header))
        return CsvSkipReason::RepeatedHeader;
    return std::nullopt;
}

QString CsvSniffer::describe(const CsvSkippedLine &line)
{
    const QString where = line.firstLine == line.lastLine
                                  ? tr("Line %L1").arg(line.firstLine)
                                  : tr("Lines %L1–%L2").arg(line.firstLine).arg(line.lastLine);
    switch (line.reason) {
    case CsvSkipReason::BeforeHeader:
        return tr("%1: before the header row, and not in the table's columns.").arg(where);
    case CsvSkipReason::Blank:
        return tr("%1: empty line.").arg(where);
    case CsvSkipReason::AllEmpty:
        return tr("%1: every field is empty.").arg(where);
    case CsvSkipReason::RepeatedHeader:
        return tr("%1: the header row again.").arg(where);
    }
    return where;
}

QString CsvSniffer::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return tr("Comma");
    case u';':
        return tr("Semicolon");
    case u'\t':
        return tr("Tab");
    default:
        return QString(delimiter);
    }
}
