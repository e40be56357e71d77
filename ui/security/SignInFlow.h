#pragma once

#include "Actor.h"

#include <memory>
#include <optional>

class Database;
class QWidget;

// Who works with an archive: its first administrator is created when it has no users yet (or,
// instead, a demo archive is opened: beside an archive file, or in the application's data folder
// for a server archive; db then points to that one), otherwise the user signs in. Empty when the
// user cancels.
class SignInFlow
{
public:
    static std::optional<Actor> run(std::unique_ptr<Database> &db, QWidget *parent = nullptr);

private:
    static std::optional<Actor> openDemo(std::unique_ptr<Database> &db, QWidget *parent);
};
