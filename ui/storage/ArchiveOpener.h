#pragma once

#include "Result.h"
#include "storage/ArchiveAddress.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class Database;
class QWidget;

// Opens an archive as the desktop does: when a server asks for a password that libpq did not
// find, the user is asked (PasswordPrompt) and the open is tried again with it, in memory only;
// a password the server refuses is asked for again. Cancelling gives Error::Code::Cancelled.
class ArchiveOpener
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveOpener)

public:
    using OpenFunction = std::function<Result<std::unique_ptr<Database>>(const ArchiveAddress &)>;

    // open: Database::open unless a test gives another.
    static Result<std::unique_ptr<Database>> open(ArchiveAddress address,
                                                  QWidget *parent,
                                                  const OpenFunction &open = {});
    // A file path or a postgresql:// address.
    static Result<std::unique_ptr<Database>> open(const QString &location, QWidget *parent);
};
