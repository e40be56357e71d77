#pragma once

#include <QString>

namespace AppInfo {
inline QString version()
{
    return QStringLiteral(SA_VERSION);
}
inline QString organization()
{
    return QStringLiteral("ServiceArchive");
}
inline QString applicationName()
{
    return QStringLiteral("ServiceArchive");
}
} // namespace AppInfo
