#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

class UserRepository;

// The accounts of a demo archive: one per role, with generated passwords that are shown once.
class DemoAccounts
{
    Q_DECLARE_TR_FUNCTIONS(DemoAccounts)

public:
    struct Account
    {
        QString login;
        QString password;
        int roles = 0;
    };
    struct Created
    {
        QList<Account> accounts;
        Actor supervisor; // signed in, to fill the archive
    };

    // Only for an archive without users.
    static Result<Created> create(UserRepository &users);
};
