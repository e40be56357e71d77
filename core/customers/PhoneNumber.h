#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

// Phone numbers: validation of what people type, the stored form (digits with country code, an
// extension after 'x': 8613812345678, 8675512345670x89, 14155552671) and the displayed form
// (138 1234 5678, 0755-1234567-89, +1 4155552671).
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    static Result<QString> normalize(const QString &typed);
    static QString format(const QString &normalized);
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
