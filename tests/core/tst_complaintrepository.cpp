#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "complaints/ComplaintLabels.h"
#include "complaints/ComplaintRepository.h"
#include "core/ComplaintFixtures.h"
#include "core/HistoryFixtures.h"
#include "core/SecurityFixtures.h"
#include "history/ChoiceLists.h"
#include "history/PurchaseRepository.h"
#include "history/ServiceRequestRepository.h"
#include "storage/StoredTime.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Fixtures;
using namespace HistoryFixtures;
using ComplaintFixtures::draft;
using SecurityFixtures::ManualClock;

namespace {

using S = ComplaintStatus;
using V = ComplaintSeverity;

// "field: before>after by who" for each change, oldest first ("-" for no before).
QStringList describe(const QList<ComplaintChange> &changes)
{
    QStringList out;
    for (const ComplaintChange &c : changes) {
        QString line = c.field + u": "_s + (c.before.isNull() ? u"-"_s : c.before) + u'>' + c.after
                       + u" by "_s + c.changedBy;
        if (!c.reason.isEmpty())
            line += u" ("_s + c.reason + u')';
        out.append(line);
    }
    return out;
}

} // namespace

class tst_ComplaintRepository : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock;
    std::unique_ptr<ComplaintRepository> m_repo;
    Customer m_customer;
    Customer m_other;

    const Actor m_desk = SecurityFixtures::frontDesk(); // "desk"
    const Actor m_chief = SecurityFixtures::supervisor(); // "chief"

    int auditCount(const QString &action = {}) const
    {
        return SecurityFixtures::scalar(*m_db,
                                        u"SELECT count(*) FROM audit_log WHERE entity = 'complaint'"
                                        " AND (action = ? OR ? = '')"_s,
                                        {action.isNull() ? u""_s : action,
                                         action.isNull() ? u""_s : action})
                .toInt();
    }

    // What a refused call must leave untouched.
    QString snapshot() const
    {
        return u"%1 complaints, %2 changes, %3 audited, %4"_s.arg(count(*m_db, u"complaints"_s))
                .arg(count(*m_db, u"complaint_changes"_s))
                .arg(auditCount())
                .arg(SecurityFixtures::tableText(*m_db, u"complaints"_s));
    }

    Complaint receive(const Actor &actor, const Complaint &c)
    {
        const Result<Complaint> r = m_repo->receive(actor, c);
        if (!r)
            qWarning("receive: %s", qPrintable(r.error().message));
        return r ? r.value() : Complaint {};
    }

    QList<ComplaintChange> changesOf(qint64 id) const
    {
        const Result<QList<ComplaintChange>> r = m_repo->changes(m_desk, id);
        if (!r)
            qWarning("changes: %s", qPrintable(r.error().message));
        return r ? r.value() : QList<ComplaintChange> {};
    }

    AuditEntry lastAudit() const
    {
        const Result<QList<AuditEntry>> r = AuditLog::query(*m_db, alice(), [] {
            AuditFilter f;
            f.entity = u"complaint"_s;
            f.limit = 1;
            return f;
        }());
        return r && !r->isEmpty() ? r->first() : AuditEntry {};
    }

    qint64 purchaseFor(const Customer &customer)
    {
        Purchase p;
        p.customerId = customer.id;
        p.purchasedAt = QDateTime(QDate(2025, 6, 1), QTime(10, 0), Qt::UTC);
        p.product = u"空气净化器"_s;
        p.unitPrice = 199900;
        p.paymentMethod = u"alipay"_s;
        const Result<Purchase> r = PurchaseRepository(*m_db).create(alice(), p);
        return r ? r->id : 0;
    }

    qint64 requestFor(const Customer &customer)
    {
        ServiceRequest r;
        r.customerId = customer.id;
        r.title = u"上门维修"_s;
        const Result<ServiceRequest> opened = ServiceRequestRepository(*m_db).open(alice(), r);
        return opened ? opened->id : 0;
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
        m_other = newCustomer(*m_db, u"李四"_s);
        QVERIFY(m_customer.id > 0 && m_other.id > 0);
        using SecurityFixtures::FD, SecurityFixtures::SV;
        QVERIFY(ComplaintFixtures::addUser(*m_db, u"desk"_s, FD));
        QVERIFY(ComplaintFixtures::addUser(*m_db, u"chief"_s, SV));
        QVERIFY(ComplaintFixtures::addUser(*m_db, u"alice"_s, AllRoles));
        QVERIFY(ComplaintFixtures::addUser(*m_db, u"bob"_s, AllRoles));
        QVERIFY(ComplaintFixtures::addUser(*m_db, u"gone"_s, FD, true));
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void receiveStartsTheHistory()
    {
        Complaint input = draft(m_customer.id, V::High);
        input.status = S::Closed; // ignored
        input.responseMissed = true; // ignored
        input.purchaseId = purchaseFor(m_customer);
        input.requestId = requestFor(m_customer);
        input.compensationKind = u"voucher"_s;
        input.compensationAmount = 5000;
        input.description = u"  快递迟到三天  "_s;
        const Result<Complaint> c = m_repo->receive(m_desk, input);
        VERIFY_OK(c);
        QVERIFY(c->id > 0);
        QCOMPARE(c->status, S::Open);
        QCOMPARE(c->handler, QString());
        QCOMPARE(c->description, u"快递迟到三天"_s);
        QCOMPARE(c->reason, u"delivery"_s);
        QCOMPARE(c->subReason, u"delivery.late"_s);
        QCOMPARE(c->purchaseId, input.purchaseId);
        QCOMPARE(c->requestId, input.requestId);
        QCOMPARE(c->compensationAmount, qint64(5000));
        QCOMPARE(c->receivedAt, m_clock.now);
        QCOMPARE(c->createdAt, m_clock.now);
        QCOMPARE(c->createdBy, u"desk"_s);
        QCOMPARE(c->version, 1);
        QVERIFY(!c->responseMissed);

        const QList<ComplaintChange> changes = changesOf(c->id);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().field, u"status"_s);
        QVERIFY(changes.first().before.isNull());
        QCOMPARE(changes.first().after, u"0"_s);
        QCOMPARE(changes.first().changedBy, u"desk"_s);
        QCOMPARE(changes.first().changedAt, m_clock.now);
        QCOMPARE(changes.first().complaintId, c->id);

        const AuditEntry entry = lastAudit();
        QCOMPARE(entry.action, AuditLog::Create);
        QCOMPARE(entry.entityId, c->id);
        QCOMPARE(entry.user, u"desk"_s);
        QCOMPARE(entry.details.value(u"customer_id"_s).toInteger(), m_customer.id);
        QCOMPARE(entry.details.value(u"reason"_s).toString(), u"delivery"_s);
        QCOMPARE(entry.details.value(u"severity"_s).toString(), u"2"_s);

        QCOMPARE(m_repo->get(m_desk, c->id)->description, u"快递迟到三天"_s);
    }

    // A handler given at once: oneself as a front desk, anyone enabled as a supervisor.
    void receiveWithAHandler()
    {
        Complaint own = draft(m_customer.id);
        own.handler = u"desk"_s;
        const Result<Complaint> mine = m_repo->receive(m_desk, own);
        VERIFY_OK(mine);
        QCOMPARE(mine->handler, u"desk"_s);
        QCOMPARE(describe(changesOf(mine->id)),
                 (QStringList {u"status: ->0 by desk"_s, u"handler: >desk by desk"_s}));

        const QString before = snapshot();
        Complaint others = draft(m_customer.id);
        others.handler = u"bob"_s;
        QCOMPARE(m_repo->receive(m_desk, others).error().code, Error::Code::Permission);
        QCOMPARE(snapshot(), before);

        others.handler = u"BOB"_s; // as people type it
        const Result<Complaint> assigned = m_repo->receive(m_chief, others);
        VERIFY_OK(assigned);
        QCOMPARE(assigned->handler, u"bob"_s);
    }

    void receiveRefusesBadInput_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::newRow("no description") << 0 << u"description"_s;
        QTest::newRow("reason not in the list") << 1 << u"reason"_s;
        QTest::newRow("no reason") << 2 << u"reason"_s;
        QTest::newRow("a detailed reason as the reason") << 3 << u"reason"_s;
        QTest::newRow("detailed reason under another reason") << 4 << u"sub_reason"_s;
        QTest::newRow("a reason as the detailed reason") << 5 << u"sub_reason"_s;
        QTest::newRow("purchase of another customer") << 6 << u"purchase"_s;
        QTest::newRow("unknown purchase") << 7 << u"purchase"_s;
        QTest::newRow("request of another customer") << 8 << u"request"_s;
        QTest::newRow("negative compensation") << 9 << u"compensation_amount"_s;
        QTest::newRow("compensation kind not in the list") << 10 << u"compensation_kind"_s;
        QTest::newRow("an amount without a kind") << 11 << u"compensation_kind"_s;
        QTest::newRow("received next week") << 12 << u"received_at"_s;
        QTest::newRow("unknown handler") << 13 << u"handler"_s;
        QTest::newRow("disabled handler") << 14 << u"handler"_s;
        QTest::newRow("retired reason") << 15 << u"reason"_s;
    }

    void receiveRefusesBadInput()
    {
        QFETCH(int, kind);
        QFETCH(QString, field);
        Complaint c = draft(m_customer.id);
        switch (kind) {
        case 0:
            c.description = u"   "_s;
            break;
        case 1:
            c.reason = u"weather"_s;
            break;
        case 2:
            c.reason.clear();
            break;
        case 3:
            c.reason = u"delivery.late"_s;
            break;
        case 4:
            c.subReason = u"billing.invoice"_s;
            break;
        case 5:
            c.subReason = u"billing"_s;
            break;
        case 6:
            c.purchaseId = purchaseFor(m_other);
            break;
        case 7:
            c.purchaseId = 999999;
            break;
        case 8:
            c.requestId = requestFor(m_other);
            break;
        case 9:
            c.compensationKind = u"refund"_s;
            c.compensationAmount = -100;
            break;
        case 10:
            c.compensationKind = u"free_holiday"_s;
            break;
        case 11:
            c.compensationAmount = 100;
            break;
        case 12:
            c.receivedAt = m_clock.now.addDays(7);
            break;
        case 13:
            c.handler = u"nobody_here"_s;
            break;
        case 14:
            c.handler = u"gone"_s;
            break;
        case 15:
            VERIFY_OK(ChoiceLists(*m_db).setRetired(alice(),
                                                    ChoiceLists::ComplaintReason,
                                                    u"delivery"_s,
                                                    true));
            break;
        }
        const QString before = snapshot();
        const Result<Complaint> r = m_repo->receive(m_chief, c);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QVERIFY2(r.error().fieldErrors.contains(field),
                 qPrintable(r.error().fieldErrors.keys().join(u',')));
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(snapshot(), before);
    }

    void receiveForUnknownOrErasedCustomer()
    {
        const QString before = snapshot();
        QCOMPARE(m_repo->receive(m_desk, draft(987654)).error().code, Error::Code::NotFound);
        QCOMPARE(snapshot(), before);
        QVERIFY(erase(*m_db, m_other));
        const QString afterErase = snapshot();
        const Result<Complaint> r = m_repo->receive(m_desk, draft(m_other.id));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QVERIFY(r.error().fieldErrors.contains(u"customer"_s));
        QCOMPARE(snapshot(), afterErase);
    }

    // The two-level list: an entry an admin adds under a reason is offered under it only.
    void detailedReasonsFromTheList()
    {
        const Result<Choice> added = ChoiceLists(*m_db).add(alice(),
                                                            ChoiceLists::ComplaintReason,
                                                            u"发票抬头错误"_s,
                                                            u"billing"_s);
        VERIFY_OK(added);
        Complaint c = draft(m_customer.id);
        c.reason = u"billing"_s;
        c.subReason = added->code;
        VERIFY_OK(m_repo->receive(m_desk, c));
        c.reason = u"delivery"_s;
        QCOMPARE(m_repo->receive(m_desk, c).error().fieldErrors.keys(),
                 QStringList {u"sub_reason"_s});
        c.subReason.clear(); // the detailed reason is optional
        VERIFY_OK(m_repo->receive(m_desk, c));
    }

    // One row per changed field, before and after as stored; an unchanged save writes nothing.
    void updateRecordsEachChangedField()
    {
        const Complaint c = receive(m_desk, draft(m_customer.id));
        m_clock.now = m_clock.now.addSecs(600);
        Complaint edited = c;
        edited.description = u"快递迟到五天"_s;
        edited.severity = V::Critical;
        edited.subReason = u"delivery.damaged"_s;
        edited.rootCause = u"承运商爆仓"_s;
        edited.compensationKind = u"refund"_s;
        edited.compensationAmount = 2000;
        edited.handler = u"bob"_s; // not through update
        edited.status = S::Closed; // not through update
        const Result<Complaint> saved = m_repo->update(m_desk, edited);
        VERIFY_OK(saved);
        QCOMPARE(saved->version, 2);
        QCOMPARE(saved->handler, QString());
        QCOMPARE(saved->status, S::Open);
        QCOMPARE(saved->updatedBy, u"desk"_s);
        QCOMPARE(saved->updatedAt, m_clock.now);
        QCOMPARE(describe(changesOf(c.id)).mid(1),
                 (QStringList {u"sub_reason: delivery.late>delivery.damaged by desk"_s,
                               u"severity: 1>3 by desk"_s,
                               u"description: 快递迟到三天，客户很生气>快递迟到五天 by desk"_s,
                               u"root_cause: >承运商爆仓 by desk"_s,
                               u"compensation_kind: >refund by desk"_s,
                               u"compensation_amount: 0>2000 by desk"_s}));
        for (const ComplaintChange &change : changesOf(c.id).mid(1))
            QCOMPARE(change.changedAt, m_clock.now);

        const AuditEntry entry = lastAudit();
        QCOMPARE(entry.action, AuditLog::Update);
        QCOMPARE(entry.details.size(), 6);
        const QJsonObject severity = entry.details.value(u"severity"_s).toObject();
        QCOMPARE(severity.value(u"before"_s).toString(), u"1"_s);
        QCOMPARE(severity.value(u"after"_s).toString(), u"3"_s);

        const QString before = snapshot();
        VERIFY_OK(m_repo->update(m_desk, saved.value()));
        QCOMPARE(snapshot(), before);
    }

    // Every status, handler and field change is in the history, with who and when, and the
    // history replayed gives the complaint as it is stored.
    void historyIsComplete()
    {
        Complaint c = receive(m_desk, draft(m_customer.id));
        auto step = [&](const Result<Complaint> &r) {
            if (!r)
                qWarning("step: %s", qPrintable(r.error().message));
            QVERIFY(r);
            c = r.value();
            m_clock.now = m_clock.now.addSecs(60);
        };
        step(m_repo->assign(m_desk, c.id, c.version, u"desk"_s));
        step(m_repo->move(m_desk, c.id, c.version, S::InProgress));
        c.response = u"已致歉，安排补发"_s;
        step(m_repo->update(m_desk, c));
        c.resolution = u"补发新品"_s;
        c.correctiveAction = u"更换承运商"_s;
        step(m_repo->settle(m_desk, c, S::Resolved));
        step(m_repo->move(m_chief, c.id, c.version, S::Closed));
        step(m_repo->move(m_desk, c.id, c.version, S::Reopened, u"新品也坏了"_s));
        step(m_repo->assign(m_chief, c.id, c.version, u"bob"_s));
        c.confirmation = ComplaintConfirmation::Accepted;
        c.preventiveAction = u"出库前抽检"_s;
        step(m_repo->settle(Fixtures::bob(), c, S::Closed));

        const QList<ComplaintChange> changes = changesOf(c.id);
        QCOMPARE(describe(changes),
                 (QStringList {
                         u"status: ->0 by desk"_s,
                         u"handler: >desk by desk"_s,
                         u"status: 0>1 by desk"_s,
                         u"response: >已致歉，安排补发 by desk"_s,
                         u"status: 1>2 by desk"_s,
                         u"resolution: >补发新品 by desk"_s,
                         u"corrective_action: >更换承运商 by desk"_s,
                         u"status: 2>3 by chief"_s,
                         u"status: 3>4 by desk (新品也坏了)"_s,
                         u"handler: desk>bob by chief"_s,
                         u"status: 4>3 by bob"_s,
                         u"preventive_action: >出库前抽检 by bob"_s,
                         u"confirmation: 0>1 by bob"_s,
                 }));
        // Each step at its own minute.
        const QDateTime start = changes.first().changedAt;
        const int minutes[] = {0, 0, 1, 2, 3, 3, 3, 4, 5, 6, 7, 7, 7};
        for (int i = 0; i < changes.size(); ++i)
            QCOMPARE(changes.at(i).changedAt, start.addSecs(60 * minutes[i]));

        // Each field's rows chain (a row's before is the previous row's after), and the last
        // after of each is what is stored.
        QHash<QString, QString> replayed;
        for (const ComplaintChange &change : changes) {
            if (replayed.contains(change.field))
                QCOMPARE(change.before, replayed.value(change.field));
            replayed.insert(change.field, change.after);
        }
        const Complaint stored = m_repo->get(m_desk, c.id).value();
        QCOMPARE(replayed.value(u"status"_s), QString::number(int(stored.status)));
        QCOMPARE(replayed.value(u"handler"_s), stored.handler);
        QCOMPARE(replayed.value(u"resolution"_s), stored.resolution);
        QCOMPARE(replayed.value(u"confirmation"_s), QString::number(int(stored.confirmation)));
        QCOMPARE(stored.status, S::Closed);
        QCOMPARE(stored.confirmedAt, start.addSecs(60 * 7));
        QCOMPARE(auditCount(ComplaintRepository::MoveAction), 5);
        QCOMPARE(auditCount(ComplaintRepository::AssignAction), 2);
    }

    // Whoever takes an unassigned complaint into progress handles it from then on.
    void takingIntoProgressAssigns()
    {
        const Complaint c = receive(m_chief, draft(m_customer.id));
        const Result<Complaint> taken = m_repo->move(m_desk, c.id, c.version, S::InProgress);
        VERIFY_OK(taken);
        QCOMPARE(taken->handler, u"desk"_s);
        QCOMPARE(describe(changesOf(c.id)).mid(1),
                 (QStringList {u"status: 0>1 by desk"_s, u"handler: >desk by desk"_s}));
        const AuditEntry assign = lastAudit();
        QCOMPARE(assign.action, ComplaintRepository::AssignAction);
        QCOMPARE(assign.details.value(u"to"_s).toString(), u"desk"_s);
    }

    // Closing without a resolution is refused, and nothing at all is written.
    void closingWithoutResolutionWritesNothing()
    {
        Complaint c = receive(m_desk, draft(m_customer.id));
        c = m_repo->move(m_chief, c.id, c.version, S::InProgress).value();
        const QString before = snapshot();
        const int audits = SecurityFixtures::rowCount(*m_db, u"audit_log"_s);

        const Result<Complaint> moved = m_repo->move(m_chief, c.id, c.version, S::Closed);
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, Error::Code::Invalid);
        QVERIFY(moved.error().fieldErrors.contains(u"resolution"_s));
        QVERIFY(moved.error().message.contains(u"Closed"_s));

        Complaint blank = c;
        blank.resolution = u"   "_s;
        blank.rootCause = u"仓库漏发"_s; // would be saved along, were the close allowed
        const Result<Complaint> settled = m_repo->settle(m_chief, blank, S::Closed);
        QVERIFY(!settled);
        QVERIFY(settled.error().fieldErrors.contains(u"resolution"_s));

        QCOMPARE(snapshot(), before);
        QCOMPARE(SecurityFixtures::rowCount(*m_db, u"audit_log"_s), audits);
        const Complaint stored = m_repo->get(m_chief, c.id).value();
        QCOMPARE(stored.status, S::InProgress);
        QCOMPARE(stored.rootCause, QString());
        QCOMPARE(stored.version, c.version);
    }

    void invalidMovesWriteNothing()
    {
        Complaint c = receive(m_desk, draft(m_customer.id));
        c.resolution = u"退款"_s;
        c = m_repo->settle(m_chief, c, S::Closed).value();
        const QString before = snapshot();
        QCOMPARE(m_repo->move(m_chief, c.id, c.version, S::Resolved).error().message,
                 u"A complaint that is \"Closed\" cannot go back to \"Resolved\". Reopen it with "
                 "a reason instead."_s);
        QVERIFY(m_repo->move(m_chief, c.id, c.version, S::Reopened, u"  "_s)
                        .error()
                        .fieldErrors.contains(u"reason"_s));
        // A closed complaint is the record of what was done: read-only until reopened.
        Complaint edited = c;
        edited.resolution = u"全额退款"_s;
        QCOMPARE(m_repo->update(m_chief, edited).error().code, Error::Code::Invalid);
        QCOMPARE(m_repo->assign(m_chief, c.id, c.version, u"bob"_s).error().code,
                 Error::Code::Invalid);
        QCOMPARE(m_repo->settle(m_chief, edited, S::Resolved).error().code, Error::Code::Invalid);
        QCOMPARE(snapshot(), before);
    }

    // A save from a stale version names who saved in between, and is not applied.
    void versionConflict()
    {
        const Complaint c = receive(m_desk, draft(m_customer.id));
        Complaint mine = c;
        Complaint theirs = c;
        theirs.description = u"鲍勃的修改"_s;
        m_clock.now = m_clock.now.addSecs(120);
        VERIFY_OK(m_repo->update(Fixtures::bob(), theirs));
        const QString before = snapshot();

        mine.description = u"我的修改"_s;
        const Result<Complaint> update = m_repo->update(m_desk, mine);
        QVERIFY(!update);
        QCOMPARE(update.error().code, Error::Code::Conflict);
        QVERIFY2(update.error().message.contains(u"bob"_s), qPrintable(update.error().message));
        QCOMPARE(m_repo->move(m_desk, c.id, c.version, S::InProgress).error().code,
                 Error::Code::Conflict);
        QCOMPARE(m_repo->assign(m_desk, c.id, c.version, u"desk"_s).error().code,
                 Error::Code::Conflict);
        mine.resolution = u"退款"_s;
        QCOMPARE(m_repo->settle(m_chief, mine, S::Resolved).error().code, Error::Code::Conflict);
        QCOMPARE(snapshot(), before);
        QCOMPARE(m_repo->get(m_desk, c.id)->description, u"鲍勃的修改"_s);
    }

    // A front desk works its own and unassigned complaints; closing and someone else's
    // complaints are for supervisors.
    void permissions()
    {
        Complaint own = receive(m_desk, draft(m_customer.id));
        own = m_repo->assign(m_desk, own.id, own.version, u"desk"_s).value();
        Complaint bobs = receive(m_chief, draft(m_customer.id));
        bobs = m_repo->assign(m_chief, bobs.id, bobs.version, u"bob"_s).value();
        const QString before = snapshot();

        // Not someone else's.
        QCOMPARE(m_repo->move(m_desk, bobs.id, bobs.version, S::InProgress).error().code,
                 Error::Code::Permission);
        QCOMPARE(m_repo->assign(m_desk, bobs.id, bobs.version, u"desk"_s).error().code,
                 Error::Code::Permission);
        QCOMPARE(m_repo->assign(m_desk, own.id, own.version, u"bob"_s).error().code,
                 Error::Code::Permission);
        QCOMPARE(m_repo->assign(m_desk, own.id, own.version, {}).error().code,
                 Error::Code::Permission);
        QCOMPARE(m_repo->assignMany(m_desk, {own.id}, u"desk"_s).error().code,
                 Error::Code::Permission);
        // Not closing, even one's own with a resolution.
        Complaint resolved = own;
        resolved.resolution = u"退款"_s;
        QCOMPARE(m_repo->settle(m_desk, resolved, S::Closed).error().code, Error::Code::Permission);
        // An admin alone neither records nor works complaints; nobody reads them.
        QCOMPARE(m_repo->receive(SecurityFixtures::admin(), draft(m_customer.id)).error().code,
                 Error::Code::Permission);
        QCOMPARE(m_repo->update(SecurityFixtures::admin(), own).error().code,
                 Error::Code::Permission);
        QCOMPARE(m_repo->get(SecurityFixtures::nobody(), own.id).error().code,
                 Error::Code::Permission);
        QCOMPARE(m_repo->changes(SecurityFixtures::nobody(), own.id).error().code,
                 Error::Code::Permission);
        QCOMPARE(m_repo->forCustomer(SecurityFixtures::nobody(), m_customer.id).error().code,
                 Error::Code::Permission);
        QCOMPARE(snapshot(), before);

        // What a front desk may: resolve its own; edit anyone's fields.
        const Result<Complaint> mine = m_repo->settle(m_desk, resolved, S::Resolved);
        VERIFY_OK(mine);
        bobs.description = u"补充：客户要求上门"_s;
        VERIFY_OK(m_repo->update(m_desk, bobs));
        // And the supervisor closes it.
        VERIFY_OK(m_repo->move(m_chief, mine->id, mine->version, S::Closed));
    }

    void assignChecksTheHandler()
    {
        const Complaint c = receive(m_desk, draft(m_customer.id));
        const QString before = snapshot();
        for (const QString &login : {u"nobody_here"_s, u"gone"_s}) {
            const Result<Complaint> r = m_repo->assign(m_chief, c.id, c.version, login);
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::Invalid);
            QVERIFY(r.error().fieldErrors.contains(u"handler"_s));
        }
        QCOMPARE(snapshot(), before);
        const Result<Complaint> bobs = m_repo->assign(m_chief, c.id, c.version, u"bob"_s);
        VERIFY_OK(bobs);
        // The same handler again: nothing to record.
        const QString assigned = snapshot();
        VERIFY_OK(m_repo->assign(m_chief, c.id, bobs->version, u"bob"_s));
        QCOMPARE(snapshot(), assigned);
        // Unassigned again.
        const Result<Complaint> none = m_repo->assign(m_chief, c.id, bobs->version, {});
        VERIFY_OK(none);
        QCOMPARE(none->handler, QString());
        QCOMPARE(describe(changesOf(c.id)).mid(1),
                 (QStringList {u"handler: >bob by chief"_s, u"handler: bob> by chief"_s}));
    }

    // Several at once, all or nothing.
    void assignMany()
    {
        QList<Complaint> all;
        for (int i = 0; i < 3; ++i)
            all.append(receive(m_desk, draft(m_customer.id)));
        all[2] = m_repo->assign(m_chief, all[2].id, all[2].version, u"bob"_s).value();
        const QList<qint64> ids {all[0].id, all[1].id, all[2].id};
        const QString before = snapshot();

        QCOMPARE(m_repo->assignMany(m_chief, ids, u"gone"_s).error().code, Error::Code::Invalid);
        QCOMPARE(m_repo->assignMany(m_chief, ids, u"nobody_here"_s).error().code,
                 Error::Code::Invalid);
        QCOMPARE(m_repo->assignMany(m_chief, ids + QList<qint64> {424242}, u"desk"_s).error().code,
                 Error::Code::NotFound);
        QCOMPARE(snapshot(), before);

        const Result<QList<Complaint>> assigned = m_repo->assignMany(m_chief,
                                                                     ids + QList<qint64> {ids[0]},
                                                                     u"desk"_s);
        VERIFY_OK(assigned);
        QCOMPARE(assigned->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(assigned->at(i).id, ids[i]);
            QCOMPARE(assigned->at(i).handler, u"desk"_s);
            QCOMPARE(assigned->at(i).version, all[i].version + 1);
        }
        QCOMPARE(describe(changesOf(ids[2])).last(), u"handler: bob>desk by chief"_s);
        QCOMPARE(auditCount(ComplaintRepository::AssignAction), 4);

        // A closed complaint among them: none is assigned.
        Complaint closed = assigned->at(1);
        closed.resolution = u"退款"_s;
        VERIFY_OK(m_repo->settle(m_chief, closed, S::Closed));
        const QString beforeClosed = snapshot();
        const Result<QList<Complaint>> refused = m_repo->assignMany(m_chief, ids, u"bob"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QCOMPARE(snapshot(), beforeClosed);
        QCOMPARE(m_repo->get(m_chief, ids[0])->handler, u"desk"_s);
    }

    // A reason retired since stays acceptable on the complaints that have it.
    void retiredReasonStaysOnOldComplaints()
    {
        const Complaint c = receive(m_desk, draft(m_customer.id));
        ChoiceLists lists(*m_db);
        VERIFY_OK(lists.setRetired(alice(), ChoiceLists::ComplaintReason, u"delivery.late"_s, true));
        VERIFY_OK(lists.setRetired(alice(), ChoiceLists::ComplaintReason, u"delivery"_s, true));
        Complaint edited = c;
        edited.description = u"补充说明"_s;
        VERIFY_OK(m_repo->update(m_desk, edited));
        QCOMPARE(m_repo->receive(m_desk, draft(m_customer.id)).error().code, Error::Code::Invalid);
    }

    void erasedCustomersComplaintTakesNoNewText()
    {
        const Complaint c = receive(m_desk, draft(m_other.id));
        QVERIFY(erase(*m_db, m_other));
        const Complaint stored = m_repo->get(m_desk, c.id).value();
        const QString before = snapshot();
        Complaint edited = stored;
        edited.response = u"新的答复"_s;
        const Result<Complaint> r = m_repo->update(m_desk, edited);
        QVERIFY(!r);
        QVERIFY(r.error().fieldErrors.contains(u"customer"_s));
        QCOMPARE(snapshot(), before);
        // It can still be worked off: taken, moved and reassigned.
        const Result<Complaint> taken = m_repo->move(m_chief, c.id, stored.version, S::InProgress);
        VERIFY_OK(taken);
        VERIFY_OK(m_repo->assign(m_chief, c.id, taken->version, u"bob"_s));
    }

    void forCustomerPagesNewestFirst()
    {
        QList<qint64> ids;
        for (int day = 1; day <= 5; ++day) {
            Complaint c = draft(m_customer.id);
            c.receivedAt = QDateTime(QDate(2025, 6, day), QTime(9, 0), Qt::UTC);
            ids.prepend(receive(m_desk, c).id);
        }
        receive(m_desk, draft(m_other.id));
        const Result<HistoryPage<Complaint>> first = m_repo->forCustomer(m_desk,
                                                                         m_customer.id,
                                                                         {},
                                                                         3);
        VERIFY_OK(first);
        QCOMPARE(first->rows.size(), 3);
        QVERIFY(!first->atEnd);
        const Result<HistoryPage<Complaint>> second = m_repo->forCustomer(m_desk,
                                                                          m_customer.id,
                                                                          first->next,
                                                                          3);
        VERIFY_OK(second);
        QVERIFY(second->atEnd);
        QList<qint64> seen;
        for (const Complaint &c : first->rows + second->rows) {
            QCOMPARE(c.customerId, m_customer.id);
            seen.append(c.id);
        }
        QCOMPARE(seen, ids);
    }

    void unknownComplaints()
    {
        QCOMPARE(m_repo->get(m_desk, 4711).error().code, Error::Code::NotFound);
        QCOMPARE(m_repo->changes(m_desk, 4711).error().code, Error::Code::NotFound);
        QCOMPARE(m_repo->move(m_chief, 4711, 1, S::InProgress).error().code, Error::Code::NotFound);
        QCOMPARE(m_repo->assign(m_chief, 4711, 1, u"bob"_s).error().code, Error::Code::NotFound);
        Complaint ghost = draft(m_customer.id);
        QCOMPARE(m_repo->update(m_desk, ghost).error().code, Error::Code::NotFound);
        ghost.id = 4711;
        QCOMPARE(m_repo->update(m_desk, ghost).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_ComplaintRepository)
#include "tst_complaintrepository.moc"
