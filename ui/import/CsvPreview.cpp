#include "CsvPreview.h"

CsvPreview CsvPreview::read(const QString &path, const CsvTableOptions &options, int maxRows)
{
    CsvPreview preview;
    CsvTableReader table(path, options);
    preview.status = table.open();
    preview.encoding = table.encoding();
    if (!preview.status)
        return preview;
    preview.layout = table.layout();
    while (preview.rows.size() < maxRows) {
        const Result<bool> more = table.next();
        if (!more) {
            preview.status = more.error();
            break;
        }
        if (!more.value()) {
            preview.wholeFile = true;
            break;
        }
        preview.rows.append(table.record().toStringList());
    }
    preview.skipped = table.skipped();
    return preview;
}
