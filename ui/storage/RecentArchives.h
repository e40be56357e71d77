#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class ArchiveAddress;
class QMenu;

// The archives opened lately (files and server addresses, most recent first, at most eight),
// remembered in the settings. A server address is kept without its password.
class RecentArchives
{
    Q_DECLARE_TR_FUNCTIONS(RecentArchives)

public:
    static constexpr int Max = 8;

    static QStringList list();
    static void add(const ArchiveAddress &address);
    static void remove(const QString &location);
    static void clear();
    // How a location is shown: a file with the system's separators, an address as it is.
    static QString shown(const QString &location);
    // Fills menu with one action per archive (objectName recentArchive0, 1, …) and "Clear list".
    static void populate(QMenu *menu, const std::function<void(const QString &)> &open);
};
