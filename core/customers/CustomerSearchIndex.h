#pragma once

#include "Customer.h"

#include <QByteArray>
#include <QStringList>

// What the archive stores so that a customer can be found and sorted: the text the trigram index
// searches, the two-character pieces of name and company (which the trigram index cannot find),
// and the name's collation key (pinyin order for Chinese names). Written by the repository and by
// the demo generator alike, so both index a customer the same way.
class CustomerSearchIndex
{
public:
    // Follows the last character of each word in the two-character pieces.
    static constexpr QChar WordEnd = QChar(0x1);

    static QString searchText(const Customer &customer);
    static QStringList grams(const Customer &customer);
    static QStringList grams(const QString &name, const QString &company);
    static QByteArray nameKey(const QString &name);
    // The form of a search term the index holds (case folded, full-width made ASCII).
    static QString foldTerm(const QString &term);
};
