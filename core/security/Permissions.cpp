#include "Permissions.h"

namespace {

constexpr int FD = int(Role::FrontDesk);
constexpr int SV = int(Role::Supervisor);
constexpr int AD = int(Role::Admin);

} // namespace

int Permissions::rolesFor(Operation operation)
{
    switch (operation) {
    case Operation::View:
        return FD | SV | AD;
    case Operation::Create:
    case Operation::Edit:
        return FD | SV;
    case Operation::Archive:
        return SV;
    case Operation::Erase:
        return AD;
    case Operation::Export:
        return SV;
    case Operation::Import:
        return SV | AD;
    case Operation::ManageUsers:
    case Operation::ManageSettings:
        return AD;
    case Operation::Reveal:
        return FD | SV; // front desks call customers back; an admin sees masked numbers
    case Operation::ViewAudit:
        return SV | AD;
    case Operation::Supervise:
        return SV;
    }
    return 0;
}

bool Permissions::allows(const Actor &actor, Operation operation)
{
    return (actor.roles & rolesFor(operation)) != 0;
}

Status Permissions::require(const Actor &actor, Operation operation)
{
    if (allows(actor, operation))
        return Done {};
    return makeError(Error::Code::Permission,
                     tr("%1 may not %2. Ask an administrator if this is part of your work.")
                             .arg(actor.label(), operationName(operation)));
}

QString Permissions::operationName(Operation operation)
{
    switch (operation) {
    case Operation::View:
        return tr("view customers");
    case Operation::Create:
        return tr("create records");
    case Operation::Edit:
        return tr("edit records");
    case Operation::Archive:
        return tr("archive or restore customers");
    case Operation::Erase:
        return tr("erase a customer's personal data");
    case Operation::Export:
        return tr("export data");
    case Operation::Import:
        return tr("import data");
    case Operation::ManageUsers:
        return tr("manage users");
    case Operation::ManageSettings:
        return tr("change settings");
    case Operation::Reveal:
        return tr("see full phone and ID numbers");
    case Operation::ViewAudit:
        return tr("read the audit log");
    case Operation::Supervise:
        return tr("assign and close complaints");
    }
    return {};
}

QString Permissions::roleName(Role role)
{
    switch (role) {
    case Role::FrontDesk:
        return tr("Front desk");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Admin:
        return tr("Admin");
    }
    return {};
}

QList<Operation> Permissions::operations()
{
    return {Operation::View,
            Operation::Create,
            Operation::Edit,
            Operation::Archive,
            Operation::Erase,
            Operation::Export,
            Operation::Import,
            Operation::ManageUsers,
            Operation::ManageSettings,
            Operation::Reveal,
            Operation::ViewAudit,
            Operation::Supervise};
}
