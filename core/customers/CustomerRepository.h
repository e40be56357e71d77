#pragma once

#include "Actor.h"
#include "Customer.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>

class Database;
class QSqlQuery;

// Another customer that already has a phone number or email of the one being saved.
struct DuplicateMatch
{
    qint64 customerId = 0;
    QString code;
    QString name;
    QString matchedOn; // translated: "phone 138 1234 5678" / "email a@b.cn"
};

// All SQL for the customer aggregate: the profile row, its phones, tags and search index rows.
// Every call takes the acting user; every write is one BEGIN IMMEDIATE transaction.
class CustomerRepository
{
    // Imports write and take back customers as the repository does (load, child rows).
    friend class ImportCustomers;

    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)

public:
    explicit CustomerRepository(Database &db);

    // The profile with its phone numbers masked (Customer::phonesMasked).
    Result<Customer> get(const Actor &actor, qint64 id) const;
    // The full phone numbers of one profile; needs the reveal right and is audited.
    Result<QList<Phone>> revealPhones(const Actor &actor, qint64 id);
    // The full numbers for an operation that records them in its own audit entry, in the same
    // transaction as the rest of it (the data-subject export); needs the reveal right.
    Result<QList<Phone>> phonesForAuditedUse(const Actor &actor, qint64 id) const;
    // The profile as shown before a reveal: every number masked.
    static Customer masked(Customer customer);
    // Validates, assigns the next code, saves; returns the profile as stored.
    Result<Customer> create(const Actor &actor, const Customer &customer);
    // Saves when customer.version is still the stored one; otherwise Error::Code::Conflict with a
    // message naming who saved in between and when.
    Result<Customer> update(const Actor &actor, const Customer &customer);
    Result<Customer> archive(const Actor &actor, qint64 id, int expectedVersion);
    Result<Customer> restore(const Actor &actor, qint64 id, int expectedVersion);
    // Other customers sharing a phone number or the email (checked before saving).
    Result<QList<DuplicateMatch>> findDuplicates(const Actor &actor, const Customer &customer) const;
    // Distinct owners and tags in use, for filter choices.
    Result<QStringList> owners(const Actor &actor) const;
    Result<QStringList> tags(const Actor &actor) const;

    void setToday(const QDate &today) { m_today = today; } // tests pin the date

private:
    QDate today() const;
    Result<Customer> load(qint64 id) const; // unmasked, no permission check: for use after one
    Status writeChildren(const Customer &c, const QStringList &oldGrams);
    Result<Customer> setArchived(const Actor &actor, qint64 id, int expectedVersion, bool archived);
    Error conflict(qint64 id) const;
    Result<QStringList> distinct(const QString &sql) const;

    Database &m_db;
    QDate m_today;
};
