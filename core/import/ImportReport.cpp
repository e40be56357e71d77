#include "ImportReport.h"

#include "csv/CsvWriter.h"

Status ImportReport::writeErrors(const ImportSummary &summary, const QString &path)
{
    CsvWriter csv(path,
                  {{tr("Row"), CsvColumnType::Integer},
                   {tr("Line"), CsvColumnType::Integer},
                   {tr("Column"), CsvColumnType::Text},
                   {tr("Value"), CsvColumnType::Text},
                   {tr("Problem"), CsvColumnType::Text}});
    if (Status s = csv.open(); !s)
        return s;
    for (const ImportRowError &e : summary.errors)
        if (Status s = csv.writeRow({e.row, e.line, e.column, e.value, e.message}); !s)
            return s;
    return csv.commit();
}
