#include "CustomerSearchIndex.h"

#include "PhoneNumber.h"

#include <QSet>

#include <unicode/ucol.h>

#include <memory>

namespace {

struct CollatorDeleter
{
    void operator()(UCollator *c) const { ucol_close(c); }
};

UCollator *chineseCollator()
{
    // ICU collators are not thread-safe: one per thread.
    thread_local std::unique_ptr<UCollator, CollatorDeleter> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        UCollator *c = ucol_open("zh", &status);
        if (U_FAILURE(status))
            c = nullptr;
        return std::unique_ptr<UCollator, CollatorDeleter>(c);
    }();
    return collator.get();
}

void addGrams(const QString &text, QSet<QString> &out)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        // By code point, so characters outside the BMP (𠮷) are never cut in half.
        const QList<uint> cps = word.toUcs4();
        const auto *chars = reinterpret_cast<const char32_t *>(cps.constData());
        for (qsizetype i = 0; i + 1 < cps.size(); ++i)
            out.insert(QString::fromUcs4(chars + i, 2));
        // The last character with an end mark: a one-character search finds 芳 in 王芳 too.
        if (!cps.isEmpty())
            out.insert(QString::fromUcs4(chars + cps.size() - 1, 1) + CustomerSearchIndex::WordEnd);
    }
}

} // namespace

QString CustomerSearchIndex::foldTerm(const QString &term)
{
    return PhoneNumber::toHalfWidth(term).toCaseFolded().simplified();
}

QString CustomerSearchIndex::searchText(const Customer &customer)
{
    QStringList parts {customer.name, customer.company, customer.email, customer.code};
    for (const Phone &phone : customer.phones)
        parts += PhoneNumber::searchForms(phone.number);
    parts.removeAll(QString());
    return foldTerm(parts.join(QLatin1Char('\n')));
}

QStringList CustomerSearchIndex::grams(const Customer &customer)
{
    return grams(customer.name, customer.company);
}

QStringList CustomerSearchIndex::grams(const QString &name, const QString &company)
{
    QSet<QString> grams;
    addGrams(foldTerm(name), grams);
    addGrams(foldTerm(company), grams);
    QStringList out(grams.begin(), grams.end());
    out.sort();
    return out;
}

QByteArray CustomerSearchIndex::nameKey(const QString &name)
{
    UCollator *collator = chineseCollator();
    if (!collator)
        return name.toCaseFolded().toUtf8();
    QByteArray key(qMax<qsizetype>(64, name.size() * 6), Qt::Uninitialized);
    const auto *chars = reinterpret_cast<const UChar *>(name.utf16());
    int32_t needed = ucol_getSortKey(collator,
                                     chars,
                                     int32_t(name.size()),
                                     reinterpret_cast<uint8_t *>(key.data()),
                                     int32_t(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = ucol_getSortKey(collator,
                                 chars,
                                 int32_t(name.size()),
                                 reinterpret_cast<uint8_t *>(key.data()),
                                 int32_t(key.size()));
    }
    key.resize(qMax(0, needed - 1)); // without the terminating zero
    return key;
}
