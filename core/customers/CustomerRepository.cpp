#include "CustomerRepository.h"

#include "CustomerAudit.h"
#include "CustomerSearchIndex.h"
#include "CustomerValidator.h"
#include "PhoneNumber.h"
#include "audit/AuditLog.h"
#include "history/Classification.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/LastWriter.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const char customerColumns[] = "id, code, kind, name, gender, birthday, company, title, email,"
                               " mailing_address, shipping_address, source, lifecycle, value_tier,"
                               " owner, notes, marketing_consent, consent_date, last_verified_at,"
                               " created_at, created_by, updated_at, updated_by, version,"
                               " archived_at";

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.code = q.value(i++).toString();
    c.kind = CustomerKind(q.value(i++).toInt());
    c.name = q.value(i++).toString();
    c.gender = Gender(q.value(i++).toInt());
    c.birthday = StoredTime::toDate(q.value(i++));
    c.company = q.value(i++).toString();
    c.title = q.value(i++).toString();
    c.email = q.value(i++).toString();
    c.mailingAddress = q.value(i++).toString();
    c.shippingAddress = q.value(i++).toString();
    c.source = q.value(i++).toString();
    c.lifecycle = Lifecycle(q.value(i++).toInt());
    c.valueTier = ValueTier(q.value(i++).toInt());
    c.owner = q.value(i++).toString();
    c.notes = q.value(i++).toString();
    c.marketingConsent = q.value(i++).toBool();
    c.consentDate = StoredTime::toDate(q.value(i++));
    c.lastVerifiedAt = StoredTime::toDateTime(q.value(i++));
    c.createdAt = StoredTime::toDateTime(q.value(i++));
    c.createdBy = q.value(i++).toString();
    c.updatedAt = StoredTime::toDateTime(q.value(i++));
    c.updatedBy = q.value(i++).toString();
    c.version = q.value(i++).toInt();
    c.archivedAt = StoredTime::toDateTime(q.value(i++));
    return c;
}

// Text columns are NOT NULL: a null QString would be bound as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Binds the editable columns shared by INSERT and UPDATE (not lifecycle and value tier: they
// are derived from the history, see Classification).
void bindContent(QSqlQuery &q, const Customer &c)
{
    const Phone *primary = c.primaryPhone();
    q.bindValue(QStringLiteral(":kind"), int(c.kind));
    q.bindValue(QStringLiteral(":name"), text(c.name));
    q.bindValue(QStringLiteral(":name_key"), CustomerSearchIndex::nameKey(c.name));
    q.bindValue(QStringLiteral(":gender"), int(c.gender));
    q.bindValue(QStringLiteral(":birthday"), StoredTime::fromDate(c.birthday));
    q.bindValue(QStringLiteral(":company"), text(c.company));
    q.bindValue(QStringLiteral(":title"), text(c.title));
    q.bindValue(QStringLiteral(":email"), text(c.email));
    q.bindValue(QStringLiteral(":mailing_address"), text(c.mailingAddress));
    q.bindValue(QStringLiteral(":shipping_address"), text(c.shippingAddress));
    q.bindValue(QStringLiteral(":source"), text(c.source));
    q.bindValue(QStringLiteral(":owner"), text(c.owner));
    q.bindValue(QStringLiteral(":notes"), text(c.notes));
    q.bindValue(QStringLiteral(":marketing_consent"), c.marketingConsent ? 1 : 0);
    q.bindValue(QStringLiteral(":consent_date"), StoredTime::fromDate(c.consentDate));
    q.bindValue(QStringLiteral(":last_verified_at"), StoredTime::fromDateTime(c.lastVerifiedAt));
    q.bindValue(QStringLiteral(":primary_phone"), text(primary ? primary->number : QString()));
    q.bindValue(QStringLiteral(":search_text"), text(CustomerSearchIndex::searchText(c)));
}

} // namespace

CustomerRepository::CustomerRepository(Database &db)
    : m_db(db)
{ }

QDate CustomerRepository::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

Result<Customer> CustomerRepository::get(const Actor &actor, qint64 id) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    Result<Customer> c = load(id);
    if (!c)
        return c;
    return masked(std::move(c).value());
}

Customer CustomerRepository::masked(Customer c)
{
    for (Phone &phone : c.phones)
        phone.number = PhoneNumber::mask(phone.number);
    c.phonesMasked = true;
    return c;
}

Result<QList<Phone>> CustomerRepository::revealPhones(const Actor &actor, qint64 id)
{
    if (Status s = Permissions::require(actor, Operation::Reveal); !s)
        return s.error();
    const Result<Customer> c = load(id);
    if (!c)
        return c.error();
    const Status audited = WriteTransaction::run(m_db, [&]() -> Status {
        return AuditLog::append(m_db,
                                actor,
                                QStringLiteral("reveal"),
                                CustomerAudit::Entity,
                                id,
                                {{QStringLiteral("what"), QStringLiteral("phones")}});
    });
    if (!audited)
        return audited.error();
    return c->phones;
}

Result<QList<Phone>> CustomerRepository::phonesForAuditedUse(const Actor &actor, qint64 id) const
{
    if (Status s = Permissions::require(actor, Operation::Reveal); !s)
        return s.error();
    const Result<Customer> c = load(id);
    if (!c)
        return c.error();
    return c->phones;
}

Result<Customer> CustomerRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM customers WHERE id = ?")
                      .arg(QLatin1String(customerColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (!q.next())
        return makeError(Error::Code::NotFound, tr("This customer no longer exists."));
    Customer c = readCustomer(q);

    QSqlQuery phones(m_db.connection());
    phones.prepare(QStringLiteral("SELECT kind, number, is_primary FROM customer_phones"
                                  " WHERE customer_id = ? ORDER BY position"));
    phones.addBindValue(id);
    if (!phones.exec())
        return Database::storageError(phones.lastError());
    while (phones.next())
        c.phones.append(Phone {PhoneKind(phones.value(0).toInt()),
                               phones.value(1).toString(),
                               phones.value(2).toBool()});

    QSqlQuery tags(m_db.connection());
    tags.prepare(
            QStringLiteral("SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag"));
    tags.addBindValue(id);
    if (!tags.exec())
        return Database::storageError(tags.lastError());
    while (tags.next())
        c.tags.append(tags.value(0).toString());
    return c;
}

Status CustomerRepository::writeChildren(const Customer &c, const QStringList &oldGrams)
{
    QSqlQuery q(m_db.connection());
    for (const char *sql : {"DELETE FROM customer_phones WHERE customer_id = ?",
                            "DELETE FROM customer_tags WHERE customer_id = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(c.id);
        if (!q.exec())
            return Database::storageError(q.lastError());
    }
    q.prepare(QStringLiteral("DELETE FROM customer_grams WHERE gram = ? AND customer_id = ?"));
    for (const QString &gram : oldGrams) {
        q.addBindValue(gram);
        q.addBindValue(c.id);
        if (!q.exec())
            return Database::storageError(q.lastError());
    }
    q.prepare(QStringLiteral("INSERT INTO customer_phones(customer_id, position, kind, number,"
                             " is_primary) VALUES(?, ?, ?, ?, ?)"));
    for (int i = 0; i < c.phones.size(); ++i) {
        const Phone &p = c.phones.at(i);
        q.addBindValue(c.id);
        q.addBindValue(i);
        q.addBindValue(int(p.kind));
        q.addBindValue(p.number);
        q.addBindValue(p.primary ? 1 : 0);
        if (!q.exec())
            return Database::storageError(q.lastError());
    }
    q.prepare(QStringLiteral("INSERT INTO customer_tags(customer_id, tag) VALUES(?, ?)"));
    for (const QString &tag : c.tags) {
        q.addBindValue(c.id);
        q.addBindValue(tag);
        if (!q.exec())
            return Database::storageError(q.lastError());
    }
    q.prepare(QStringLiteral("INSERT INTO customer_grams(gram, customer_id) VALUES(?, ?)"));
    for (const QString &gram : CustomerSearchIndex::grams(c)) {
        q.addBindValue(gram);
        q.addBindValue(c.id);
        if (!q.exec())
            return Database::storageError(q.lastError());
    }
    return Done {};
}

Result<Customer> CustomerRepository::create(const Actor &actor, const Customer &input)
{
    if (Status s = Permissions::require(actor, Operation::Create); !s)
        return s.error();
    Result<Customer> validated = CustomerValidator::validate(input, today());
    if (!validated)
        return validated.error();
    Customer c = std::move(validated).value();

    const Result<qint64> id = WriteTransaction::run<qint64>(m_db, [&]() -> Result<qint64> {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("UPDATE counters SET value = value + 1"
                                   " WHERE name = 'customer_code' RETURNING value"))
            || !q.next())
            return Database::storageError(q.lastError());
        c.code = QStringLiteral("C%1").arg(q.value(0).toLongLong(), 6, 10, QLatin1Char('0'));
        q.finish();

        const QVariant now = StoredTime::fromDateTime(StoredTime::now());
        q.prepare(QStringLiteral(
                "INSERT INTO customers(code, kind, name, name_key, gender, birthday, company,"
                " title, email, mailing_address, shipping_address, source, lifecycle, value_tier,"
                " owner, notes, marketing_consent, consent_date, last_verified_at, primary_phone,"
                " search_text, created_at, created_by, updated_at, updated_by, version)"
                " VALUES(:code, :kind, :name, :name_key, :gender, :birthday, :company, :title,"
                " :email, :mailing_address, :shipping_address, :source, :lifecycle, :value_tier,"
                " :owner, :notes, :marketing_consent, :consent_date, :last_verified_at,"
                " :primary_phone, :search_text, :now, :actor, :now, :actor, 1) RETURNING id"));
        q.bindValue(QStringLiteral(":code"), c.code);
        // A new customer has no history yet: potential and unrated until classified.
        c.lifecycle = Lifecycle::Potential;
        c.valueTier = ValueTier::Unrated;
        q.bindValue(QStringLiteral(":lifecycle"), int(c.lifecycle));
        q.bindValue(QStringLiteral(":value_tier"), int(c.valueTier));
        bindContent(q, c);
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":actor"), actor.login);
        if (!q.exec() || !q.next())
            return Database::storageError(q.lastError());
        c.id = q.value(0).toLongLong();
        q.finish();
        if (Status s = writeChildren(c, {}); !s)
            return s.error();
        if (Status s = Classification::reclassify(m_db, c.id, today()); !s)
            return s.error();
        if (Status s = AuditLog::append(m_db,
                                        actor,
                                        AuditLog::Create,
                                        CustomerAudit::Entity,
                                        c.id,
                                        CustomerAudit::snapshot(c));
            !s)
            return s.error();
        return c.id;
    });
    if (!id)
        return id.error();
    return load(id.value());
}

Error CustomerRepository::conflict(qint64 id) const
{
    const std::optional<LastWriter> last = LastWriter::of(m_db, QStringLiteral("customers"), id);
    if (!last)
        return makeError(Error::Code::NotFound, tr("This customer no longer exists."));
    return makeError(Error::Code::Conflict,
                     tr("This customer was changed by %1 at %2 after you opened it. Nothing was "
                        "saved: reload the profile to see their changes, then make yours again.")
                             .arg(last->login, last->shownTime));
}

Result<Customer> CustomerRepository::update(const Actor &actor, const Customer &input)
{
    if (Status s = Permissions::require(actor, Operation::Edit); !s)
        return s.error();
    if (input.id <= 0)
        return makeError(Error::Code::NotFound, tr("This customer has not been saved yet."));
    Customer edited = input;
    if (edited.phonesMasked) {
        // Never revealed, so never edited: the stored numbers stay.
        const Result<Customer> stored = load(input.id);
        if (!stored)
            return stored.error();
        edited.phones = stored->phones;
        edited.phonesMasked = false;
    }
    Result<Customer> validated = CustomerValidator::validate(edited, today());
    if (!validated)
        return validated.error();
    Customer c = std::move(validated).value();

    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        const Result<Customer> before = load(c.id);
        if (!before)
            return before.error();
        const QStringList oldGrams = CustomerSearchIndex::grams(before->name, before->company);
        // Derived, not edited: whatever the form held, the stored values stay.
        c.lifecycle = before->lifecycle;
        c.valueTier = before->valueTier;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                "UPDATE customers SET kind = :kind, name = :name, name_key = :name_key,"
                " gender = :gender, birthday = :birthday, company = :company, title = :title,"
                " email = :email, mailing_address = :mailing_address,"
                " shipping_address = :shipping_address, source = :source, owner = :owner,"
                " notes = :notes, marketing_consent = :marketing_consent,"
                " consent_date = :consent_date, last_verified_at = :last_verified_at,"
                " primary_phone = :primary_phone, search_text = :search_text,"
                " updated_at = :now, updated_by = :actor, version = version + 1"
                " WHERE id = :id AND version = :version"));
        bindContent(q, c);
        q.bindValue(QStringLiteral(":now"), StoredTime::fromDateTime(StoredTime::now()));
        q.bindValue(QStringLiteral(":actor"), actor.login);
        q.bindValue(QStringLiteral(":id"), c.id);
        q.bindValue(QStringLiteral(":version"), c.version);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (q.numRowsAffected() != 1)
            return conflict(c.id);
        if (Status s = writeChildren(c, oldGrams); !s)
            return s;
        return AuditLog::append(m_db,
                                actor,
                                AuditLog::Update,
                                CustomerAudit::Entity,
                                c.id,
                                CustomerAudit::changes(before.value(), c));
    });
    if (!status)
        return status.error();
    return load(c.id);
}

Result<Customer> CustomerRepository::setArchived(const Actor &actor,
                                                 qint64 id,
                                                 int expectedVersion,
                                                 bool archived)
{
    if (Status s = Permissions::require(actor, Operation::Archive); !s)
        return s.error();
    const Status status = WriteTransaction::run(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE customers SET archived_at = :archived,"
                                 " updated_at = :now, updated_by = :actor, version = version + 1"
                                 " WHERE id = :id AND version = :version"));
        const QVariant now = StoredTime::fromDateTime(StoredTime::now());
        q.bindValue(QStringLiteral(":archived"),
                    archived ? now : QVariant(QMetaType::fromType<QString>()));
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":actor"), actor.login);
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":version"), expectedVersion);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (q.numRowsAffected() != 1)
            return conflict(id);
        return AuditLog::append(m_db,
                                actor,
                                archived ? AuditLog::Archive : AuditLog::Restore,
                                CustomerAudit::Entity,
                                id,
                                {});
    });
    if (!status)
        return status.error();
    return get(actor, id);
}

Result<Customer> CustomerRepository::archive(const Actor &actor, qint64 id, int expectedVersion)
{
    return setArchived(actor, id, expectedVersion, true);
}

Result<Customer> CustomerRepository::restore(const Actor &actor, qint64 id, int expectedVersion)
{
    return setArchived(actor, id, expectedVersion, false);
}

Result<QList<DuplicateMatch>> CustomerRepository::findDuplicates(const Actor &actor,
                                                                 const Customer &customer) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    QList<DuplicateMatch> matches;
    auto collect = [&](QSqlQuery &q, const QString &matchedOn) -> Status {
        if (!q.exec())
            return Database::storageError(q.lastError());
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const bool known = std::any_of(matches.cbegin(),
                                           matches.cend(),
                                           [&](const DuplicateMatch &m) {
                                               return m.customerId == id
                                                      && m.matchedOn == matchedOn;
                                           });
            if (!known)
                matches.append({id, q.value(1).toString(), q.value(2).toString(), matchedOn});
        }
        return Done {};
    };

    QSqlQuery q(m_db.connection());
    for (const Phone &phone : customer.phones) {
        const Result<QString> normalized = PhoneNumber::normalize(phone.number);
        if (!normalized)
            continue;
        q.prepare(QStringLiteral("SELECT c.id, c.code, c.name FROM customer_phones p"
                                 " JOIN customers c ON c.id = p.customer_id"
                                 " WHERE p.number = ? AND c.id <> ? ORDER BY c.id LIMIT 20"));
        q.addBindValue(normalized.value());
        q.addBindValue(customer.id);
        if (Status s = collect(q, tr("phone %1").arg(PhoneNumber::format(normalized.value()))); !s)
            return s.error();
    }
    const QString email = customer.email.trimmed();
    if (!email.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, code, name FROM customers"
                                 " WHERE lower(email) = %1 AND email <> '' AND id <> ?"
                                 " ORDER BY id LIMIT 20")
                          .arg(m_db.dialect().lowerParam()));
        q.addBindValue(email);
        q.addBindValue(customer.id);
        if (Status s = collect(q, tr("email %1").arg(email)); !s)
            return s.error();
    }
    return matches;
}

Result<QStringList> CustomerRepository::distinct(const QString &sql) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        return Database::storageError(q.lastError());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<QStringList> CustomerRepository::owners(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    // Walks the owner index skipping from one value to the next: cheap at a million customers.
    return distinct(QStringLiteral("SELECT DISTINCT owner FROM customers"
                                   " WHERE archived_at IS NULL AND owner <> '' ORDER BY owner"));
}

Result<QStringList> CustomerRepository::tags(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    return distinct(QStringLiteral("SELECT DISTINCT tag FROM customer_tags ORDER BY tag"));
}
