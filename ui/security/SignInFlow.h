#pragma once

#include "Actor.h"

#include <optional>

class Database;
class QWidget;

// Who works with an archive: its first administrator is created when it has no users yet,
// otherwise the user signs in. Empty when the user cancels.
class SignInFlow
{
public:
    static std::optional<Actor> run(Database &db, QWidget *parent = nullptr);
};
