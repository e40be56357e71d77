#pragma once

class Database;

// Opening the front desk's Today queue (FollowUpQueue::read) with 5,000 tasks due for one user.
// Built only once core/followups/FollowUpQueue.cpp exists (SA_BENCH_QUEUE). Writes: tops the
// user's due tasks up to `tasks` planned follow-ups due today.
namespace Bench {

struct QueueOptions
{
    int runs = 15;
    int tasks = 5000;
};

// 0 on success; 2 when the queue is not built into this benchmark.
int runQueue(Database &db, const QueueOptions &options);

} // namespace Bench
