#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>

// Everything that reads or changes the archive is one of these operations; core checks the
// acting user's right to it on every call (the GUI only hides what would be refused anyway).
enum class Operation {
    View, // read customers and their history
    Create, // new customers and records
    Edit, // correct existing ones
    Archive, // soft-delete and restore
    Erase, // anonymize a customer for good (data-subject request)
    Export, // CSV exports and reports leaving the archive
    Import, // bring files in
    ManageUsers, // create, disable, reset users and roles
    ManageSettings, // choice lists, thresholds, retention, backups
    Reveal, // see full phone and ID numbers
    ViewAudit, // read every desk's audit trail
    Supervise, // assign complaints to others and close them; the team's follow-up queue
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    // Which roles grant an operation (the table of DESIGN.md's "Who uses it").
    static int rolesFor(Operation operation);
    static bool allows(const Actor &actor, Operation operation);
    // Done, or Error::Code::Permission with a translated message naming the operation.
    static Status require(const Actor &actor, Operation operation);
    static QString operationName(Operation operation);
    static QString roleName(Role role);
    static QList<Operation> operations();
};
