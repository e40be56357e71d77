#pragma once

#include "Actor.h"
#include "ImportMapping.h"
#include "ImportReport.h"
#include "ImportValues.h"
#include "customers/Customer.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

class BulkLoader;
class BulkLoadScope;
class CsvRecord;
class Database;

// One data row of the file as the mapping sees it: the text of each mapped field, and the
// errors found in it, by column.
class ImportRow
{
public:
    ImportRow(const ImportMapping &mapping, const QStringList &header);
    void reset(const CsvRecord &record, qint64 row, qint64 line);
    bool mapped(const QString &key) const { return m_index.contains(key); }
    // Trimmed; empty when the field is empty, unmapped or one of the missing-value tokens.
    QString text(const QString &key) const;
    void error(const QString &key, const QString &message);
    // The date parser of the field's column (decides its date style once).
    ImportValues::DateColumn &dates(const QString &key);

    const ImportMapping &mapping;
    QList<ImportRowError> errors;
    qint64 row = 0;
    qint64 line = 0;

private:
    QHash<QString, int> m_index; // field key -> column
    QHash<QString, QString> m_header; // field key -> header text
    QHash<QString, ImportValues::DateColumn> m_dates;
    const CsvRecord *m_record = nullptr;
};

// Customers as an import makes, finds and changes them. The derived columns (code, name key,
// search text, two-character pieces, primary phone, phone rows) come from CustomerSearchIndex
// and CustomerValidator exactly as CustomerRepository writes them; rows go through BulkLoader.
class ImportCustomers
{
    Q_DECLARE_TR_FUNCTIONS(ImportCustomers)

public:
    struct Context
    {
        Database &db;
        const Actor &actor;
        QDateTime now;
        qint64 importId = 0;
        bool bulk = false; // indexes dropped for the load and built afterwards
        bool immediate = false; // new rows must be readable at once (history imports)
        qint64 expectedRows = 0; // rows the file holds by its size (bulk loads reserve for them)
    };
    explicit ImportCustomers(Context context);
    ~ImportCustomers();

    // Reads the keys of the archive's customers (phones, emails, external ids, codes) into
    // memory and prepares the loader.
    Status begin();
    // A customer read from a row, validated, with its id in the source system.
    struct Row
    {
        Customer customer;
        QString externalId;
        QSet<QString> fields; // the mapped fields the row has a value for
    };
    // The row's customer (errors go to the row). prefix "customer_": from the customer keys of
    // a history row (name, phone, email, external id).
    std::optional<Row> read(ImportRow &row, const QString &prefix = {});

    enum class Outcome { Created, Updated, Skipped };
    // A customers import's row: created, updated or skipped by the duplicate rule.
    Result<Outcome> apply(const Row &r, ImportMapping::OnDuplicate rule, bool write);
    // History imports: the customer the row's first non-empty customer key finds (0: none).
    qint64 find(ImportRow &row);
    Result<qint64> create(const Row &r, bool write);
    // Writes what is collected and rebuilds what begin() dropped.
    Status finish(bool write);

    // Before-images of updated customers (JSON) for ImportLog::undo.
    static QByteArray beforeImage(const Customer &c, const QString &externalId);
    static Result<Customer> load(Database &db, qint64 id, QString *externalId = nullptr);
    // Writes the customer's columns and child rows (phones, tags, pieces) as the repository
    // does; oldGrams are the pieces the stored values gave.
    static Status write(Database &db,
                        const Customer &c,
                        const QString &externalId,
                        const QStringList &oldGrams,
                        const QString &login,
                        const QDateTime &now);

private:
    qint64 match(const Row &r) const;
    void remember(const Row &r, qint64 id);
    Status update(qint64 id, const Row &r);

    Context m_context;
    QDate m_today; // local date of the import (converted once: localtime() stats the zone file)
    QVariant m_storedNow; // the import's time as stored, formatted once
    QHash<QString, qint64> m_phones;
    QHash<QString, qint64> m_emails;
    QHash<QString, qint64> m_external;
    QHash<QString, qint64> m_codes;
    QSet<qint64> m_touched; // created or updated by this import
    std::unique_ptr<BulkLoader> m_loader;
    std::unique_ptr<BulkLoadScope> m_scope;
    int m_customers = -1, m_phonesTable = -1, m_tags = -1, m_grams = -1;
    std::vector<quint64> m_gramKeys;
    qint64 m_nextId = 1;
    qint64 m_nextCode = 1;
    qint64 m_created = 0;
};
