#include "CustomerFilter.h"

#include "CustomerSearchIndex.h"
#include "PhoneNumber.h"

#include <QSet>
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

// An FTS5 query that needs every trigram of the term (detail=none keeps no positions, so the
// caller confirms the substring with instr()).
QString trigramQuery(const QString &term)
{
    QStringList parts;
    QSet<QString> seen;
    const QList<uint> cps = term.toUcs4(); // FTS5's trigrams are made of code points
    const auto *chars = reinterpret_cast<const char32_t *>(cps.constData());
    for (qsizetype i = 0; i + 3 <= cps.size(); ++i) {
        const QString gram = QString::fromUcs4(chars + i, 3);
        if (seen.contains(gram))
            continue;
        seen.insert(gram);
        QString quoted = gram;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        parts.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
    }
    return parts.join(QStringLiteral(" AND "));
}

} // namespace

CustomerFilter::Sql CustomerFilter::idQuery() const
{
    Sql sql;
    QStringList where{archived ? QStringLiteral("archived_at IS NOT NULL")
                               : QStringLiteral("archived_at IS NULL")};

    const QString folded = CustomerSearchIndex::foldTerm(text);
    // A whole phone number typed or pasted with spaces (+86 138 1234 5678) is one term.
    const QStringList terms = PhoneNumber::looksLikeDigits(folded)
                                              && PhoneNumber::digitsOnly(folded).size() >= 3
                                      ? QStringList{PhoneNumber::digitsOnly(folded)}
                                      : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString term : terms) {
        if (PhoneNumber::looksLikeDigits(term) && PhoneNumber::digitsOnly(term).size() >= 3)
            term = PhoneNumber::digitsOnly(term); // 138-1234 finds 13812345678
        const qsizetype length = term.toUcs4().size();
        if (length >= 3) {
            where.append(QStringLiteral("id IN (SELECT rowid FROM customer_fts"
                                        " WHERE customer_fts MATCH ?)"
                                        " AND instr(search_text, ?) > 0"));
            sql.binds << trigramQuery(term) << term;
        } else if (length == 2) {
            where.append(QStringLiteral("id IN (SELECT customer_id FROM customer_grams"
                                        " WHERE gram = ?)"));
            sql.binds << term;
        } else {
            // One character: names and companies with a piece starting with it (a character at
            // the end of a word is followed by CustomerSearchIndex::WordEnd).
            where.append(QStringLiteral("id IN (SELECT customer_id FROM customer_grams"
                                        " WHERE gram >= ? AND gram < ?)"));
            sql.binds << term << QString(term + QString::fromUcs4(U"\U0010FFFF", 1));
        }
    }
    if (lifecycle) {
        where.append(QStringLiteral("lifecycle = ?"));
        sql.binds << int(*lifecycle);
    }
    if (!owner.isEmpty()) {
        where.append(QStringLiteral("owner = ?"));
        sql.binds << owner;
    }
    if (!tag.isEmpty()) {
        where.append(QStringLiteral("id IN (SELECT customer_id FROM customer_tags WHERE tag = ?)"));
        sql.binds << tag;
    }
    sql.text = QStringLiteral("SELECT id FROM customers WHERE ") + where.join(QStringLiteral(" AND "))
               + QStringLiteral(" ORDER BY ") + orderBy(sortColumn, descending);
    // Without search terms the order comes straight from an index: the first screen can be read
    // on its own, before the whole list.
    if (terms.isEmpty())
        sql.firstScreen = sql.text + QStringLiteral(" LIMIT %1").arg(FirstScreenRows);
    return sql;
}
