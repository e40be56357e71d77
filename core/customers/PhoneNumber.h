#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

// Phone numbers: validation of what people type, the stored form (a '+', the country code and the
// digits, an extension after 'x': +8613812345678, +867552345678x89, +14155552671) and the
// displayed form (138 1234 5678, 0755-2345678-89, +1 4155552671). normalize() maps a stored form
// to itself, so a loaded profile saves unchanged.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    static Result<QString> normalize(const QString &typed);
    static QString format(const QString &normalized);
    // The displayed form with the middle hidden, for whoever has not revealed it: 138****5678,
    // 0755-****5678, +1 415****671. The extension is dropped.
    static QString mask(const QString &normalized);
    // Digit strings a search should find this number by (international and national forms).
    static QStringList searchForms(const QString &normalized);
    // Full-width digits and signs (typed with a Chinese input method) made ASCII.
    static QString toHalfWidth(const QString &text);
    // Whether a search term looks like part of a phone number, and its digits.
    static bool looksLikeDigits(const QString &term);
    static QString digitsOnly(const QString &text);

private:
    static int countryCodeLength(const QString &digits);
};
