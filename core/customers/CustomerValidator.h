#pragma once

#include "Customer.h"
#include "Result.h"

#include <QCoreApplication>

// Checks a profile before it is saved and returns it cleaned up (trimmed, phones normalized, one
// primary phone). On failure, Error::fieldErrors maps each offending field to its message; the
// keys are the FieldKey constants ("phone.2" for the third phone).
class CustomerValidator
{
    Q_DECLARE_TR_FUNCTIONS(CustomerValidator)

public:
    static inline const QString Name = QStringLiteral("name");
    static inline const QString Email = QStringLiteral("email");
    static inline const QString Birthday = QStringLiteral("birthday");
    static inline const QString ConsentDate = QStringLiteral("consentDate");
    static inline const QString Tags = QStringLiteral("tags");
    static QString phoneKey(int index) { return QStringLiteral("phone.%1").arg(index); }

    static constexpr int MaxNameLength = 100;
    static constexpr int MaxTextLength = 500;
    static constexpr int MaxNotesLength = 10000;

    static Result<Customer> validate(const Customer &input, const QDate &today);
};
