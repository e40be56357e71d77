#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

enum class CustomerKind { Person = 0, Organization = 1 };
enum class Gender { Unspecified = 0, Male = 1, Female = 2 };
enum class Lifecycle { Potential = 0, New = 1, Returning = 2, Inactive = 3 };
enum class ValueTier { Unrated = 0, High = 1, Medium = 2, Low = 3 };
enum class PhoneKind { Mobile = 0, Landline = 1, Fax = 2, Other = 3 };

struct Phone
{
    PhoneKind kind = PhoneKind::Mobile;
    // As typed when going into validation; normalized (digits with country code, see
    // PhoneNumber) when coming out of the archive.
    QString number;
    bool primary = false;

    bool operator==(const Phone &) const = default;
};

// The customer profile (客户档案).
struct Customer
{
    qint64 id = 0; // 0: not saved yet
    QString code; // C000123, assigned on first save, never reused
    CustomerKind kind = CustomerKind::Person;
    QString name;
    Gender gender = Gender::Unspecified;
    QDate birthday;
    QString company;
    QString title;
    QList<Phone> phones;
    QString email;
    QString mailingAddress;
    QString shippingAddress;
    QString source;
    // Derived from the history (Classification); read-only here: saving a profile never
    // changes them.
    Lifecycle lifecycle = Lifecycle::Potential;
    ValueTier valueTier = ValueTier::Unrated;
    QStringList tags;
    QString owner;
    QString notes;
    bool marketingConsent = false;
    QDate consentDate;
    QDateTime lastVerifiedAt;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    int version = 0;
    QDateTime archivedAt;
    // Phone numbers come out of the archive masked (138****5678) until revealed; a profile saved
    // with masked phones keeps the stored ones.
    bool phonesMasked = false;

    bool isArchived() const { return archivedAt.isValid(); }
    const Phone *primaryPhone() const
    {
        for (const Phone &p : phones)
            if (p.primary)
                return &p;
        return phones.isEmpty() ? nullptr : &phones.first();
    }
    // Compares what a person edits; bookkeeping (id, version, audit stamps) and the derived
    // lifecycle and value tier are ignored.
    bool sameContent(const Customer &o) const
    {
        return kind == o.kind && name == o.name && gender == o.gender && birthday == o.birthday
               && company == o.company && title == o.title && phones == o.phones && email == o.email
               && mailingAddress == o.mailingAddress && shippingAddress == o.shippingAddress
               && source == o.source && tags == o.tags && owner == o.owner && notes == o.notes
               && marketingConsent == o.marketingConsent && consentDate == o.consentDate
               && lastVerifiedAt == o.lastVerifiedAt;
    }
};
