#pragma once

class Database;

// Opening the front desk's Today queue (FollowUpQueue::read) with 5,000 tasks due for one user.
// Writes: tops the user's due tasks up to `tasks` planned follow-ups due today. Measures the
// desk's own queue and a supervisor's team view.
namespace Bench {

struct QueueOptions
{
    int runs = 15;
    int tasks = 5000;
};

// 0 on success.
int runQueue(Database &db, const QueueOptions &options);

} // namespace Bench
