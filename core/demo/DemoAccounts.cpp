#include "DemoAccounts.h"

#include "security/PasswordHasher.h"
#include "security/UserRepository.h"

Result<DemoAccounts::Created> DemoAccounts::create(UserRepository &users)
{
    struct Spec
    {
        QString login;
        QString name;
        Role role;
    };
    const QList<Spec> specs {{QStringLiteral("admin"), tr("Administrator"), Role::Admin},
                             {QStringLiteral("supervisor"), tr("Supervisor"), Role::Supervisor},
                             {QStringLiteral("frontdesk"), tr("Front desk"), Role::FrontDesk}};
    Created out;
    Actor admin;
    for (const Spec &spec : specs) {
        const QString password = PasswordHasher::generate();
        const Result<User> made = spec.role == Role::Admin
                                          ? users.createFirstAdmin(spec.login, spec.name, password)
                                          : users.create(admin,
                                                         spec.login,
                                                         spec.name,
                                                         password,
                                                         int(spec.role));
        if (!made)
            return made.error();
        if (spec.role == Role::Admin || spec.role == Role::Supervisor) {
            const Result<Actor> signedIn = users.signIn(spec.login, password);
            if (!signedIn)
                return signedIn.error();
            (spec.role == Role::Admin ? admin : out.supervisor) = signedIn.value();
        }
        out.accounts.append({spec.login, password, int(spec.role)});
    }
    return out;
}
