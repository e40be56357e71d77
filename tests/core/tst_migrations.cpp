#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/CustomerFixtures.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerFilter.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerSearchIndex.h"
#include "customers/CustomerValidator.h"
#include "storage/IdListReader.h"
#include "storage/Migrations.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>

using namespace Qt::StringLiterals;
using namespace SecurityFixtures;
using Fixtures::alice;
using Fixtures::person;

namespace {

const QDate today(2025, 6, 15);

// Writes a customer the way version 1 of the application did (the same rows as
// CustomerRepository::create, without the audit entry that version 1 has no table for): today's
// repository cannot write to a version-1 archive, since every change it makes is audited.
Result<qint64> insertAsVersionOne(Database &db, const Customer &input)
{
    Result<Customer> validated = CustomerValidator::validate(input, today);
    if (!validated)
        return validated.error();
    Customer c = std::move(validated).value();
    return WriteTransaction::run<qint64>(db, [&]() -> Result<qint64> {
        QSqlQuery q(db.connection());
        if (!q.exec(u"UPDATE counters SET value = value + 1 WHERE name = 'customer_code'"
                    " RETURNING value"_s)
            || !q.next())
            return Database::storageError(q.lastError());
        c.code = u"C%1"_s.arg(q.value(0).toLongLong(), 6, 10, QLatin1Char('0'));
        q.finish();
        const Phone *primary = c.primaryPhone();
        const QVariant now = StoredTime::fromDateTime(QDateTime(today, QTime(9, 0), Qt::UTC));
        q.prepare(u"INSERT INTO customers(code, kind, name, name_key, company, email, lifecycle,"
                  " value_tier, marketing_consent, primary_phone, search_text, created_at,"
                  " created_by, updated_at, updated_by, version)"
                  " VALUES(?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 'alice', ?, 'alice', 1)"
                  " RETURNING id"_s);
        for (const QVariant &v : QVariantList {c.code,
                                               int(c.kind),
                                               c.name,
                                               CustomerSearchIndex::nameKey(c.name),
                                               c.company,
                                               c.email,
                                               int(c.lifecycle),
                                               int(c.valueTier),
                                               primary ? primary->number : u""_s,
                                               CustomerSearchIndex::searchText(c),
                                               now,
                                               now})
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return Database::storageError(q.lastError());
        c.id = q.value(0).toLongLong();
        q.finish();
        for (int i = 0; i < c.phones.size(); ++i) {
            q.prepare(u"INSERT INTO customer_phones(customer_id, position, kind, number,"
                      " is_primary) VALUES(?, ?, ?, ?, ?)"_s);
            for (const QVariant &v : QVariantList {c.id,
                                                   i,
                                                   int(c.phones[i].kind),
                                                   c.phones[i].number,
                                                   c.phones[i].primary ? 1 : 0})
                q.addBindValue(v);
            if (!q.exec())
                return Database::storageError(q.lastError());
        }
        for (const QString &tag : c.tags) {
            q.prepare(u"INSERT INTO customer_tags(customer_id, tag) VALUES(?, ?)"_s);
            q.addBindValue(c.id);
            q.addBindValue(tag);
            if (!q.exec())
                return Database::storageError(q.lastError());
        }
        for (const QString &gram : CustomerSearchIndex::grams(c)) {
            q.prepare(u"INSERT INTO customer_grams(gram, customer_id) VALUES(?, ?)"_s);
            q.addBindValue(gram);
            q.addBindValue(c.id);
            if (!q.exec())
                return Database::storageError(q.lastError());
        }
        return c.id;
    });
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    QList<qint64> m_ids; // the customers written at version 1, in order

    // A version-1 archive with four customers (the last one archived), closed again.
    void makeVersionOneArchive()
    {
        auto opened = Database::openAtVersion(m_archive->path, 1);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        Database &db = *opened.value();
        QCOMPARE(db.schemaVersion(), 1);
        Customer wang = person(u"王芳"_s, {u"13812345678"_s, u"010-62345678"_s});
        wang.company = u"深圳华信科技有限公司"_s;
        wang.tags = {u"VIP"_s, u"会员"_s};
        Customer li = person(u"李娜"_s, {u"13912340000"_s});
        li.email = u"lina@example.com"_s;
        li.tags = {u"VIP"_s};
        const Customer emily = person(u"Emily Johnson"_s, {u"+1 415 555 2671"_s});
        const Customer zhao = person(u"赵敏"_s, {u"13600003333"_s});
        for (const Customer &c : {wang, li, emily, zhao}) {
            const Result<qint64> id = insertAsVersionOne(db, c);
            QVERIFY2(id, id ? "" : qPrintable(id.error().message));
            m_ids.append(id.value());
        }
        QVERIFY(db.exec(u"UPDATE customers SET archived_at = '2025-06-01T00:00:00.000Z',"
                        " version = 2 WHERE id = %1"_s.arg(m_ids.last())));
    }

    QList<qint64> find(Database &db, const CustomerFilter &filter)
    {
        const CustomerFilter::Sql sql = filter.idQuery(db.dialect());
        const Result<QList<qint64>> ids = IdListReader::read(db, sql.text, sql.binds);
        if (!ids) {
            qWarning("%s", qPrintable(ids.error().message));
            return {-1};
        }
        return ids.value();
    }

    static CustomerFilter search(const QString &text)
    {
        CustomerFilter f;
        f.text = text;
        f.sortColumn = CustomerColumn::Code;
        return f;
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_ids.clear();
    }

    void cleanup()
    {
        delete m_archive;
        m_archive = nullptr;
    }

    void versionOneHasNoSecurityTables()
    {
        QVERIFY(Migrations::latestVersion() >= 2);
        makeVersionOneArchive();
        if (QTest::currentTestFailed())
            return;
        auto db = Database::openAtVersion(m_archive->path, 1);
        QVERIFY(db);
        QCOMPARE(db.value()->schemaVersion(), 1);
        QVERIFY(tableExists(*db.value(), u"customers"_s));
        QVERIFY(!tableExists(*db.value(), u"users"_s));
        QVERIFY(!tableExists(*db.value(), u"audit_log"_s));
        QCOMPARE(rowCount(*db.value(), u"customers"_s), 4);
    }

    void upgradeKeepsCustomers()
    {
        makeVersionOneArchive();
        if (QTest::currentTestFailed())
            return;
        std::unique_ptr<Database> db = m_archive->open();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());

        CustomerRepository repo(*db);
        repo.setToday(today);
        QCOMPARE(rowCount(*db, u"customers"_s), 4);
        const Customer wang = repo.get(alice(), m_ids[0]).value();
        QCOMPARE(wang.code, u"C000001"_s);
        QCOMPARE(wang.name, u"王芳"_s);
        QCOMPARE(wang.company, u"深圳华信科技有限公司"_s);
        QCOMPARE(repo.revealPhones(alice(), m_ids[0]).value(),
                 (QList<Phone> {Phone {PhoneKind::Mobile, u"+8613812345678"_s, true},
                                Phone {PhoneKind::Landline, u"+861062345678"_s, false}}));
        QCOMPARE(sorted(wang.tags), (QStringList {u"VIP"_s, u"会员"_s}));
        const Customer li = repo.get(alice(), m_ids[1]).value();
        QCOMPARE(li.email, u"lina@example.com"_s);
        QCOMPARE(li.tags, QStringList {u"VIP"_s});
        QCOMPARE(repo.revealPhones(alice(), m_ids[2])->value(0).number, u"+14155552671"_s);
        QVERIFY(repo.get(alice(), m_ids[3])->isArchived());

        // Search and filters read the version-1 index rows.
        QCOMPARE(find(*db, search(u"王芳"_s)), QList<qint64> {m_ids[0]});
        QCOMPARE(find(*db, search(u"华信"_s)), QList<qint64> {m_ids[0]});
        QCOMPARE(find(*db, search(u"5678"_s)), QList<qint64> {m_ids[0]});
        QCOMPARE(find(*db, search(u"lina@exa"_s)), QList<qint64> {m_ids[1]});
        QCOMPARE(find(*db, search(u"emily"_s)), QList<qint64> {m_ids[2]});
        CustomerFilter vip;
        vip.tag = u"VIP"_s;
        vip.sortColumn = CustomerColumn::Code;
        QCOMPARE(find(*db, vip), (QList<qint64> {m_ids[0], m_ids[1]}));
        CustomerFilter archived = search(u"3333"_s);
        archived.archived = true;
        QCOMPARE(find(*db, archived), QList<qint64> {m_ids[3]});

        // The new tables are there, empty, and append-only.
        QVERIFY(tableExists(*db, u"users"_s));
        QVERIFY(tableExists(*db, u"audit_log"_s));
        QCOMPARE(rowCount(*db, u"users"_s), 0);
        // (only the reveals above are in the new audit log)
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM audit_log WHERE action <> 'reveal'"_s), 0);
        QCOMPARE(scalar(*db,
                        db->isServer()
                                ? u"SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal"
                                  " AND tgrelid = 'audit_log'::regclass"_s
                                : u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                  " AND tbl_name = 'audit_log'"_s)
                         .toInt(),
                 2);

        // And the upgraded archive works like a new one: changes are audited, codes go on.
        Customer edited = wang;
        edited.notes = u"升级后第一次修改"_s;
        VERIFY_OK(repo.update(alice(), edited));
        const Result<Customer> added = repo.create(alice(), person(u"张伟"_s, {u"13700002222"_s}));
        VERIFY_OK(added);
        QCOMPARE(added->code, u"C000005"_s);
        QCOMPARE(rowCount(*db, u"audit_log"_s), 2 + 2); // the edit, the new customer, 2 reveals
        QCOMPARE(AuditLog::verify(*db).value(), 0);

        // Opening again changes nothing.
        db.reset();
        db = m_archive->open();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(rowCount(*db, u"customers"_s), 5);
        QCOMPARE(rowCount(*db, u"audit_log"_s), 2 + 2);
    }

    void openAtVersionOneDoesNotUpgrade()
    {
        makeVersionOneArchive();
        if (QTest::currentTestFailed())
            return;
        for (int round = 0; round < 2; ++round) {
            auto db = Database::openAtVersion(m_archive->path, 1);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QCOMPARE(db.value()->schemaVersion(), 1);
            QVERIFY(!tableExists(*db.value(), u"users"_s));
            QCOMPARE(rowCount(*db.value(), u"customers"_s), 4);
        }
    }

    // Each migration is one transaction: one that fails half-way leaves the archive at the
    // version before, with its data, and a later attempt succeeds.
    void failedUpgradeLeavesVersionOne()
    {
        makeVersionOneArchive();
        if (QTest::currentTestFailed())
            return;
        {
            auto db = Database::openAtVersion(m_archive->path, 1);
            QVERIFY(db);
            // Something already named like a table of migration 2, after its first statement.
            QVERIFY(db.value()->exec(u"CREATE TABLE audit_log(x INTEGER)"_s));
        }
        {
            const auto refused = Database::open(m_archive->path);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::Storage);
            QVERIFY(!refused.error().message.isEmpty());
        }
        auto db = Database::openAtVersion(m_archive->path, 1);
        QVERIFY(db);
        QCOMPARE(db.value()->schemaVersion(), 1);
        QVERIFY(!tableExists(*db.value(), u"users"_s)); // migration 2's first table rolled back
        QCOMPARE(rowCount(*db.value(), u"customers"_s), 4);
        QVERIFY(db.value()->exec(u"DROP TABLE audit_log"_s));
        db = Database::open(m_archive->path);
        QVERIFY(db);
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(rowCount(*db.value(), u"customers"_s), 4);
        QCOMPARE(rowCount(*db.value(), u"users"_s), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
