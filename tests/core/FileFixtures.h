#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStringList>

// Reading back what an export wrote.
namespace FileFixtures {

inline const QByteArray Bom("\xEF\xBB\xBF");

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "<no file>";
    return file.readAll();
}

// Every entry of a directory, hidden ones included, by name.
inline QStringList entriesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace FileFixtures
