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
    // A two-character piece (two UTF-16 units) and a customer id below 2^32 in one number:
    // sorted, bulk writers insert the pieces in their b-tree's key order.
    static bool packable(const QString &gram, qint64 id)
    {
        return gram.size() == 2 && id >= 0 && id <= qint64(0xFFFFFFFF);
    }
    static quint64 packGram(const QString &gram, qint64 id)
    {
        const quint64 units = (quint64(gram.at(0).unicode()) << 16) | gram.at(1).unicode();
        return (units << 32) | quint64(id);
    }
    static QString unpackedGram(quint64 packed)
    {
        const char16_t units[2] = {char16_t(packed >> 48), char16_t((packed >> 32) & 0xFFFF)};
        return QString(reinterpret_cast<const QChar *>(units), 2);
    }
    static qint64 unpackedId(quint64 packed) { return qint64(packed & 0xFFFFFFFFu); }
};
