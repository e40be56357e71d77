#include "IdListReader.h"

#include "Database.h"
#include "PostgresServer.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdlib>
#include <vector>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace {

Error cancelledError()
{
    return makeError(Error::Code::Cancelled,
                     QCoreApplication::translate("IdListReader", "The search was cancelled."));
}

Result<QList<qint64>> readNative(sqlite3 *handle,
                                 const QString &sql,
                                 const QVariantList &binds,
                                 const std::atomic_bool *cancelled)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return makeError(Error::Code::Storage, QString::fromUtf8(sqlite3_errmsg(handle)));
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
            sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        } else {
            const QString text = v.toString();
            sqlite3_bind_text16(stmt,
                                i + 1,
                                text.utf16(),
                                int(text.size() * sizeof(char16_t)),
                                SQLITE_TRANSIENT);
        }
    }
    QList<qint64> ids;
    int rc;
    int steps = 0;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ids.append(sqlite3_column_int64(stmt, 0));
        if ((++steps & 0xFFF) == 0 && cancelled && cancelled->load()) {
            sqlite3_finalize(stmt);
            return cancelledError();
        }
    }
    if (rc != SQLITE_DONE) {
        const bool interrupted = rc == SQLITE_INTERRUPT;
        Error error = interrupted ? cancelledError()
                                  : makeError(Error::Code::Storage,
                                              QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_finalize(stmt);
        return error;
    }
    sqlite3_finalize(stmt);
    return ids;
}

// libpq straight: QtSql's per-row cost (a QVariant per value, a call per row) is most of the time
// of a million ids.
Result<QList<qint64>> readPostgres(PGconn *conn,
                                   const QString &sql,
                                   const QVariantList &binds,
                                   const std::atomic_bool *cancelled)
{
    QString numbered;
    numbered.reserve(sql.size() + 16);
    int n = 0;
    for (const QChar c : sql) {
        if (c == QLatin1Char('?'))
            numbered += QLatin1Char('$') + QString::number(++n);
        else
            numbered += c;
    }
    std::vector<QByteArray> values;
    std::vector<const char *> params;
    for (const QVariant &v : binds)
        values.push_back(v.toString().toUtf8());
    for (const QByteArray &v : values)
        params.push_back(v.constData());
    const QByteArray text = numbered.toUtf8();
    PGresult *result = PQexecParams(conn,
                                    text.constData(),
                                    int(params.size()),
                                    nullptr,
                                    params.data(),
                                    nullptr,
                                    nullptr,
                                    0);
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        if (cancelled && cancelled->load())
            return cancelledError();
        return makeError(Error::Code::Storage, message);
    }
    const int rows = PQntuples(result);
    QList<qint64> ids;
    ids.reserve(rows);
    for (int i = 0; i < rows; ++i)
        ids.append(std::strtoll(PQgetvalue(result, i, 0), nullptr, 10));
    PQclear(result);
    return ids;
}

} // namespace

Result<QList<qint64>> IdListReader::read(Database &db,
                                         const QString &sql,
                                         const QVariantList &binds,
                                         const std::atomic_bool *cancelled)
{
    if (sqlite3 *handle = db.sqliteHandle())
        return readNative(handle, sql, binds, cancelled);
    if (PGconn *conn = PostgresServer::nativeConnection(db.connection())) {
        db.settleInterrupts();
        return readPostgres(conn, sql, binds, cancelled);
    }

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        if (cancelled && cancelled->load())
            return cancelledError(); // the server cancelled the statement as asked
        return Database::storageError(q.lastError());
    }
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        if (cancelled && cancelled->load())
            return cancelledError();
    }
    return ids;
}
