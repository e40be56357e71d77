// csv-read-bench: reading a large CSV file through CsvTableReader (detection, sniffing, every
// record and field), side by side with the sqlite3 shell's .import of the same file.
//
//   build/bench/csv-read-bench [--rows N] [--file PATH] [--keep]
//
// Without --file it writes N (default 1,000,000) customer-like rows (UTF-8, quoted addresses
// with commas, one note in 50 with a line break) to a temporary file first.

#include "BenchSupport.h"

#include "csv/CsvTableReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Bench;

namespace {

bool writeFile(const QString &path, qint64 rows)
{
    const char *const names[] = {"王芳", "李娜", "张伟", "Anna Müller", "John Smith", "欧阳建国"};
    const char *const cities[] = {"北京", "上海", "深圳", "Hamburg", "Boston"};
    return writeCsvFile(path,
                        "code,name,phone,email,city,address,tier,notes\r\n",
                        rows,
                        [&](QByteArray &buffer, qint64 i) {
                            buffer += 'C' + QByteArray::number(i).rightJustified(7, '0') + ','
                                      + names[i % 6] + ',' + QByteArray::number(13800000000LL + i)
                                      + ",user" + QByteArray::number(i) + "@example.com,"
                                      + cities[i % 5] + ",\"" + QByteArray::number(i % 999)
                                      + " Garden Road, Building " + QByteArray::number(i % 17)
                                      + "\"," + QByteArray::number(i % 4)
                                      + (i % 50 == 0
                                                 ? ",\"called twice\r\nprefers \"\"WeChat\"\"\"\r\n"
                                                 : ",regular customer\r\n");
                        });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows to generate."),
                                        QStringLiteral("N"),
                                        QStringLiteral("1000000"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("Read this CSV file instead."),
                                        QStringLiteral("PATH"));
    parser.addOption(rowsOption);
    parser.addOption(fileOption);
    parser.process(app);

    QTemporaryDir dir;
    QString path = parser.value(fileOption);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("customers.csv"));
        QElapsedTimer timer;
        timer.start();
        if (!writeFile(path, parser.value(rowsOption).toLongLong())) {
            err(QStringLiteral("cannot write %1").arg(path));
            return 1;
        }
        out(QStringLiteral("generate_s %1").arg(num(msSince(timer) / 1000, 2)));
    }
    const double mb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    out(QStringLiteral("file %1 size_mb %2 load %3").arg(path, num(mb, 1), loadAverage()));

    QElapsedTimer timer;
    timer.start();
    CsvTableReader table(path);
    if (Status s = table.open(); !s) {
        err(s.error().message);
        return 1;
    }
    const double openMs = msSince(timer);
    qint64 chars = 0;
    for (;;) {
        const Result<bool> more = table.next();
        if (!more) {
            err(more.error().message);
            return 1;
        }
        if (!more.value())
            break;
        const CsvRecord &r = table.record();
        for (qsizetype i = 0; i < r.size(); ++i)
            chars += r.at(i).size();
    }
    const double seconds = msSince(timer) / 1000;
    out(QStringLiteral("csvreader rows %1 open_ms %2 total_s %3 rows_per_s %4 mb_per_s %5 "
                       "peak_rss_mb %6 encoding %7 chars %8")
                .arg(table.rowCount())
                .arg(num(openMs, 1),
                     num(seconds, 2),
                     num(double(table.rowCount()) / seconds, 0),
                     num(mb / seconds, 1),
                     num(peakRssMb(), 1),
                     CsvDecoder::name(table.encoding().encoding))
                .arg(chars));

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        out(QStringLiteral("sqlite3_import skipped (no sqlite3 shell)"));
        return 0;
    }
    QProcess shell;
    timer.restart();
    shell.start(sqlite3,
                {QStringLiteral(":memory:"),
                 QStringLiteral(".mode csv"),
                 QStringLiteral(".import '%1' t").arg(path),
                 QStringLiteral("select count(*) from t;")});
    shell.waitForFinished(-1);
    const double shellSeconds = msSince(timer) / 1000;
    out(QStringLiteral("sqlite3_import rows %1 total_s %2 mb_per_s %3")
                .arg(QString::fromUtf8(shell.readAllStandardOutput()).trimmed(),
                     num(shellSeconds, 2),
                     num(mb / shellSeconds, 1)));
    return 0;
}
