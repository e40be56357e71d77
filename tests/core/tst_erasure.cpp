#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/CustomerFixtures.h"
#include "core/HistoryRows.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerEraser.h"
#include "customers/CustomerFilter.h"
#include "customers/CustomerRepository.h"
#include "followups/FollowUp.h"
#include "storage/IdListReader.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Fixtures;
using namespace SecurityFixtures;

namespace {

const QDate today(2025, 6, 15);

const QString erasedName = u"欧阳甄嬛"_s;
const QString erasedPhone = u"13912345678"_s;
const QString erasedEmail = u"zhenhuan@example.cn"_s;
const QString erasedCompany = u"紫禁城贸易有限公司"_s;

#define VERIFY_OK(result) \
    do { \
        const auto &verified_ = (result); /* evaluated once */ \
        QVERIFY2(verified_, verified_ ? "" : qPrintable(verified_.error().message)); \
    } while (false)

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const QStringList historyTables {u"purchases"_s,
                                 u"purchase_returns"_s,
                                 u"interactions"_s,
                                 u"service_requests"_s,
                                 u"request_stage_moves"_s,
                                 u"complaints"_s,
                                 u"complaint_changes"_s,
                                 u"follow_ups"_s};

// What was typed about the customer who stays.
HistoryRows::Texts keptTexts()
{
    HistoryRows::Texts t;
    t.purchaseNote = u"李四要发票"_s;
    t.returnNote = u"李四说尺码不对"_s;
    t.summary = u"李四咨询保修"_s;
    t.result = u"已告知李四保修两年"_s;
    t.title = u"李四的空调安装"_s;
    t.description = u"李四家在六楼"_s;
    t.plan = u"李四家外机装阳台"_s;
    t.schedule = u"李四周六上午"_s;
    t.backReason = u"李四换了房间"_s;
    t.cancelReason = u"李四已自行安装"_s;
    t.complaintDescription = u"李四的空调噪音大"_s;
    t.oldDescription = u"李四说空调有问题"_s;
    t.response = u"已约李四上门检查"_s;
    t.resolution = u"给李四更换了风扇电机"_s;
    t.rootCause = u"李四家空调电机批次缺陷"_s;
    t.correctiveAction = u"李四这一批电机全部召回"_s;
    t.preventiveAction = u"李四所在小区的安装加检噪音"_s;
    t.reopenReason = u"李四说噪音又出现了"_s;
    t.followUpPurpose = u"问李四噪音是否消失"_s;
    t.followUpOutcome = u"李四说很安静"_s;
    t.followUpNotes = u"李四晚上八点后方便"_s;
    t.plannedPurpose = u"一个月后问李四空调情况"_s;
    return t;
}

// Every three-character piece of a text, as the trigram index would hold it.
QStringList trigrams(const QString &text)
{
    QStringList out;
    for (qsizetype i = 0; i + 3 <= text.size(); ++i)
        out.append(text.mid(i, 3));
    return out;
}

} // namespace

class tst_Erasure : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CustomerRepository> m_repo;
    Customer m_erased; // as last stored
    Customer m_kept;
    HistoryRows::Made m_history; // the erased customer's
    HistoryRows::Made m_keptHistory;
    const HistoryRows::Texts m_texts; // typed about the erased customer

    QVariantList row(const QString &sql, qint64 id) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        q.addBindValue(id);
        QVariantList out;
        if (!q.exec() || !q.next())
            return {u"<no row: %1>"_s.arg(q.lastError().text())};
        for (int i = 0; i < q.record().count(); ++i)
            out.append(q.value(i).toString()); // text: both back ends alike
        return out;
    }

    // Every row of a query (one bind value), NULL as "NULL".
    QList<QStringList> rows(const QString &sql, qint64 id) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec())
            return {{u"<failed: %1>"_s.arg(q.lastError().text())}};
        QList<QStringList> out;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
            out.append(values);
        }
        return out;
    }

    // The typed texts found in the history tables and the audit log.
    QStringList textsFound(const QStringList &texts) const
    {
        QStringList found;
        for (const QString &table : historyTables + QStringList {u"audit_log"_s}) {
            const QString all = SecurityFixtures::tableText(*m_db, table);
            for (const QString &text : texts)
                if (all.contains(text))
                    found.append(table + u": "_s + text);
        }
        return found;
    }

    int auditCount(const QString &where = u"1 = 1"_s) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(u"SELECT count(*) FROM audit_log WHERE "_s + where) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    QList<qint64> searchIds(const QString &text, bool archived)
    {
        CustomerFilter f;
        f.text = text;
        f.archived = archived;
        f.sortColumn = CustomerColumn::Code;
        const CustomerFilter::Sql sql = f.idQuery(m_db->dialect());
        const Result<QList<qint64>> ids = IdListReader::read(*m_db, sql.text, sql.binds);
        if (!ids) {
            qWarning("%s", qPrintable(ids.error().message));
            return {-1};
        }
        return ids.value();
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_repo = std::make_unique<CustomerRepository>(*m_db);
        m_repo->setToday(today);

        Customer erased = person(erasedName, {erasedPhone});
        erased.company = erasedCompany;
        erased.notes = u"喜欢绿茶"_s;
        erased.tags = {u"VIP"_s};
        const Result<Customer> created = m_repo->create(alice(), erased);
        VERIFY_OK(created);

        Customer kept = person(u"李四"_s, {u"13800001111"_s});
        kept.tags = {u"VIP"_s};
        const Result<Customer> keptCreated = m_repo->create(alice(), kept);
        VERIFY_OK(keptCreated);

        // Two edits: the email and the name end up in the audit details.
        Customer edit = created.value();
        edit.email = erasedEmail;
        const Result<Customer> edited = m_repo->update(alice(), edit);
        VERIFY_OK(edited);
        edit = edited.value();
        edit.name = erasedName + u"娘娘"_s;
        edit.title = u"熹贵妃"_s;
        const Result<Customer> editedAgain = m_repo->update(alice(), edit);
        VERIFY_OK(editedAgain);
        m_erased = editedAgain.value();

        // An entry about the other customer after the erased one's: the chain goes on past it.
        Customer keptEdit = keptCreated.value();
        keptEdit.notes = u"常客"_s;
        const Result<Customer> keptEdited = m_repo->update(alice(), keptEdit);
        VERIFY_OK(keptEdited);
        m_kept = keptEdited.value();

        // Their service history, and its audit entries as the history's repositories write them
        // (entities of their own, with what was typed).
        m_history = HistoryRows::add(*m_db, m_erased.id, m_texts);
        m_keptHistory = HistoryRows::add(*m_db, m_kept.id, keptTexts());
        QVERIFY(m_history.request > 0 && m_keptHistory.request > 0);
        QVERIFY(m_history.followUpPlanned > 0 && m_keptHistory.followUpPlanned > 0);
        VERIFY_OK(WriteTransaction::run(*m_db, [&]() -> Status {
            for (const auto &[made, texts] :
                 {std::pair {m_history, m_texts}, std::pair {m_keptHistory, keptTexts()}}) {
                const std::tuple<QString, qint64, QString> entries[]
                        = {{u"purchase"_s, made.purchase, texts.purchaseNote},
                           {u"purchase_return"_s, made.purchaseReturn, texts.returnNote},
                           {u"interaction"_s, made.interaction, texts.summary},
                           {u"service_request"_s, made.request, texts.title},
                           {u"service_request"_s, made.request, texts.cancelReason},
                           {u"complaint"_s, made.complaint, texts.complaintDescription},
                           {u"complaint"_s, made.complaint, texts.reopenReason},
                           {u"follow_up"_s, made.followUpDone, texts.followUpOutcome},
                           {u"follow_up"_s, made.followUpPlanned, texts.plannedPurpose}};
                for (const auto &[entity, id, text] : entries)
                    if (Status s = AuditLog::append(*m_db,
                                                    alice(),
                                                    u"create"_s,
                                                    entity,
                                                    id,
                                                    {{u"text"_s, text}});
                        !s)
                        return s;
            }
            return Done {};
        }));
        for (const QString &text : m_texts.all())
            QVERIFY2(!textsFound({text}).isEmpty(), qPrintable(text));

        QCOMPARE(m_erased.version, 3);
        QVERIFY(auditCount(u"details LIKE '%zhenhuan%'"_s) > 0);
        QCOMPARE(searchIds(erasedName, false), QList<qint64> {m_erased.id});
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void erasesToTombstone()
    {
        const int entriesBefore = auditCount();
        const Result<Customer> r = CustomerEraser::erase(*m_db, admin(), m_erased.id, 3);
        VERIFY_OK(r);
        QCOMPARE(r->id, m_erased.id);
        QCOMPARE(r->code, m_erased.code);
        QCOMPARE(r->name, CustomerEraser::tombstoneName());
        QCOMPARE(r->version, 4);
        QVERIFY(r->archivedAt.isValid());

        const Result<Customer> stored = m_repo->get(alice(), m_erased.id);
        VERIFY_OK(stored);
        QCOMPARE(stored->code, m_erased.code);
        QCOMPARE(stored->name, CustomerEraser::tombstoneName());
        QCOMPARE(stored->kind, m_erased.kind);
        QCOMPARE(stored->lifecycle, m_erased.lifecycle);
        QCOMPARE(stored->valueTier, m_erased.valueTier);
        QCOMPARE(stored->createdAt, m_erased.createdAt);
        QVERIFY(stored->phones.isEmpty());
        QVERIFY(stored->tags.isEmpty());
        QVERIFY(stored->company.isEmpty());
        QVERIFY(stored->email.isEmpty());
        QVERIFY(stored->title.isEmpty());
        QVERIFY(stored->notes.isEmpty());

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT search_text, primary_phone FROM customers WHERE id = %1"_s.arg(
                m_erased.id)));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().contains(erasedName));
        QVERIFY(q.value(0).toString().contains(m_erased.code, Qt::CaseInsensitive));
        QCOMPARE(q.value(1).toString(), QString());
        q.finish();
        QVERIFY(q.exec(
                u"SELECT count(*) FROM customer_grams WHERE customer_id = %1"_s.arg(m_erased.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();

        // The other customer is untouched.
        const Result<Customer> kept = m_repo->get(alice(), m_kept.id);
        VERIFY_OK(kept);
        QCOMPARE(kept->name, m_kept.name);
        QCOMPARE(kept->version, m_kept.version);
        QCOMPARE(kept->notes, m_kept.notes);
        QCOMPARE(kept->tags, m_kept.tags);
        QCOMPARE(kept->phones.size(), 1);
        QCOMPARE(m_repo->revealPhones(alice(), m_kept.id).value(), m_kept.phones);
        QCOMPARE(searchIds(u"李四"_s, false), QList<qint64> {m_kept.id});

        // The audit trail: intact, details gone, one erase entry without personal data.
        QCOMPARE(AuditLog::verify(*m_db).value(), qint64(0));
        QCOMPARE(auditCount(), entriesBefore + 2); // + the reveal above, + erase
        QCOMPARE(auditCount(u"entity = 'customer' AND entity_id = %1 AND action <> 'erase'"
                            " AND details <> '{\"erased\":true}'"_s.arg(m_erased.id)),
                 0);
        QCOMPARE(auditCount(u"details LIKE '%zhenhuan%' OR details LIKE '%欧阳%'"_s), 0);
        QVERIFY(q.exec(u"SELECT details, user_login FROM audit_log WHERE action = 'erase'"
                       " AND entity = 'customer' AND entity_id = %1"_s.arg(m_erased.id)));
        QVERIFY(q.next());
        const QJsonObject details = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(details.value(u"code"_s).toString(), m_erased.code);
        QVERIFY(details.value(u"rehashed_from"_s).toInteger() > 0);
        QCOMPARE(q.value(1).toString(), admin().login);
        QVERIFY(!q.next());
        q.finish();

        // The audit log is append-only again.
        QVERIFY(!q.exec(u"UPDATE audit_log SET details = '{}' WHERE id = 1"_s));
        QVERIFY(!q.exec(u"DELETE FROM audit_log WHERE id = 1"_s));
        QVERIFY(q.exec(m_archive->isServer()
                               ? u"SELECT count(*) + 1 FROM pg_trigger WHERE tgenabled = 'O'"
                                 " AND tgname = 'audit_log_no_change'"
                                 " AND tgrelid = 'audit_log'::regclass"_s
                               : u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                 " AND name IN ('audit_log_no_update', 'audit_log_no_delete')"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.finish();

        // Search finds the erased customer by none of the old values, archived or not.
        for (const QString &term :
             {erasedName, u"甄嬛"_s, erasedPhone, u"5678"_s, erasedEmail, erasedCompany, u"紫禁"_s}) {
            QCOMPARE(searchIds(term, false), QList<qint64> {});
            QCOMPARE(searchIds(term, true), QList<qint64> {});
        }
        QCOMPARE(searchIds(m_erased.code, true), QList<qint64> {m_erased.id});
    }

    // The history stays for figures and accounting, without a word typed about the customer.
    void erasesHistoryText()
    {
        VERIFY_OK(CustomerEraser::erase(*m_db, admin(), m_erased.id, 3));
        QCOMPARE(textsFound(m_texts.all()), QStringList());

        // Purchases and returns: products and amounts kept, notes gone; edited rows conflict.
        using namespace HistoryRows;
        QCOMPARE(row(u"SELECT product, quantity, unit_price, amount, refunded, payment_method,"
                     " channel, notes, version, updated_by FROM purchases WHERE id = ?"_s,
                     m_history.purchase),
                 QVariantList({Product,
                               QString::number(Quantity),
                               QString::number(UnitPrice),
                               QString::number(Amount),
                               QString::number(Refunded),
                               u"wechat_pay"_s,
                               u"京东"_s,
                               QString(),
                               u"2"_s,
                               admin().login}));
        QCOMPARE(row(u"SELECT purchase_id, reason, refunded, notes FROM purchase_returns"
                     " WHERE id = ?"_s,
                     m_history.purchaseReturn),
                 QVariantList({QString::number(m_history.purchase),
                               u"quality"_s,
                               QString::number(Refunded),
                               QString()}));
        // Interactions: channel, direction, type, time and duration kept for the figures.
        QCOMPARE(row(u"SELECT channel, direction, type, occurred_at, duration_seconds, staff,"
                     " summary, result FROM interactions WHERE id = ?"_s,
                     m_history.interaction),
                 QVariantList({u"0"_s,
                               u"0"_s,
                               u"2"_s,
                               u"2025-03-04T10:00:00.000Z"_s,
                               QString::number(InteractionDuration),
                               u"alice"_s,
                               QString(),
                               QString()}));
        QCOMPARE(scalar(*m_db,
                        u"SELECT count(*) FROM interactions WHERE customer_id = ?"_s,
                        {m_erased.id})
                         .toInt(),
                 2);
        // The request: a neutral title, its stage, dates and budget; the moves without reasons.
        QCOMPARE(row(u"SELECT title, description, plan_content, plan_schedule, cancel_reason,"
                     " stage, plan_budget, closed_at, version FROM service_requests"
                     " WHERE id = ?"_s,
                     m_history.request),
                 QVariantList({CustomerEraser::erasedRequestTitle(),
                               QString(),
                               QString(),
                               QString(),
                               QString(),
                               u"6"_s,
                               QString::number(PlanBudget),
                               u"2025-03-20T10:00:00.000Z"_s,
                               u"5"_s}));
        QCOMPARE(row(u"SELECT count(*), sum(to_stage), count(from_stage),"
                     " max(length(reason)) FROM request_stage_moves WHERE request_id = ?"_s,
                     m_history.request),
                 QVariantList({u"4"_s, u"9"_s, u"3"_s, u"0"_s}));

        // The complaint: codes, severity, status, handler, compensation, confirmation and the
        // SLA's times and flags kept for the figures; every text typed about it gone.
        QCOMPARE(row(u"SELECT channel, reason, sub_reason, severity, purchase_id, handler, status,"
                     " compensation_kind, compensation_amount, confirmation, confirmed_at,"
                     " response_due_at, resolution_due_at, responded_at, resolved_at,"
                     " response_missed, resolution_missed, description, response, resolution,"
                     " root_cause, corrective_action, preventive_action, version, updated_by"
                     " FROM complaints WHERE id = ?"_s,
                     m_history.complaint),
                 QVariantList({u"3"_s,
                               u"product_quality"_s,
                               u"product_quality.defect"_s,
                               u"2"_s,
                               QString::number(m_history.purchase),
                               Handler,
                               u"2"_s,
                               CompensationKind,
                               QString::number(CompensationAmount),
                               u"1"_s,
                               at(29),
                               at(21, 17),
                               at(24, 9),
                               at(21, 13),
                               at(28),
                               u"0"_s,
                               u"1"_s,
                               QString(),
                               QString(),
                               QString(),
                               QString(),
                               QString(),
                               QString(),
                               QString::number(ComplaintChanges + 1),
                               admin().login}));
        // Its history: who changed which field when, statuses and severities before and after;
        // the texts before and after an edit, and the reopen's reason, gone.
        auto change = [](const QString &when,
                         const QString &by,
                         const QString &field,
                         const QString &before,
                         const QString &after) {
            return QStringList {when, by, field, before, after, QString()};
        };
        QCOMPARE(rows(u"SELECT changed_at, changed_by, field, before, after, reason"
                      " FROM complaint_changes WHERE complaint_id = ? ORDER BY id"_s,
                      m_history.complaint),
                 QList<QStringList>({change(at(21, 9), u"alice"_s, u"status"_s, u"NULL"_s, u"0"_s),
                                     change(at(21, 10), Handler, u"handler"_s, {}, Handler),
                                     change(at(21, 11), Handler, u"severity"_s, u"1"_s, u"2"_s),
                                     change(at(21, 12), Handler, u"description"_s, {}, {}),
                                     change(at(21, 13), Handler, u"status"_s, u"0"_s, u"1"_s),
                                     change(at(21, 14), Handler, u"response"_s, {}, {}),
                                     change(at(24, 10), Handler, u"resolution"_s, {}, {}),
                                     change(at(24, 11), Handler, u"status"_s, u"1"_s, u"2"_s),
                                     change(at(26, 10), Handler, u"status"_s, u"2"_s, u"4"_s),
                                     change(at(28, 10), Handler, u"status"_s, u"4"_s, u"2"_s)}));
        // The return visits: the one done keeps its status, time and scores for the figures;
        // nobody calls an erased customer back, so the planned one is cancelled. Both lose
        // their purpose, outcome and notes, and conflict with an editor who had them open.
        const QString followUp = u"SELECT status, attempts, done_at, done_by, csat, nps,"
                                 " rated_staff, complaint_id, rule, due_on, purpose, outcome,"
                                 " notes, version, updated_by FROM follow_ups WHERE id = ?"_s;
        QCOMPARE(rows(followUp, m_history.followUpDone),
                 QList<QStringList>({{u"1"_s,
                                      u"1"_s,
                                      at(29),
                                      u"alice"_s,
                                      QString::number(Csat),
                                      QString::number(Nps),
                                      Handler,
                                      QString::number(m_history.complaint),
                                      u"complaint_confirm"_s,
                                      u"2025-03-29"_s,
                                      QString(),
                                      QString(),
                                      QString(),
                                      u"4"_s,
                                      admin().login}}));
        QCOMPARE(rows(followUp, m_history.followUpPlanned),
                 QList<QStringList>({{QString::number(int(FollowUpStatus::Cancelled)),
                                      u"0"_s,
                                      u"NULL"_s,
                                      QString(),
                                      u"NULL"_s,
                                      u"NULL"_s,
                                      QString(),
                                      QString::number(m_history.complaint),
                                      u"complaint_check"_s,
                                      u"2025-04-27"_s,
                                      QString(),
                                      QString(),
                                      QString(),
                                      u"2"_s,
                                      admin().login}}));

        // The other customer's history and its audit entries are untouched.
        const HistoryRows::Texts kept = keptTexts();
        for (const QString &text : kept.all())
            QVERIFY2(!textsFound({text}).isEmpty(), qPrintable(text));
        QCOMPARE(row(u"SELECT title, notes FROM service_requests s JOIN purchases p"
                     " ON p.customer_id = s.customer_id WHERE s.id = ?"_s,
                     m_keptHistory.request),
                 QVariantList({kept.title, kept.purchaseNote}));
        QCOMPARE(row(u"SELECT description, resolution, version FROM complaints WHERE id = ?"_s,
                     m_keptHistory.complaint),
                 QVariantList({kept.complaintDescription,
                               kept.resolution,
                               QString::number(ComplaintChanges)}));
        QCOMPARE(row(u"SELECT before, after, reason FROM complaint_changes WHERE complaint_id = ?"
                     " AND field = 'description'"_s,
                     m_keptHistory.complaint),
                 QVariantList({kept.oldDescription, kept.complaintDescription, QString()}));
        QCOMPARE(row(u"SELECT status, purpose, version FROM follow_ups WHERE id = ?"_s,
                     m_keptHistory.followUpPlanned),
                 QVariantList({u"0"_s, kept.plannedPurpose, u"1"_s}));
        // Every audit entry about the erased rows lost its details; the chain holds.
        QCOMPARE(auditCount(u"entity IN ('purchase', 'purchase_return', 'interaction',"
                            " 'service_request', 'complaint', 'follow_up')"
                            " AND details = '{\"erased\":true}'"_s),
                 9);
        QCOMPARE(auditCount(u"entity IN ('complaint', 'follow_up') AND details LIKE '%李四%'"_s), 4);
        QCOMPARE(AuditLog::verify(*m_db).value(), qint64(0));
    }

    // A field of a complaint's history the erasure does not know as a code or number is taken
    // for typed text: its before and after go too.
    void blanksComplaintFieldsItDoesNotKnow()
    {
        const QString before = u"甄嬛的旧联系人"_s;
        const QString after = u"甄嬛的新联系人"_s;
        const qint64 id = HistoryRows::insert(*m_db,
                                              u"INSERT INTO complaint_changes(complaint_id,"
                                              " customer_id, changed_at, changed_by, field, before,"
                                              " after) VALUES(?, ?, ?, 'bob', 'contact', ?, ?)"_s,
                                              {m_history.complaint,
                                               m_erased.id,
                                               HistoryRows::at(30),
                                               before,
                                               after});
        QVERIFY(id > 0);
        VERIFY_OK(CustomerEraser::erase(*m_db, admin(), m_erased.id, 3));
        QCOMPARE(rows(u"SELECT field, before, after, changed_by FROM complaint_changes"
                      " WHERE id = ?"_s,
                      id),
                 QList<QStringList>({{u"contact"_s, QString(), QString(), u"bob"_s}}));
        QCOMPARE(textsFound({before, after}), QStringList());
    }

    // One transaction: when the erasure fails at its last step, the history keeps every text.
    void failureKeepsTheHistory()
    {
        QSqlQuery q(m_db->connection());
        if (m_archive->isServer()) {
            QVERIFY2(q.exec(u"CREATE FUNCTION refuse_erase() RETURNS trigger LANGUAGE plpgsql AS"
                            " $$BEGIN IF NEW.action = 'erase' THEN RAISE EXCEPTION 'refused';"
                            " END IF; RETURN NEW; END$$"_s),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(u"CREATE TRIGGER refuse_erase BEFORE INSERT ON audit_log"
                            " FOR EACH ROW EXECUTE FUNCTION refuse_erase()"_s),
                     qPrintable(q.lastError().text()));
        } else {
            QVERIFY2(q.exec(u"CREATE TRIGGER refuse_erase BEFORE INSERT ON audit_log"
                            " WHEN NEW.action = 'erase' BEGIN SELECT RAISE(ABORT, 'refused');"
                            " END"_s),
                     qPrintable(q.lastError().text()));
        }
        const int entriesBefore = auditCount();
        const Result<Customer> r = CustomerEraser::erase(*m_db, admin(), m_erased.id, 3);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Storage);
        for (const QString &text : m_texts.all())
            QVERIFY2(!textsFound({text}).isEmpty(), qPrintable(text));
        QCOMPARE(scalar(*m_db, u"SELECT version FROM purchases WHERE id = ?"_s, {m_history.purchase})
                         .toInt(),
                 1);
        QCOMPARE(m_repo->get(alice(), m_erased.id)->name, m_erased.name);
        QCOMPARE(auditCount(), entriesBefore);
        QCOMPARE(AuditLog::verify(*m_db).value(), qint64(0));
    }

    void refusesWithoutEraseRight()
    {
        const int entriesBefore = auditCount();
        for (const Actor &actor : {frontDesk(), supervisor()}) {
            const Result<Customer> r = CustomerEraser::erase(*m_db, actor, m_erased.id, 3);
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::Permission);
        }
        const Result<Customer> stored = m_repo->get(alice(), m_erased.id);
        VERIFY_OK(stored);
        QCOMPARE(stored->name, m_erased.name);
        QCOMPARE(stored->version, 3);
        QCOMPARE(stored->phones.size(), 1);
        QCOMPARE(auditCount(), entriesBefore);
    }

    void refusesStaleVersion()
    {
        const int entriesBefore = auditCount();
        const Result<Customer> r = CustomerEraser::erase(*m_db, admin(), m_erased.id, 2);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        const Result<Customer> stored = m_repo->get(alice(), m_erased.id);
        VERIFY_OK(stored);
        QCOMPARE(stored->name, m_erased.name);
        QCOMPARE(stored->email, erasedEmail);
        QCOMPARE(stored->version, 3);
        QCOMPARE(stored->tags, m_erased.tags);
        QCOMPARE(auditCount(), entriesBefore);
        QCOMPARE(auditCount(u"details LIKE '%zhenhuan%'"_s) > 0, true);
        QCOMPARE(AuditLog::verify(*m_db).value(), qint64(0));
        QCOMPARE(searchIds(erasedName, false), QList<qint64> {m_erased.id});
        for (const QString &text : m_texts.all())
            QVERIFY2(!textsFound({text}).isEmpty(), qPrintable(text));
    }

    void refusesUnknownCustomer()
    {
        const Result<Customer> r = CustomerEraser::erase(*m_db, admin(), 9999, 1);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::NotFound);
    }

    // The old values are nowhere in the bytes of the archive file or its -wal file.
    void leavesNoBytesBehind()
    {
        SKIP_ON_SERVER("a file archive's bytes; see leavesNoRowVersionBehind");
        const QString path = m_archive->path;
        // Before: the values are there (the test would see them).
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QVERIFY(fileBytes(path).contains(erasedEmail.toUtf8()));
        for (const QString &text : m_texts.all())
            QVERIFY2(fileBytes(path).contains(text.toUtf8()), qPrintable(text));

        VERIFY_OK(CustomerEraser::erase(*m_db, admin(), m_erased.id, 3));

        // Right after the erasure, with the connection still open.
        QStringList needles {erasedName,
                             erasedPhone,
                             erasedEmail,
                             erasedCompany,
                             u"熹贵妃"_s,
                             u"喜欢绿茶"_s};
        needles += m_texts.all();
        needles += trigrams(erasedName);
        needles += trigrams(erasedCompany);
        auto check = [&](const char *when) {
            for (const QString &suffix : {QString(), u"-wal"_s}) {
                const QByteArray bytes = fileBytes(path + suffix);
                for (const QString &needle : needles)
                    QVERIFY2(!bytes.contains(needle.toUtf8()),
                             qPrintable(u"%1 in archive%2 (%3)"_s.arg(needle,
                                                                      suffix,
                                                                      QLatin1String(when))));
            }
        };
        check("open");
        if (QTest::currentTestFailed())
            return;
        // The kept customer is still in the file: the test reads the right bytes.
        QVERIFY(fileBytes(path).contains(u"李四"_s.toUtf8()));
        QVERIFY(fileBytes(path).contains(keptTexts().summary.toUtf8()));

        m_repo.reset();
        m_db.reset();
        check("closed");
    }

    // On PostgreSQL: the old values are in no page of the affected tables (live or dead row
    // versions, free space), read raw through pageinspect as the server's superuser.
    void leavesNoRowVersionBehind()
    {
        if (!m_archive->isServer())
            QSKIP("PostgreSQL only; see leavesNoBytesBehind");
        const QStringList tables = QStringList {u"customers"_s,
                                                u"customer_phones"_s,
                                                u"customer_grams"_s,
                                                u"audit_log"_s}
                                   + historyTables;
        auto pages = [&]() {
            QByteArray all;
            QSqlQuery q(TestBackend::admin());
            for (const QString &table : tables) {
                const QString name = m_archive->schema + u'.' + table;
                const QString sql = u"SELECT get_raw_page('%1', n) FROM generate_series(0,"
                                    " pg_relation_size('%1') / 8192 - 1) AS n"_s.arg(name);
                if (!q.exec(sql))
                    qWarning("%s", qPrintable(q.lastError().text()));
                while (q.next())
                    all += q.value(0).toByteArray();
            }
            return all;
        };
        const QByteArray before = pages();
        QVERIFY(before.contains(erasedEmail.toUtf8())); // the test reads the right bytes
        for (const QString &text : m_texts.all())
            QVERIFY2(before.contains(text.toUtf8()), qPrintable(text));

        VERIFY_OK(CustomerEraser::erase(*m_db, admin(), m_erased.id, 3));

        const QByteArray after = pages();
        for (const QString &needle :
             QStringList {erasedName, erasedPhone, erasedEmail, erasedCompany} + m_texts.all())
            QVERIFY2(!after.contains(needle.toUtf8()), qPrintable(needle));
        QVERIFY(after.contains(u"李四"_s.toUtf8()));
        QVERIFY(after.contains(keptTexts().summary.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(tst_Erasure)
#include "tst_erasure.moc"
