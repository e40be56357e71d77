#pragma once

#include "Complaint.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

class SqlDialect;

// The supervisor's complaint list's columns, in display order; each is sortable.
enum class ComplaintColumn {
    Received,
    CustomerCode, // in the order codes were handed out
    Customer, // the customer's name
    Reason, // grouped by the reason's code, then the detailed reason's
    Severity,
    Status,
    Handler,
    ResolutionDue,
    Count
};

// Which complaints the supervisor's list shows, and in which order. Every condition is
// optional; together they must all hold. Turned into parameterised SQL (never pasted text).
struct ComplaintFilter
{
    QDate receivedFrom; // local dates, inclusive
    QDate receivedTo;
    QList<ComplaintStatus> statuses; // empty: all
    QString reason; // first-level code, or empty
    QString subReason; // second-level code, or empty
    std::optional<ComplaintSeverity> severity;
    std::optional<QString> handler; // a login; "" for the unassigned ones; none: anyone's
    qint64 customerId = 0; // 0: every customer's
    // Not settled (Resolved or Closed) and past a due time at `now`: not answered by its
    // response due time, or not resolved by its resolution due time.
    bool overdueOnly = false;
    QString text; // in the description or the resolution, ASCII letters in any case
    ComplaintColumn sortColumn = ComplaintColumn::Received;
    bool descending = true; // newest first

    bool operator==(const ComplaintFilter &) const = default;

    struct Sql
    {
        QString text;
        QVariantList binds; // positional
    };
    // Every matching complaint's id, in display order (ties broken by id, so that paging is
    // stable).
    Sql idQuery(const SqlDialect &dialect, const QDateTime &now) const;
    // The list columns (selectColumns) of one page, in display order; offset and limit come last
    // in the binds.
    Sql pageQuery(const SqlDialect &dialect, const QDateTime &now, int offset, int limit) const;
    // (status, count) of the complaints that match apart from the statuses and overdueOnly;
    // with overdue, only those overdue at now.
    Sql countQuery(const SqlDialect &dialect, const QDateTime &now, bool overdue) const;

    // The condition that a complaint (alias k) is overdue at now: two binds, now and now.
    static QString overdueCondition();
    // What a list row reads (ComplaintQuery::readRow), and from where: complaints k joined to
    // customers c.
    static QString selectColumns();
    static QString fromTables();
};
