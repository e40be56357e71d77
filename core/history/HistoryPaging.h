#pragma once

#include "HistoryPage.h"
#include "Result.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

// One page of a customer's rows of one history table, newest first by (time, id), from the
// cursor on: a walk down the table's (customer_id, time, id) index, as fast for the thousandth
// page as for the first (no OFFSET, no count). One row more than the page is read to know
// whether another page follows.
namespace HistoryPaging {

inline constexpr int MaxRows = 1000;

// columns: the select list; readRow(query) makes a T of the current row; timeOf(T) and idOf(T)
// give its place for the next cursor.
template<typename T, typename ReadRow, typename TimeOf, typename IdOf>
Result<HistoryPage<T>> read(Database &db,
                            const QString &table,
                            const QString &columns,
                            const QString &timeColumn,
                            qint64 customerId,
                            const HistoryCursor &from,
                            int limit,
                            ReadRow readRow,
                            TimeOf timeOf,
                            IdOf idOf)
{
    limit = std::clamp(limit, 1, MaxRows);
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE customer_id = ?").arg(columns, table);
    if (!from.isStart())
        sql += QStringLiteral(" AND (%1, id) < (?, ?)").arg(timeColumn);
    sql += QStringLiteral(" ORDER BY %1 DESC, id DESC LIMIT %2").arg(timeColumn).arg(limit + 1);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(customerId);
    if (!from.isStart()) {
        q.addBindValue(StoredTime::fromDateTime(from.at));
        q.addBindValue(from.id);
    }
    if (!q.exec())
        return Database::storageError(q.lastError());
    HistoryPage<T> page;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.atEnd = false;
            break;
        }
        page.rows.append(readRow(q));
    }
    page.next = page.rows.isEmpty() ? from
                                    : HistoryCursor {timeOf(page.rows.constLast()),
                                                     idOf(page.rows.constLast())};
    return page;
}

} // namespace HistoryPaging
