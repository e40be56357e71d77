#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/CustomerFixtures.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerRepository.h"
#include "security/UserRepository.h"
#include "storage/StoredTime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace SecurityFixtures;
using Fixtures::alice;
using Fixtures::bob;
using Fixtures::person;

namespace {

const QString password = u"Correct horse 42"_s;

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class tst_AuditLog : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CustomerRepository> m_repo;
    ManualClock m_clock;

    QList<AuditEntry> entries() const
    {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT id, at, user_login, action, entity, entity_id, details FROM audit_log"
               " ORDER BY id"_s);
        QList<AuditEntry> out;
        while (q.next())
            out.append({q.value(0).toLongLong(),
                        StoredTime::toDateTime(q.value(1)),
                        q.value(2).toString(),
                        q.value(3).toString(),
                        q.value(4).toString(),
                        q.value(5).toLongLong(),
                        QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object()});
        return out;
    }
    int entryCount() const { return rowCount(*m_db, u"audit_log"_s); }

    Customer create(const QString &name, const QString &phone)
    {
        const Result<Customer> r = m_repo->create(alice(), person(name, {phone}));
        if (!r)
            qWarning("create: %s", qPrintable(r.error().message));
        return r ? r.value() : Customer {};
    }

    qint64 verify() const
    {
        const Result<qint64> r = AuditLog::verify(*m_db);
        if (!r)
            qWarning("verify: %s", qPrintable(r.error().message));
        return r ? r.value() : -1;
    }

    // About twenty entries of every kind: customers created, edited, archived; sign-ins.
    void fillLog()
    {
        UserRepository users(*m_db,
                             PasswordHasher(PasswordHasher::Strength::Minimal),
                             m_clock.function());
        QVERIFY(users.createFirstAdmin(u"wang.admin"_s, u"王管理"_s, password));
        for (int i = 0; i < 7; ++i) {
            const Customer c = create(u"客户%1"_s.arg(i), u"1381234567%1"_s.arg(i));
            Customer edited = c;
            edited.notes = u"第%1次回访"_s.arg(i);
            QVERIFY(m_repo->update(bob(), edited));
            if (i % 2 == 0)
                QVERIFY(m_repo->archive(bob(), c.id, c.version + 1));
        }
        QVERIFY(users.signIn(u"wang.admin"_s, password));
        QVERIFY(!users.signIn(u"wang.admin"_s, u"wrong one 1"_s));
        QVERIFY(!users.signIn(u"nobody"_s, password));
        QCOMPARE(entryCount(), 22);
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_repo = std::make_unique<CustomerRepository>(*m_db);
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void customerChangesAreAudited()
    {
        const Customer c = create(u"王芳"_s, u"13812345678"_s);
        QCOMPARE(entryCount(), 1);
        AuditEntry e = entries().last();
        QCOMPARE(e.user, u"alice"_s);
        QCOMPARE(e.action, u"create"_s);
        QCOMPARE(e.entity, u"customer"_s);
        QCOMPARE(e.entityId, c.id);
        QCOMPARE(e.details.value(u"name"_s).toString(), u"王芳"_s);
        QCOMPARE(e.details.value(u"code"_s).toString(), c.code);
        QVERIFY(e.details.value(u"phones"_s).toString().contains(u"+8613812345678"_s));

        Customer edited = c;
        edited.notes = u"偏好电话联系"_s;
        const Result<Customer> updated = m_repo->update(bob(), edited);
        VERIFY_OK(updated);
        const Result<Customer> archived = m_repo->archive(bob(), c.id, updated->version);
        VERIFY_OK(archived);
        VERIFY_OK(m_repo->restore(alice(), c.id, archived->version));

        const QList<AuditEntry> all = entries();
        QCOMPARE(all.size(), 4);
        const QList<std::pair<QString, QString>> expected = {{u"alice"_s, u"create"_s},
                                                             {u"bob"_s, u"update"_s},
                                                             {u"bob"_s, u"archive"_s},
                                                             {u"alice"_s, u"restore"_s}};
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].user, expected[i].first);
            QCOMPARE(all[i].action, expected[i].second);
            QCOMPARE(all[i].entity, u"customer"_s);
            QCOMPARE(all[i].entityId, c.id);
        }
    }

    void updateRecordsOnlyChangedFields()
    {
        const Customer c = create(u"王芳"_s, u"13812345678"_s);
        Customer edited = m_repo->get(alice(), c.id).value();
        edited.name = u"王芳芳"_s;
        edited.email = u"wang@example.com"_s;
        VERIFY_OK(m_repo->update(bob(), edited));
        const AuditEntry e = entries().last();
        QCOMPARE(e.action, u"update"_s);
        QCOMPARE(sortedKeys(e.details), (QStringList {u"email"_s, u"name"_s}));
        const QJsonObject name = e.details.value(u"name"_s).toObject();
        QCOMPARE(name.value(u"before"_s).toString(), u"王芳"_s);
        QCOMPARE(name.value(u"after"_s).toString(), u"王芳芳"_s);
        const QJsonObject email = e.details.value(u"email"_s).toObject();
        QCOMPARE(email.value(u"before"_s).toString(), QString());
        QCOMPARE(email.value(u"after"_s).toString(), u"wang@example.com"_s);
    }

    // The form may hand back the same tags in another order (as typed); that is no change.
    void reorderedTagsAreNoChange()
    {
        Customer c = person(u"王芳"_s, {u"13812345678"_s});
        c.tags = {u"会员"_s, u"VIP"_s};
        const Result<Customer> created = m_repo->create(alice(), c);
        VERIFY_OK(created);
        Customer edited = created.value();
        edited.tags = {u"会员"_s, u"VIP"_s};
        edited.email = u"wang@example.com"_s;
        VERIFY_OK(m_repo->update(bob(), edited));
        QCOMPARE(sortedKeys(entries().last().details), QStringList {u"email"_s});
    }

    void refusedChangesAddNoEntry()
    {
        const Customer c = create(u"王芳"_s, u"13812345678"_s);
        Customer edited = c;
        edited.notes = u"first"_s;
        VERIFY_OK(m_repo->update(bob(), edited));
        const int before = entryCount();

        edited.notes = u"second, from a stale form"_s; // still version 1
        const Result<Customer> stale = m_repo->update(alice(), edited);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, Error::Code::Conflict);
        const Result<Customer> staleArchive = m_repo->archive(alice(), c.id, c.version);
        QVERIFY(!staleArchive);
        QCOMPARE(staleArchive.error().code, Error::Code::Conflict);

        Customer invalid = m_repo->get(alice(), c.id).value();
        invalid.name = u"  "_s;
        const Result<Customer> refused = m_repo->update(alice(), invalid);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QCOMPARE(entryCount(), before);
    }

    // The entry and the change share one transaction: when the entry cannot be written, the
    // change is not kept either.
    void changeRollsBackWithItsEntry()
    {
        const Customer c = create(u"王芳"_s, u"13812345678"_s);
        if (m_archive->isServer()) {
            QVERIFY(m_db->exec(u"CREATE FUNCTION audit_full() RETURNS trigger LANGUAGE plpgsql"
                               " AS $$BEGIN RAISE EXCEPTION 'audit log full'; END$$"_s));
            QVERIFY(m_db->exec(u"CREATE TRIGGER audit_full BEFORE INSERT ON audit_log"
                               " FOR EACH ROW EXECUTE FUNCTION audit_full()"_s));
        } else {
            QVERIFY(m_db->exec(u"CREATE TRIGGER audit_full BEFORE INSERT ON audit_log BEGIN"
                               " SELECT RAISE(ABORT, 'audit log full'); END"_s));
        }
        Customer edited = c;
        edited.name = u"王芳芳"_s;
        const Result<Customer> updated = m_repo->update(bob(), edited);
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, Error::Code::Storage);
        QVERIFY(!m_repo->create(alice(), person(u"李娜"_s, {u"13912345678"_s})));
        QVERIFY(!m_repo->archive(bob(), c.id, c.version));

        const Customer stored = m_repo->get(alice(), c.id).value();
        QCOMPARE(stored.name, u"王芳"_s);
        QCOMPARE(stored.version, c.version);
        QVERIFY(!stored.isArchived());
        QCOMPARE(rowCount(*m_db, u"customers"_s), 1);
        QCOMPARE(rowCount(*m_db, u"customer_phones"_s), 1);
        QCOMPARE(scalar(*m_db, u"SELECT value FROM counters WHERE name = 'customer_code'"_s).toInt(),
                 1);
        QCOMPARE(entryCount(), 1);
    }

    void signInsAreAudited()
    {
        UserRepository users(*m_db,
                             PasswordHasher(PasswordHasher::Strength::Minimal),
                             m_clock.function());
        const Result<User> admin = users.createFirstAdmin(u"wang.admin"_s, u"王管理"_s, password);
        VERIFY_OK(admin);
        QCOMPARE(entries().last().action, u"create"_s);
        QCOMPARE(entries().last().entity, u"user"_s);

        VERIFY_OK(users.signIn(u"Wang.Admin"_s, password));
        AuditEntry e = entries().last();
        QCOMPARE(e.action, u"login"_s);
        QCOMPARE(e.user, u"wang.admin"_s);
        QCOMPARE(e.entity, u"user"_s);
        QCOMPARE(e.entityId, admin->id);
        QCOMPARE(e.at, m_clock.now);

        const struct
        {
            QString login;
            QString reason;
            qint64 entityId;
        } failures[] = {{u"wang.admin"_s, u"wrong password"_s, admin->id},
                        {u"ghost"_s, u"unknown user"_s, 0}};
        for (const auto &f : failures) {
            m_clock.now = m_clock.now.addSecs(30);
            const int before = entryCount();
            QVERIFY(!users.signIn(f.login, u"not the password"_s));
            QCOMPARE(entryCount(), before + 1);
            e = entries().last();
            QCOMPARE(e.action, u"login_failed"_s);
            QCOMPARE(e.user, f.login);
            QCOMPARE(e.entityId, f.entityId);
            QCOMPARE(e.details.value(u"reason"_s).toString(), f.reason);
            QCOMPARE(e.at, m_clock.now);
        }
    }

    void intactChainVerifies()
    {
        QCOMPARE(verify(), 0); // an empty log is intact
        fillLog();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(verify(), 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT id, prev_hash, hash FROM audit_log ORDER BY id"_s));
        QString previous;
        qint64 expectedId = 1;
        while (q.next()) {
            QCOMPARE(q.value(0).toLongLong(), expectedId++);
            QCOMPARE(q.value(1).toString(), previous);
            QCOMPARE(q.value(2).toString().size(), 64); // hex SHA-256
            previous = q.value(2).toString();
        }
    }

    void logIsAppendOnly()
    {
        fillLog();
        if (QTest::currentTestFailed())
            return;
        const QString before = tableText(*m_db, u"audit_log"_s);
        RawConnection raw(*m_archive);
        const QString update = raw.exec(u"UPDATE audit_log SET details = '{}' WHERE id = 5"_s);
        QVERIFY2(update.contains(u"append-only"_s), qPrintable(update));
        const QString remove = raw.exec(u"DELETE FROM audit_log WHERE id = 5"_s);
        QVERIFY2(remove.contains(u"append-only"_s), qPrintable(remove));
        QCOMPARE(tableText(*m_db, u"audit_log"_s), before);
        QCOMPARE(verify(), 0);
    }

    // Tampering behind the application's back once the append-only triggers are gone.
    void tamperingIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("found");
        QTest::newRow("edit details of 7")
                << u"UPDATE audit_log SET details = '{\"name\":\"x\"}' WHERE id = 7"_s << qint64(7);
        QTest::newRow("edit user of 7")
                << u"UPDATE audit_log SET user_login = 'bob' WHERE id = 7"_s << qint64(7);
        QTest::newRow("edit time of 1")
                << u"UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 1"_s
                << qint64(1);
        QTest::newRow("delete 7") << u"DELETE FROM audit_log WHERE id = 7"_s << qint64(7);
        QTest::newRow("delete 1") << u"DELETE FROM audit_log WHERE id = 1"_s << qint64(1);
        QTest::newRow("delete last") << u"DELETE FROM audit_log WHERE id = 22"_s << qint64(22);
        QTest::newRow("delete all") << u"DELETE FROM audit_log"_s << qint64(1);
        QTest::newRow("delete last three")
                << u"DELETE FROM audit_log WHERE id >= 20"_s << qint64(20);
        QTest::newRow("renumber after deleting 7")
                << u"DELETE FROM audit_log WHERE id = 7; UPDATE audit_log SET id = id - 1"
                   " WHERE id > 7"_s
                << qint64(7);
    }

    void tamperingIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, found);
        fillLog();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(verify(), 0);
        RawConnection raw(*m_archive);
        QCOMPARE(raw.dropAuditTriggers(), QString());
        for (const QString &statement : sql.split(u"; "_s))
            EXEC_OK(raw, statement);
        QCOMPARE(verify(), found);
    }

    // Rewriting an entry with a correct hash for its new content still breaks the next link.
    void rehashedEntryBreaksTheNextLink()
    {
        fillLog();
        if (QTest::currentTestFailed())
            return;
        RawConnection raw(*m_archive);
        QCOMPARE(raw.dropAuditTriggers(), QString());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT at, user_login, action, entity, entity_id, prev_hash FROM audit_log"
                       " WHERE id = 7"_s));
        QVERIFY(q.next());
        const QString details = u"{\"notes\":\"forged\"}"_s;
        const QByteArray forged = AuditLog::hashOf(q.value(5).toString().toLatin1(),
                                                   7,
                                                   q.value(0).toString(),
                                                   q.value(1).toString(),
                                                   q.value(2).toString(),
                                                   q.value(3).toString(),
                                                   q.value(4).toLongLong(),
                                                   details);
        q.finish();
        EXEC_OK(raw,
                u"UPDATE audit_log SET details = ?, hash = ? WHERE id = 7"_s,
                {details, QString::fromLatin1(forged)});
        QCOMPARE(verify(), 8);
    }

    // Deleting the newest entries must stay visible after the application writes the next one.
    void deletionAtTheEndStaysFound()
    {
        fillLog();
        if (QTest::currentTestFailed())
            return;
        RawConnection raw(*m_archive);
        QCOMPARE(raw.dropAuditTriggers(), QString());
        EXEC_OK(raw, u"DELETE FROM audit_log WHERE id = 22"_s);
        QCOMPARE(verify(), 22);
        create(u"李娜"_s, u"13912345678"_s); // the next entry, written by the application
        QCOMPARE(verify(), 22);
    }

    void forEntityListsOneCustomerOldestFirst()
    {
        const Customer a = create(u"王芳"_s, u"13812345678"_s);
        const Customer b = create(u"李娜"_s, u"13912345678"_s);
        Customer editA = a;
        editA.notes = u"A"_s;
        const Customer a2 = m_repo->update(bob(), editA).value();
        Customer editB = b;
        editB.notes = u"B"_s;
        VERIFY_OK(m_repo->update(alice(), editB));
        VERIFY_OK(m_repo->archive(bob(), a.id, a2.version));

        const Result<QList<AuditEntry>> history = AuditLog::forEntity(*m_db,
                                                                      frontDesk(),
                                                                      u"customer"_s,
                                                                      a.id);
        VERIFY_OK(history);
        QStringList actions;
        qint64 lastId = 0;
        for (const AuditEntry &e : history.value()) {
            actions.append(e.action);
            QCOMPARE(e.entity, u"customer"_s);
            QCOMPARE(e.entityId, a.id);
            QVERIFY(e.id > lastId);
            lastId = e.id;
        }
        QCOMPARE(actions, (QStringList {u"create"_s, u"update"_s, u"archive"_s}));
        QCOMPARE(history->at(1).user, u"bob"_s);
        QCOMPARE(history->at(1).details.value(u"notes"_s).toObject().value(u"after"_s).toString(),
                 u"A"_s);

        const Result<QList<AuditEntry>> refused = AuditLog::forEntity(*m_db,
                                                                      nobody(),
                                                                      u"customer"_s,
                                                                      a.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Permission);
    }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
