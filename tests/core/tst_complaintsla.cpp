#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "complaints/ComplaintLabels.h"
#include "complaints/ComplaintRepository.h"
#include "complaints/ComplaintSla.h"
#include "core/ComplaintFixtures.h"
#include "core/HistoryFixtures.h"
#include "core/SecurityFixtures.h"
#include "storage/ArchiveSettings.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Fixtures;
using namespace HistoryFixtures;
using ComplaintFixtures::draft;
using SecurityFixtures::ManualClock;

Q_DECLARE_METATYPE(ComplaintSeverity)

namespace {

using S = ComplaintStatus;
using V = ComplaintSeverity;

QDateTime hoursAfter(const QDateTime &t, int hours)
{
    return t.addSecs(qint64(hours) * 3600);
}

} // namespace

class tst_ComplaintSla : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock;
    std::unique_ptr<ComplaintRepository> m_repo;
    Customer m_customer;

    int settingsAudits() const
    {
        return SecurityFixtures::scalar(*m_db,
                                        u"SELECT count(*) FROM audit_log WHERE entity = 'settings'"_s)
                .toInt();
    }

    Complaint receive(V severity)
    {
        const Result<Complaint> c = m_repo->receive(alice(), draft(m_customer.id, severity));
        if (!c)
            qWarning("receive: %s", qPrintable(c.error().message));
        return c ? c.value() : Complaint {};
    }

    Complaint move(const Complaint &c, S to, const QString &reason = {})
    {
        const Result<Complaint> moved = m_repo->move(alice(), c.id, c.version, to, reason);
        if (!moved)
            qWarning("move: %s", qPrintable(moved.error().message));
        return moved ? moved.value() : c;
    }

    // Writes the resolution (the rules need one) and moves in one step.
    Complaint settle(Complaint c, S to)
    {
        c.resolution = u"重新发货并补偿运费"_s;
        const Result<Complaint> settled = m_repo->settle(alice(), c, to);
        if (!settled)
            qWarning("settle: %s", qPrintable(settled.error().message));
        return settled ? settled.value() : c;
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_clock = ManualClock {};
        m_repo = std::make_unique<ComplaintRepository>(*m_db, m_clock.function());
        m_customer = newCustomer(*m_db, u"王小红"_s);
        QVERIFY(m_customer.id > 0);
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void defaults()
    {
        const ComplaintSla sla;
        QCOMPARE(sla.hours(V::Critical), (SlaHours {2, 24}));
        QCOMPARE(sla.hours(V::High), (SlaHours {4, 48}));
        QCOMPARE(sla.hours(V::Medium), (SlaHours {8, 72}));
        QCOMPARE(sla.hours(V::Low), (SlaHours {24, 168}));
        VERIFY_OK(sla.validate());
        const Result<ComplaintSla> stored = ComplaintSla::load(*m_db);
        VERIFY_OK(stored);
        QVERIFY(stored.value() == sla);
    }

    // Each severity's due times count from the time the complaint was received.
    void dueTimesPerSeverity_data()
    {
        QTest::addColumn<ComplaintSeverity>("severity");
        QTest::addColumn<int>("response");
        QTest::addColumn<int>("resolution");
        QTest::newRow("low") << V::Low << 24 << 168;
        QTest::newRow("medium") << V::Medium << 8 << 72;
        QTest::newRow("high") << V::High << 4 << 48;
        QTest::newRow("critical") << V::Critical << 2 << 24;
    }

    void dueTimesPerSeverity()
    {
        QFETCH(ComplaintSeverity, severity);
        QFETCH(int, response);
        QFETCH(int, resolution);
        const Complaint c = receive(severity);
        QCOMPARE(c.receivedAt, m_clock.now);
        QCOMPARE(c.responseDueAt, hoursAfter(m_clock.now, response));
        QCOMPARE(c.resolutionDueAt, hoursAfter(m_clock.now, resolution));
        QVERIFY(!c.respondedAt.isValid());
        QVERIFY(!ComplaintSla::overdue(c, m_clock.now));

        // A complaint that arrived by letter two days ago counts from then.
        Complaint letter = draft(m_customer.id, severity);
        letter.receivedAt = m_clock.now.addDays(-2);
        const Result<Complaint> old = m_repo->receive(alice(), letter);
        VERIFY_OK(old);
        QCOMPARE(old->responseDueAt, hoursAfter(letter.receivedAt, response));
        QCOMPARE(old->resolutionDueAt, hoursAfter(letter.receivedAt, resolution));
        QVERIFY(ComplaintSla::responseOverdue(old.value(), m_clock.now));
    }

    // Overdue at `now`: a due time passed with nothing done; answering or resolving in time
    // ends it.
    void overdueAtNow()
    {
        Complaint c = receive(V::High); // 4 h / 48 h
        const QDateTime received = c.receivedAt;
        QVERIFY(!ComplaintSla::responseOverdue(c, hoursAfter(received, 4)));
        QVERIFY(ComplaintSla::responseOverdue(c, hoursAfter(received, 4).addSecs(1)));
        QVERIFY(!ComplaintSla::resolutionOverdue(c, hoursAfter(received, 47)));
        QVERIFY(ComplaintSla::resolutionOverdue(c, hoursAfter(received, 49)));

        m_clock.now = hoursAfter(received, 3);
        c = move(c, S::InProgress);
        QCOMPARE(c.respondedAt, m_clock.now);
        QVERIFY(!c.responseMissed);
        QVERIFY(!ComplaintSla::responseOverdue(c, hoursAfter(received, 100)));
        QVERIFY(ComplaintSla::resolutionOverdue(c, hoursAfter(received, 49)));

        m_clock.now = hoursAfter(received, 40);
        c = settle(c, S::Resolved);
        QCOMPARE(c.resolvedAt, m_clock.now);
        QVERIFY(!c.resolutionMissed);
        QVERIFY(!ComplaintSla::overdue(c, hoursAfter(received, 1000)));
        QVERIFY(!ComplaintSla::missed(c));
    }

    // Late is late for good: the marks stay after the complaint is resolved and closed, and
    // even after a reopen and a timely second resolution.
    void missedStaysAfterResolve()
    {
        Complaint c = receive(V::Critical); // 2 h / 24 h
        const QDateTime received = c.receivedAt;
        m_clock.now = hoursAfter(received, 3);
        c = move(c, S::InProgress);
        QVERIFY(c.responseMissed);
        QVERIFY(!c.resolutionMissed);
        QVERIFY(ComplaintSla::missed(c));

        m_clock.now = hoursAfter(received, 30);
        c = settle(c, S::Resolved);
        QVERIFY(c.resolutionMissed);
        QVERIFY(c.responseMissed);
        QVERIFY(ComplaintSla::responseOverdue(c, m_clock.now));
        QVERIFY(ComplaintSla::resolutionOverdue(c, m_clock.now));

        m_clock.now = hoursAfter(received, 31);
        c = move(c, S::Closed);
        QVERIFY(c.responseMissed && c.resolutionMissed);
        QVERIFY(ComplaintSla::overdue(c, m_clock.now.addYears(1)));

        c = move(c, S::Reopened, u"客户说又坏了"_s);
        c = move(c, S::Resolved);
        QVERIFY(c.responseMissed && c.resolutionMissed);

        // Stored, not only computed: a fresh read says the same.
        const Result<Complaint> stored = m_repo->get(alice(), c.id);
        VERIFY_OK(stored);
        QVERIFY(stored->responseMissed && stored->resolutionMissed);
    }

    // respondedAt is the first time only; resolvedAt survives Resolved -> Closed; a reopen
    // clears resolvedAt and closedAt.
    void slaTimesAlongTheWorkflow()
    {
        Complaint c = receive(V::Medium);
        const QDateTime received = c.receivedAt;
        m_clock.now = hoursAfter(received, 1);
        c = move(c, S::InProgress);
        const QDateTime firstResponse = c.respondedAt;
        QCOMPARE(firstResponse, hoursAfter(received, 1));

        m_clock.now = hoursAfter(received, 2);
        c = settle(c, S::Resolved);
        QCOMPARE(c.resolvedAt, hoursAfter(received, 2));
        QVERIFY(!c.closedAt.isValid());

        m_clock.now = hoursAfter(received, 80); // closed after the resolution was due
        c = move(c, S::Closed);
        QCOMPARE(c.resolvedAt, hoursAfter(received, 2));
        QCOMPARE(c.closedAt, hoursAfter(received, 80));
        QVERIFY(!c.resolutionMissed);

        m_clock.now = hoursAfter(received, 90);
        c = move(c, S::Reopened, u"客户不满意"_s);
        QVERIFY(!c.resolvedAt.isValid());
        QVERIFY(!c.closedAt.isValid());
        QCOMPARE(c.respondedAt, firstResponse);
        // Reopened past the resolution due time: overdue again until resolved.
        QVERIFY(ComplaintSla::resolutionOverdue(c, m_clock.now));

        m_clock.now = hoursAfter(received, 91);
        c = move(c, S::InProgress);
        QCOMPARE(c.respondedAt, firstResponse);
        c = move(c, S::Closed);
        QCOMPARE(c.resolvedAt, hoursAfter(received, 91));
        QCOMPARE(c.closedAt, hoursAfter(received, 91));
        QVERIFY(c.resolutionMissed);
    }

    // Writing the first response counts as answering, even while the complaint stays Open.
    void firstResponseTextAnswers()
    {
        Complaint c = receive(V::Low); // 24 h
        const QDateTime received = c.receivedAt;
        m_clock.now = hoursAfter(received, 30);
        c.response = u"已致电客户，承诺明天上门"_s;
        const Result<Complaint> answered = m_repo->update(alice(), c);
        VERIFY_OK(answered);
        QCOMPARE(answered->status, S::Open);
        QCOMPARE(answered->respondedAt, m_clock.now);
        QVERIFY(answered->responseMissed);

        // A later edit of the response keeps the first time.
        m_clock.now = hoursAfter(received, 31);
        Complaint again = answered.value();
        again.response = u"已致电客户，改为后天上门"_s;
        const Result<Complaint> edited = m_repo->update(alice(), again);
        VERIFY_OK(edited);
        QCOMPARE(edited->respondedAt, hoursAfter(received, 30));

        // Received with a response already given: answered on the spot.
        Complaint spot = draft(m_customer.id, V::Low);
        spot.response = u"当场道歉并解释"_s;
        const Result<Complaint> onTheSpot = m_repo->receive(alice(), spot);
        VERIFY_OK(onTheSpot);
        QCOMPARE(onTheSpot->respondedAt, m_clock.now);
        QVERIFY(!onTheSpot->responseMissed);
    }

    // A new severity re-derives the due times from received_at (not from now).
    void severityChangeRederives()
    {
        Complaint c = receive(V::Low);
        const QDateTime received = c.receivedAt;
        m_clock.now = hoursAfter(received, 5);
        c.severity = V::Critical;
        const Result<Complaint> graded = m_repo->update(alice(), c);
        VERIFY_OK(graded);
        QCOMPARE(graded->responseDueAt, hoursAfter(received, 2));
        QCOMPARE(graded->resolutionDueAt, hoursAfter(received, 24));
        QVERIFY(ComplaintSla::responseOverdue(graded.value(), m_clock.now));

        // A corrected received time moves the promised times along, hours unchanged.
        Complaint corrected = graded.value();
        corrected.receivedAt = received.addSecs(-3600);
        const Result<Complaint> moved = m_repo->update(alice(), corrected);
        VERIFY_OK(moved);
        QCOMPARE(moved->responseDueAt, hoursAfter(received, 1));
        QCOMPARE(moved->resolutionDueAt, hoursAfter(received, 23));
    }

    // A new policy applies to complaints received or re-graded from then on; the times promised
    // on existing ones stay.
    void policyChangeKeepsExistingComplaints()
    {
        const Complaint before = receive(V::Medium);
        ComplaintSla sla;
        sla.setHours(V::Medium, {1, 10});
        sla.setHours(V::High, {1, 5});
        VERIFY_OK(ComplaintSla::save(*m_db, alice(), sla));

        const Result<Complaint> stored = m_repo->get(alice(), before.id);
        VERIFY_OK(stored);
        QCOMPARE(stored->responseDueAt, before.responseDueAt);
        QCOMPARE(stored->resolutionDueAt, before.resolutionDueAt);
        QCOMPARE(stored->version, before.version);

        const Complaint after = receive(V::Medium);
        QCOMPARE(after.responseDueAt, hoursAfter(after.receivedAt, 1));
        QCOMPARE(after.resolutionDueAt, hoursAfter(after.receivedAt, 10));

        // Re-graded: the policy of the day.
        Complaint regraded = stored.value();
        regraded.severity = V::High;
        const Result<Complaint> high = m_repo->update(alice(), regraded);
        VERIFY_OK(high);
        QCOMPARE(high->resolutionDueAt, hoursAfter(before.receivedAt, 5));
    }

    void saveIsAudited()
    {
        const int audits = settingsAudits();
        ComplaintSla sla;
        sla.setHours(V::Low, {48, 240});
        VERIFY_OK(ComplaintSla::save(*m_db, alice(), sla));
        QCOMPARE(settingsAudits(), audits + 1);
        AuditFilter filter;
        filter.entity = u"settings"_s;
        filter.limit = 1;
        const Result<QList<AuditEntry>> entries = AuditLog::query(*m_db, alice(), filter);
        VERIFY_OK(entries);
        const AuditEntry entry = entries->first();
        QCOMPARE(entry.action, AuditLog::Update);
        QCOMPARE(entry.user, u"alice"_s);
        QCOMPARE(entry.details.value(u"key"_s).toString(), ComplaintSla::SettingsKey);
        QCOMPARE(entry.details.value(u"before"_s).toObject(), ComplaintSla().toJson());
        QCOMPARE(entry.details.value(u"after"_s).toObject(), sla.toJson());
        QVERIFY(ComplaintSla::load(*m_db).value() == sla);

        // Saving the same policy again changes nothing and records nothing.
        VERIFY_OK(ComplaintSla::save(*m_db, alice(), sla));
        QCOMPARE(settingsAudits(), audits + 1);
    }

    void badPolicyRefused_data()
    {
        QTest::addColumn<int>("response");
        QTest::addColumn<int>("resolution");
        QTest::addColumn<QString>("field");
        QTest::newRow("no response time") << 0 << 24 << u"response_2"_s;
        QTest::newRow("negative") << -4 << 24 << u"response_2"_s;
        QTest::newRow("over a year") << 4 << 9000 << u"resolution_2"_s;
        QTest::newRow("resolve before answering") << 10 << 5 << u"resolution_2"_s;
    }

    void badPolicyRefused()
    {
        QFETCH(int, response);
        QFETCH(int, resolution);
        QFETCH(QString, field);
        const int audits = settingsAudits();
        ComplaintSla sla;
        sla.setHours(V::High, {response, resolution});
        const Status s = ComplaintSla::save(*m_db, alice(), sla);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Invalid);
        QVERIFY2(s.error().fieldErrors.contains(field),
                 qPrintable(s.error().fieldErrors.keys().join(u',')));
        QCOMPARE(s.error().fieldErrors.size(), 1);
        QCOMPARE(settingsAudits(), audits);
        QCOMPARE(ArchiveSettings::read(*m_db, ComplaintSla::SettingsKey).value(), QString());
        QVERIFY(ComplaintSla::load(*m_db).value() == ComplaintSla());
    }

    // Only admins (ManageSettings) change the policy.
    void onlyAdminsSave()
    {
        ComplaintSla sla;
        sla.setHours(V::Low, {12, 100});
        for (const Actor &actor : {SecurityFixtures::frontDesk(),
                                   SecurityFixtures::supervisor(),
                                   SecurityFixtures::nobody()})
            QCOMPARE(ComplaintSla::save(*m_db, actor, sla).error().code, Error::Code::Permission);
        VERIFY_OK(ComplaintSla::save(*m_db, SecurityFixtures::admin(), sla));
        QCOMPARE(ComplaintSla::load(*m_db)->hours(V::Low), (SlaHours {12, 100}));
    }

    void jsonRoundTrip()
    {
        ComplaintSla sla;
        sla.setHours(V::Low, {30, 300});
        sla.setHours(V::Medium, {10, 100});
        sla.setHours(V::High, {3, 30});
        sla.setHours(V::Critical, {1, 8});
        const QJsonObject json = sla.toJson();
        QCOMPARE(json.value(u"critical"_s).toObject().value(u"response"_s).toInt(), 1);
        QCOMPARE(json.value(u"low"_s).toObject().value(u"resolution"_s).toInt(), 300);
        QVERIFY(ComplaintSla::fromJson(json) == sla);

        // Missing severities and values out of range keep their defaults.
        const QJsonObject partial {
                {u"high"_s, QJsonObject {{u"response"_s, 6}, {u"resolution"_s, -1}}},
                {u"low"_s, QJsonObject {{u"response"_s, 2.5}, {u"resolution"_s, u"48"_s}}},
                {u"critical"_s, 7},
        };
        const ComplaintSla read = ComplaintSla::fromJson(partial);
        QCOMPARE(read.hours(V::High), (SlaHours {6, 48}));
        QCOMPARE(read.hours(V::Low), (SlaHours {24, 168}));
        QCOMPARE(read.hours(V::Medium), (SlaHours {8, 72}));
        QCOMPARE(read.hours(V::Critical), (SlaHours {2, 24}));
    }

    // A policy changed behind the application's back into nonsense: the defaults apply.
    void storedNonsenseGivesDefaults()
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"INSERT INTO settings(key, value) VALUES(?, ?)"_s);
        q.addBindValue(ComplaintSla::SettingsKey);
        q.addBindValue(u"{\"medium\": {\"response\": 50, \"resolution\": 10}}"_s);
        QVERIFY(q.exec());
        QVERIFY(ComplaintSla::load(*m_db).value() == ComplaintSla());
        const Complaint c = receive(V::Medium);
        QCOMPARE(c.responseDueAt, hoursAfter(c.receivedAt, 8));
    }
};

QTEST_GUILESS_MAIN(tst_ComplaintSla)
#include "tst_complaintsla.moc"
