#pragma once

#include <QString>

// The acting user of every repository call. Sign-in, roles and the audit trail hook in here:
// every operation that reads or changes the archive is given the Actor that asked for it.
struct Actor
{
    qint64 userId = 0;
    QString login; // stable identifier written to created_by / updated_by
    QString displayName; // shown to people

    QString label() const { return displayName.isEmpty() ? login : displayName; }

    // The person at this computer, before sign-in exists: the operating-system user.
    static Actor localUser();
};
