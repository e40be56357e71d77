#include "TestSupport.h"
#include "core/CustomerFixtures.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerRepository.h"
#include "security/Permissions.h"

#include <QSet>

#include <array>

using namespace Qt::StringLiterals;
using namespace SecurityFixtures;

Q_DECLARE_METATYPE(Operation)

namespace {

enum class Call { Get, Create, Update, Archive, Restore };

// The role combinations that matter; the columns of the matrix below, in this order.
struct Combination
{
    const char *name;
    int roles;
};
constexpr Combination combinations[] = {
        {"front desk", FD},
        {"supervisor", SV},
        {"admin", AD},
        {"front desk+supervisor", FD | SV},
        {"no role", 0},
        {"unknown role bit", 0x8},
};

// DESIGN.md's "Who uses it" table, written out: 1 = the combination may do the operation.
struct MatrixRow
{
    Operation operation;
    const char *name;
    std::array<bool, std::size(combinations)> allowed;
};
const MatrixRow whoMayDoWhat[] = {
        //                                        FD SV AD FD+SV none unknown
        {Operation::View, "View", {1, 1, 1, 1, 0, 0}},
        {Operation::Create, "Create", {1, 1, 0, 1, 0, 0}},
        {Operation::Edit, "Edit", {1, 1, 0, 1, 0, 0}},
        {Operation::Archive, "Archive", {0, 1, 0, 1, 0, 0}},
        {Operation::Erase, "Erase", {0, 0, 1, 0, 0, 0}},
        {Operation::Export, "Export", {0, 1, 0, 1, 0, 0}},
        {Operation::Import, "Import", {0, 1, 1, 1, 0, 0}},
        {Operation::ManageUsers, "ManageUsers", {0, 0, 1, 0, 0, 0}},
        {Operation::ManageSettings, "ManageSettings", {0, 0, 1, 0, 0, 0}},
        {Operation::Reveal, "Reveal", {1, 1, 0, 1, 0, 0}},
        {Operation::ViewAudit, "ViewAudit", {0, 1, 1, 1, 0, 0}},
        {Operation::Supervise, "Supervise", {0, 1, 0, 1, 0, 0}},
};

bool expected(Operation operation, int column)
{
    for (const MatrixRow &row : whoMayDoWhat)
        if (row.operation == operation)
            return row.allowed[column];
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Call)

class tst_Permissions : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CustomerRepository> m_repo;
    Customer m_customer; // stored by alice, who has every role

    // What a refused call must leave exactly as it was.
    QString state() const
    {
        QStringList parts;
        for (const QString &table : {u"customers"_s,
                                     u"customer_phones"_s,
                                     u"customer_tags"_s,
                                     u"customer_grams"_s,
                                     u"audit_log"_s})
            parts.append(table + u'=' + QString::number(rowCount(*m_db, table)));
        QSqlQuery q(m_db->connection());
        if (q.exec(u"SELECT name, email, version, updated_by, coalesce(archived_at, '-')"
                   " FROM customers ORDER BY id"_s))
            while (q.next())
                for (int i = 0; i < 5; ++i)
                    parts.append(q.value(i).toString());
        return parts.join(u' ');
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_repo = std::make_unique<CustomerRepository>(*m_db);
        Customer c = Fixtures::person(u"王芳"_s, {u"13812345678"_s});
        c.tags = {u"VIP"_s};
        const Result<Customer> created = m_repo->create(Fixtures::alice(), c);
        VERIFY_OK(created);
        m_customer = created.value();
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    // The matrix covers every operation core knows, and each has a name for messages.
    void everyOperationIsInTheMatrix()
    {
        QSet<Operation> inMatrix;
        for (const MatrixRow &row : whoMayDoWhat)
            inMatrix.insert(row.operation);
        const QList<Operation> operations = Permissions::operations();
        QCOMPARE(operations.size(), int(std::size(whoMayDoWhat)));
        QCOMPARE(QSet<Operation>(operations.cbegin(), operations.cend()), inMatrix);
        QSet<QString> names;
        for (Operation operation : operations) {
            QVERIFY(!Permissions::operationName(operation).isEmpty());
            names.insert(Permissions::operationName(operation));
        }
        QCOMPARE(names.size(), operations.size());
    }

    void matrix_data()
    {
        QTest::addColumn<int>("roles");
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<bool>("allowed");
        for (size_t column = 0; column < std::size(combinations); ++column)
            for (const MatrixRow &row : whoMayDoWhat)
                QTest::addRow("%s / %s", combinations[column].name, row.name)
                        << combinations[column].roles << row.operation << row.allowed[column];
    }

    void matrix()
    {
        QFETCH(int, roles);
        QFETCH(Operation, operation);
        QFETCH(bool, allowed);
        const Actor actor = actorWith(roles, u"zhang.li"_s);
        QCOMPARE(Permissions::allows(actor, operation), allowed);
        const Status status = Permissions::require(actor, operation);
        QCOMPARE(status.ok(), allowed);
        if (!allowed) {
            QCOMPARE(status.error().code, Error::Code::Permission);
            QVERIFY(status.error().message.contains(u"zhang.li"_s));
            QVERIFY(status.error().message.contains(Permissions::operationName(operation)));
        }
    }

    // The same matrix, seen through the customer repository: a refusal is a Permission error
    // and leaves every table, the profile and its version exactly as they were.
    void repositoryFollowsMatrix_data()
    {
        QTest::addColumn<int>("roles");
        QTest::addColumn<Call>("call");
        QTest::addColumn<bool>("allowed");
        const struct
        {
            Call call;
            const char *name;
            Operation operation;
        } calls[] = {{Call::Get, "get", Operation::View},
                     {Call::Create, "create", Operation::Create},
                     {Call::Update, "update", Operation::Edit},
                     {Call::Archive, "archive", Operation::Archive},
                     {Call::Restore, "restore", Operation::Archive}};
        for (size_t column = 0; column < std::size(combinations); ++column)
            for (const auto &c : calls)
                QTest::addRow("%s / %s", combinations[column].name, c.name)
                        << combinations[column].roles << c.call
                        << expected(c.operation, int(column));
    }

    void repositoryFollowsMatrix()
    {
        QFETCH(int, roles);
        QFETCH(Call, call);
        QFETCH(bool, allowed);
        if (call == Call::Restore) {
            const Result<Customer> archived = m_repo->archive(Fixtures::alice(),
                                                              m_customer.id,
                                                              m_customer.version);
            VERIFY_OK(archived);
            m_customer = archived.value();
        }
        const Actor actor = actorWith(roles, u"zhang.li"_s);
        const QString before = state();
        Customer edited = m_customer;
        edited.name = u"王芳芳"_s;
        edited.email = u"wang@example.com"_s;

        std::optional<Error> error;
        auto check = [&](const auto &result) {
            if (!result)
                error = result.error();
        };
        switch (call) {
        case Call::Get:
            check(m_repo->get(actor, m_customer.id));
            break;
        case Call::Create:
            check(m_repo->create(actor, Fixtures::person(u"李娜"_s, {u"13912345678"_s})));
            break;
        case Call::Update:
            check(m_repo->update(actor, edited));
            break;
        case Call::Archive:
            check(m_repo->archive(actor, m_customer.id, m_customer.version));
            break;
        case Call::Restore:
            check(m_repo->restore(actor, m_customer.id, m_customer.version));
            break;
        }
        if (allowed) {
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
            if (call != Call::Get)
                QVERIFY(state() != before); // the change and its audit entry were stored
            return;
        }
        QVERIFY(error);
        QCOMPARE(error->code, Error::Code::Permission);
        QVERIFY(!error->message.isEmpty());
        QCOMPARE(state(), before);
    }

    void adminCannotCreateOrUpdateCustomers()
    {
        const int customers = rowCount(*m_db, u"customers"_s);
        const int audit = rowCount(*m_db, u"audit_log"_s);
        const Result<Customer> created = m_repo->create(admin(),
                                                        Fixtures::person(u"李娜"_s,
                                                                         {u"13912345678"_s}));
        QVERIFY(!created);
        QCOMPARE(created.error().code, Error::Code::Permission);

        Customer edited = m_customer;
        edited.name = u"王芳芳"_s;
        const Result<Customer> updated = m_repo->update(admin(), edited);
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, Error::Code::Permission);

        QCOMPARE(rowCount(*m_db, u"customers"_s), customers);
        QCOMPARE(rowCount(*m_db, u"audit_log"_s), audit);
        const Result<Customer> stored = m_repo->get(admin(), m_customer.id); // admins may view
        VERIFY_OK(stored);
        QCOMPARE(stored->name, u"王芳"_s);
        QCOMPARE(stored->version, m_customer.version);
        QCOMPARE(stored->updatedBy, u"alice"_s);
    }

    void frontDeskCannotArchive()
    {
        const int audit = rowCount(*m_db, u"audit_log"_s);
        const Result<Customer> archived = m_repo->archive(frontDesk(),
                                                          m_customer.id,
                                                          m_customer.version);
        QVERIFY(!archived);
        QCOMPARE(archived.error().code, Error::Code::Permission);
        QCOMPARE(rowCount(*m_db, u"audit_log"_s), audit);
        const Result<Customer> stored = m_repo->get(frontDesk(), m_customer.id);
        VERIFY_OK(stored);
        QVERIFY(!stored->isArchived());
        QCOMPARE(stored->version, m_customer.version);

        // A front desk may still correct the profile.
        Customer edited = stored.value();
        edited.email = u"wang@example.com"_s;
        VERIFY_OK(m_repo->update(frontDesk(), edited));
    }

    void noRoleCannotEvenRead()
    {
        const Result<Customer> got = m_repo->get(nobody(), m_customer.id);
        QVERIFY(!got);
        QCOMPARE(got.error().code, Error::Code::Permission);
        // Nor can it learn about customers another way.
        const Result<QList<DuplicateMatch>> duplicates
                = m_repo->findDuplicates(nobody(), Fixtures::person(u"x"_s, {u"13812345678"_s}));
        QVERIFY(!duplicates);
        QCOMPARE(duplicates.error().code, Error::Code::Permission);
        const Result<QStringList> tags = m_repo->tags(nobody());
        QVERIFY(!tags);
        QCOMPARE(tags.error().code, Error::Code::Permission);
        const Result<QStringList> owners = m_repo->owners(nobody());
        QVERIFY(!owners);
        QCOMPARE(owners.error().code, Error::Code::Permission);
        // The refusal is about the actor, not the customer: alice reads it fine.
        VERIFY_OK(m_repo->get(Fixtures::alice(), m_customer.id));
    }
};

QTEST_GUILESS_MAIN(tst_Permissions)
#include "tst_permissions.moc"
