#pragma once

#include "Result.h"

#include <QByteArray>
#include <QStringList>
#include <QVariantList>

class Database;

// PostgreSQL's COPY ... FROM STDIN (text format) on an archive's own connection, through libpq:
// tens of times faster than one INSERT per row. Used by BulkLoader.
namespace PostgresCopy {

// Appends one row in COPY's text format to buffer.
void appendRow(QByteArray &buffer, const QVariantList &values);
// Sends the rows of buffer to table(columns) in one COPY.
Status send(Database &db, const QString &table, const QStringList &columns, const QByteArray &rows);

} // namespace PostgresCopy
