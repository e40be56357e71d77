// A child process for tst_crash: opens an existing archive and adds N demo customers in one
// transaction, telling its parent on standard output how far it got. The parent kills it with
// SIGKILL at a random moment.
#include "Actor.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: tst_crash_writer ARCHIVE N\n");
        return 2;
    }
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const qint64 n = args.at(2).toLongLong();
    std::printf("writing\n");
    std::fflush(stdout);
    const Status status = DemoGenerator::run(*db.value(),
                                             Actor::localUser(),
                                             {n, 11, {}},
                                             [](qint64 done, qint64) {
                                                 std::printf("progress %lld\n", qint64(done));
                                                 std::fflush(stdout);
                                                 return true;
                                             });
    if (!status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.error().message));
        return 1;
    }
    std::printf("committed\n");
    std::fflush(stdout);
    return 0;
}
