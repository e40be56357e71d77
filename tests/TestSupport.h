#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh archive in its own temporary directory for each test.
struct TempArchive
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("archive.sqlite"));

    std::unique_ptr<Database> open()
    {
        auto db = Database::open(path);
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return nullptr;
        }
        return std::move(db).value();
    }
};
