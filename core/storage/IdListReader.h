#pragma once

#include "Result.h"

#include <QList>
#include <QVariantList>

#include <atomic>

class Database;

// Reads the first column of a query as a list of ids, as fast as the back end allows: a
// million-row list is read straight through the SQLite C API (QSqlQuery spends ~10x more per row).
// This is the one place core talks to SQLite below QtSql.
class IdListReader
{
public:
    static Result<QList<qint64>> read(Database &db,
                                      const QString &sql,
                                      const QVariantList &binds,
                                      const std::atomic_bool *cancelled = nullptr);
};
