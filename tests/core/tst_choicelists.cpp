#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/CustomerFixtures.h"
#include "core/SecurityFixtures.h"
#include "history/ChoiceLists.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using SecurityFixtures::rowCount;

namespace {

QStringList codes(const QList<Choice> &choices)
{
    QStringList out;
    for (const Choice &c : choices)
        out.append(c.code);
    return out;
}

QStringList labels(const QList<Choice> &choices)
{
    QStringList out;
    for (const Choice &c : choices)
        out.append(c.label);
    return out;
}

} // namespace

class tst_ChoiceLists : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChoiceLists> m_lists;

    QList<Choice> entries(const QString &list, bool includeRetired = false) const
    {
        const Result<QList<Choice>> r = m_lists->entries(SecurityFixtures::frontDesk(),
                                                         list,
                                                         includeRetired);
        if (!r)
            qWarning("entries: %s", qPrintable(r.error().message));
        return r ? r.value() : QList<Choice> {};
    }

    int auditCount() const { return rowCount(*m_db, u"audit_log"_s); }
    int choiceCount() const { return rowCount(*m_db, u"choices"_s); }

    // The newest audit entry about choices.
    AuditEntry lastChoiceEntry() const
    {
        AuditFilter filter;
        filter.entity = u"choice"_s;
        filter.limit = 1;
        const Result<QList<AuditEntry>> r = AuditLog::query(*m_db, Fixtures::alice(), filter);
        return r && !r->isEmpty() ? r->first() : AuditEntry {};
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_lists = std::make_unique<ChoiceLists>(*m_db);
    }

    void cleanup()
    {
        m_lists.reset();
        m_db.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void defaultsInOrder()
    {
        const QList<Choice> methods = entries(ChoiceLists::PaymentMethod);
        QCOMPARE(codes(methods),
                 (QStringList {u"cash"_s,
                               u"bank_card"_s,
                               u"wechat_pay"_s,
                               u"alipay"_s,
                               u"transfer"_s,
                               u"other"_s}));
        QCOMPARE(labels(methods),
                 (QStringList {u"Cash"_s,
                               u"Bank card"_s,
                               u"WeChat Pay"_s,
                               u"Alipay"_s,
                               u"Transfer"_s,
                               u"Other"_s}));
        int position = 0;
        for (const Choice &c : methods) {
            QVERIFY(c.builtIn);
            QVERIFY(!c.retired);
            QVERIFY(c.position > position);
            position = c.position;
            QCOMPARE(m_lists->label(ChoiceLists::PaymentMethod, c.code), c.label);
            QCOMPARE(ChoiceLists::builtInLabel(ChoiceLists::PaymentMethod, c.code), c.label);
            QVERIFY(m_lists->offers(ChoiceLists::PaymentMethod, c.code).value());
        }

        const QList<Choice> reasons = entries(ChoiceLists::ReturnReason);
        QCOMPARE(codes(reasons),
                 (QStringList {u"quality"_s,
                               u"packaging"_s,
                               u"wrong_item"_s,
                               u"not_as_described"_s,
                               u"changed_mind"_s,
                               u"other"_s}));
        QCOMPARE(labels(reasons),
                 (QStringList {u"Quality problem"_s,
                               u"Damaged packaging"_s,
                               u"Wrong item"_s,
                               u"Not as described"_s,
                               u"Changed mind"_s,
                               u"Other"_s}));
    }

    void unknownCodesAndLists()
    {
        QCOMPARE(m_lists->label(ChoiceLists::PaymentMethod, u"bitcoin"_s), u"bitcoin"_s);
        QCOMPARE(ChoiceLists::builtInLabel(ChoiceLists::PaymentMethod, u"bitcoin"_s), QString());
        QCOMPARE(ChoiceLists::builtInLabel(u"colours"_s, u"cash"_s), QString());
        QVERIFY(!m_lists->offers(ChoiceLists::PaymentMethod, u"bitcoin"_s).value());
        // A code of one list is no entry of another.
        QVERIFY(!m_lists->offers(ChoiceLists::ReturnReason, u"cash"_s).value());
        QVERIFY(entries(u"colours"_s).isEmpty());
    }

    void addAppendsAtTheEnd()
    {
        const int audit = auditCount();
        const Result<Choice> gift = m_lists->add(SecurityFixtures::admin(),
                                                 ChoiceLists::PaymentMethod,
                                                 u"  礼品卡  "_s);
        VERIFY_OK(gift);
        QCOMPARE(gift->code, u"custom_1"_s);
        QCOMPARE(gift->label, u"礼品卡"_s);
        QVERIFY(!gift->builtIn);
        QVERIFY(!gift->retired);
        const Result<Choice> credit = m_lists->add(SecurityFixtures::admin(),
                                                   ChoiceLists::PaymentMethod,
                                                   u"Store credit"_s);
        VERIFY_OK(credit);
        QCOMPARE(credit->code, u"custom_2"_s);
        QCOMPARE(auditCount(), audit + 2);
        const AuditEntry entry = lastChoiceEntry();
        QCOMPARE(entry.action, AuditLog::Create);
        QCOMPARE(entry.user, u"root"_s);
        QCOMPARE(entry.details.value(u"code"_s).toString(), u"custom_2"_s);
        QCOMPARE(entry.details.value(u"label"_s).toString(), u"Store credit"_s);

        const QList<Choice> methods = entries(ChoiceLists::PaymentMethod);
        QCOMPARE(methods.size(), 8);
        QCOMPARE(codes(methods).mid(6), (QStringList {u"custom_1"_s, u"custom_2"_s}));
        QVERIFY(methods.at(6).position > methods.at(5).position);
        QCOMPARE(m_lists->label(ChoiceLists::PaymentMethod, u"custom_1"_s), u"礼品卡"_s);
        QVERIFY(m_lists->offers(ChoiceLists::PaymentMethod, u"custom_1"_s).value());
        // The other list is untouched; its own custom codes start at 1.
        QCOMPARE(entries(ChoiceLists::ReturnReason).size(), 6);
        QCOMPARE(m_lists->add(SecurityFixtures::admin(), ChoiceLists::ReturnReason, u"Late"_s)->code,
                 u"custom_1"_s);
    }

    void addRefusesBadLabels()
    {
        const int audit = auditCount();
        const int rows = choiceCount();
        const Result<Choice> empty = m_lists->add(SecurityFixtures::admin(),
                                                  ChoiceLists::PaymentMethod,
                                                  u"   "_s);
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, Error::Code::Invalid);
        QVERIFY(empty.error().fieldErrors.contains(u"label"_s));
        const Result<Choice> tooLong = m_lists->add(SecurityFixtures::admin(),
                                                    ChoiceLists::PaymentMethod,
                                                    QString(200, u'x'));
        QCOMPARE(tooLong.error().code, Error::Code::Invalid);
        // Reads like the built-in "Cash": two entries people could not tell apart.
        const Result<Choice> twin = m_lists->add(SecurityFixtures::admin(),
                                                 ChoiceLists::PaymentMethod,
                                                 u"cash"_s);
        QVERIFY(!twin);
        QCOMPARE(twin.error().code, Error::Code::Duplicate);
        QVERIFY(twin.error().message.contains(u"Cash"_s));
        const Result<Choice> noList = m_lists->add(SecurityFixtures::admin(),
                                                   u"colours"_s,
                                                   u"Red"_s);
        QCOMPARE(noList.error().code, Error::Code::NotFound);
        QCOMPARE(choiceCount(), rows);
        QCOMPARE(auditCount(), audit);
    }

    void renameShowsTheNewLabel()
    {
        const int audit = auditCount();
        VERIFY_OK(m_lists->rename(SecurityFixtures::admin(),
                                  ChoiceLists::PaymentMethod,
                                  u"cash"_s,
                                  u" 现金支付 "_s));
        QCOMPARE(m_lists->label(ChoiceLists::PaymentMethod, u"cash"_s), u"现金支付"_s);
        const Choice cash = entries(ChoiceLists::PaymentMethod).first();
        QCOMPARE(cash.code, u"cash"_s);
        QCOMPARE(cash.label, u"现金支付"_s);
        QVERIFY(cash.builtIn);
        QCOMPARE(auditCount(), audit + 1);
        const AuditEntry entry = lastChoiceEntry();
        QCOMPARE(entry.action, AuditLog::Update);
        QCOMPARE(entry.details.value(u"code"_s).toString(), u"cash"_s);
        const QJsonObject label = entry.details.value(u"label"_s).toObject();
        QCOMPARE(label.value(u"before"_s).toString(), u"Cash"_s);
        QCOMPARE(label.value(u"after"_s).toString(), u"现金支付"_s);
    }

    void renameRefusals()
    {
        const int audit = auditCount();
        const Actor admin = SecurityFixtures::admin();
        const Status empty = m_lists->rename(admin, ChoiceLists::PaymentMethod, u"cash"_s, u" "_s);
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, Error::Code::Invalid);
        QVERIFY(empty.error().fieldErrors.contains(u"label"_s));
        QCOMPARE(m_lists->rename(admin, ChoiceLists::PaymentMethod, u"bitcoin"_s, u"BTC"_s)
                         .error()
                         .code,
                 Error::Code::NotFound);
        QCOMPARE(m_lists->rename(admin, ChoiceLists::PaymentMethod, u"cash"_s, u"ALIPAY"_s)
                         .error()
                         .code,
                 Error::Code::Duplicate);
        QCOMPARE(m_lists->label(ChoiceLists::PaymentMethod, u"cash"_s), u"Cash"_s);
        QCOMPARE(auditCount(), audit);
    }

    // Retired: no longer offered for new rows, still labelled on old ones; and back again.
    void retireAndReinstate()
    {
        const Actor admin = SecurityFixtures::admin();
        const int audit = auditCount();
        VERIFY_OK(m_lists->setRetired(admin, ChoiceLists::PaymentMethod, u"alipay"_s, true));
        QVERIFY(!codes(entries(ChoiceLists::PaymentMethod)).contains(u"alipay"_s));
        const QList<Choice> all = entries(ChoiceLists::PaymentMethod, true);
        QCOMPARE(all.size(), 6);
        QCOMPARE(all.at(3).code, u"alipay"_s);
        QVERIFY(all.at(3).retired);
        QCOMPARE(all.at(3).label, u"Alipay"_s);
        QCOMPARE(m_lists->label(ChoiceLists::PaymentMethod, u"alipay"_s), u"Alipay"_s);
        QVERIFY(!m_lists->offers(ChoiceLists::PaymentMethod, u"alipay"_s).value());
        QCOMPARE(auditCount(), audit + 1);
        const QJsonObject retired = lastChoiceEntry().details.value(u"retired"_s).toObject();
        QCOMPARE(retired.value(u"before"_s).toBool(), false);
        QCOMPARE(retired.value(u"after"_s).toBool(), true);

        // Retiring it again changes nothing and records nothing.
        VERIFY_OK(m_lists->setRetired(admin, ChoiceLists::PaymentMethod, u"alipay"_s, true));
        QCOMPARE(auditCount(), audit + 1);

        VERIFY_OK(m_lists->setRetired(admin, ChoiceLists::PaymentMethod, u"alipay"_s, false));
        QVERIFY(m_lists->offers(ChoiceLists::PaymentMethod, u"alipay"_s).value());
        QCOMPARE(codes(entries(ChoiceLists::PaymentMethod)).at(3), u"alipay"_s);
        QCOMPARE(auditCount(), audit + 2);

        QCOMPARE(m_lists->setRetired(admin, ChoiceLists::PaymentMethod, u"bitcoin"_s, true)
                         .error()
                         .code,
                 Error::Code::NotFound);
    }

    // A list with nothing left to choose would stop every purchase form.
    void lastOfferedEntryStays()
    {
        const Actor admin = SecurityFixtures::admin();
        const QStringList all = codes(entries(ChoiceLists::ReturnReason));
        for (const QString &code : all.mid(1))
            VERIFY_OK(m_lists->setRetired(admin, ChoiceLists::ReturnReason, code, true));
        const int audit = auditCount();
        const Status last = m_lists->setRetired(admin, ChoiceLists::ReturnReason, all.first(), true);
        QVERIFY(!last);
        QCOMPARE(last.error().code, Error::Code::Invalid);
        QVERIFY(m_lists->offers(ChoiceLists::ReturnReason, all.first()).value());
        QCOMPARE(auditCount(), audit);
    }

    // The complaint reasons come in two levels: each first-level entry followed by its own.
    void complaintReasonsInTwoLevels()
    {
        const QList<Choice> reasons = entries(ChoiceLists::ComplaintReason);
        QCOMPARE(codes(reasons),
                 (QStringList {u"product_quality"_s,
                               u"product_quality.defect"_s,
                               u"product_quality.performance"_s,
                               u"product_quality.safety"_s,
                               u"service_attitude"_s,
                               u"service_attitude.rude"_s,
                               u"service_attitude.slow"_s,
                               u"service_attitude.unprofessional"_s,
                               u"delivery"_s,
                               u"delivery.late"_s,
                               u"delivery.damaged"_s,
                               u"delivery.wrong_item"_s,
                               u"billing"_s,
                               u"billing.overcharge"_s,
                               u"billing.refund_delay"_s,
                               u"billing.invoice"_s,
                               u"after_sales"_s,
                               u"after_sales.repair"_s,
                               u"after_sales.no_response"_s,
                               u"after_sales.warranty"_s,
                               u"other"_s}));
        for (const Choice &c : reasons) {
            QVERIFY2(c.builtIn, qPrintable(c.code));
            QVERIFY(c.label != c.code);
            QCOMPARE(c.parent, c.code.contains(u'.') ? c.code.section(u'.', 0, 0) : QString());
            QVERIFY(m_lists->offersUnder(ChoiceLists::ComplaintReason, c.code, c.parent).value());
        }
        QCOMPARE(reasons.at(0).label, u"Product quality"_s);
        QCOMPARE(reasons.at(9).label, u"Late delivery"_s);
        QCOMPARE(m_lists->label(ChoiceLists::ComplaintReason, u"billing.invoice"_s),
                 u"Invoice problem"_s);
        // A second-level entry is no first-level one, and belongs under its own parent only.
        QVERIFY(!m_lists->offersUnder(ChoiceLists::ComplaintReason, u"delivery.late"_s, {}).value());
        QVERIFY(!m_lists->offersUnder(ChoiceLists::ComplaintReason, u"delivery.late"_s, u"billing"_s)
                         .value());
        QVERIFY(ChoiceLists::isTwoLevel(ChoiceLists::ComplaintReason));
        QVERIFY(!ChoiceLists::isTwoLevel(ChoiceLists::PaymentMethod));

        QCOMPARE(labels(entries(ChoiceLists::CompensationKind)),
                 (QStringList {u"Refund"_s,
                               u"Replacement"_s,
                               u"Repair"_s,
                               u"Voucher"_s,
                               u"Gift"_s,
                               u"Other"_s}));
        for (const Choice &c : entries(ChoiceLists::PaymentMethod))
            QCOMPARE(c.parent, QString());
    }

    // An admin adds a second-level entry at the end of its first-level entry's own.
    void addUnderAFirstLevelEntry()
    {
        const int audit = auditCount();
        const Result<Choice> added = m_lists->add(SecurityFixtures::admin(),
                                                  ChoiceLists::ComplaintReason,
                                                  u" 发票抬头错误 "_s,
                                                  u"billing"_s);
        VERIFY_OK(added);
        QCOMPARE(added->code, u"custom_1"_s);
        QCOMPARE(added->label, u"发票抬头错误"_s);
        QCOMPARE(added->parent, u"billing"_s);
        QCOMPARE(added->position, 4);
        QCOMPARE(auditCount(), audit + 1);
        QCOMPARE(lastChoiceEntry().details.value(u"parent"_s).toString(), u"billing"_s);

        const QStringList order = codes(entries(ChoiceLists::ComplaintReason));
        QCOMPARE(order.indexOf(u"custom_1"_s), order.indexOf(u"billing.invoice"_s) + 1);
        QVERIFY(m_lists->offersUnder(ChoiceLists::ComplaintReason, u"custom_1"_s, u"billing"_s)
                        .value());
        QVERIFY(!m_lists->offersUnder(ChoiceLists::ComplaintReason, u"custom_1"_s, {}).value());

        // A first-level entry goes after the last first-level one.
        const Result<Choice> top = m_lists->add(SecurityFixtures::admin(),
                                                ChoiceLists::ComplaintReason,
                                                u"Privacy"_s);
        VERIFY_OK(top);
        QCOMPARE(top->code, u"custom_2"_s);
        QCOMPARE(top->parent, QString());
        QCOMPARE(top->position, 7);
        QCOMPARE(codes(entries(ChoiceLists::ComplaintReason)).last(), u"custom_2"_s);
        // ... and takes second-level entries of its own.
        VERIFY_OK(m_lists->add(SecurityFixtures::admin(),
                               ChoiceLists::ComplaintReason,
                               u"Data leak"_s,
                               u"custom_2"_s));
    }

    void addUnderRefusals()
    {
        const Actor admin = SecurityFixtures::admin();
        const int audit = auditCount();
        const int rows = choiceCount();
        for (const QString &parent : {u"weather"_s, u"delivery.late"_s}) {
            const Result<Choice> r = m_lists->add(admin,
                                                  ChoiceLists::ComplaintReason,
                                                  u"Too late"_s,
                                                  parent);
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::Invalid);
            QVERIFY(r.error().fieldErrors.contains(u"parent"_s));
        }
        const Result<Choice> flat = m_lists->add(admin,
                                                 ChoiceLists::PaymentMethod,
                                                 u"Gift card"_s,
                                                 u"cash"_s);
        QVERIFY(!flat);
        QVERIFY(flat.error().fieldErrors.contains(u"parent"_s));
        QCOMPARE(choiceCount(), rows);
        QCOMPARE(auditCount(), audit);
    }

    // Labels are told apart among the entries a form shows side by side: those of one parent.
    void labelsUniqueAmongSiblings()
    {
        const Actor admin = SecurityFixtures::admin();
        QCOMPARE(m_lists->add(admin, ChoiceLists::ComplaintReason, u"overcharged"_s, u"billing"_s)
                         .error()
                         .code,
                 Error::Code::Duplicate);
        QCOMPARE(m_lists->add(admin, ChoiceLists::ComplaintReason, u"DELIVERY"_s).error().code,
                 Error::Code::Duplicate);
        VERIFY_OK(
                m_lists->add(admin, ChoiceLists::ComplaintReason, u"Overcharged"_s, u"delivery"_s));
        VERIFY_OK(m_lists->add(admin, ChoiceLists::ComplaintReason, u"Other"_s, u"billing"_s));
        QCOMPARE(m_lists->rename(admin,
                                 ChoiceLists::ComplaintReason,
                                 u"billing.invoice"_s,
                                 u"Refund delayed"_s)
                         .error()
                         .code,
                 Error::Code::Duplicate);
        VERIFY_OK(m_lists->rename(admin,
                                  ChoiceLists::ComplaintReason,
                                  u"billing.invoice"_s,
                                  u"Late delivery"_s));
    }

    // Second-level entries are optional: all of one entry's may be retired. A retired
    // first-level entry takes its own out of the offer.
    void retiringInTwoLevels()
    {
        const Actor admin = SecurityFixtures::admin();
        for (const QString &code :
             {u"delivery.late"_s, u"delivery.damaged"_s, u"delivery.wrong_item"_s})
            VERIFY_OK(m_lists->setRetired(admin, ChoiceLists::ComplaintReason, code, true));
        QStringList offered = codes(entries(ChoiceLists::ComplaintReason));
        QCOMPARE(offered.at(offered.indexOf(u"delivery"_s) + 1), u"billing"_s);

        VERIFY_OK(
                m_lists->setRetired(admin, ChoiceLists::ComplaintReason, u"delivery.late"_s, false));
        VERIFY_OK(m_lists->setRetired(admin, ChoiceLists::ComplaintReason, u"billing"_s, true));
        offered = codes(entries(ChoiceLists::ComplaintReason));
        QVERIFY(!offered.contains(u"billing"_s));
        QVERIFY(!offered.contains(u"billing.invoice"_s));
        QVERIFY(offered.contains(u"delivery.late"_s));
        const QStringList all = codes(entries(ChoiceLists::ComplaintReason, true));
        QCOMPARE(all.size(), 21);
        QCOMPARE(all.at(all.indexOf(u"billing"_s) + 1), u"billing.overcharge"_s);

        // The last first-level entry offered stays.
        for (const QString &code :
             {u"product_quality"_s, u"service_attitude"_s, u"delivery"_s, u"after_sales"_s})
            VERIFY_OK(m_lists->setRetired(admin, ChoiceLists::ComplaintReason, code, true));
        QCOMPARE(m_lists->setRetired(admin, ChoiceLists::ComplaintReason, u"other"_s, true)
                         .error()
                         .code,
                 Error::Code::Invalid);
    }

    // Only ManageSettings (admins) change the lists; everyone who may view reads them.
    void onlyAdminsChangeTheLists()
    {
        const int audit = auditCount();
        const int rows = choiceCount();
        for (const Actor &actor : {SecurityFixtures::frontDesk(),
                                   SecurityFixtures::supervisor(),
                                   SecurityFixtures::nobody()}) {
            QCOMPARE(m_lists->add(actor, ChoiceLists::PaymentMethod, u"Credit"_s).error().code,
                     Error::Code::Permission);
            QCOMPARE(m_lists->rename(actor, ChoiceLists::PaymentMethod, u"cash"_s, u"Notes"_s)
                             .error()
                             .code,
                     Error::Code::Permission);
            QCOMPARE(m_lists->setRetired(actor, ChoiceLists::PaymentMethod, u"cash"_s, true)
                             .error()
                             .code,
                     Error::Code::Permission);
        }
        QCOMPARE(m_lists->entries(SecurityFixtures::nobody(), ChoiceLists::PaymentMethod).error().code,
                 Error::Code::Permission);
        QVERIFY(m_lists->entries(SecurityFixtures::supervisor(), ChoiceLists::PaymentMethod));
        QVERIFY(m_lists->entries(SecurityFixtures::admin(), ChoiceLists::PaymentMethod));
        QCOMPARE(choiceCount(), rows);
        QCOMPARE(auditCount(), audit);
        QCOMPARE(m_lists->label(ChoiceLists::PaymentMethod, u"cash"_s), u"Cash"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ChoiceLists)
#include "tst_choicelists.moc"
