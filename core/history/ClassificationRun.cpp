#include "Classification.h"

#include "ClassificationStore.h"
#include "storage/ArchiveSettings.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <map>

// reclassifyAll: every customer in one write transaction, step by step in id order, writing only
// the rows whose lifecycle or tier differ.

namespace {

// Customers read per step, and ids per UPDATE statement.
constexpr int BatchSize = 10000;
constexpr int UpdateIds = 200;
// The fewest changed rows for which the lifecycle and tier indexes are rebuilt (or a twentieth
// of the customers, when that is more); see ChangeWriter.
constexpr qint64 RebuildFrom = 20000;

// What classify() needs of one customer, from one row of each aggregate.
struct Aggregate
{
    qint64 customerId = 0;
    int purchases = 0;
    QVariant first;
    QVariant last;
    qint64 netSpend = 0;
};

// The UPDATEs of reclassifyAll: the changed ids gathered per (lifecycle, tier), written
// UpdateIds at a time through one prepared statement (an IN list; short lists repeat an id).
// From rebuildFrom changed rows on, the list's lifecycle and tier indexes are dropped and built
// again at the end where the back end gains by it (SqlDialect::rebuildsIndexesForMassUpdates):
// updating them row by row, each change at a random place of both, costs many times more when
// most customers change (a million customers on SQLite: over a minute instead of ten seconds).
class ChangeWriter
{
public:
    ChangeWriter(Database &db, qint64 rebuildFrom)
        : m_db(db)
        , m_query(db.connection())
        , m_rebuildFrom(rebuildFrom)
    { }

    Status prepare()
    {
        QStringList marks;
        for (int i = 0; i < UpdateIds; ++i)
            marks.append(QStringLiteral("?"));
        if (!m_query.prepare(QStringLiteral("UPDATE customers SET lifecycle = ?, value_tier = ?"
                                            " WHERE id IN (%1)")
                                     .arg(marks.join(QLatin1Char(',')))))
            return Database::storageError(m_query.lastError());
        return Done {};
    }

    Status add(qint64 id, Lifecycle lifecycle, ValueTier tier)
    {
        const int key = int(lifecycle) * 16 + int(tier);
        QList<qint64> &ids = m_pending[key];
        ids.append(id);
        ++m_changed;
        if (m_changed == m_rebuildFrom && m_db.dialect().rebuildsIndexesForMassUpdates())
            if (Status s = dropIndexes(); !s)
                return s;
        if (ids.size() < UpdateIds)
            return Done {};
        return flush(key);
    }

    // Writes what is pending and builds the dropped indexes again.
    Status finish()
    {
        for (const auto &[key, ids] : m_pending)
            if (!ids.isEmpty())
                if (Status s = flush(key); !s)
                    return s;
        QSqlQuery q(m_db.connection());
        for (const QString &sql : std::as_const(m_recreate))
            if (!q.exec(sql))
                return Database::storageError(q.lastError());
        m_recreate.clear();
        return Done {};
    }

    qint64 changed() const { return m_changed; }

private:
    Status dropIndexes()
    {
        QSqlQuery q(m_db.connection());
        q.prepare(m_db.dialect().secondaryIndexes());
        q.addBindValue(QStringLiteral("customers"));
        if (!q.exec())
            return Database::storageError(q.lastError());
        QStringList drops;
        while (q.next()) {
            const QString name = q.value(1).toString();
            if (name == QLatin1String("customers_active_lifecycle")
                || name == QLatin1String("customers_active_tier")) {
                drops.append(QStringLiteral("DROP INDEX ") + name);
                m_recreate.append(q.value(2).toString());
            }
        }
        q.finish();
        for (const QString &drop : std::as_const(drops))
            if (!q.exec(drop))
                return Database::storageError(q.lastError());
        return Done {};
    }

    Status flush(int key)
    {
        QList<qint64> &ids = m_pending[key];
        m_query.bindValue(0, key / 16);
        m_query.bindValue(1, key % 16);
        for (int i = 0; i < UpdateIds; ++i)
            m_query.bindValue(2 + i, ids.at(qMin<qsizetype>(i, ids.size() - 1)));
        if (!m_query.exec())
            return Database::storageError(m_query.lastError());
        ids.clear();
        return Done {};
    }

    Database &m_db;
    QSqlQuery m_query;
    const qint64 m_rebuildFrom;
    std::map<int, QList<qint64>> m_pending;
    QStringList m_recreate;
    qint64 m_changed = 0;
};

} // namespace

Result<qint64> Classification::reclassifyAll(Database &db,
                                             const QDate &today,
                                             const Progress &progress)
{
    const Result<ClassificationRules> loaded = Classification::rules(db);
    if (!loaded)
        return loaded.error();
    const ClassificationRules rules = loaded.value();

    return WriteTransaction::run<qint64>(db, [&]() -> Result<qint64> {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM customers")) || !q.next())
            return Database::storageError(q.lastError());
        const qint64 total = q.value(0).toLongLong();
        q.finish();

        // Each step: the next customers in id order, then the aggregates of their purchases and
        // interactions over the same id range (through the per-customer indexes, in the same
        // order), merged. Only one step's rows are held at a time.
        QSqlQuery customers(db.connection());
        customers.setForwardOnly(true);
        customers.prepare(QStringLiteral("SELECT id, lifecycle, value_tier FROM customers"
                                         " WHERE id > ? ORDER BY id LIMIT %1")
                                  .arg(BatchSize));
        QSqlQuery purchases(db.connection());
        purchases.setForwardOnly(true);
        purchases.prepare(
                QStringLiteral("SELECT customer_id, count(*), min(purchased_at), max(purchased_at),"
                               " CAST(sum(amount - refunded) AS BIGINT) FROM purchases"
                               " WHERE customer_id >= ? AND customer_id <= ?"
                               " GROUP BY customer_id ORDER BY customer_id"));
        QSqlQuery contacts(db.connection());
        contacts.setForwardOnly(true);
        contacts.prepare(QStringLiteral("SELECT customer_id, max(occurred_at) FROM interactions"
                                        " WHERE customer_id >= ? AND customer_id <= ?"
                                        " GROUP BY customer_id ORDER BY customer_id"));
        ChangeWriter writer(db, qMax<qint64>(RebuildFrom, total / 20));
        if (Status s = writer.prepare(); !s)
            return s.error();

        struct Row
        {
            qint64 id;
            int lifecycle;
            int tier;
        };
        QList<Row> rows;
        QList<Aggregate> bought;
        QList<std::pair<qint64, QVariant>> contacted;
        rows.reserve(BatchSize);
        ClassificationStore::LocalDates localDate;
        qint64 after = 0;
        qint64 done = 0;
        for (;;) {
            rows.clear();
            customers.addBindValue(after);
            if (!customers.exec())
                return Database::storageError(customers.lastError());
            while (customers.next())
                rows.append({customers.value(0).toLongLong(),
                             customers.value(1).toInt(),
                             customers.value(2).toInt()});
            customers.finish();
            if (rows.isEmpty())
                break;
            const qint64 low = rows.constFirst().id;
            const qint64 high = rows.constLast().id;

            bought.clear();
            purchases.addBindValue(low);
            purchases.addBindValue(high);
            if (!purchases.exec())
                return Database::storageError(purchases.lastError());
            while (purchases.next())
                bought.append({purchases.value(0).toLongLong(),
                               purchases.value(1).toInt(),
                               purchases.value(2),
                               purchases.value(3),
                               purchases.value(4).toLongLong()});
            purchases.finish();

            contacted.clear();
            contacts.addBindValue(low);
            contacts.addBindValue(high);
            if (!contacts.exec())
                return Database::storageError(contacts.lastError());
            while (contacts.next())
                contacted.append({contacts.value(0).toLongLong(), contacts.value(1)});
            contacts.finish();

            qsizetype b = 0;
            qsizetype c = 0;
            for (const Row &row : std::as_const(rows)) {
                CustomerFacts facts;
                while (b < bought.size() && bought.at(b).customerId < row.id)
                    ++b;
                if (b < bought.size() && bought.at(b).customerId == row.id) {
                    const Aggregate &a = bought.at(b);
                    facts.purchases = a.purchases;
                    facts.netSpend = a.netSpend;
                    facts.firstPurchase = localDate(a.first);
                    facts.lastPurchase = localDate(a.last);
                }
                while (c < contacted.size() && contacted.at(c).first < row.id)
                    ++c;
                // Only customers who bought look at their contacts (the rest stay potential).
                if (facts.purchases > 0 && c < contacted.size() && contacted.at(c).first == row.id)
                    facts.lastContact = localDate(contacted.at(c).second);
                const ClassificationResult result = classify(facts, rules, today);
                if (int(result.lifecycle) != row.lifecycle || int(result.tier) != row.tier)
                    if (Status s = writer.add(row.id, result.lifecycle, result.tier); !s)
                        return s.error();
            }
            after = high;
            done += rows.size();
            if (progress && !progress(done, qMax(total, done)))
                return makeError(Error::Code::Cancelled,
                                 tr("The classification was cancelled; nothing was changed."));
        }
        if (Status s = writer.finish(); !s)
            return s.error();
        if (Status s = ArchiveSettings::write(db,
                                                         ClassificationStore::RunKey,
                                                         {{QStringLiteral("date"),
                                                           today.toString(Qt::ISODate)},
                                                          {QStringLiteral("rules"),
                                                           ClassificationStore::rulesHash(rules)}});
            !s)
            return s.error();
        return writer.changed();
    });
}
