#pragma once

#include "Actor.h"
#include "FollowUp.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

// One row of the Today queue: the follow-up and what the desk needs to see before calling.
struct QueueItem
{
    enum class When { Overdue = 0, Today = 1, Upcoming = 2 };
    FollowUp followUp;
    When when = When::Today;
    QString customerName;
    QString customerCode;
    QString customerPhone; // masked (revealed, and audited, on the profile)
};

// The front desk's "Today" queue (今日待办): planned follow-ups that are overdue, due today or
// due in the next days, overdue first (oldest due first), then today's, then upcoming by date;
// ties by id.
class FollowUpQueue
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpQueue)

public:
    struct Options
    {
        QDate today;
        int upcomingDays = 7;
        bool team = false; // everyone's (Supervise); else the actor's own and unassigned ones
        int limit = 5000;
    };
    static Result<QList<QueueItem>> read(Database &db, const Actor &actor, const Options &options);
};
