#pragma once

#include "Actor.h"
#include "Result.h"

#include <QDate>

#include <QCoreApplication>

#include <functional>

class Database;

// Fills an archive with realistic, deterministic customers (the same seed gives the same people):
// Chinese and Latin names, companies, phones, emails, cities, tags, and their service history
// (DemoHistory: purchases and returns, about five interactions each, service requests with their
// stage moves, complaints with their handling history, follow-ups with satisfaction scores). For
// demonstrations and for benchmarks at a million customers. Afterwards every
// customer's lifecycle and value tier are classified from that history (as of today).
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        qint64 customers = 1000;
        quint64 seed = 1;
        // The demo's "now": histories end there. Invalid: today, so that the classes (new,
        // inactive, ...) look as they would in a live archive. The same seed and day give the
        // same archive.
        QDate asOf;
    };
    // progress(done, total) returns false to cancel; a cancelled run leaves the archive unchanged.
    static Status run(Database &db,
                      const Actor &actor,
                      const Options &options,
                      const std::function<bool(qint64, qint64)> &progress = {});
};
