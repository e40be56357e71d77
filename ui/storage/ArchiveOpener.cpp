#include "ArchiveOpener.h"

#include "PasswordPrompt.h"
#include "storage/Database.h"

Result<std::unique_ptr<Database>> ArchiveOpener::open(ArchiveAddress address,
                                                      QWidget *parent,
                                                      const OpenFunction &open)
{
    const OpenFunction openDatabase = open ? open : [](const ArchiveAddress &a) {
        return Database::open(a);
    };
    bool retry = false;
    for (;;) {
        auto db = openDatabase(address);
        if (db || db.error().code != Error::Code::Permission || !address.isServer())
            return db;
        const std::optional<QString> password = PasswordPrompt::ask(parent, address, retry);
        if (!password)
            return makeError(Error::Code::Cancelled,
                             tr("No password was given for %1.").arg(address.displayName()));
        address.setPassword(*password);
        retry = true;
    }
}

Result<std::unique_ptr<Database>> ArchiveOpener::open(const QString &location, QWidget *parent)
{
    const Result<ArchiveAddress> address = ArchiveAddress::parse(location);
    if (!address)
        return address.error();
    return open(address.value(), parent);
}
