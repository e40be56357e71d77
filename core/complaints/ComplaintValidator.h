#pragma once

#include "Complaint.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// The checks of ComplaintRepository: what the editable fields of a complaint must satisfy before
// they are written, each problem as a translated message under its field key. Run inside the
// write transaction, so what they read (choice lists, purchases, users) cannot change before the
// write.
class ComplaintValidator
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintValidator)

public:
    static constexpr int MaxTextLength = 4000;
    static constexpr qint64 MaxAmount = 1'000'000'000'000LL; // minor units: 10 000 000 000.00

    // Normalized (texts trimmed, received time in UTC; an unset received time of a new
    // complaint is `now`) or Invalid with fieldErrors "received_at", "channel", "reason",
    // "sub_reason", "severity", "description", "purchase", "request", "response", "resolution",
    // "root_cause", "corrective_action", "preventive_action", "compensation_kind",
    // "compensation_amount", "confirmation". stored is the saved complaint when editing: its
    // reason, detailed reason and compensation kind stay acceptable after they were retired
    // from their lists. A resolved or closed complaint (complaint.status) keeps a resolution.
    static Result<Complaint> validate(Database &db,
                                      const Complaint &complaint,
                                      const Complaint *stored,
                                      const QDateTime &now);

    // The login of an existing, enabled user as stored (the handler of a complaint), or
    // Invalid with fieldErrors "handler".
    static Result<QString> handler(Database &db, const QString &login);
};
