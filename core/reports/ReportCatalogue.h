#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Every report the application offers, in a stable order (the order of the GUI's list and of
// `service-archive reports`):
//   complaint-history, complaints-by-reason, complaint-handling, satisfaction-trend,
//   return-visits, customer-segments, customer-value, returns-by-reason, request-stage-times,
//   stale-profiles, upcoming-birthdays, customer-list.
// The definitions are built once and live as long as the program; they hold no state.
class ReportCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ReportCatalogue)

public:
    static QList<const Report *> all();
    // nullptr when there is no report of that name.
    static const Report *find(const QString &name);
    // The report, or Error::Code::NotFound naming the reports there are.
    static Result<const Report *> require(const QString &name);
    // The reports the actor may run (the GUI's list).
    static QList<const Report *> available(const Actor &actor);
};
