#include "CustomerExportSummary.h"

#include "AppInfo.h"
#include "CustomerDataExport.h"

#include <QLocale>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(escaped(label), escaped(value));
}

} // namespace

QString CustomerExportSummary::html(const CustomerExportPackage &p, const QString &archiveName)
{
    const QLocale locale;
    const QString when = locale.toString(p.exportedAt.toLocalTime(), QLocale::LongFormat);
    const QString title = tr("Personal data held about customer %1").arg(p.customerCode);

    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%2</title>\n<style>\n"
                          "body { font-family: sans-serif; max-width: 50em; margin: 2em auto; "
                          "line-height: 1.5; }\n"
                          "table { border-collapse: collapse; margin: 1em 0; }\n"
                          "th, td { border: 1px solid #bbb; padding: .3em .8em; text-align: left; "
                          "vertical-align: top; }\n"
                          "th { background: #f2f2f2; }\n td.n { text-align: right; }\n"
                          "</style>\n</head>\n<body>\n")
                   .arg(locale.bcp47Name(), escaped(title));
    out += QStringLiteral("<h1>%1</h1>\n").arg(escaped(title));

    out += QStringLiteral("<table>\n");
    out += row(tr("Customer"), tr("%1 (customer code %2)").arg(p.customerName, p.customerCode));
    out += row(tr("Exported at"), when);
    out += row(tr("Exported by"), p.exportedBy);
    out += row(tr("Archive"), archiveName);
    if (!p.erased)
        out += row(tr("Phone numbers"),
                   p.fullPhones ? tr("in full")
                                : tr("masked (138****5678): the person who exported may not see "
                                     "full numbers"));
    out += QStringLiteral("</table>\n");

    out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                   .arg(escaped(tr("Legal basis")),
                        escaped(tr("This package answers a request of the person concerned for "
                                   "the personal data held about them: the right to access and "
                                   "copy it (PIPL art. 45) and the rights of access and to data "
                                   "portability (GDPR art. 15 and 20). It holds everything this "
                                   "archive stores about the customer, in files that common "
                                   "programs open.")));
    if (p.erased)
        out += QStringLiteral("<p><b>%1</b></p>\n")
                       .arg(escaped(tr("The personal data of this customer was erased on "
                                       "request (PIPL art. 47, GDPR art. 17). Only the record "
                                       "without personal data is left, and it is all this "
                                       "package holds.")));

    out += QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                   .arg(escaped(tr("Files")),
                        escaped(tr("File")),
                        escaped(tr("Contents")),
                        escaped(tr("Rows")));
    for (const CustomerExportFile &file : p.files) {
        const bool csv = file.fileName.endsWith(QLatin1String(".csv"));
        out += QStringLiteral("<tr><td><a href=\"%1\">%1</a></td><td>%2</td><td class=\"n\">%3"
                              "</td></tr>\n")
                       .arg(escaped(file.fileName),
                            escaped(file.title),
                            csv ? locale.toString(file.rows) : QString());
    }
    out += QStringLiteral("</table>\n");
    out += QStringLiteral("<p>%1</p>\n")
                   .arg(escaped(tr("The CSV files open in Excel and other spreadsheet programs. "
                                   "Times are local times. A cell that starts with ' was written "
                                   "so that a spreadsheet does not run it as a formula.")));
    out += QStringLiteral("<p><small>%1</small></p>\n</body>\n</html>\n")
                   .arg(escaped(tr("Made by ServiceArchive %1.").arg(AppInfo::version())));
    return out;
}
