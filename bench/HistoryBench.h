#pragma once

class Database;

// The service history's numbers (--history): one customer's timeline and profile header with
// 50,000 interactions, and classifying the whole archive. Writes: tops that customer up to
// `interactions` interactions, and stores every customer's lifecycle and tier.
namespace Bench {

struct HistoryOptions
{
    int runs = 7;
    int profiles = 100;
    int interactions = 50000;
};

// 0 on success.
int runHistory(Database &db, const HistoryOptions &options);

} // namespace Bench
