#pragma once

#include "CustomerFixtures.h"
#include "customers/CustomerEraser.h"
#include "customers/CustomerRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <sqlite3.h>

// Customers to hang history on, and the query plans of what a repository really ran.
namespace HistoryFixtures {

inline Customer newCustomer(Database &db, const QString &name)
{
    CustomerRepository repository(db);
    const Result<Customer> c = repository.create(Fixtures::alice(), Fixtures::person(name));
    if (!c)
        qWarning("create failed: %s", qPrintable(c.error().message));
    return c ? c.value() : Customer {};
}

inline bool erase(Database &db, const Customer &c)
{
    const Result<Customer> erased = CustomerEraser::erase(db, Fixtures::alice(), c.id, c.version);
    if (!erased)
        qWarning("erase failed: %s", qPrintable(erased.error().message));
    return erased.ok();
}

inline int count(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// SQLite only: runs work while tracing the connection, and returns SQLite's plan (EXPLAIN QUERY
// PLAN) of the first statement it ran whose text contains needle, one step a line.
inline QString planOf(Database &db, const QString &needle, const std::function<void()> &work)
{
    QStringList statements;
    const auto trace = [](unsigned type, void *context, void *statement, void *) -> int {
        if (type == SQLITE_TRACE_STMT) {
            char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
            if (sql)
                static_cast<QStringList *>(context)->append(QString::fromUtf8(sql));
            sqlite3_free(sql);
        }
        return 0;
    };
    sqlite3_trace_v2(db.sqliteHandle(), SQLITE_TRACE_STMT, trace, &statements);
    work();
    sqlite3_trace_v2(db.sqliteHandle(), 0, nullptr, nullptr);

    for (const QString &sql : std::as_const(statements)) {
        if (!sql.contains(needle))
            continue;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
            return QStringLiteral("<cannot explain> ") + sql;
        QStringList lines;
        while (q.next())
            lines.append(q.value(3).toString());
        return lines.join(QLatin1Char('\n'));
    }
    return QStringLiteral("<not run> ") + statements.join(QLatin1Char('\n'));
}

} // namespace HistoryFixtures
