#include "TestSupport.h"
#include "core/SecurityFixtures.h"
#include "security/UserRepository.h"

using namespace Qt::StringLiterals;
using namespace SecurityFixtures;

namespace {

const QString adminPassword = u"Correct horse 42"_s;
const QString deskPassword = u"Blue teapot 7781"_s;

} // namespace

class tst_UserRepository : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserRepository> m_users;
    ManualClock m_clock;
    Actor m_admin;

    void open()
    {
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_users = std::make_unique<UserRepository>(*m_db,
                                                   PasswordHasher(PasswordHasher::Strength::Minimal),
                                                   m_clock.function());
    }

    // Closing and reopening: a restart of the application.
    void reopen()
    {
        m_users.reset();
        m_db.reset();
        open();
    }

    void makeAdmin()
    {
        const Result<User> created = m_users->createFirstAdmin(u"wang.admin"_s,
                                                               u"王管理"_s,
                                                               adminPassword);
        VERIFY_OK(created);
        const Result<Actor> signedIn = m_users->signIn(u"wang.admin"_s, adminPassword);
        VERIFY_OK(signedIn);
        m_admin = signedIn.value();
    }

    User makeUser(const QString &login, int roles, const QString &password = deskPassword)
    {
        const Result<User> created = m_users->create(m_admin, login, login, password, roles);
        if (!created)
            qWarning("create %s: %s", qPrintable(login), qPrintable(created.error().message));
        return created ? created.value() : User {};
    }

    QString storedHash(const QString &login)
    {
        return scalar(*m_db, u"SELECT password_hash FROM users WHERE login = ?"_s, {login})
                .toString();
    }

    // Signs in with wrong passwords until the account is locked; the last message.
    QString lockOut(const QString &login)
    {
        Result<Actor> r = Error {};
        for (int i = 0; i < UserRepository::MaxFailures; ++i)
            r = m_users->signIn(login, u"wrong password %1"_s.arg(i));
        return r ? QString() : r.error().message;
    }

private Q_SLOTS:
    // User names compare without ASCII case, and exactly beyond ASCII, on both back ends (the
    // bound name folds as the stored one does).
    void loginsFoldAsciiCaseOnly()
    {
        makeAdmin();
        QVERIFY(makeUser(u"Émilie.Zhang"_s, int(Role::FrontDesk)).id != 0);
        VERIFY_OK(m_users->signIn(u"Émilie.Zhang"_s, deskPassword));
        VERIFY_OK(m_users->signIn(u"ÉMILIE.ZHANG"_s, deskPassword));
        QVERIFY(!m_users->create(m_admin, u"Émilie.zhang"_s, u"x"_s, deskPassword, 1));
    }

    void init()
    {
        m_archive = new TempArchive;
        m_clock = ManualClock {};
        open();
    }

    void cleanup()
    {
        m_users.reset();
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void createFirstAdminOnlyOnce()
    {
        QCOMPARE(m_users->hasUsers().value(), false);
        const Result<User> first = m_users->createFirstAdmin(u" wang.admin "_s,
                                                             u"王管理"_s,
                                                             adminPassword);
        VERIFY_OK(first);
        QCOMPARE(first->login, u"wang.admin"_s);
        QCOMPARE(first->displayName, u"王管理"_s);
        QCOMPARE(first->roles, AD);
        QVERIFY(!first->disabled);
        QCOMPARE(m_users->hasUsers().value(), true);

        const Result<User> second = m_users->createFirstAdmin(u"li.admin"_s,
                                                              u"李管理"_s,
                                                              u"Another good one 9"_s);
        QVERIFY(!second);
        QCOMPARE(second.error().code, Error::Code::Permission);
        QCOMPARE(rowCount(*m_db, u"users"_s), 1);
        QVERIFY(!m_users->signIn(u"li.admin"_s, u"Another good one 9"_s));
    }

    void createFirstAdminRefuses_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::newRow("7 characters") << u"wang"_s << u"王"_s << u"Ab1!xyz"_s << u"password"_s;
        QTest::newRow("empty password") << u"wang"_s << u"王"_s << QString() << u"password"_s;
        QTest::newRow("holds the login")
                << u"wang"_s << u"王"_s << u"my WANG pass"_s << u"password"_s;
        QTest::newRow("is the login")
                << u"wangfang01"_s << u"王"_s << u"wangfang01"_s << u"password"_s;
        QTest::newRow("empty login") << QString() << u"王"_s << adminPassword << u"login"_s;
        QTest::newRow("one character") << u"w"_s << u"王"_s << adminPassword << u"login"_s;
        QTest::newRow("space inside") << u"wang fang"_s << u"王"_s << adminPassword << u"login"_s;
        QTest::newRow("quote") << u"wang'--"_s << u"王"_s << adminPassword << u"login"_s;
        QTest::newRow("41 characters")
                << QString(41, u'a') << u"王"_s << adminPassword << u"login"_s;
        QTest::newRow("no name") << u"wang"_s << u"  "_s << adminPassword << u"displayName"_s;
    }

    void createFirstAdminRefuses()
    {
        QFETCH(QString, login);
        QFETCH(QString, displayName);
        QFETCH(QString, password);
        QFETCH(QString, field);
        const Result<User> r = m_users->createFirstAdmin(login, displayName, password);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QVERIFY2(r.error().fieldErrors.contains(field), qPrintable(r.error().message));
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(rowCount(*m_db, u"users"_s), 0);
        QCOMPARE(rowCount(*m_db, u"audit_log"_s), 0);
        // Nothing was used up: the archive still asks for its first admin.
        VERIFY_OK(m_users->createFirstAdmin(u"wang.admin"_s, u"王管理"_s, adminPassword));
    }

    void storesArgon2idHashNeverThePassword()
    {
        makeAdmin();
        const QString hash = storedHash(u"wang.admin"_s);
        QVERIFY2(hash.startsWith(u"$argon2id$"_s), qPrintable(hash));
        QVERIFY(PasswordHasher(PasswordHasher::Strength::Minimal).verify(hash, adminPassword));
        for (const QString &table : {u"users"_s, u"audit_log"_s}) {
            const QString text = tableText(*m_db, table);
            QVERIFY(text.contains(u"wang.admin"_s)); // the search does read the rows
            QVERIFY2(!text.contains(adminPassword), qPrintable(table));
        }
        // Two accounts with the same password get different hashes (salted).
        makeUser(u"desk1"_s, FD, adminPassword);
        QVERIFY(storedHash(u"desk1"_s) != hash);
    }

    void signInReturnsStoredRoles()
    {
        makeAdmin();
        QCOMPARE(m_admin.login, u"wang.admin"_s);
        QCOMPARE(m_admin.displayName, u"王管理"_s);
        QCOMPARE(m_admin.roles, AD);
        const User desk = makeUser(u"desk1"_s, FD | SV);
        QVERIFY(desk.id > 0);
        const Result<Actor> actor = m_users->signIn(u"DESK1"_s, deskPassword);
        VERIFY_OK(actor);
        QCOMPARE(actor->userId, desk.id);
        QCOMPARE(actor->login, u"desk1"_s); // as stored, however it was typed
        QCOMPARE(actor->roles, FD | SV);
        QVERIFY(actor->hasRole(Role::Supervisor));
        QVERIFY(!actor->hasRole(Role::Admin));
    }

    void wrongPasswordsAreCounted()
    {
        // The message does not count down (that would tell which names exist); the archive does.
        makeAdmin();
        makeUser(u"desk1"_s, FD);
        for (int failures : {1, 2}) {
            const Result<Actor> r = m_users->signIn(u"desk1"_s, u"Blue teapot 7782"_s);
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::Permission);
            QCOMPARE(m_users->find(u"desk1"_s)->failedAttempts, failures);
        }
    }

    void fiveWrongPasswordsLockForFifteenMinutes()
    {
        makeAdmin();
        makeUser(u"desk1"_s, FD);
        const QString last = lockOut(u"desk1"_s);
        QVERIFY2(last.contains(u"locked"_s), qPrintable(last));
        const QDateTime lockedAt = m_clock.now;
        QCOMPARE(m_users->find(u"desk1"_s)->lockedUntil, lockedAt.addSecs(15 * 60));

        for (qint64 after : {0, 60, 14 * 60}) {
            m_clock.now = lockedAt.addSecs(after);
            const Result<Actor> r = m_users->signIn(u"desk1"_s, deskPassword);
            QVERIFY2(!r, qPrintable(u"signed in %1 s after the lock"_s.arg(after)));
            QCOMPARE(r.error().code, Error::Code::Permission);
            QVERIFY2(r.error().message.contains(u"locked"_s), qPrintable(r.error().message));
        }
        m_clock.now = lockedAt.addSecs(15 * 60 + 1);
        VERIFY_OK(m_users->signIn(u"desk1"_s, deskPassword));
        const User after = m_users->find(u"desk1"_s).value();
        QCOMPARE(after.failedAttempts, 0);
        QVERIFY(!after.lockedUntil.isValid());
        // A fresh count: the next mistake is the first of five, not a new lock.
        const Result<Actor> again = m_users->signIn(u"desk1"_s, u"nope nope"_s);
        QVERIFY(!again);
        QVERIFY2(!again.error().message.contains(u"locked"_s), qPrintable(again.error().message));
        QCOMPARE(m_users->find(u"desk1"_s)->failedAttempts, 1);
    }

    void lockSurvivesRestart()
    {
        makeAdmin();
        makeUser(u"desk1"_s, FD);
        lockOut(u"desk1"_s);
        const QDateTime lockedAt = m_clock.now;
        reopen();
        m_clock.now = lockedAt.addSecs(5 * 60);
        const Result<Actor> r = m_users->signIn(u"desk1"_s, deskPassword);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"locked"_s), qPrintable(r.error().message));
        m_clock.now = lockedAt.addSecs(15 * 60 + 1);
        reopen();
        VERIFY_OK(m_users->signIn(u"desk1"_s, deskPassword));
    }

    // Whether a user name exists must not be learnt from the answer.
    void unknownUserLooksLikeWrongPassword()
    {
        makeAdmin();
        makeUser(u"desk1"_s, FD);
        const Result<Actor> wrong = m_users->signIn(u"desk1"_s, u"Blue teapot 7782"_s);
        const Result<Actor> unknown = m_users->signIn(u"desk9"_s, u"Blue teapot 7782"_s);
        QVERIFY(!wrong);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, wrong.error().code);
        QCOMPARE(unknown.error().message, wrong.error().message);
    }

    void disabledUserRefused()
    {
        makeAdmin();
        const User desk = makeUser(u"desk1"_s, FD);
        VERIFY_OK(m_users->setDisabled(m_admin, desk.id, true));
        const Result<Actor> r = m_users->signIn(u"desk1"_s, deskPassword);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Permission);
        QVERIFY(m_users->find(u"desk1"_s)->disabled);
        VERIFY_OK(m_users->setDisabled(m_admin, desk.id, false));
        VERIFY_OK(m_users->signIn(u"desk1"_s, deskPassword));
    }

    void changePassword()
    {
        makeAdmin();
        makeUser(u"desk1"_s, FD);
        const Actor desk = m_users->signIn(u"desk1"_s, deskPassword).value();
        const QString newPassword = u"Green kettle 1234"_s;

        const Status wrongOld = m_users->changePassword(desk, u"Blue teapot 0000"_s, newPassword);
        QVERIFY(!wrongOld);
        QCOMPARE(wrongOld.error().code, Error::Code::Permission);
        for (const QString &weak : {u"short1"_s, u"xx desk1 xx"_s}) {
            const Status s = m_users->changePassword(desk, deskPassword, weak);
            QVERIFY2(!s, qPrintable(weak));
            QCOMPARE(s.error().code, Error::Code::Invalid);
        }
        VERIFY_OK(m_users->signIn(u"desk1"_s, deskPassword)); // nothing changed so far

        VERIFY_OK(m_users->changePassword(desk, deskPassword, newPassword));
        VERIFY_OK(m_users->signIn(u"desk1"_s, newPassword));
        const Result<Actor> old = m_users->signIn(u"desk1"_s, deskPassword);
        QVERIFY(!old);
        QCOMPARE(old.error().code, Error::Code::Permission);
    }

    void adminResetClearsLock()
    {
        makeAdmin();
        const User desk = makeUser(u"desk1"_s, FD);
        lockOut(u"desk1"_s);
        QVERIFY(!m_users->signIn(u"desk1"_s, deskPassword));
        const QString reset = u"Temporary 2025 pw"_s;
        VERIFY_OK(m_users->resetPassword(m_admin, desk.id, reset));
        VERIFY_OK(m_users->signIn(u"desk1"_s, reset)); // at once, the clock has not moved
        QVERIFY(!m_users->signIn(u"desk1"_s, deskPassword));

        const Status weak = m_users->resetPassword(m_admin, desk.id, u"short"_s);
        QVERIFY(!weak);
        QCOMPARE(weak.error().code, Error::Code::Invalid);
        const Status missing = m_users->resetPassword(m_admin, desk.id + 100, reset);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    // The rule every other way of setting a password follows holds for a reset too.
    void resetRefusesPasswordHoldingTheLogin()
    {
        makeAdmin();
        const User desk = makeUser(u"desk1"_s, FD);
        const Status s = m_users->resetPassword(m_admin, desk.id, u"desk1 desk1 desk1"_s);
        QVERIFY2(!s, "an admin reset accepted a password that contains the user name");
        QCOMPARE(s.error().code, Error::Code::Invalid);
    }

    void supervisorCannotManageUsers()
    {
        makeAdmin();
        const User desk = makeUser(u"desk1"_s, FD);
        makeUser(u"chief"_s, SV | FD);
        const Actor chief = m_users->signIn(u"chief"_s, deskPassword).value();
        const QString hash = storedHash(u"desk1"_s);
        const int users = rowCount(*m_db, u"users"_s);

        const Result<User> created = m_users->create(chief,
                                                     u"desk2"_s,
                                                     u"Desk 2"_s,
                                                     deskPassword,
                                                     FD);
        QVERIFY(!created);
        QCOMPARE(created.error().code, Error::Code::Permission);
        for (const Status &s : {m_users->resetPassword(chief, desk.id, u"Chosen by chief 1"_s),
                                m_users->setDisabled(chief, desk.id, true),
                                m_users->setRoles(chief, desk.id, FD | SV | AD)}) {
            QVERIFY(!s);
            QCOMPARE(s.error().code, Error::Code::Permission);
        }
        const Result<QList<User>> listed = m_users->list(chief);
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, Error::Code::Permission);

        QCOMPARE(rowCount(*m_db, u"users"_s), users);
        QCOMPARE(storedHash(u"desk1"_s), hash);
        const User after = m_users->find(u"desk1"_s).value();
        QCOMPARE(after.roles, FD);
        QVERIFY(!after.disabled);
    }

    // Whom a complaint or a return visit can be handed to: the enabled accounts, for anyone who
    // may view; no password or lockout details; nobody without a role.
    void staffListsEnabledAccountsForViewers()
    {
        makeAdmin();
        const User desk = makeUser(u"desk1"_s, FD);
        makeUser(u"chief"_s, SV);
        const User gone = makeUser(u"desk2"_s, FD);
        VERIFY_OK(m_users->setDisabled(m_admin, gone.id, true));
        const Actor front = m_users->signIn(u"desk1"_s, deskPassword).value();

        const Result<QList<User>> staff = m_users->staff(front);
        VERIFY_OK(staff);
        QStringList logins;
        for (const User &u : staff.value())
            logins.append(u.login);
        QCOMPARE(logins, (QStringList {u"chief"_s, u"desk1"_s, u"wang.admin"_s}));
        const User listed = staff->at(1);
        QCOMPARE(listed.id, desk.id);
        QCOMPARE(listed.roles, FD);
        QCOMPARE(listed.displayName, u"desk1"_s);

        const Result<QList<User>> refused = m_users->staff(nobody());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Permission);
    }

    void createRefusesBadAccounts()
    {
        makeAdmin();
        makeUser(u"desk1"_s, FD);
        const Result<User> taken = m_users->create(m_admin, u"DESK1"_s, u"x"_s, deskPassword, FD);
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, Error::Code::Duplicate);
        for (int roles : {0, 0x8, FD | 0x10}) {
            const Result<User> r = m_users->create(m_admin, u"desk2"_s, u"x"_s, deskPassword, roles);
            QVERIFY2(!r, qPrintable(QString::number(roles)));
            QCOMPARE(r.error().code, Error::Code::Invalid);
        }
        QCOMPARE(rowCount(*m_db, u"users"_s), 2);
    }

    void lastAdminStaysAdmin()
    {
        makeAdmin();
        const qint64 first = m_admin.userId;
        const User desk = makeUser(u"desk1"_s, FD);
        VERIFY_OK(m_users->setDisabled(m_admin, desk.id, true)); // not an admin: fine

        const Status disable = m_users->setDisabled(m_admin, first, true);
        QVERIFY(!disable);
        QCOMPARE(disable.error().code, Error::Code::Invalid);
        const Status demote = m_users->setRoles(m_admin, first, FD | SV);
        QVERIFY(!demote);
        QCOMPARE(demote.error().code, Error::Code::Invalid);
        User stored = m_users->find(u"wang.admin"_s).value();
        QCOMPARE(stored.roles, AD);
        QVERIFY(!stored.disabled);

        // A disabled admin does not count as a second one.
        const User other = makeUser(u"li.admin"_s, AD);
        VERIFY_OK(m_users->setDisabled(m_admin, other.id, true));
        QVERIFY(!m_users->setRoles(m_admin, first, FD));
        VERIFY_OK(m_users->setDisabled(m_admin, other.id, false));

        VERIFY_OK(m_users->setRoles(m_admin, first, FD | SV));
        stored = m_users->find(u"wang.admin"_s).value();
        QCOMPARE(stored.roles, FD | SV);
        // Now li.admin is the last one.
        const Actor li = m_users->signIn(u"li.admin"_s, deskPassword).value();
        QVERIFY(!m_users->setDisabled(li, other.id, true));
        VERIFY_OK(m_users->setDisabled(li, first, true));
    }

    void signInRehashesWeakerHash()
    {
        makeAdmin();
        makeUser(u"desk1"_s, FD);
        const QString before = storedHash(u"desk1"_s);
        const PasswordHasher interactive(PasswordHasher::Strength::Interactive);
        QVERIFY(interactive.needsRehash(before));

        UserRepository strong(*m_db, interactive, m_clock.function());
        const Result<Actor> r = strong.signIn(u"desk1"_s, deskPassword);
        VERIFY_OK(r);
        const QString after = storedHash(u"desk1"_s);
        QVERIFY(after != before);
        QVERIFY2(after.startsWith(u"$argon2id$"_s), qPrintable(after));
        QVERIFY(!interactive.needsRehash(after));
        QVERIFY(interactive.verify(after, deskPassword));
    }
};

QTEST_GUILESS_MAIN(tst_UserRepository)
#include "tst_userrepository.moc"
