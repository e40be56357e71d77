#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

class Database;

// What the timeline merges.
enum class TimelineKind {
    Purchase = 0,
    Return = 1,
    Interaction = 2,
    RequestOpened = 3,
    StageMove = 4,
    Complaint = 5, // received
    ComplaintMove = 6, // its status moved
    FollowUp = 7, // a return visit done, or given up as unreachable
};

struct TimelineEntry
{
    TimelineKind kind = TimelineKind::Interaction;
    qint64 id = 0; // of the row in its own table
    qint64 parentId = 0; // the purchase of a return, the request of a stage move, the complaint
            // of a complaint move; else 0
    QDateTime at; // UTC
    QString title; // one translated line: "Purchase: 空调 ×2", "Phone · Inbound · Inquiry", ...
    QString detail; // the rest: summary, result, reason, ...
    QString staff; // login
    qint64 amount = 0; // minor units: a purchase's amount, a return's refund, a complaint's
            // compensation; else 0
};

// Where the next page starts: after the last entry shown, in (at, kind, id) descending order.
struct TimelineCursor
{
    QDateTime at;
    int kind = 0;
    qint64 id = 0;

    bool isStart() const { return !at.isValid(); }
};

struct TimelinePage
{
    QList<TimelineEntry> entries;
    TimelineCursor next;
    bool atEnd = true;
};

// One customer's whole history merged newest first, page by page: each kind's table is read
// through its (customer_id, time, id) index from the cursor on, at most one page each, and the
// pages are merged, so the first page costs the same for 5 interactions or 50,000.
class Timeline
{
    Q_DECLARE_TR_FUNCTIONS(Timeline)

public:
    explicit Timeline(Database &db);

    static QList<TimelineKind> kinds();
    static QString kindName(TimelineKind kind);

    // kinds empty: all kinds.
    Result<TimelinePage> page(const Actor &actor,
                              qint64 customerId,
                              const QSet<TimelineKind> &kinds = {},
                              const TimelineCursor &from = {},
                              int limit = 100) const;

private:
    Database &m_db;
};
