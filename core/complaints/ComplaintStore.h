#pragma once

#include "Complaint.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;
class QSqlQuery;

// The rows behind ComplaintRepository: reading a complaint, writing it whole, and writing one
// complaint_changes row per changed field. No permission checks: run inside the repository's
// WriteTransaction.
class ComplaintStore
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintStore)

public:
    static const char Columns[];
    static const char ChangeColumns[];

    static Complaint read(const QSqlQuery &q);
    static ComplaintChange readChange(const QSqlQuery &q);
    static Result<Complaint> load(Database &db, qint64 id);
    // Conflict naming who saved last and when (or NotFound).
    static Error conflict(Database &db, qint64 id);

    // Inserts a new complaint (version 1) with its first change rows: status received (no
    // before, after "0") and the handler when one is set. Returns the new id.
    static Result<qint64> insert(Database &db,
                                 const Complaint &c,
                                 const QDateTime &now,
                                 const QString &actor);
    // Writes `after` over `before` (the stored row, version-checked; the version goes up by
    // one) and one change row per tracked field that differs; `reason` goes on the status row.
    static Status update(Database &db,
                         const Complaint &before,
                         const Complaint &after,
                         const QDateTime &now,
                         const QString &actor,
                         const QString &reason = {});

    // The tracked fields (complaint_changes.field) as stored text, in column order.
    static QList<std::pair<QString, QString>> trackedFields(const Complaint &c);
    // {"field": {"before": ..., "after": ...}} for the tracked fields that differ, except
    // those named in `skip`.
    static QJsonObject differences(const Complaint &before,
                                   const Complaint &after,
                                   const QStringList &skip = {});
    // Every tracked field plus the SLA times, for the audit entry of a new complaint.
    static QJsonObject fields(const Complaint &c);
};
