#pragma once

#include "FollowUp.h"
#include "Result.h"

#include <QHash>
#include <QString>

class Database;

// The checks of what FollowUpRepository is given (internal to core/followups); messages in the
// FollowUpRepository context.
namespace FollowUpChecks {

inline constexpr int MaxTextLength = 4000;

// Text columns are NOT NULL: a null QString would be bound as NULL.
QString text(const QString &s);
// Invalid, with the one message or "n fields need attention".
Error invalid(const QHash<QString, QString> &errors);
Error invalid(const QString &field, const QString &message);

// The editable fields (purpose, due date, notes; the assignee trimmed), tidied in place; the
// messages of those that are wrong.
QHash<QString, QString> fields(FollowUp &f);
// The assignee must be an active staff member (spelled as the account is); empty is anyone's.
Status assignee(Database &db, QString &assignee, QHash<QString, QString> &errors);
// Each link must name a row of the follow-up's customer.
Status links(Database &db, const FollowUp &f, QHash<QString, QString> &errors);
// What record() is given (trimmed): an outcome, notes and scores in range.
QHash<QString, QString> outcome(const QString &outcome, const QString &notes, int csat, int nps);
// Whose service a score rates: the linked complaint's handler, request's owner or purchase's
// seller (the first link that names someone); else the assignee; else the caller.
Result<QString> ratedStaff(Database &db, const FollowUp &f, const QString &caller);

} // namespace FollowUpChecks
