#include "PostgresCopy.h"

#include "Database.h"
#include "PostgresServer.h"

#include <QCoreApplication>
#include <QVariant>

#include <libpq-fe.h>

namespace {

void appendEscaped(QByteArray &buffer, const QByteArray &utf8)
{
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            buffer += "\\\\";
            break;
        case '\t':
            buffer += "\\t";
            break;
        case '\n':
            buffer += "\\n";
            break;
        case '\r':
            buffer += "\\r";
            break;
        default:
            buffer += c;
        }
    }
}

Error copyError(PGconn *conn, const QString &table)
{
    return makeError(Error::Code::Storage,
                     QCoreApplication::translate("PostgresCopy", "Loading the table %1 failed: %2")
                             .arg(table, QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
}

} // namespace

void PostgresCopy::appendRow(QByteArray &buffer, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            buffer += '\t';
        const QVariant &v = values.at(i);
        if (v.isNull()) {
            buffer += "\\N";
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            buffer += QByteArray::number(v.toLongLong());
            break;
        case QMetaType::Bool:
            buffer += v.toBool() ? '1' : '0';
            break;
        case QMetaType::QByteArray:
            buffer += "\\\\x"; // bytea's hex input, its backslash escaped for COPY
            buffer += v.toByteArray().toHex();
            break;
        default:
            appendEscaped(buffer, v.toString().toUtf8());
        }
    }
    buffer += '\n';
}

Status PostgresCopy::send(Database &db,
                          const QString &table,
                          const QStringList &columns,
                          const QByteArray &rows)
{
    PGconn *conn = PostgresServer::nativeConnection(db.connection());
    if (!conn)
        return makeError(Error::Code::Storage, QStringLiteral("COPY needs a PostgreSQL archive"));
    const QByteArray sql = QStringLiteral("COPY %1(%2) FROM STDIN")
                                   .arg(table, columns.join(QStringLiteral(", ")))
                                   .toUtf8();
    PGresult *started = PQexec(conn, sql.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return copyError(conn, table);
    bool sent = true;
    constexpr qsizetype chunk = 1 << 20;
    for (qsizetype at = 0; sent && at < rows.size(); at += chunk)
        sent = PQputCopyData(conn, rows.constData() + at, int(qMin(chunk, rows.size() - at))) == 1;
    if (PQputCopyEnd(conn, sent ? nullptr : "client error") != 1)
        sent = false;
    bool ok = sent;
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK)
            ok = false;
        PQclear(result);
    }
    if (!ok)
        return copyError(conn, table);
    return Done {};
}
