#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "customers/CustomerRepository.h"
#include "customers/PhoneNumber.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Fixtures;

namespace {

const QDate today(2025, 6, 15);

int count(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// What the profile form gives back after showing a stored profile: phones as displayed.
Customer asShownInForm(Customer c)
{
    for (Phone &phone : c.phones)
        phone.number = PhoneNumber::format(phone.number);
    return c;
}

#define VERIFY_OK(result) \
    do { \
        const auto &verified_ = (result); /* evaluated once */ \
        QVERIFY2(verified_, verified_ ? "" : qPrintable(verified_.error().message)); \
    } while (false)

} // namespace

class tst_CustomerRepository : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CustomerRepository> m_repo;

    Customer create(const Customer &c)
    {
        const Result<Customer> r = m_repo->create(alice(), c);
        if (!r)
            qWarning("create failed: %s", qPrintable(r.error().message));
        return r ? r.value() : Customer {};
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_repo = std::make_unique<CustomerRepository>(*m_db);
        m_repo->setToday(today);
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void createAssignsCodesInOrder()
    {
        QStringList codes;
        for (const QString &name : {u"王芳"_s, u"李娜"_s, u"张伟"_s})
            codes.append(create(person(name, {u"13812345678"_s})).code);
        QCOMPARE(codes, (QStringList {u"C000001"_s, u"C000002"_s, u"C000003"_s}));
    }

    // The profile as the form leaves it when only the name is filled in.
    void createsMinimalCustomer()
    {
        Customer c;
        c.name = u"王芳"_s;
        const Result<Customer> r = m_repo->create(alice(), c);
        VERIFY_OK(r);
        QCOMPARE(r->name, u"王芳"_s);
        QVERIFY(r->phones.isEmpty());
        QVERIFY(r->company.isEmpty());
    }

    void codesAreNeverReused()
    {
        const Customer first = create(person(u"王芳"_s, {u"13812345678"_s}));
        const Customer second = create(person(u"李娜"_s, {u"13912345678"_s}));
        QCOMPARE(second.code, u"C000002"_s);
        VERIFY_OK(m_repo->archive(alice(), second.id, second.version));
        QCOMPARE(create(person(u"张伟"_s, {u"13712345678"_s})).code, u"C000003"_s);

        // Even when the newest row is gone for good, its code is not handed out again.
        QVERIFY(m_db->exec(u"DELETE FROM customers WHERE code = 'C000003'"_s));
        QCOMPARE(create(person(u"赵敏"_s, {u"13612345678"_s})).code, u"C000004"_s);
        QCOMPARE(first.code, u"C000001"_s);
    }

    void getReturnsWhatWasSaved()
    {
        Customer c = person(u" 王 芳 "_s);
        c.kind = CustomerKind::Person;
        c.gender = Gender::Female;
        c.birthday = QDate(1985, 3, 8);
        c.company = u"深圳华信科技有限公司"_s;
        c.title = u"采购经理"_s;
        c.phones = {Phone {PhoneKind::Mobile, u"138-1234-5678"_s, false},
                    Phone {PhoneKind::Landline, u"0755-2345678 转 89"_s, true},
                    Phone {PhoneKind::Other, u"+1 415 555 2671"_s, false}};
        c.email = u"Wang.Fang@Example.com"_s;
        c.mailingAddress = u"深圳市南山区科技路1号"_s;
        c.shippingAddress = u"深圳市福田区人民路2号"_s;
        c.source = u"展会"_s;
        // Derived from the history, not taken from the profile (Classification).
        c.lifecycle = Lifecycle::Returning;
        c.valueTier = ValueTier::High;
        c.tags = {u"VIP"_s, u"会员"_s, u" VIP"_s};
        c.owner = u"张丽"_s;
        c.notes = u"偏好电话联系。\n工作日下午方便。"_s;
        c.marketingConsent = true;
        c.lastVerifiedAt = QDateTime(QDate(2025, 6, 1), QTime(8, 30, 15, 250), Qt::UTC);

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Result<Customer> created = m_repo->create(alice(), c);
        VERIFY_OK(created);
        const Result<Customer> got = m_repo->get(bob(), created->id);
        VERIFY_OK(got);
        const Customer &s = got.value();
        QCOMPARE(s.id, created->id);
        QCOMPARE(s.code, u"C000001"_s);
        QCOMPARE(s.name, u"王 芳"_s);
        QCOMPARE(s.gender, Gender::Female);
        QCOMPARE(s.birthday, QDate(1985, 3, 8));
        QCOMPARE(s.company, c.company);
        QCOMPARE(s.title, c.title);
        // get() masks the numbers; revealing them (audited) gives them whole.
        QVERIFY(s.phonesMasked);
        QCOMPARE(s.phones,
                 (QList<Phone> {Phone {PhoneKind::Mobile, u"138****5678"_s, false},
                                Phone {PhoneKind::Landline, u"0755-****5678"_s, true},
                                Phone {PhoneKind::Other, u"+1 415****2671"_s, false}}));
        const Result<QList<Phone>> revealed = m_repo->revealPhones(alice(), s.id);
        VERIFY_OK(revealed);
        QCOMPARE(revealed.value(),
                 (QList<Phone> {Phone {PhoneKind::Mobile, u"+8613812345678"_s, false},
                                Phone {PhoneKind::Landline, u"+867552345678x89"_s, true},
                                Phone {PhoneKind::Other, u"+14155552671"_s, false}}));
        QCOMPARE(s.email, c.email);
        QCOMPARE(s.mailingAddress, c.mailingAddress);
        QCOMPARE(s.shippingAddress, c.shippingAddress);
        QCOMPARE(s.source, c.source);
        // No history yet: potential and unrated, whatever the profile said.
        QCOMPARE(s.lifecycle, Lifecycle::Potential);
        QCOMPARE(s.valueTier, ValueTier::Unrated);
        QCOMPARE(sorted(s.tags), (QStringList {u"VIP"_s, u"会员"_s}));
        QCOMPARE(s.owner, c.owner);
        QCOMPARE(s.notes, c.notes);
        QVERIFY(s.marketingConsent);
        QCOMPARE(s.consentDate, today);
        QCOMPARE(s.lastVerifiedAt, c.lastVerifiedAt);
        QCOMPARE(s.createdBy, u"alice"_s);
        QCOMPARE(s.updatedBy, u"alice"_s);
        QCOMPARE(s.version, 1);
        QVERIFY(s.createdAt >= before && s.createdAt <= before.addSecs(60));
        QCOMPARE(s.updatedAt, s.createdAt);
        QVERIFY(!s.isArchived());
        QVERIFY(CustomerRepository::masked(created.value()).sameContent(s));

        const Result<Customer> missing = m_repo->get(alice(), s.id + 100);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void updateBumpsVersion()
    {
        const Customer created = create(person(u"王芳"_s, {u"13812345678"_s, u"010-62345678"_s}));
        Customer edited = created;
        edited.name = u"王芳芳"_s;
        edited.phones = {Phone {PhoneKind::Mobile, u"139 1234 5678"_s, true}};
        edited.tags = {u"投诉敏感"_s};
        const Result<Customer> updated = m_repo->update(bob(), edited);
        VERIFY_OK(updated);
        QCOMPARE(updated->version, 2);
        QCOMPARE(updated->updatedBy, u"bob"_s);
        QCOMPARE(updated->createdBy, u"alice"_s);
        QCOMPARE(updated->createdAt, created.createdAt);
        QVERIFY(updated->updatedAt >= created.updatedAt);
        QCOMPARE(updated->code, created.code);
        QCOMPARE(updated->name, u"王芳芳"_s);
        QCOMPARE(updated->phones,
                 (QList<Phone> {Phone {PhoneKind::Mobile, u"+8613912345678"_s, true}}));
        QCOMPARE(updated->tags, QStringList {u"投诉敏感"_s});
        QCOMPARE(count(*m_db, u"customer_phones"_s), 1);

        Customer unsaved = edited;
        unsaved.id = 0;
        const Result<Customer> notSaved = m_repo->update(bob(), unsaved);
        QVERIFY(!notSaved);
        QCOMPARE(notSaved.error().code, Error::Code::NotFound);
    }

    // Lifecycle and tier are the classification's: a saved profile neither writes them nor
    // records them as changed.
    void updateLeavesDerivedValues()
    {
        const Customer created = create(person(u"王芳"_s));
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE customers SET lifecycle = 2, value_tier = 1 WHERE id = ?"_s);
        q.addBindValue(created.id);
        QVERIFY(q.exec());
        Customer edited = created; // still potential / unrated, as the form loaded it
        edited.notes = u"周末联系"_s;
        edited.lifecycle = Lifecycle::Inactive;
        edited.valueTier = ValueTier::Low;
        Customer otherwiseEqual = edited;
        otherwiseEqual.lifecycle = Lifecycle::New;
        otherwiseEqual.valueTier = ValueTier::High;
        QVERIFY(edited.sameContent(otherwiseEqual)); // not what a person edits
        const Result<Customer> updated = m_repo->update(alice(), edited);
        VERIFY_OK(updated);
        QCOMPARE(updated->notes, edited.notes);
        QCOMPARE(updated->lifecycle, Lifecycle::Returning);
        QCOMPARE(updated->valueTier, ValueTier::High);
        q.prepare(u"SELECT details FROM audit_log WHERE action = 'update' AND entity_id = ?"_s);
        q.addBindValue(created.id);
        QVERIFY(q.exec() && q.next());
        const QString details = q.value(0).toString();
        QVERIFY2(details.contains(u"notes"_s), qPrintable(details));
        QVERIFY2(!details.contains(u"lifecycle"_s), qPrintable(details));
        QVERIFY2(!details.contains(u"value_tier"_s), qPrintable(details));
    }

    // get -> change one field -> update, without going through the form: the stored phones
    // must be accepted back unchanged.
    void updateOfLoadedProfileKeepsPhones_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("chinese mobile") << u"138 1234 5678"_s << u"+8613812345678"_s;
        QTest::newRow("landline") << u"0755-2345678-89"_s << u"+867552345678x89"_s;
        QTest::newRow("US number") << u"+1 415 555 2671"_s << u"+14155552671"_s;
    }

    void updateOfLoadedProfileKeepsPhones()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        const Customer created = create(person(u"王芳"_s, {typed}));
        QCOMPARE(created.phones.value(0).number, stored);
        Customer loaded = m_repo->get(alice(), created.id).value();
        loaded.notes = u"called back"_s;
        const Result<Customer> updated = m_repo->update(alice(), loaded);
        VERIFY_OK(updated);
        QCOMPARE(updated->notes, u"called back"_s);
        QCOMPARE(updated->phones.value(0).number, stored);
        QCOMPARE(updated->phones, created.phones);
    }

    void staleVersionConflictBetweenConnections()
    {
        auto dbA = Database::open(m_archive->path);
        auto dbB = Database::open(m_archive->path);
        VERIFY_OK(dbA);
        VERIFY_OK(dbB);
        CustomerRepository repoA(*dbA.value());
        CustomerRepository repoB(*dbB.value());
        const Customer created = create(person(u"王芳"_s, {u"13812345678"_s}));

        Customer a = asShownInForm(repoA.get(alice(), created.id).value());
        Customer b = asShownInForm(repoB.get(bob(), created.id).value());
        QCOMPARE(a.version, 1);
        QCOMPARE(b.version, 1);

        a.notes = u"A's change"_s;
        VERIFY_OK(repoA.update(alice(), a));
        b.company = u"B's change"_s;
        const Result<Customer> stale = repoB.update(bob(), b);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, Error::Code::Conflict);
        QVERIFY2(stale.error().message.contains(u"alice"_s), qPrintable(stale.error().message));

        for (const CustomerRepository *repo : {&repoA, &repoB, m_repo.get()}) {
            const Customer now = repo->get(alice(), created.id).value();
            QCOMPARE(now.version, 2);
            QCOMPARE(now.notes, u"A's change"_s);
            QCOMPARE(now.company, QString());
            QCOMPARE(now.updatedBy, u"alice"_s);
        }
    }

    void archiveAndRestore()
    {
        const Customer created = create(person(u"王芳"_s, {u"13812345678"_s}));
        const Result<Customer> archived = m_repo->archive(bob(), created.id, 1);
        VERIFY_OK(archived);
        QVERIFY(archived->isArchived());
        QCOMPARE(archived->version, 2);
        QCOMPARE(archived->updatedBy, u"bob"_s);
        QVERIFY(CustomerRepository::masked(created).sameContent(archived.value()));

        const Result<Customer> staleArchive = m_repo->archive(alice(), created.id, 1);
        QVERIFY(!staleArchive);
        QCOMPARE(staleArchive.error().code, Error::Code::Conflict);
        QVERIFY(staleArchive.error().message.contains(u"bob"_s));

        const Result<Customer> staleRestore = m_repo->restore(alice(), created.id, 1);
        QVERIFY(!staleRestore);
        QCOMPARE(staleRestore.error().code, Error::Code::Conflict);
        QVERIFY(m_repo->get(alice(), created.id)->isArchived());

        const Result<Customer> restored = m_repo->restore(alice(), created.id, 2);
        VERIFY_OK(restored);
        QVERIFY(!restored->isArchived());
        QCOMPARE(restored->version, 3);
        QCOMPARE(restored->updatedBy, u"alice"_s);
        QVERIFY(CustomerRepository::masked(created).sameContent(restored.value()));

        const Result<Customer> missing = m_repo->archive(alice(), created.id + 100, 1);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void invalidInputWritesNothing()
    {
        Customer bad = person(u"  "_s, {u"12345"_s});
        bad.email = u"no-at"_s;
        const Result<Customer> r = m_repo->create(alice(), bad);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QVERIFY(r.error().fieldErrors.contains(u"name"_s));
        QVERIFY(r.error().fieldErrors.contains(u"phone.0"_s));
        for (const QString &table :
             {u"customers"_s, u"customer_phones"_s, u"customer_tags"_s, u"customer_grams"_s})
            QCOMPARE(count(*m_db, table), 0);
        // The refused attempt used up no code.
        const Customer good = create(person(u"王芳"_s, {u"13812345678"_s}));
        QCOMPARE(good.code, u"C000001"_s);

        Customer edited = good;
        edited.name = QString();
        const Result<Customer> u = m_repo->update(alice(), edited);
        QVERIFY(!u);
        QCOMPARE(u.error().code, Error::Code::Invalid);
        const Customer stored = m_repo->get(alice(), good.id).value();
        QCOMPARE(stored.name, u"王芳"_s);
        QCOMPARE(stored.version, 1);
    }

    void findDuplicates()
    {
        Customer existing = person(u"王芳"_s, {u"13812345678"_s});
        existing.email = u"Wang.Fang@Example.com"_s;
        const Customer stored = create(existing);
        create(person(u"李娜"_s, {u"13912345678"_s}));

        Customer typed = person(u"王 芳"_s, {u"010-62345678"_s, u"+86 138-1234-5678"_s});
        Result<QList<DuplicateMatch>> found = m_repo->findDuplicates(alice(), typed);
        VERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().customerId, stored.id);
        QCOMPARE(found->first().code, u"C000001"_s);
        QCOMPARE(found->first().name, u"王芳"_s);
        QVERIFY2(found->first().matchedOn.contains(u"138 1234 5678"_s),
                 qPrintable(found->first().matchedOn));

        typed = person(u"Fang Wang"_s);
        typed.email = u" wang.fang@example.COM "_s;
        found = m_repo->findDuplicates(alice(), typed);
        VERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().customerId, stored.id);

        // Both at once: one entry per thing that matched.
        typed.phones = {Phone {PhoneKind::Mobile, u"13812345678"_s, true}};
        found = m_repo->findDuplicates(alice(), typed);
        VERIFY_OK(found);
        QCOMPARE(found->size(), 2);

        // The customer itself is not its own duplicate.
        found = m_repo->findDuplicates(alice(), stored);
        VERIFY_OK(found);
        QVERIFY(found->isEmpty());

        typed = person(u"张伟"_s, {u"13712345678"_s});
        typed.email = u"zhang.wei@example.com"_s;
        found = m_repo->findDuplicates(alice(), typed);
        VERIFY_OK(found);
        QVERIFY(found->isEmpty());
    }

    void ownersAndTagsInUse()
    {
        Customer a = person(u"王芳"_s, {u"13812345678"_s});
        a.owner = u"张丽"_s;
        a.tags = {u"VIP"_s};
        Customer b = person(u"李娜"_s, {u"13912345678"_s});
        b.owner = u"王强"_s;
        b.tags = {u"VIP"_s, u"会员"_s};
        Customer c = person(u"张伟"_s, {u"13712345678"_s});
        c.owner = u"李娜"_s;
        create(a);
        create(b);
        const Customer archived = create(c);
        VERIFY_OK(m_repo->archive(alice(), archived.id, archived.version));

        const auto owners = m_repo->owners(alice());
        VERIFY_OK(owners);
        QCOMPARE(sorted(owners.value()), sorted({u"张丽"_s, u"王强"_s})); // not the archived one's
        const auto tags = m_repo->tags(alice());
        VERIFY_OK(tags);
        QCOMPARE(tags.value(), (QStringList {u"VIP"_s, u"会员"_s}));
    }

    void maskedPhonesSaveUnchanged()
    {
        // A profile edited without revealing its numbers keeps them: the masks are never stored.
        const Customer created = create(person(u"王芳"_s, {u"13812345678"_s, u"010-62345678"_s}));
        Result<Customer> shown = m_repo->get(bob(), created.id);
        VERIFY_OK(shown);
        QVERIFY(shown->phonesMasked);
        Customer edited = shown.value();
        edited.email = u"wang.fang@example.com"_s;
        const Result<Customer> saved = m_repo->update(bob(), edited);
        VERIFY_OK(saved);
        QCOMPARE(saved->phones, created.phones);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM customer_phones WHERE number LIKE '%*%'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"SELECT primary_phone, search_text LIKE '%13812345678%'"
                       " FROM customers"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"+8613812345678"_s);
        QVERIFY(q.value(1).toBool());
    }

    void revealNeedsTheRightAndIsAudited()
    {
        const Customer created = create(person(u"王芳"_s, {u"13812345678"_s}));
        auto revealsIn = [&]() {
            QSqlQuery q(m_db->connection());
            q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'reveal'"_s);
            q.next();
            return q.value(0).toInt();
        };
        const Actor adminOnly {9, u"it"_s, u"IT"_s, int(Role::Admin)};
        const Result<QList<Phone>> refused = m_repo->revealPhones(adminOnly, created.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Permission);
        QCOMPARE(revealsIn(), 0);
        const Actor desk {3, u"desk"_s, u"Desk"_s, int(Role::FrontDesk)};
        const Result<QList<Phone>> shown = m_repo->revealPhones(desk, created.id);
        VERIFY_OK(shown);
        QCOMPARE(shown->value(0).number, u"+8613812345678"_s);
        QCOMPARE(revealsIn(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CustomerRepository)
#include "tst_customerrepository.moc"
