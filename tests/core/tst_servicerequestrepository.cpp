#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/HistoryFixtures.h"
#include "core/SecurityFixtures.h"
#include "history/HistoryLabels.h"
#include "history/ServiceRequestRepository.h"
#include "history/StageRules.h"
#include "storage/StoredTime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Fixtures;
using namespace HistoryFixtures;

Q_DECLARE_METATYPE(ServiceRequest)

namespace {

using S = RequestStage;

ServiceRequest draft(qint64 customerId, const QString &title = u"空调不制冷"_s)
{
    ServiceRequest r;
    r.customerId = customerId;
    r.title = title;
    return r;
}

// "from>to by who (reason)" for each move, oldest first.
QString describe(const QList<StageMove> &moves)
{
    QStringList out;
    for (const StageMove &m : moves) {
        QString line = (m.opened ? u"opened"_s : HistoryLabels::stage(m.from)) + u'>'
                       + HistoryLabels::stage(m.to) + u" by "_s + m.movedBy;
        if (!m.reason.isEmpty())
            line += u" ("_s + m.reason + u')';
        out.append(line);
    }
    return out.join(u"; "_s);
}

} // namespace

class tst_ServiceRequestRepository : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ServiceRequestRepository> m_repo;
    Customer m_customer;

    int auditCount(const QString &action = {}) const
    {
        QSqlQuery q(m_db->connection());
        if (action.isEmpty()) {
            q.prepare(u"SELECT count(*) FROM audit_log WHERE entity = 'service_request'"_s);
        } else {
            q.prepare(u"SELECT count(*) FROM audit_log WHERE entity = 'service_request'"
                      " AND action = ?"_s);
            q.addBindValue(action);
        }
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // What a refused call must leave untouched.
    QString snapshot() const
    {
        return u"%1 requests, %2 moves, %3 audited, %4"_s.arg(count(*m_db, u"service_requests"_s))
                .arg(count(*m_db, u"request_stage_moves"_s))
                .arg(auditCount())
                .arg(SecurityFixtures::tableText(*m_db, u"service_requests"_s));
    }

    ServiceRequest opened(const ServiceRequest &r)
    {
        const Result<ServiceRequest> o = m_repo->open(alice(), r);
        if (!o)
            qWarning("open failed: %s", qPrintable(o.error().message));
        return o ? o.value() : ServiceRequest {};
    }

    // Moves and checks it went through; the request as stored afterwards.
    ServiceRequest moved(const Actor &actor,
                         const ServiceRequest &r,
                         S to,
                         const QString &reason = {})
    {
        const Result<ServiceRequest> m = m_repo->move(actor, r.id, r.version, to, reason);
        if (!m) {
            qWarning("move to %s failed: %s",
                     qPrintable(HistoryLabels::stage(to)),
                     qPrintable(m.error().message));
            return r;
        }
        return m.value();
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_repo = std::make_unique<ServiceRequestRepository>(*m_db);
        m_customer = newCustomer(*m_db, u"王芳"_s);
        QVERIFY(m_customer.id > 0);
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void openStoresTheRequestAndItsFirstMove()
    {
        ServiceRequest r = draft(m_customer.id, u"  空调不制冷  "_s);
        r.description = u"客厅挂机，开机半小时仍不制冷"_s;
        r.priority = RequestPriority::High;
        r.owner = u"bob"_s;
        r.dueOn = QDate(2025, 7, 1);
        r.planContent = u"上门检查冷媒"_s;
        r.planSchedule = u"周三上午"_s;
        r.planBudget = 30000;
        r.stage = S::Execution; // not the caller's to choose

        const Result<ServiceRequest> o = m_repo->open(SecurityFixtures::frontDesk(), r);
        VERIFY_OK(o);
        QVERIFY(o->id > 0);
        QCOMPARE(o->customerId, m_customer.id);
        QCOMPARE(o->title, u"空调不制冷"_s);
        QCOMPARE(o->description, r.description);
        QCOMPARE(o->priority, RequestPriority::High);
        QCOMPARE(o->owner, u"bob"_s);
        QCOMPARE(o->dueOn, QDate(2025, 7, 1));
        QCOMPARE(o->planContent, r.planContent);
        QCOMPARE(o->planSchedule, r.planSchedule);
        QCOMPARE(o->planBudget, qint64(30000));
        QCOMPARE(o->stage, S::Contact);
        QVERIFY(o->isOpen());
        QVERIFY(o->openedAt.isValid());
        QVERIFY(!o->closedAt.isValid());
        QCOMPARE(o->createdBy, u"desk"_s);
        QCOMPARE(o->updatedBy, u"desk"_s);
        QCOMPARE(o->version, 1);

        const Result<QList<StageMove>> moves = m_repo->moves(alice(), o->id);
        VERIFY_OK(moves);
        QCOMPARE(moves->size(), 1);
        const StageMove &first = moves->first();
        QVERIFY(first.opened);
        QCOMPARE(first.to, S::Contact);
        QCOMPARE(first.movedBy, u"desk"_s);
        QCOMPARE(first.movedAt, o->openedAt);
        QCOMPARE(first.requestId, o->id);
        QVERIFY(first.reason.isEmpty());
        // Stored without a from stage, with the customer for the timeline.
        QCOMPARE(SecurityFixtures::scalar(*m_db,
                                          u"SELECT count(*) FROM request_stage_moves WHERE"
                                          " from_stage IS NULL AND customer_id = ?"_s,
                                          {m_customer.id})
                         .toInt(),
                 1);
        QCOMPARE(auditCount(AuditLog::Create), 1);
    }

    void openWithoutDueDateOrPlan()
    {
        const ServiceRequest o = opened(draft(m_customer.id));
        QVERIFY(o.id > 0);
        QVERIFY(!o.dueOn.isValid());
        QVERIFY(o.planContent.isEmpty());
        QCOMPARE(o.planBudget, qint64(0));
        QCOMPARE(o.priority, RequestPriority::Normal);
    }

    void openRefusesBadInput_data()
    {
        QTest::addColumn<ServiceRequest>("input");
        QTest::addColumn<QString>("field");
        const ServiceRequest good = draft(0);
        ServiceRequest bad = good;
        bad.title = QString();
        QTest::newRow("no title") << bad << u"title"_s;
        bad = good;
        bad.title = u" \t "_s;
        QTest::newRow("blank title") << bad << u"title"_s;
        bad = good;
        bad.title = QString(201, u'修');
        QTest::newRow("title too long") << bad << u"title"_s;
        bad = good;
        bad.planBudget = -1;
        QTest::newRow("negative budget") << bad << u"plan_budget"_s;
        bad = good;
        bad.planBudget = std::numeric_limits<qint64>::max();
        QTest::newRow("budget a typing error") << bad << u"plan_budget"_s;
        bad = good;
        bad.priority = RequestPriority(9);
        QTest::newRow("unknown priority") << bad << u"priority"_s;
    }

    void openRefusesBadInput()
    {
        QFETCH(ServiceRequest, input);
        QFETCH(QString, field);
        input.customerId = m_customer.id;
        const QString before = snapshot();
        const Result<ServiceRequest> r = m_repo->open(alice(), input);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(r.error().fieldErrors.keys(), QStringList {field});
        QCOMPARE(snapshot(), before);
    }

    void openRefusesUnknownAndErasedCustomers()
    {
        Result<ServiceRequest> r = m_repo->open(alice(), draft(m_customer.id + 99));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::NotFound);

        QVERIFY(erase(*m_db, m_customer));
        const QString before = snapshot();
        r = m_repo->open(alice(), draft(m_customer.id));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(snapshot(), before);
        QCOMPARE(count(*m_db, u"service_requests"_s), 0);
    }

    // An erased customer's open request takes no new text, but can still be brought to an end.
    void anErasedCustomersRequestCanOnlyBeMoved()
    {
        const ServiceRequest opening = opened(draft(m_customer.id));
        QVERIFY(erase(*m_db, m_customer));
        // The erasure blanked the request's texts and counted a version: an old copy is stale.
        const Result<ServiceRequest> stored = m_repo->get(alice(), opening.id);
        VERIFY_OK(stored);
        QVERIFY(stored->version > opening.version);
        QVERIFY(stored->description.isEmpty());
        const ServiceRequest r = stored.value();
        ServiceRequest edited = r;
        edited.description = u"新的个人信息"_s;
        const QString before = snapshot();
        const Result<ServiceRequest> u = m_repo->update(alice(), edited);
        QVERIFY(!u);
        QCOMPARE(u.error().code, Error::Code::Invalid);
        QCOMPARE(snapshot(), before);

        const Result<ServiceRequest> m = m_repo->move(alice(),
                                                      r.id,
                                                      r.version,
                                                      S::Cancelled,
                                                      u"客户要求删除个人信息"_s);
        VERIFY_OK(m);
        QCOMPARE(m->stage, S::Cancelled);
    }

    void aUserWithoutRolesCanDoNothing()
    {
        const ServiceRequest o = opened(draft(m_customer.id));
        const Actor nobody = SecurityFixtures::nobody();
        const QString before = snapshot();
        QCOMPARE(m_repo->open(nobody, draft(m_customer.id)).error().code, Error::Code::Permission);
        ServiceRequest edited = o;
        edited.title = u"改标题"_s;
        QCOMPARE(m_repo->update(nobody, edited).error().code, Error::Code::Permission);
        QCOMPARE(m_repo->move(nobody, o.id, o.version, S::NeedsAnalysis).error().code,
                 Error::Code::Permission);
        QCOMPARE(m_repo->get(nobody, o.id).error().code, Error::Code::Permission);
        QCOMPARE(m_repo->moves(nobody, o.id).error().code, Error::Code::Permission);
        QCOMPARE(m_repo->forCustomer(nobody, m_customer.id).error().code, Error::Code::Permission);
        QCOMPARE(snapshot(), before);
    }

    // Contact to closed and back again, each move recorded with who, from, to and why.
    void movesThroughTheProcess()
    {
        const Actor desk = SecurityFixtures::frontDesk();
        const Actor chief = SecurityFixtures::supervisor();
        ServiceRequest r = opened(draft(m_customer.id));
        r = moved(desk, r, S::NeedsAnalysis);
        QCOMPARE(r.stage, S::NeedsAnalysis);
        QCOMPARE(r.version, 2);
        QCOMPARE(r.updatedBy, u"desk"_s);
        r = moved(desk, r, S::Plan);

        // The plan must be written before it is carried out.
        QString before = snapshot();
        Result<ServiceRequest> refused = m_repo->move(desk, r.id, r.version, S::Execution);
        QVERIFY(!refused);
        QCOMPARE(refused.error().fieldErrors.keys(), QStringList {u"plan_content"_s});
        QCOMPARE(snapshot(), before);

        r.planContent = u"更换压缩机"_s;
        r.planBudget = 120000;
        const Result<ServiceRequest> planned = m_repo->update(desk, r);
        VERIFY_OK(planned);
        QCOMPARE(planned->stage, S::Plan);
        r = moved(desk, planned.value(), S::Execution);

        // Back needs a reason.
        before = snapshot();
        refused = m_repo->move(chief, r.id, r.version, S::Plan, u"   "_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, u"Moving a request back to Plan needs a reason."_s);
        QCOMPARE(snapshot(), before);
        r = moved(chief, r, S::Plan, u"  配件缺货，改方案  "_s);
        QCOMPARE(r.stage, S::Plan);

        r = moved(desk, r, S::AfterSales); // skipping Execution is allowed
        r = moved(chief, r, S::Closed);
        QCOMPARE(r.stage, S::Closed);
        QVERIFY(!r.isOpen());
        QVERIFY(r.closedAt.isValid());
        QCOMPARE(r.closedAt, r.updatedAt);

        r = moved(chief, r, S::AfterSales, u"客户反映又坏了"_s);
        QCOMPARE(r.stage, S::AfterSales);
        QVERIFY(!r.closedAt.isValid());
        r = moved(chief, r, S::Closed);
        QVERIFY(r.closedAt.isValid());
        QCOMPARE(r.version, 10);

        const Result<QList<StageMove>> moves = m_repo->moves(alice(), r.id);
        VERIFY_OK(moves);
        QCOMPARE(describe(moves.value()),
                 u"opened>Contact by alice; Contact>Needs analysis by desk; "
                 "Needs analysis>Plan by desk; Plan>Execution by desk; "
                 "Execution>Plan by chief (配件缺货，改方案); Plan>After-sales by desk; "
                 "After-sales>Closed by chief; Closed>After-sales by chief (客户反映又坏了); "
                 "After-sales>Closed by chief"_s);
        for (qsizetype i = 1; i < moves->size(); ++i) {
            QVERIFY(moves->at(i).id > moves->at(i - 1).id);
            QVERIFY(moves->at(i).movedAt >= moves->at(i - 1).movedAt);
            QCOMPARE(moves->at(i).requestId, r.id);
        }
        QCOMPARE(moves->last().movedAt, r.closedAt);

        // One audit entry per move, with from, to and reason.
        QCOMPARE(auditCount(ServiceRequestRepository::MoveAction), 8);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT user_login, details FROM audit_log WHERE action = 'move'"
                       " ORDER BY id"_s));
        QVERIFY(q.seek(3));
        QCOMPARE(q.value(0).toString(), u"chief"_s);
        const QJsonObject details = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QCOMPARE(details.value(u"from"_s).toInt(), int(S::Execution));
        QCOMPARE(details.value(u"to"_s).toInt(), int(S::Plan));
        QCOMPARE(details.value(u"reason"_s).toString(), u"配件缺货，改方案"_s);
    }

    // The rule "after a request is closed": a return visit seven days later for the request's
    // owner; a reopened request closed again plans no second one, a cancelled one none.
    void closingPlansTheReturnVisit()
    {
        ServiceRequest draftWithOwner = draft(m_customer.id);
        draftWithOwner.owner = u"bob"_s;
        ServiceRequest r = opened(draftWithOwner);
        const QDate before = QDate::currentDate();
        r = moved(SecurityFixtures::frontDesk(), r, S::Closed);
        QCOMPARE(r.stage, S::Closed);
        const auto planned = [&] {
            QSqlQuery q(m_db->connection());
            q.prepare(u"SELECT due_on, assignee, rule, request_id, purpose FROM follow_ups"
                      " WHERE customer_id = ?"_s);
            q.addBindValue(m_customer.id);
            QStringList out;
            if (q.exec())
                while (q.next())
                    out.append(u"%1 %2 %3 %4 %5"_s.arg(q.value(0).toString(),
                                                       q.value(1).toString(),
                                                       q.value(2).toString(),
                                                       q.value(3).toString(),
                                                       q.value(4).toString()));
            return out;
        };
        const QStringList first = planned();
        QCOMPARE(first.size(), 1);
        const QString expected = u"bob after_request_closed %1 Return visit after the service"
                                 " request “空调不制冷” was closed"_s.arg(r.id);
        // The local date of the close (a test running across midnight sees the later day).
        QVERIFY2(first.first() == before.addDays(7).toString(Qt::ISODate) + u' ' + expected
                         || first.first()
                                    == QDate::currentDate().addDays(7).toString(Qt::ISODate) + u' '
                                               + expected,
                 qPrintable(first.first()));

        r = moved(alice(), r, S::AfterSales, u"又坏了"_s);
        r = moved(alice(), r, S::Closed);
        QCOMPARE(planned(), first);

        ServiceRequest cancelled = opened(draft(m_customer.id));
        cancelled = moved(alice(), cancelled, S::Cancelled, u"客户取消"_s);
        QCOMPARE(planned(), first);
    }

    void cancelNeedsAReasonAndEndsTheRequest()
    {
        ServiceRequest r = opened(draft(m_customer.id));
        r = moved(alice(), r, S::NeedsAnalysis);

        QString before = snapshot();
        const Result<ServiceRequest> refused = m_repo->move(alice(), r.id, r.version, S::Cancelled);
        QVERIFY(!refused);
        QCOMPARE(refused.error().fieldErrors.keys(), QStringList {u"reason"_s});
        QCOMPARE(snapshot(), before);

        r = moved(alice(), r, S::Cancelled, u"客户已自行修好"_s);
        QCOMPARE(r.stage, S::Cancelled);
        QCOMPARE(r.cancelReason, u"客户已自行修好"_s);
        QVERIFY(r.closedAt.isValid());
        QVERIFY(!r.isOpen());

        // Final: no move out, no edit.
        before = snapshot();
        for (const S to : {S::Contact, S::NeedsAnalysis, S::Closed}) {
            const Result<ServiceRequest> m = m_repo->move(alice(), r.id, r.version, to, u"oops"_s);
            QVERIFY(!m);
            QCOMPARE(m.error().message, u"A cancelled request cannot be moved."_s);
        }
        ServiceRequest edited = r;
        edited.title = u"新标题"_s;
        const Result<ServiceRequest> u = m_repo->update(alice(), edited);
        QVERIFY(!u);
        QCOMPARE(u.error().code, Error::Code::Invalid);
        QCOMPARE(snapshot(), before);
    }

    void invalidMovesWriteNothing_data()
    {
        QTest::addColumn<S>("to");
        QTest::addColumn<QString>("reason");
        QTest::newRow("same stage") << S::Contact << u"again"_s;
        QTest::newRow("unknown stage") << RequestStage(17) << u"why"_s;
        QTest::newRow("cancel without reason") << S::Cancelled << QString();
    }

    void invalidMovesWriteNothing()
    {
        QFETCH(S, to);
        QFETCH(QString, reason);
        const ServiceRequest r = opened(draft(m_customer.id));
        const QString before = snapshot();
        const Result<ServiceRequest> m = m_repo->move(alice(), r.id, r.version, to, reason);
        QVERIFY(!m);
        QCOMPARE(m.error().code, Error::Code::Invalid);
        QCOMPARE(snapshot(), before);
    }

    void aClosedRequestIsReadOnlyUntilReopened()
    {
        ServiceRequest r = opened(draft(m_customer.id));
        r = moved(alice(), r, S::Closed);
        ServiceRequest edited = r;
        edited.description = u"补充说明"_s;
        const QString before = snapshot();
        const Result<ServiceRequest> u = m_repo->update(alice(), edited);
        QVERIFY(!u);
        QCOMPARE(u.error().code, Error::Code::Invalid);
        QCOMPARE(snapshot(), before);
        QCOMPARE(m_repo->move(alice(), r.id, r.version, S::Cancelled, u"x"_s).error().code,
                 Error::Code::Invalid);

        r = moved(alice(), r, S::Execution, u"未修好"_s);
        edited = r;
        edited.description = u"补充说明"_s;
        VERIFY_OK(m_repo->update(alice(), edited));
    }

    void staleVersionsConflict()
    {
        const ServiceRequest mine = opened(draft(m_customer.id));
        const ServiceRequest theirs = moved(bob(), mine, S::NeedsAnalysis);
        QCOMPARE(theirs.version, mine.version + 1);
        const QString before = snapshot();

        const Result<ServiceRequest> m = m_repo->move(alice(), mine.id, mine.version, S::Closed);
        QVERIFY(!m);
        QCOMPARE(m.error().code, Error::Code::Conflict);
        QVERIFY2(m.error().message.contains(u"bob"_s), qPrintable(m.error().message));

        ServiceRequest edited = mine;
        edited.title = u"我的标题"_s;
        const Result<ServiceRequest> u = m_repo->update(alice(), edited);
        QVERIFY(!u);
        QCOMPARE(u.error().code, Error::Code::Conflict);
        QVERIFY2(u.error().message.contains(u"bob"_s), qPrintable(u.error().message));
        QCOMPARE(snapshot(), before);

        const ServiceRequest stored = m_repo->get(alice(), mine.id).value();
        QCOMPARE(stored.stage, S::NeedsAnalysis);
        QCOMPARE(stored.title, mine.title);
    }

    void updateSavesTheFieldsButNeverTheStage()
    {
        const ServiceRequest o = opened(draft(m_customer.id));
        ServiceRequest edited = o;
        edited.title = u"空调漏水"_s;
        edited.description = u"室内机滴水"_s;
        edited.priority = RequestPriority::Urgent;
        edited.owner = u"chief"_s;
        edited.dueOn = QDate(2025, 8, 8);
        edited.planContent = u"清理排水管"_s;
        edited.planSchedule = u"明天"_s;
        edited.planBudget = 5000;
        edited.stage = S::Closed;
        edited.cancelReason = u"sneaky"_s;

        const Result<ServiceRequest> u = m_repo->update(bob(), edited);
        VERIFY_OK(u);
        QCOMPARE(u->title, u"空调漏水"_s);
        QCOMPARE(u->description, u"室内机滴水"_s);
        QCOMPARE(u->priority, RequestPriority::Urgent);
        QCOMPARE(u->owner, u"chief"_s);
        QCOMPARE(u->dueOn, QDate(2025, 8, 8));
        QCOMPARE(u->planContent, u"清理排水管"_s);
        QCOMPARE(u->planSchedule, u"明天"_s);
        QCOMPARE(u->planBudget, qint64(5000));
        QCOMPARE(u->stage, S::Contact);
        QVERIFY(u->cancelReason.isEmpty());
        QVERIFY(!u->closedAt.isValid());
        QCOMPARE(u->version, o.version + 1);
        QCOMPARE(u->updatedBy, u"bob"_s);
        QCOMPARE(u->createdBy, u"alice"_s);
        QCOMPARE(count(*m_db, u"request_stage_moves"_s), 1);

        // Audited as before/after of what changed.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT details FROM audit_log WHERE entity = 'service_request'"
                       " AND action = 'update'"_s));
        QVERIFY(q.next());
        const QJsonObject details = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(details.value(u"title"_s).toObject().value(u"before"_s).toString(),
                 u"空调不制冷"_s);
        QCOMPARE(details.value(u"title"_s).toObject().value(u"after"_s).toString(), u"空调漏水"_s);
        QVERIFY(details.contains(u"plan_budget"_s));

        // Bad input is refused with nothing written.
        ServiceRequest bad = u.value();
        bad.planBudget = -100;
        const QString before = snapshot();
        const Result<ServiceRequest> refused = m_repo->update(alice(), bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().fieldErrors.keys(), QStringList {u"plan_budget"_s});
        QCOMPARE(snapshot(), before);
    }

    void unknownRequests()
    {
        QCOMPARE(m_repo->get(alice(), 999).error().code, Error::Code::NotFound);
        QCOMPARE(m_repo->moves(alice(), 999).error().code, Error::Code::NotFound);
        QCOMPARE(m_repo->move(alice(), 999, 1, S::Closed).error().code, Error::Code::NotFound);
        ServiceRequest ghost = draft(m_customer.id);
        ghost.id = 999;
        ghost.version = 1;
        QCOMPARE(m_repo->update(alice(), ghost).error().code, Error::Code::NotFound);
    }

    // Cycle time per stage from the moves as stored (their times set by hand).
    void stageTimesFromStoredMoves()
    {
        ServiceRequest r = opened(draft(m_customer.id));
        r = moved(alice(), r, S::NeedsAnalysis);
        r = moved(alice(), r, S::Contact, u"联系不上"_s);
        r = moved(alice(), r, S::NeedsAnalysis);
        r = moved(alice(), r, S::Execution);
        const QDateTime t0(QDate(2025, 4, 1), QTime(8, 0), Qt::UTC);
        const QList<int> offsets = {0, 600, 900, 1000, 4600}; // seconds after t0
        SecurityFixtures::RawConnection raw(*m_archive);
        const QList<StageMove> stored = m_repo->moves(alice(), r.id).value();
        QCOMPARE(stored.size(), offsets.size());
        for (qsizetype i = 0; i < stored.size(); ++i)
            EXEC_OK(raw,
                    u"UPDATE request_stage_moves SET moved_at = ? WHERE id = ?"_s,
                    {StoredTime::fromDateTime(t0.addSecs(offsets.at(i))), stored.at(i).id});

        const QList<StageMove> moves = m_repo->moves(alice(), r.id).value();
        const QList<StageTime> times = StageRules::stageTimes(moves, t0.addSecs(5000));
        QCOMPARE(times.size(), 5);
        QCOMPARE(times.at(0).stage, S::Contact);
        QCOMPARE(times.at(0).seconds, qint64(600 + 100));
        QCOMPARE(times.at(0).visits, 2);
        QCOMPARE(times.at(1).seconds, qint64(300 + 3600));
        QCOMPARE(times.at(1).visits, 2);
        QCOMPARE(times.at(2).visits, 0);
        QCOMPARE(times.at(3).stage, S::Execution);
        QCOMPARE(times.at(3).seconds, qint64(400)); // still there: counts until now
        QCOMPARE(times.at(3).visits, 1);
        QCOMPARE(times.at(4).seconds, qint64(0));
    }

    void pagesOfACustomersRequestsNewestFirst()
    {
        const Customer other = newCustomer(*m_db, u"李娜"_s);
        QList<qint64> ids;
        for (int n = 0; n < 12; ++n) {
            ids.prepend(opened(draft(m_customer.id, u"请求 %1"_s.arg(n))).id);
            if (n % 4 == 0)
                QVERIFY(opened(draft(other.id)).id > 0);
        }
        // Two opened on the same instant: the later id comes first.
        SecurityFixtures::RawConnection raw(*m_archive);
        EXEC_OK(raw,
                u"UPDATE service_requests SET opened_at = (SELECT opened_at FROM service_requests"
                " WHERE id = ?) WHERE id = ?"_s,
                {ids.at(5), ids.at(4)});

        QList<qint64> seen;
        HistoryCursor cursor;
        int pages = 0;
        for (;;) {
            const Result<HistoryPage<ServiceRequest>> page = m_repo->forCustomer(alice(),
                                                                                 m_customer.id,
                                                                                 cursor,
                                                                                 5);
            VERIFY_OK(page);
            ++pages;
            for (const ServiceRequest &r : page->rows) {
                QCOMPARE(r.customerId, m_customer.id);
                seen.append(r.id);
            }
            if (page->atEnd)
                break;
            QCOMPARE(page->rows.size(), 5);
            cursor = page->next;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen, ids);
    }

    void aLaterPageWalksTheIndex()
    {
        SKIP_ON_SERVER("SQLite's query plan");
        for (int n = 0; n < 3; ++n)
            QVERIFY(opened(draft(m_customer.id)).id > 0);
        const HistoryPage<ServiceRequest> first = m_repo->forCustomer(alice(), m_customer.id, {}, 2)
                                                          .value();
        const QString plan = planOf(*m_db, u"FROM service_requests"_s, [&] {
            const auto page = m_repo->forCustomer(alice(), m_customer.id, first.next, 2);
            QVERIFY(page.ok() && page->rows.size() == 1);
        });
        QVERIFY2(plan.contains(u"USING INDEX service_requests_customer (customer_id=? AND"_s),
                 qPrintable(plan));
        QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(tst_ServiceRequestRepository)
#include "tst_servicerequestrepository.moc"
