#include "ImportCustomers.h"

#include "csv/CsvReader.h"
#include "customers/CustomerLabels.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerSearchIndex.h"
#include "customers/CustomerValidator.h"
#include "customers/PhoneNumber.h"
#include "storage/BulkLoadScope.h"
#include "storage/BulkLoader.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

// A field split at the separators: without one of their characters (the usual case) the
// field is the one piece, and the expression is not run.
QStringList splitAt(const QString &v, const QRegularExpression &separators, QStringView chars)
{
    for (const QChar ch : v)
        if (chars.contains(ch))
            return v.split(separators, Qt::SkipEmptyParts);
    return v.isEmpty() ? QStringList() : QStringList {v};
}

QString text(const QString &v)
{
    return v.isNull() ? QStringLiteral("") : v;
}

const QStringList &customerColumns()
{
    static const QStringList columns {key("id"),
                                      key("code"),
                                      key("kind"),
                                      key("name"),
                                      key("name_key"),
                                      key("gender"),
                                      key("birthday"),
                                      key("company"),
                                      key("title"),
                                      key("email"),
                                      key("mailing_address"),
                                      key("shipping_address"),
                                      key("source"),
                                      key("lifecycle"),
                                      key("value_tier"),
                                      key("owner"),
                                      key("notes"),
                                      key("marketing_consent"),
                                      key("consent_date"),
                                      key("last_verified_at"),
                                      key("primary_phone"),
                                      key("search_text"),
                                      key("created_at"),
                                      key("created_by"),
                                      key("updated_at"),
                                      key("updated_by"),
                                      key("version"),
                                      key("external_id"),
                                      key("import_id")};
    return columns;
}

QList<ImportValues::Choice> kindChoices()
{
    return {{int(CustomerKind::Person),
             {key("person"),
              CustomerLabels::kind(CustomerKind::Person),
              QStringLiteral("个人"),
              QStringLiteral("consumer")}},
            {int(CustomerKind::Organization),
             {key("organization"),
              CustomerLabels::kind(CustomerKind::Organization),
              QStringLiteral("企业"),
              QStringLiteral("公司"),
              QStringLiteral("单位"),
              key("company"),
              key("corporate")}}};
}

QList<ImportValues::Choice> genderChoices()
{
    return {{int(Gender::Male),
             {key("male"), CustomerLabels::gender(Gender::Male), QStringLiteral("男"), key("m")}},
            {int(Gender::Female),
             {key("female"), CustomerLabels::gender(Gender::Female), QStringLiteral("女"), key("f")}},
            {int(Gender::Unspecified),
             {key("unspecified"),
              CustomerLabels::gender(Gender::Unspecified),
              QStringLiteral("未知"),
              QStringLiteral("保密")}}};
}

// CustomerValidator's field keys -> the import's.
QString fieldOf(const QString &validatorKey, const QString &prefix)
{
    if (validatorKey == CustomerValidator::phoneKey(0))
        return prefix + key("phone");
    if (validatorKey == CustomerValidator::phoneKey(1))
        return key("phone2");
    if (validatorKey == CustomerValidator::ConsentDate)
        return key("marketing_consent");
    return prefix + validatorKey;
}

} // namespace

// --- ImportRow ---

ImportRow::ImportRow(const ImportMapping &m, const QStringList &header)
    : mapping(m)
{
    for (auto it = m.columns.cbegin(); it != m.columns.cend(); ++it) {
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed() == it.value().trimmed()) {
                m_index.insert(it.key(), i);
                m_header.insert(it.key(), header.at(i));
                break;
            }
        }
    }
}

void ImportRow::reset(const CsvRecord &record, qint64 r, qint64 l)
{
    m_record = &record;
    row = r;
    line = l;
    errors.clear();
}

QString ImportRow::text(const QString &k) const
{
    const auto it = m_index.constFind(k);
    if (it == m_index.cend() || !m_record)
        return {};
    const QString value = m_record->at(it.value()).trimmed().toString();
    for (const QString &missing : mapping.missingValues)
        if (value.compare(missing, Qt::CaseInsensitive) == 0)
            return {};
    return value;
}

void ImportRow::error(const QString &k, const QString &message)
{
    ImportRowError e;
    e.row = row;
    e.line = line;
    e.column = m_header.value(k);
    const auto it = m_index.constFind(k);
    if (it != m_index.cend() && m_record)
        e.value = m_record->value(it.value());
    e.message = message;
    errors.append(e);
}

ImportValues::DateColumn &ImportRow::dates(const QString &k)
{
    auto it = m_dates.find(k);
    if (it == m_dates.end())
        it = m_dates.insert(k, ImportValues::DateColumn(mapping.dateFormat));
    return it.value();
}

// --- ImportCustomers ---

ImportCustomers::ImportCustomers(Context context)
    : m_context(std::move(context))
    , m_today(m_context.now.toLocalTime().date())
    , m_storedNow(StoredTime::fromDateTime(m_context.now))
{ }

ImportCustomers::~ImportCustomers() = default;

Status ImportCustomers::begin()
{
    Database &db = m_context.db;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const auto fill = [&](const QString &sql, QHash<QString, qint64> &into) -> Status {
        if (!q.exec(sql))
            return Database::storageError(q.lastError());
        while (q.next())
            into.insert(q.value(0).toString(), q.value(1).toLongLong());
        q.finish();
        return Done {};
    };
    if (Status st = fill(QStringLiteral("SELECT number, customer_id FROM customer_phones"),
                         m_phones);
        !st)
        return st;
    if (Status st = fill(QStringLiteral("SELECT lower(email), id FROM customers WHERE email <> ''"),
                         m_emails);
        !st)
        return st;
    if (Status st = fill(QStringLiteral("SELECT external_id, id FROM customers"
                                        " WHERE external_id <> ''"),
                         m_external);
        !st)
        return st;
    if (m_context.immediate)
        if (Status st = fill(QStringLiteral("SELECT code, id FROM customers"), m_codes); !st)
            return st;

    if (!q.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'customer_code'"))
        || !q.next())
        return Database::storageError(q.lastError());
    m_nextCode = q.value(0).toLongLong() + 1;
    q.finish();
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM customers")) || !q.next())
        return Database::storageError(q.lastError());
    qint64 highest = q.value(0).toLongLong();
    q.finish();
    // Ids of deleted customers (an undone import, an erasure) are never handed out again.
    const QString ever = db.isServer() ? QStringLiteral(
                                 "SELECT pg_sequence_last_value("
                                 "pg_get_serial_sequence('customers', 'id')::regclass)")
                                       : db.dialect().highestIdEver(QStringLiteral("customers"));
    if (!q.exec(ever))
        return Database::storageError(q.lastError());
    if (q.next())
        highest = qMax(highest, q.value(0).toLongLong());
    q.finish();
    m_nextId = highest + 1;

    if (m_context.bulk) {
        m_scope = std::make_unique<BulkLoadScope>(db,
                                                  QStringList {key("customers"),
                                                               key("customer_phones"),
                                                               key("customer_tags"),
                                                               key("customer_grams")});
        if (Status st = m_scope->begin(); !st)
            return st;
    }
    if (m_context.expectedRows > 0) {
        // Sized once for the file (estimated from its size), not grown row by row.
        const qsizetype rows = qsizetype(qMin<qint64>(m_context.expectedRows, 50'000'000));
        m_phones.reserve(m_phones.size() + rows);
        m_emails.reserve(m_emails.size() + rows);
        m_external.reserve(m_external.size() + rows);
        m_touched.reserve(rows);
        m_gramKeys.reserve(std::size_t(rows) * 8);
    }
    m_loader = std::make_unique<BulkLoader>(db);
    m_customers = m_loader->addTable(key("customers"), customerColumns());
    m_phonesTable = m_loader->addTable(key("customer_phones"),
                                       {key("customer_id"),
                                        key("position"),
                                        key("kind"),
                                        key("number"),
                                        key("is_primary")});
    m_tags = m_loader->addTable(key("customer_tags"), {key("customer_id"), key("tag")});
    m_grams = m_loader->addTable(key("customer_grams"), {key("gram"), key("customer_id")});
    return m_loader->status();
}

std::optional<ImportCustomers::Row> ImportCustomers::read(ImportRow &row, const QString &prefix)
{
    Row r;
    Customer &c = r.customer;
    const auto value = [&](const char *field) {
        const QString k = prefix + key(field);
        const QString v = row.text(k);
        if (!v.isEmpty())
            r.fields.insert(key(field));
        return v;
    };
    const int errorsBefore = int(row.errors.size());
    QString problem;
    c.name = value("name");
    for (const char *field : {"phone", "phone2"}) {
        const QString v = value(field);
        if (v.isEmpty())
            continue;
        if (ImportValues::excelDamaged(v, &problem)) {
            row.error(prefix + key(field), problem);
            continue;
        }
        // Several numbers in one field: "138..., 139..." or "138.../139...".
        static const QRegularExpression separators(QStringLiteral("\\s*[,;/、，]\\s*"));
        for (const QString &number : splitAt(v, separators, u",;/、，")) {
            const Result<QString> normalized = PhoneNumber::normalize(number);
            if (!normalized) {
                row.error(prefix + key(field), normalized.error().message);
                continue;
            }
            c.phones.append(Phone {PhoneKind::Mobile, normalized.value(), c.phones.isEmpty()});
        }
    }
    c.email = value("email");
    r.externalId = value("external_id");
    if (!r.externalId.isEmpty() && ImportValues::excelDamaged(r.externalId, &problem))
        row.error(prefix + key("external_id"), problem);
    if (prefix.isEmpty()) {
        if (const QString v = value("kind"); !v.isEmpty()) {
            if (const auto k = ImportValues::choice(v, kindChoices(), &problem))
                c.kind = CustomerKind(*k);
            else
                row.error(key("kind"), problem);
        }
        if (const QString v = value("gender"); !v.isEmpty()) {
            if (const auto g = ImportValues::choice(v, genderChoices(), &problem))
                c.gender = Gender(*g);
            else
                row.error(key("gender"), problem);
        }
        if (const QString v = value("birthday"); !v.isEmpty()) {
            if (const auto d = row.dates(key("birthday")).parseDate(v, &problem))
                c.birthday = *d;
            else
                row.error(key("birthday"), problem);
        }
        c.company = value("company");
        c.title = value("title");
        c.mailingAddress = value("mailing_address");
        c.shippingAddress = value("shipping_address");
        c.source = value("source");
        c.owner = value("owner");
        c.notes = value("notes");
        if (const QString v = value("tags"); !v.isEmpty()) {
            static const QRegularExpression separators(QStringLiteral("\\s*[,;、，；]\\s*"));
            c.tags = splitAt(v, separators, u",;、，；");
        }
        if (const QString v = value("marketing_consent"); !v.isEmpty()) {
            if (const auto yes = ImportValues::yesNo(v, &problem)) {
                c.marketingConsent = *yes;
                if (*yes)
                    c.consentDate = m_today;
            } else {
                row.error(key("marketing_consent"), problem);
            }
        }
    }
    if (row.errors.size() > errorsBefore)
        return std::nullopt;
    Result<Customer> validated = CustomerValidator::validate(c, m_today);
    if (!validated) {
        const Error &e = validated.error();
        if (e.fieldErrors.isEmpty())
            row.error(prefix + key("name"), e.message);
        for (auto it = e.fieldErrors.cbegin(); it != e.fieldErrors.cend(); ++it)
            row.error(fieldOf(it.key(), prefix), it.value());
        return std::nullopt;
    }
    r.customer = std::move(validated).value();
    return r;
}

qint64 ImportCustomers::match(const Row &r) const
{
    for (const Phone &p : r.customer.phones)
        if (const qint64 id = m_phones.value(p.number))
            return id;
    if (!r.customer.email.isEmpty())
        if (const qint64 id = m_emails.value(r.customer.email.toLower()))
            return id;
    if (!r.externalId.isEmpty())
        if (const qint64 id = m_external.value(r.externalId))
            return id;
    return 0;
}

void ImportCustomers::remember(const Row &r, qint64 id)
{
    for (const Phone &p : r.customer.phones)
        m_phones.insert(p.number, id);
    if (!r.customer.email.isEmpty())
        m_emails.insert(r.customer.email.toLower(), id);
    if (!r.externalId.isEmpty())
        m_external.insert(r.externalId, id);
    if (!r.customer.code.isEmpty() && m_context.immediate)
        m_codes.insert(r.customer.code, id);
}

Result<ImportCustomers::Outcome> ImportCustomers::apply(const Row &r,
                                                        ImportMapping::OnDuplicate rule,
                                                        bool write)
{
    const qint64 existing = match(r);
    if (existing == 0 || rule == ImportMapping::OnDuplicate::Create) {
        const Result<qint64> id = create(r, write);
        if (!id)
            return id.error();
        return Outcome::Created;
    }
    // Within one file the first row of a customer wins: later rows that match it (or a customer
    // this import updated already) are left alone.
    if (rule == ImportMapping::OnDuplicate::Skip || m_touched.contains(existing))
        return Outcome::Skipped;
    if (write)
        if (Status st = update(existing, r); !st)
            return st.error();
    m_touched.insert(existing);
    remember(r, existing);
    return Outcome::Updated;
}

qint64 ImportCustomers::find(ImportRow &row)
{
    QString problem;
    if (const QString code = row.text(key("customer_code")); !code.isEmpty())
        return m_codes.value(code);
    if (const QString phone = row.text(key("customer_phone")); !phone.isEmpty()) {
        if (ImportValues::excelDamaged(phone, &problem)) {
            row.error(key("customer_phone"), problem);
            return -1;
        }
        const Result<QString> normalized = PhoneNumber::normalize(phone);
        if (!normalized) {
            row.error(key("customer_phone"), normalized.error().message);
            return -1;
        }
        return m_phones.value(normalized.value());
    }
    if (const QString email = row.text(key("customer_email")); !email.isEmpty())
        return m_emails.value(email.toLower());
    if (const QString id = row.text(key("customer_external_id")); !id.isEmpty()) {
        if (ImportValues::excelDamaged(id, &problem)) {
            row.error(key("customer_external_id"), problem);
            return -1;
        }
        return m_external.value(id);
    }
    row.error({}, tr("The row names no customer: its customer columns are all empty."));
    return -1;
}

Result<qint64> ImportCustomers::create(const Row &r, bool write)
{
    Customer c = r.customer;
    c.id = m_nextId++;
    c.code = QStringLiteral("C%1").arg(m_nextCode++, 6, 10, QLatin1Char('0'));
    // A new customer has no history yet: potential and unrated until classified.
    c.lifecycle = Lifecycle::Potential;
    c.valueTier = ValueTier::Unrated;
    remember(Row {c, r.externalId, {}}, c.id);
    m_touched.insert(c.id);
    ++m_created;
    if (!write)
        return c.id;
    const Phone *primary = c.primaryPhone();
    const QVariant &now = m_storedNow;
    Status st = m_loader->add(m_customers,
                              {c.id,
                               c.code,
                               int(c.kind),
                               text(c.name),
                               CustomerSearchIndex::nameKey(c.name),
                               int(c.gender),
                               StoredTime::fromDate(c.birthday),
                               text(c.company),
                               text(c.title),
                               text(c.email),
                               text(c.mailingAddress),
                               text(c.shippingAddress),
                               text(c.source),
                               int(c.lifecycle),
                               int(c.valueTier),
                               text(c.owner),
                               text(c.notes),
                               c.marketingConsent ? 1 : 0,
                               StoredTime::fromDate(c.consentDate),
                               StoredTime::fromDateTime(c.lastVerifiedAt),
                               text(primary ? primary->number : QString()),
                               text(CustomerSearchIndex::searchText(c)),
                               now,
                               m_context.actor.login,
                               now,
                               m_context.actor.login,
                               1,
                               text(r.externalId),
                               m_context.importId});
    for (int p = 0; st && p < c.phones.size(); ++p)
        st = m_loader->add(m_phonesTable,
                           {c.id,
                            p,
                            int(c.phones.at(p).kind),
                            c.phones.at(p).number,
                            c.phones.at(p).primary ? 1 : 0});
    for (int t = 0; st && t < c.tags.size(); ++t)
        st = m_loader->add(m_tags, {c.id, c.tags.at(t)});
    for (const QString &gram : CustomerSearchIndex::grams(c)) {
        if (CustomerSearchIndex::packable(gram, c.id))
            m_gramKeys.push_back(CustomerSearchIndex::packGram(gram, c.id));
        else if (st)
            st = m_loader->add(m_grams, {gram, c.id}); // characters beyond the BMP
    }
    if (st && m_context.immediate)
        st = m_loader->finish(); // the history row that follows refers to it
    if (!st)
        return st.error();
    return c.id;
}

Status ImportCustomers::update(qint64 id, const Row &r)
{
    Database &db = m_context.db;
    QString externalId;
    const Result<Customer> stored = load(db, id, &externalId);
    if (!stored)
        return stored.error();
    Customer c = stored.value();
    const Customer &in = r.customer;
    // The row's values replace the stored ones; what the row leaves empty stays.
    const auto take = [&](const char *field, auto &target, const auto &value) {
        if (r.fields.contains(key(field)))
            target = value;
    };
    take("name", c.name, in.name);
    take("kind", c.kind, in.kind);
    take("gender", c.gender, in.gender);
    take("birthday", c.birthday, in.birthday);
    take("company", c.company, in.company);
    take("title", c.title, in.title);
    take("email", c.email, in.email);
    take("mailing_address", c.mailingAddress, in.mailingAddress);
    take("shipping_address", c.shippingAddress, in.shippingAddress);
    take("source", c.source, in.source);
    take("owner", c.owner, in.owner);
    take("notes", c.notes, in.notes);
    take("marketing_consent", c.marketingConsent, in.marketingConsent);
    take("marketing_consent", c.consentDate, in.consentDate);
    for (const QString &tag : in.tags)
        if (!c.tags.contains(tag))
            c.tags.append(tag);
    for (const Phone &p : in.phones) {
        bool known = false;
        for (const Phone &mine : std::as_const(c.phones))
            known = known || mine.number == p.number;
        if (!known)
            c.phones.append(Phone {p.kind, p.number, c.phones.isEmpty()});
    }
    const QString newExternal = r.fields.contains(key("external_id")) ? r.externalId : externalId;
    Result<Customer> validated = CustomerValidator::validate(c, m_today);
    if (!validated)
        return validated.error();
    Customer after = std::move(validated).value();
    after.version = stored->version + 1;

    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO import_changes(import_id, table_name, row_id,"
                             " version_after, before) VALUES(?, 'customers', ?, ?, ?)"));
    q.addBindValue(m_context.importId);
    q.addBindValue(id);
    q.addBindValue(after.version);
    q.addBindValue(QString::fromUtf8(beforeImage(stored.value(), externalId)));
    if (!q.exec())
        return Database::storageError(q.lastError());
    return write(db,
                 after,
                 newExternal,
                 CustomerSearchIndex::grams(stored->name, stored->company),
                 m_context.actor.login,
                 m_context.now);
}

Status ImportCustomers::finish(bool write)
{
    if (!write || !m_loader)
        return Done {};
    std::sort(m_gramKeys.begin(), m_gramKeys.end());
    for (quint64 k : m_gramKeys)
        if (Status st = m_loader->add(m_grams,
                                      {CustomerSearchIndex::unpackedGram(k),
                                       CustomerSearchIndex::unpackedId(k)});
            !st)
            return st;
    m_gramKeys.clear();
    if (Status st = m_loader->finish(); !st)
        return st;
    if (m_scope)
        if (Status st = m_scope->end({key("customer_fts")}); !st)
            return st;
    Database &db = m_context.db;
    QSqlQuery q(db.connection());
    if (m_created > 0) {
        if (const QString record = db.dialect().recordExplicitId(key("customers"));
            !record.isEmpty()) {
            q.prepare(record);
            q.addBindValue(m_nextId - 1);
            if (!q.exec())
                return Database::storageError(q.lastError());
            q.finish();
        }
        q.prepare(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'customer_code'"));
        q.addBindValue(m_nextCode - 1);
        if (!q.exec())
            return Database::storageError(q.lastError());
    }
    return Done {};
}

QByteArray ImportCustomers::beforeImage(const Customer &c, const QString &externalId)
{
    QJsonArray phones;
    for (const Phone &p : c.phones)
        phones.append(QJsonObject {{key("kind"), int(p.kind)},
                                   {key("number"), p.number},
                                   {key("primary"), p.primary}});
    QJsonObject o {{key("kind"), int(c.kind)},
                   {key("name"), c.name},
                   {key("gender"), int(c.gender)},
                   {key("birthday"), c.birthday.toString(Qt::ISODate)},
                   {key("company"), c.company},
                   {key("title"), c.title},
                   {key("email"), c.email},
                   {key("mailing_address"), c.mailingAddress},
                   {key("shipping_address"), c.shippingAddress},
                   {key("source"), c.source},
                   {key("owner"), c.owner},
                   {key("notes"), c.notes},
                   {key("marketing_consent"), c.marketingConsent},
                   {key("consent_date"), c.consentDate.toString(Qt::ISODate)},
                   {key("last_verified_at"), c.lastVerifiedAt.toString(Qt::ISODateWithMs)},
                   {key("external_id"), externalId},
                   {key("phones"), phones},
                   {key("tags"), QJsonArray::fromStringList(c.tags)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Customer> ImportCustomers::load(Database &db, qint64 id, QString *externalId)
{
    CustomerRepository repository(db);
    Result<Customer> c = repository.load(id);
    if (!c || !externalId)
        return c;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT external_id FROM customers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError());
    *externalId = q.value(0).toString();
    return c;
}

Status ImportCustomers::write(Database &db,
                              const Customer &c,
                              const QString &externalId,
                              const QStringList &oldGrams,
                              const QString &login,
                              const QDateTime &now)
{
    const Phone *primary = c.primaryPhone();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
            "UPDATE customers SET kind = ?, name = ?, name_key = ?, gender = ?, birthday = ?,"
            " company = ?, title = ?, email = ?, mailing_address = ?, shipping_address = ?,"
            " source = ?, owner = ?, notes = ?, marketing_consent = ?, consent_date = ?,"
            " last_verified_at = ?, primary_phone = ?, search_text = ?, external_id = ?,"
            " updated_at = ?, updated_by = ?, version = ? WHERE id = ?"));
    for (const QVariant &v : QVariantList {int(c.kind),
                                           text(c.name),
                                           CustomerSearchIndex::nameKey(c.name),
                                           int(c.gender),
                                           StoredTime::fromDate(c.birthday),
                                           text(c.company),
                                           text(c.title),
                                           text(c.email),
                                           text(c.mailingAddress),
                                           text(c.shippingAddress),
                                           text(c.source),
                                           text(c.owner),
                                           text(c.notes),
                                           c.marketingConsent ? 1 : 0,
                                           StoredTime::fromDate(c.consentDate),
                                           StoredTime::fromDateTime(c.lastVerifiedAt),
                                           text(primary ? primary->number : QString()),
                                           text(CustomerSearchIndex::searchText(c)),
                                           text(externalId),
                                           StoredTime::fromDateTime(now),
                                           login,
                                           c.version,
                                           c.id})
        q.addBindValue(v);
    if (!q.exec())
        return Database::storageError(q.lastError());
    CustomerRepository repository(db);
    return repository.writeChildren(c, oldGrams);
}
