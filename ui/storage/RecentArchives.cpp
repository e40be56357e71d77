#include "RecentArchives.h"

#include "storage/ArchiveAddress.h"

#include <QDir>
#include <QMenu>
#include <QSettings>

namespace {

const QString key = QStringLiteral("archive/recent");

// What is remembered: the address as ArchiveAddress shows it, never with a password.
QString remembered(const QString &location)
{
    const Result<ArchiveAddress> address = ArchiveAddress::parse(location);
    return address ? address->toString() : QString();
}

void save(const QStringList &list)
{
    QSettings().setValue(key, list);
}

} // namespace

QStringList RecentArchives::list()
{
    QStringList list;
    for (const QString &location : QSettings().value(key).toStringList()) {
        const QString clean = remembered(location);
        if (!clean.isEmpty() && !list.contains(clean))
            list.append(clean);
    }
    return list.mid(0, Max);
}

void RecentArchives::add(const ArchiveAddress &address)
{
    const QString location = address.toString();
    if (location.isEmpty())
        return;
    QStringList recent = list();
    recent.removeAll(location);
    recent.prepend(location);
    save(recent.mid(0, Max));
}

void RecentArchives::remove(const QString &location)
{
    QStringList recent = list();
    recent.removeAll(remembered(location));
    save(recent);
}

void RecentArchives::clear()
{
    QSettings().remove(key);
}

QString RecentArchives::shown(const QString &location)
{
    return ArchiveAddress::looksLikeServer(location) ? location
                                                     : QDir::toNativeSeparators(location);
}

void RecentArchives::populate(QMenu *menu, const std::function<void(const QString &)> &open)
{
    menu->clear();
    const QStringList recent = list();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString &location = recent.at(i);
        QString text = shown(location);
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = menu->addAction(
                QStringLiteral("&%1 %2").arg(QString::number(i + 1), text));
        action->setObjectName(QStringLiteral("recentArchive%1").arg(i));
        QObject::connect(action, &QAction::triggered, menu, [open, location] { open(location); });
    }
    if (recent.isEmpty()) {
        menu->addAction(tr("No recent archives"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear list"));
    clearAction->setObjectName(QStringLiteral("clearRecentArchives"));
    QObject::connect(clearAction, &QAction::triggered, menu, [] { clear(); });
}
