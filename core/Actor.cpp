#include "Actor.h"

#include <QtGlobal>

Actor Actor::localUser()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    if (login.isEmpty())
        login = QStringLiteral("local");
    return Actor {0, login, login, AllRoles};
}
