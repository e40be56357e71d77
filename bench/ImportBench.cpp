// import-bench: importing customers from CSV (Importer: validation, duplicates on phone, email
// and external id, one transaction, indexes and the search index built) into a fresh archive,
// side by side with the sqlite3 shell's .import of the same file into a plain table.
//
//   build-rel/bench/import-bench [--rows N] [--file PATH] [--generate-only] [--no-shell]
//
// Without --file it writes N (default 1,000,000) realistic customers to /tmp/import-bench.csv
// (Chinese names, mobile numbers, emails, addresses with commas in quotes, an external id, a
// birthday, tags and a note) and deletes it afterwards unless --generate-only.
// bench/compare-import.sh runs both several times and prints medians and the ratio.

#include "BenchSupport.h"

#include "import/Importer.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <random>

using namespace Bench;

namespace {

bool writeFile(const QString &path, qint64 rows)
{
    const char *const surnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                    "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "欧阳"};
    const char *const given[] = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊",   "军",
                                 "洋", "勇", "艳", "杰",   "娟", "涛", "明", "超", "秀兰", "霞"};
    const char *const cities[] = {"北京市朝阳区",
                                  "上海市浦东新区",
                                  "深圳市南山区",
                                  "广州市天河区",
                                  "杭州市西湖区",
                                  "成都市武侯区"};
    const char *const roads[] = {"建国路", "世纪大道", "科技园南路", "天河路", "文三路", "人民南路"};
    const char *const tags[] = {"VIP", "老客户", "团购", "企业客户", "", ""};
    std::mt19937_64 rng(7);
    const auto row = [&](QByteArray &buffer, qint64 i) {
        const quint64 r = rng();
        const int city = int(r % 6);
        buffer += "EXT" + QByteArray::number(1000000 + i) + ',' + surnames[(r >> 8) % 20]
                  + given[(r >> 16) % 20] + (i % 3 == 0 ? given[(r >> 24) % 20] : "") + ','
                  + QByteArray::number(13000000000LL + i * 7) + ",u" + QByteArray::number(i)
                  + "@example.cn,\"" + cities[city] + roads[city] + QByteArray::number(r % 999)
                  + "号, " + QByteArray::number((r >> 32) % 30 + 1) + "栋\","
                  + QByteArray::number(1950 + (r >> 40) % 55) + '-'
                  + QByteArray::number((r >> 48) % 12 + 1).rightJustified(2, '0') + '-'
                  + QByteArray::number((r >> 52) % 28 + 1).rightJustified(2, '0') + ','
                  + tags[(r >> 56) % 6] + ',' + (i % 10 == 0 ? "\"偏好微信联系, 周末在家\"" : "")
                  + "\r\n";
    };
    return writeCsvFile(path, "客户编号,姓名,手机,邮箱,地址,生日,标签,备注\r\n", rows, row);
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
                                        QStringLiteral("Import this CSV file (or write it)."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption generateOnly(QStringLiteral("generate-only"),
                                          QStringLiteral("Write the file and stop."));
    const QCommandLineOption noShell(QStringLiteral("no-shell"),
                                     QStringLiteral("Skip the sqlite3 shell's .import."));
    parser.addOption(rowsOption);
    parser.addOption(fileOption);
    parser.addOption(generateOnly);
    parser.addOption(noShell);
    parser.process(app);

    QString path = parser.value(fileOption);
    const bool generated = path.isEmpty() || parser.isSet(generateOnly);
    if (path.isEmpty())
        path = QStringLiteral("/tmp/import-bench.csv");
    if (generated) {
        QElapsedTimer timer;
        timer.start();
        if (!writeFile(path, parser.value(rowsOption).toLongLong())) {
            err(QStringLiteral("cannot write %1").arg(path));
            return 1;
        }
        out(QStringLiteral("generate_s %1").arg(num(msSince(timer) / 1000, 2)));
        if (parser.isSet(generateOnly))
            return 0;
    }
    const double mb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    out(QStringLiteral("file %1 size_mb %2 load %3").arg(path, num(mb, 1), loadAverage()));

    QTemporaryDir dir(QStringLiteral("/tmp/import-bench-XXXXXX"));
    double seconds = 0;
    qint64 rows = 0;
    {
        auto db = Database::open(dir.filePath(QStringLiteral("archive.sqlite")));
        if (!db) {
            err(db.error().message);
            return 1;
        }
        Importer::Options options;
        options.mapping = ImportMapping::guess(ImportKind::Customers,
                                               {QStringLiteral("客户编号"),
                                                QStringLiteral("姓名"),
                                                QStringLiteral("手机"),
                                                QStringLiteral("邮箱"),
                                                QStringLiteral("地址"),
                                                QStringLiteral("生日"),
                                                QStringLiteral("标签"),
                                                QStringLiteral("备注")});
        options.mapping.columns.insert(QStringLiteral("external_id"), QStringLiteral("客户编号"));
        QElapsedTimer timer;
        timer.start();
        const Result<ImportSummary> s = Importer(*db.value(), Actor::localUser()).run(path, options);
        seconds = msSince(timer) / 1000;
        if (!s) {
            err(s.error().message);
            return 1;
        }
        rows = s->rows;
        out(QStringLiteral("import rows %1 created %2 invalid %3 total_s %4 rows_per_s %5 "
                           "mb_per_s %6 peak_rss_mb %7")
                    .arg(s->rows)
                    .arg(s->created)
                    .arg(s->invalid)
                    .arg(num(seconds, 2),
                         num(double(s->rows) / seconds, 0),
                         num(mb / seconds, 1),
                         num(peakRssMb(), 1)));
    }
    const bool removeFile = generated && !parser.isSet(fileOption);
    if (parser.isSet(noShell)) {
        if (removeFile)
            QFile::remove(path);
        return 0;
    }
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        out(QStringLiteral("sqlite3_import skipped (no sqlite3 shell)"));
        if (removeFile)
            QFile::remove(path);
        return 0;
    }
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(sqlite3,
                {dir.filePath(QStringLiteral("plain.sqlite")),
                 QStringLiteral(".mode csv"),
                 QStringLiteral(".import '%1' t").arg(path),
                 QStringLiteral("select count(*) from t;")});
    shell.waitForFinished(-1);
    const double shellSeconds = msSince(timer) / 1000;
    out(QStringLiteral("sqlite3_import rows %1 total_s %2 mb_per_s %3 ratio %4")
                .arg(QString::fromUtf8(shell.readAllStandardOutput()).trimmed(),
                     num(shellSeconds, 2),
                     num(mb / shellSeconds, 1),
                     num(shellSeconds / seconds, 2)));
    Q_UNUSED(rows);
    if (removeFile)
        QFile::remove(path);
    return 0;
}
