#pragma once

#include <QString>

// What a signed-in user may hold; a user may hold several roles.
enum class Role : int {
    FrontDesk = 0x1, // 前台
    Supervisor = 0x2, // 主管
    Admin = 0x4, // 管理员
};

// The acting user of every repository call. Permission checks (Permissions::require) and the
// audit trail (AuditLog) read who acts and with which roles from here.
struct Actor
{
    qint64 userId = 0;
    QString login; // stable identifier written to created_by / updated_by and the audit log
    QString displayName; // shown to people
    int roles = 0; // Role flags; no roles, no rights

    QString label() const { return displayName.isEmpty() ? login : displayName; }
    bool hasRole(Role role) const { return (roles & int(role)) != 0; }

    // The operating-system user with every role, for developer tools that work below sign-in
    // (the benchmark). The application and its commands always act as a signed-in user.
    static Actor localUser();
};

inline constexpr int AllRoles = int(Role::FrontDesk) | int(Role::Supervisor) | int(Role::Admin);
