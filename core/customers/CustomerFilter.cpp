#include "CustomerFilter.h"

#include "CustomerSearchIndex.h"
#include "PhoneNumber.h"
#include "storage/SqlDialect.h"

#include <QStringList>

namespace {

QString orderBy(CustomerColumn column, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (column) {
    case CustomerColumn::Code:
        return QStringLiteral("id") + dir; // codes are handed out in id order
    case CustomerColumn::Phone:
        return QStringLiteral("primary_phone") + dir + QStringLiteral(", id") + dir;
    case CustomerColumn::Company:
        return QStringLiteral("company") + dir + QStringLiteral(", id") + dir;
    case CustomerColumn::Lifecycle:
        return QStringLiteral("lifecycle") + dir + QStringLiteral(", name_key") + dir
               + QStringLiteral(", id") + dir;
    case CustomerColumn::ValueTier:
        return QStringLiteral("value_tier") + dir + QStringLiteral(", name_key") + dir
               + QStringLiteral(", id") + dir;
    case CustomerColumn::Owner:
        return QStringLiteral("owner") + dir + QStringLiteral(", name_key") + dir
               + QStringLiteral(", id") + dir;
    case CustomerColumn::Updated:
        return QStringLiteral("updated_at") + dir + QStringLiteral(", id") + dir;
    case CustomerColumn::Name:
    case CustomerColumn::Count:
        break;
    }
    return QStringLiteral("name_key") + dir + QStringLiteral(", id") + dir;
}

} // namespace

CustomerFilter::Sql CustomerFilter::idQuery(const SqlDialect &dialect) const
{
    Sql sql;
    QStringList where {archived ? QStringLiteral("archived_at IS NOT NULL")
                                : QStringLiteral("archived_at IS NULL")};
    // The same conditions with "+id": the planner then walks the sort's index and stops after the
    // first screen, which is fast when matches are dense (a broad search such as 有限公司).
    QStringList walkWhere = where;
    auto inSubquery = [&](const QString &subquery, const QString &extra = QString()) {
        where.append(QStringLiteral("id IN (") + subquery + QLatin1Char(')') + extra);
        walkWhere.append(QStringLiteral("+id IN (") + subquery + QLatin1Char(')') + extra);
    };

    const QString folded = CustomerSearchIndex::foldTerm(text);
    // A whole phone number typed or pasted with spaces (+86 138 1234 5678) is one term.
    const QStringList terms = PhoneNumber::looksLikeDigits(folded)
                                              && PhoneNumber::digitsOnly(folded).size() >= 3
                                      ? QStringList {PhoneNumber::digitsOnly(folded)}
                                      : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString term : terms) {
        if (PhoneNumber::looksLikeDigits(term) && PhoneNumber::digitsOnly(term).size() >= 3)
            term = PhoneNumber::digitsOnly(term); // 138-1234 finds 13812345678
        const qsizetype length = term.toUcs4().size();
        QString subquery;
        QVariantList binds;
        if (length >= 3) {
            const SqlDialect::Match match = dialect.substringMatch(term);
            subquery = match.subquery;
            binds = match.binds;
            inSubquery(subquery, match.confirm);
            sql.binds << binds;
            if (!match.confirm.isEmpty())
                sql.binds << term;
        } else if (length == 2) {
            subquery = QStringLiteral("SELECT customer_id FROM customer_grams WHERE gram = ?");
            binds << term;
            inSubquery(subquery);
            sql.binds << binds;
        } else {
            // One character: names and companies with a piece starting with it (a character at
            // the end of a word is followed by CustomerSearchIndex::WordEnd).
            subquery = QStringLiteral("SELECT customer_id FROM customer_grams"
                                      " WHERE gram >= ? AND gram < ?");
            binds << term << QString(term + QString::fromUcs4(U"\U0010FFFF", 1));
            inSubquery(subquery);
            sql.binds << binds;
        }
        if (sql.probe.isEmpty()) {
            sql.probe = QStringLiteral("SELECT count(*) FROM (") + subquery
                        + QStringLiteral(" LIMIT %1)").arg(BroadMatches);
            sql.probeBinds = binds;
        }
    }
    if (lifecycle) {
        where.append(QStringLiteral("lifecycle = ?"));
        walkWhere.append(where.last());
        sql.binds << int(*lifecycle);
    }
    if (valueTier) {
        where.append(QStringLiteral("value_tier = ?"));
        walkWhere.append(where.last());
        sql.binds << int(*valueTier);
    }
    if (!owner.isEmpty()) {
        where.append(QStringLiteral("owner = ?"));
        walkWhere.append(where.last());
        sql.binds << owner;
    }
    if (!tag.isEmpty()) {
        inSubquery(QStringLiteral("SELECT customer_id FROM customer_tags WHERE tag = ?"));
        sql.binds << tag;
    }
    const QString order = QStringLiteral(" ORDER BY ") + orderBy(sortColumn, descending);
    const QString select = QStringLiteral("SELECT id FROM customers WHERE ");
    sql.where = where.join(QStringLiteral(" AND "));
    sql.text = select + sql.where + order;
    // Without search terms the order comes straight from an index, and so does the first screen.
    sql.firstScreen = select + walkWhere.join(QStringLiteral(" AND ")) + order
                      + QStringLiteral(" LIMIT %1").arg(FirstScreenRows);
    return sql;
}
