#pragma once

#include "Actor.h"
#include "Clock.h"
#include "Complaint.h"
#include "ComplaintFilter.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>

class Database;
class QSqlQuery;

// One row of the supervisor's complaint list: the complaint's list columns and its customer.
struct ComplaintListRow
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QDateTime receivedAt; // UTC
    InteractionChannel channel = InteractionChannel::Phone;
    QString reason;
    QString subReason;
    ComplaintSeverity severity = ComplaintSeverity::Medium;
    ComplaintStatus status = ComplaintStatus::Open;
    QString handler; // login, or empty
    QString description;
    QDateTime responseDueAt;
    QDateTime resolutionDueAt;
    QDateTime respondedAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    bool responseMissed = false;
    bool resolutionMissed = false;
    int version = 0;

    bool isSettled() const
    {
        return status == ComplaintStatus::Resolved || status == ComplaintStatus::Closed;
    }
    // Past a due time at now and not settled (as ComplaintFilter::overdueOnly selects).
    bool isOverdue(const QDateTime &now) const;
    // A due time was missed; stays so after the complaint is resolved.
    bool isMissed() const { return responseMissed || resolutionMissed; }
};

// How many complaints each status holds, and how many of them are overdue, among those a filter
// matches apart from its statuses and overdueOnly (what each status's tab would show).
struct ComplaintCounts
{
    static constexpr int Statuses = 5;
    qint64 byStatus[Statuses] = {};
    qint64 overdueByStatus[Statuses] = {};

    qint64 count(ComplaintStatus status) const { return byStatus[int(status)]; }
    qint64 total() const;
    qint64 overdue() const;
    // How many the whole filter matches (its statuses and overdueOnly too).
    qint64 matching(const ComplaintFilter &filter) const;
    bool operator==(const ComplaintCounts &) const = default;
};

// Reads the supervisor's complaint list over the whole archive (permission View). Overdue is
// judged at the clock's now.
class ComplaintQuery
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintQuery)

public:
    explicit ComplaintQuery(Database &db, Clock clock = {});

    QDateTime now() const { return clockNow(m_clock); }

    // Every matching complaint's id in display order (a list model keeps these and reads the
    // rows on screen with rows()). cancelled: set from another thread to stop early.
    Result<QList<qint64>> ids(const Actor &actor,
                              const ComplaintFilter &filter,
                              const std::atomic_bool *cancelled = nullptr) const;
    // The rows of these ids, in the order given; ids no longer stored are left out.
    Result<QList<ComplaintListRow>> rows(const Actor &actor, const QList<qint64> &ids) const;
    // One page in display order: rows [offset, offset + limit).
    Result<QList<ComplaintListRow>> page(const Actor &actor,
                                         const ComplaintFilter &filter,
                                         int offset,
                                         int limit) const;
    Result<ComplaintCounts> counts(const Actor &actor,
                                   const ComplaintFilter &filter,
                                   const std::atomic_bool *cancelled = nullptr) const;

    // One row from a query that selected ComplaintFilter::selectColumns().
    static ComplaintListRow readRow(const QSqlQuery &q);

private:
    Database &m_db;
    Clock m_clock;
};
