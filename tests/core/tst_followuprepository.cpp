#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/FollowUpFixtures.h"
#include "core/HistoryFixtures.h"
#include "core/SecurityFixtures.h"
#include "followups/FollowUpRepository.h"
#include "followups/FollowUpRules.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace FollowUpFixtures;
using SecurityFixtures::rowCount;

namespace {

// Local noon of a day, in UTC as the clock gives it: the repository's "today" is that day
// wherever the test runs.
QDateTime noon(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::LocalTime).toUTC();
}

} // namespace

class tst_FollowUpRepository : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    SecurityFixtures::ManualClock m_clock;
    std::unique_ptr<FollowUpRepository> m_repo;
    Customer m_customer;
    Customer m_other;

    FollowUp draft(const QString &purpose = u"回访空调安装效果"_s) const
    {
        FollowUp f;
        f.customerId = m_customer.id;
        f.purpose = purpose;
        f.dueOn = QDate(2025, 6, 16);
        f.assignee = u"desk"_s;
        return f;
    }

    FollowUp planned(const FollowUp &f)
    {
        const Result<FollowUp> p = m_repo->plan(SecurityFixtures::frontDesk(), f);
        if (!p)
            qWarning("plan failed: %s", qPrintable(p.error().message));
        return p ? p.value() : FollowUp {};
    }

    // What a refused call must leave untouched.
    QString snapshot() const
    {
        return u"%1 audited | %2"_s.arg(rowCount(*m_db, u"audit_log"_s))
                .arg(SecurityFixtures::tableText(*m_db, u"follow_ups"_s));
    }

    QList<AuditEntry> audit(qint64 id) const
    {
        return AuditLog::forEntity(*m_db, Fixtures::alice(), FollowUpRepository::Entity, id).value();
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_clock.now = noon(2025, 6, 13); // a Friday
        m_repo = std::make_unique<FollowUpRepository>(*m_db, m_clock.function());
        m_customer = HistoryFixtures::newCustomer(*m_db, u"王芳"_s);
        m_other = HistoryFixtures::newCustomer(*m_db, u"李雷"_s);
        QVERIFY(m_customer.id > 0 && m_other.id > 0);
        QVERIFY(user(*m_db, u"desk"_s) > 0);
        QVERIFY(user(*m_db, u"Carol"_s) > 0);
        QVERIFY(user(*m_db, u"gone"_s, true) > 0);
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void planStoresTheFollowUp()
    {
        FollowUp f = draft(u"  回访   空调安装效果 "_s);
        f.notes = u" 客户下午方便 "_s;
        f.assignee = u"carol"_s; // as the account spells it
        f.purchaseId = HistorySql::purchase(*m_db, m_customer.id, noon(2025, 6, 1), 100);
        f.rule = FollowUpRule::Birthday; // not the caller's to choose
        f.sourceId = 7;
        f.csat = 5; // nor to record yet
        const Result<FollowUp> p = m_repo->plan(SecurityFixtures::frontDesk(), f);
        VERIFY_OK(p);
        QVERIFY(p->id > 0);
        QCOMPARE(p->customerId, m_customer.id);
        QCOMPARE(p->purpose, u"回访 空调安装效果"_s);
        QCOMPARE(p->notes, u"客户下午方便"_s);
        QCOMPARE(p->dueOn, QDate(2025, 6, 16));
        QCOMPARE(p->assignee, u"Carol"_s);
        QCOMPARE(p->purchaseId, f.purchaseId);
        QCOMPARE(p->rule, u""_s);
        QCOMPARE(p->sourceId, qint64(0));
        QCOMPARE(p->status, FollowUpStatus::Planned);
        QCOMPARE(p->csat, 0);
        QCOMPARE(p->nps, -1);
        QCOMPARE(p->attempts, 0);
        QCOMPARE(p->createdAt, m_clock.now);
        QCOMPARE(p->createdBy, u"desk"_s);
        QCOMPARE(p->version, 1);
        QCOMPARE(m_repo->get(SecurityFixtures::admin(), p->id)->purpose, p->purpose);
        const QList<AuditEntry> entries = audit(p->id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, AuditLog::Create);
        QCOMPARE(entries.first().details.value(u"purpose"_s).toString(), p->purpose);
    }

    void planRefusesBadInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("no purpose") << u"purpose"_s;
        QTest::newRow("purpose too long") << u"purpose"_s;
        QTest::newRow("no due date") << u"due_on"_s;
        QTest::newRow("unknown assignee") << u"assignee"_s;
        QTest::newRow("disabled assignee") << u"assignee"_s;
        QTest::newRow("another customer's purchase") << u"purchase"_s;
        QTest::newRow("another customer's request") << u"request"_s;
        QTest::newRow("another customer's complaint") << u"complaint"_s;
        QTest::newRow("unknown purchase") << u"purchase"_s;
        QTest::newRow("unknown customer") << u"customer"_s;
    }

    void planRefusesBadInput()
    {
        QFETCH(QString, field);
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        FollowUp f = draft();
        if (row == u"no purpose")
            f.purpose = u"  "_s;
        else if (row == u"purpose too long")
            f.purpose = QString(501, u'访');
        else if (row == u"no due date")
            f.dueOn = {};
        else if (row == u"unknown assignee")
            f.assignee = u"nobody"_s;
        else if (row == u"disabled assignee")
            f.assignee = u"gone"_s;
        else if (row == u"another customer's purchase")
            f.purchaseId = HistorySql::purchase(*m_db, m_other.id, noon(2025, 6, 1), 100);
        else if (row == u"another customer's request")
            f.requestId = HistorySql::request(*m_db, m_other.id, noon(2025, 6, 1), u"t"_s);
        else if (row == u"another customer's complaint")
            f.complaintId = complaint(*m_db, m_other.id, u"desk"_s);
        else if (row == u"unknown purchase")
            f.purchaseId = 999;
        else if (row == u"unknown customer")
            f.customerId = 999;
        const QString before = snapshot();
        const Result<FollowUp> p = m_repo->plan(SecurityFixtures::frontDesk(), f);
        QVERIFY(!p);
        QCOMPARE(p.error().code,
                 row == u"unknown customer" ? Error::Code::NotFound : Error::Code::Invalid);
        QCOMPARE(p.error().fieldErrors.keys(), QList<QString> {field});
        QVERIFY(!p.error().message.isEmpty());
        QCOMPARE(snapshot(), before);
    }

    void nothingNewForAnErasedCustomer()
    {
        QVERIFY(HistoryFixtures::erase(*m_db, m_other));
        FollowUp f = draft();
        f.customerId = m_other.id;
        const Result<FollowUp> p = m_repo->plan(SecurityFixtures::frontDesk(), f);
        QVERIFY(!p);
        QCOMPARE(p.error().code, Error::Code::Invalid);
        QVERIFY(p.error().fieldErrors.contains(u"customer"_s));
        QCOMPARE(rowCount(*m_db, u"follow_ups"_s), 0);
    }

    void updateChangesAPlannedOne()
    {
        const FollowUp p = planned(draft());
        FollowUp edited = p;
        edited.purpose = u"确认安装师傅是否已上门"_s;
        edited.dueOn = QDate(2025, 6, 18);
        edited.assignee = u""_s; // anyone's
        edited.notes = u"电话先打座机"_s;
        m_clock.now = m_clock.now.addSecs(60);
        const Result<FollowUp> u = m_repo->update(Fixtures::bob(), edited);
        VERIFY_OK(u);
        QCOMPARE(u->purpose, edited.purpose);
        QCOMPARE(u->dueOn, QDate(2025, 6, 18));
        QCOMPARE(u->assignee, u""_s);
        QCOMPARE(u->notes, edited.notes);
        QCOMPARE(u->updatedBy, u"bob"_s);
        QCOMPARE(u->updatedAt, m_clock.now);
        QCOMPARE(u->version, 2);
        const QJsonObject changes = audit(p.id).last().details;
        QCOMPARE(changes.keys(),
                 (QStringList {u"assignee"_s, u"due_on"_s, u"notes"_s, u"purpose"_s}));
        QCOMPARE(changes.value(u"due_on"_s).toObject().value(u"before"_s).toString(),
                 u"2025-06-16"_s);

        // Bob's edit came in between: a stale save is refused, naming him.
        const QString before = snapshot();
        const Result<FollowUp> stale = m_repo->update(Fixtures::alice(), p);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, Error::Code::Conflict);
        QVERIFY2(stale.error().message.contains(u"bob"_s), qPrintable(stale.error().message));
        QCOMPARE(snapshot(), before);
    }

    void recordTakesTheOutcomeAndScores()
    {
        FollowUp f = draft();
        f.notes = u"先发短信"_s;
        const FollowUp p = planned(f);
        m_clock.now = noon(2025, 6, 16);
        const Result<FollowUp> r = m_repo->record(Fixtures::bob(),
                                                  p.id,
                                                  p.version,
                                                  u"  客户满意，空调运行正常 "_s,
                                                  5,
                                                  9);
        VERIFY_OK(r);
        QCOMPARE(r->status, FollowUpStatus::Done);
        QCOMPARE(r->outcome, u"客户满意，空调运行正常"_s);
        QCOMPARE(r->csat, 5);
        QCOMPARE(r->nps, 9);
        QCOMPARE(r->notes, u"先发短信"_s); // kept: no notes given
        QCOMPARE(r->doneAt, m_clock.now);
        QCOMPARE(r->doneBy, u"bob"_s);
        QCOMPARE(r->ratedStaff, u"desk"_s); // no link: the assignee's service
        QCOMPARE(r->version, 2);
        QVERIFY(!r->isOpen());
        QCOMPARE(audit(p.id).last().action, FollowUpRepository::RecordAction);

        // Done is done.
        const QString before = snapshot();
        const Result<FollowUp> again = m_repo->record(Fixtures::bob(), p.id, 2, u"再次"_s, 4, -1);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Invalid);
        QVERIFY(!m_repo->noAnswer(Fixtures::bob(), p.id, 2));
        QVERIFY(!m_repo->cancel(Fixtures::bob(), p.id, 2, u"不需要了"_s));
        QCOMPARE(snapshot(), before);
    }

    void recordWithoutScoresAndWithNewNotes()
    {
        const FollowUp p = planned(draft());
        const Result<FollowUp> r = m_repo->record(Fixtures::bob(),
                                                  p.id,
                                                  p.version,
                                                  u"已告知保修期"_s,
                                                  0,
                                                  -1,
                                                  u"下次带发票"_s);
        VERIFY_OK(r);
        QCOMPARE(r->csat, 0);
        QCOMPARE(r->nps, -1);
        QCOMPARE(r->notes, u"下次带发票"_s);
        QVERIFY(SecurityFixtures::scalar(*m_db, u"SELECT csat FROM follow_ups"_s).isNull());
        QVERIFY(SecurityFixtures::scalar(*m_db, u"SELECT nps FROM follow_ups"_s).isNull());
    }

    void badScoresAreRefusedWithNothingWritten_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("csat");
        QTest::addColumn<int>("nps");
        QTest::addColumn<QString>("field");
        QTest::newRow("csat 6") << u"好"_s << 6 << -1 << u"csat"_s;
        QTest::newRow("csat -1") << u"好"_s << -1 << -1 << u"csat"_s;
        QTest::newRow("nps 11") << u"好"_s << 0 << 11 << u"nps"_s;
        QTest::newRow("nps -2") << u"好"_s << 4 << -2 << u"nps"_s;
        QTest::newRow("no outcome") << u"  "_s << 4 << 8 << u"outcome"_s;
    }

    void badScoresAreRefusedWithNothingWritten()
    {
        QFETCH(QString, outcome);
        QFETCH(int, csat);
        QFETCH(int, nps);
        QFETCH(QString, field);
        const FollowUp p = planned(draft());
        const QString before = snapshot();
        const Result<FollowUp> r
                = m_repo->record(Fixtures::bob(), p.id, p.version, outcome, csat, nps);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(r.error().fieldErrors.keys(), QList<QString> {field});
        QCOMPARE(snapshot(), before);
    }

    void theScoreRatesWhoServedTheCustomer_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("rated");
        QTest::newRow("complaint: its handler") << u"complaint"_s << u"handler"_s;
        QTest::newRow("complaint nobody handled: the assignee") << u"unhandled"_s << u"desk"_s;
        QTest::newRow("request: its owner") << u"request"_s << u"owner"_s;
        QTest::newRow("purchase: its seller") << u"purchase"_s << u"alice"_s;
        QTest::newRow("complaint before purchase") << u"both"_s << u"handler"_s;
        QTest::newRow("nothing linked, nobody assigned: the caller") << u"unassigned"_s << u"bob"_s;
    }

    void theScoreRatesWhoServedTheCustomer()
    {
        QFETCH(QString, link);
        QFETCH(QString, rated);
        FollowUp f = draft();
        if (link == u"complaint" || link == u"both")
            f.complaintId = complaint(*m_db, m_customer.id, u"handler"_s);
        if (link == u"unassigned")
            f.assignee = u""_s;
        if (link == u"unhandled")
            f.complaintId = complaint(*m_db, m_customer.id, u""_s);
        if (link == u"purchase" || link == u"both")
            f.purchaseId = HistorySql::purchase(*m_db, m_customer.id, noon(2025, 6, 1), 100);
        if (link == u"request") {
            f.requestId = HistorySql::request(*m_db, m_customer.id, noon(2025, 6, 1), u"t"_s);
            QSqlQuery q(m_db->connection());
            q.prepare(u"UPDATE service_requests SET owner = 'owner' WHERE id = ?"_s);
            q.addBindValue(f.requestId);
            QVERIFY(q.exec());
        }
        const FollowUp p = planned(f);
        QVERIFY(p.id > 0);
        const Result<FollowUp> r = m_repo->record(Fixtures::bob(), p.id, p.version, u"好"_s, 4, -1);
        VERIFY_OK(r);
        QCOMPARE(r->ratedStaff, rated);
    }

    void noAnswerRetriesOnTheNextWorkingDayThenGivesUp()
    {
        const FollowUp p = planned(draft());
        // Friday: next Monday.
        Result<FollowUp> n = m_repo->noAnswer(SecurityFixtures::frontDesk(), p.id, p.version);
        VERIFY_OK(n);
        QCOMPARE(n->attempts, 1);
        QCOMPARE(n->dueOn, QDate(2025, 6, 16));
        QCOMPARE(n->status, FollowUpStatus::Planned);
        QVERIFY(!n->doneAt.isValid());
        QCOMPARE(audit(p.id).last().action, FollowUpRepository::NoAnswerAction);
        // Monday: Tuesday.
        m_clock.now = noon(2025, 6, 16);
        n = m_repo->noAnswer(SecurityFixtures::frontDesk(), p.id, n->version);
        VERIFY_OK(n);
        QCOMPARE(n->attempts, 2);
        QCOMPARE(n->dueOn, QDate(2025, 6, 17));
        // The third unanswered call (of three allowed): unreachable.
        m_clock.now = noon(2025, 6, 17);
        n = m_repo->noAnswer(SecurityFixtures::frontDesk(), p.id, n->version);
        VERIFY_OK(n);
        QCOMPARE(n->attempts, 3);
        QCOMPARE(n->status, FollowUpStatus::Unreachable);
        QCOMPARE(n->dueOn, QDate(2025, 6, 17));
        QCOMPARE(n->doneAt, m_clock.now);
        QCOMPARE(n->doneBy, u"desk"_s);
        QVERIFY(!n->isOpen());
        QVERIFY(!m_repo->noAnswer(SecurityFixtures::frontDesk(), p.id, n->version));
    }

    void noAnswerFollowsTheConfiguredAttempts()
    {
        FollowUpRules rules;
        rules.maxAttempts = 1;
        QVERIFY(FollowUpRules::save(*m_db, SecurityFixtures::admin(), rules));
        const FollowUp p = planned(draft());
        const Result<FollowUp> n = m_repo->noAnswer(SecurityFixtures::frontDesk(), p.id, p.version);
        VERIFY_OK(n);
        QCOMPARE(n->status, FollowUpStatus::Unreachable);
        QCOMPARE(n->attempts, 1);
    }

    void nextWorkingDay()
    {
        QCOMPARE(FollowUpRepository::nextWorkingDay(QDate(2025, 6, 13)), QDate(2025, 6, 16)); // Fri
        QCOMPARE(FollowUpRepository::nextWorkingDay(QDate(2025, 6, 14)), QDate(2025, 6, 16)); // Sat
        QCOMPARE(FollowUpRepository::nextWorkingDay(QDate(2025, 6, 15)), QDate(2025, 6, 16)); // Sun
        QCOMPARE(FollowUpRepository::nextWorkingDay(QDate(2025, 6, 16)), QDate(2025, 6, 17)); // Mon
        QCOMPARE(FollowUpRepository::nextWorkingDay(QDate(2025, 12, 31)), QDate(2026, 1, 1));
    }

    void cancelNeedsAReason()
    {
        const FollowUp p = planned(draft());
        const QString before = snapshot();
        const Result<FollowUp> refused = m_repo->cancel(Fixtures::bob(), p.id, p.version, u" "_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().fieldErrors.keys(), QList<QString> {u"reason"_s});
        QCOMPARE(snapshot(), before);

        const Result<FollowUp> c = m_repo->cancel(Fixtures::bob(), p.id, p.version, u"客户已搬走"_s);
        VERIFY_OK(c);
        QCOMPARE(c->status, FollowUpStatus::Cancelled);
        QCOMPARE(c->outcome, u"客户已搬走"_s);
        QCOMPARE(audit(p.id).last().action, FollowUpRepository::CancelAction);
        QVERIFY(!m_repo->record(Fixtures::bob(), p.id, c->version, u"好"_s, 5, -1));
    }

    void staleVersionsConflict()
    {
        const FollowUp p = planned(draft());
        const Result<FollowUp> mine = m_repo->noAnswer(Fixtures::bob(), p.id, p.version);
        VERIFY_OK(mine);
        const QString before = snapshot();
        for (const Result<FollowUp> &r :
             {m_repo->record(Fixtures::alice(), p.id, p.version, u"好"_s, 5, -1),
              m_repo->noAnswer(Fixtures::alice(), p.id, p.version),
              m_repo->cancel(Fixtures::alice(), p.id, p.version, u"重复"_s)}) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::Conflict);
            QVERIFY2(r.error().message.contains(u"bob"_s), qPrintable(r.error().message));
        }
        QCOMPARE(snapshot(), before);
        QCOMPARE(m_repo->record(Fixtures::alice(), 999, 1, u"好"_s, 5, -1).error().code,
                 Error::Code::NotFound);
        QCOMPARE(m_repo->get(Fixtures::alice(), 999).error().code, Error::Code::NotFound);
    }

    void permissions()
    {
        const FollowUp p = planned(draft());
        const QString before = snapshot();
        for (const Actor &actor : {SecurityFixtures::admin(), SecurityFixtures::nobody()}) {
            QCOMPARE(m_repo->plan(actor, draft()).error().code, Error::Code::Permission);
            QCOMPARE(m_repo->update(actor, p).error().code, Error::Code::Permission);
            QCOMPARE(m_repo->record(actor, p.id, p.version, u"好"_s, 5, -1).error().code,
                     Error::Code::Permission);
            QCOMPARE(m_repo->noAnswer(actor, p.id, p.version).error().code, Error::Code::Permission);
            QCOMPARE(m_repo->cancel(actor, p.id, p.version, u"x"_s).error().code,
                     Error::Code::Permission);
        }
        QCOMPARE(m_repo->get(SecurityFixtures::nobody(), p.id).error().code,
                 Error::Code::Permission);
        QCOMPARE(m_repo->forCustomer(SecurityFixtures::nobody(), m_customer.id).error().code,
                 Error::Code::Permission);
        QCOMPARE(snapshot(), before);
        // A supervisor works the queue too.
        VERIFY_OK(m_repo->record(SecurityFixtures::supervisor(), p.id, p.version, u"好"_s, 5, -1));
    }

    void pagesOfACustomersFollowUpsNewestFirst()
    {
        QList<qint64> expected;
        for (const QDate &due : {QDate(2025, 6, 10),
                                 QDate(2025, 6, 20),
                                 QDate(2025, 6, 20),
                                 QDate(2025, 6, 20),
                                 QDate(2025, 5, 1)}) {
            FollowUp f = draft();
            f.dueOn = due;
            expected.append(planned(f).id);
        }
        FollowUp other = draft();
        other.customerId = m_other.id;
        planned(other);
        // By due date, newest first; the same day by id, newest first.
        expected = {expected[3], expected[2], expected[1], expected[0], expected[4]};

        QList<qint64> walked;
        HistoryCursor cursor;
        bool atEnd = false;
        int pages = 0;
        while (!atEnd && pages < 10) {
            const Result<HistoryPage<FollowUp>> page
                    = m_repo->forCustomer(SecurityFixtures::frontDesk(), m_customer.id, cursor, 2);
            VERIFY_OK(page);
            for (const FollowUp &f : page->rows)
                walked.append(f.id);
            cursor = page->next;
            atEnd = page->atEnd;
            ++pages;
        }
        QCOMPARE(walked, expected);
        QCOMPARE(pages, 3);
    }
};

QTEST_GUILESS_MAIN(tst_FollowUpRepository)
#include "tst_followuprepository.moc"
