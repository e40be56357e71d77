#pragma once

#include <QStringList>

// service-archive copy --from SOURCE --to DESTINATION --user NAME: a whole archive between back
// ends (core/storage/ArchiveCopy), signed in as an administrator of the source.
namespace CopyCommand {

int run(const QStringList &arguments);

} // namespace CopyCommand
