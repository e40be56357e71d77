#include "TestSupport.h"
#include "core/HistoryFixtures.h"
#include "core/SecurityFixtures.h"
#include "history/InteractionRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Fixtures;
using namespace HistoryFixtures;

Q_DECLARE_METATYPE(Interaction)

namespace {

// A call logged the way the quick-log row leaves it after typing a summary.
Interaction call(qint64 customerId, const QString &summary)
{
    Interaction i = InteractionRepository::defaults(alice(), customerId);
    i.summary = summary;
    return i;
}

QString order(const QList<Interaction> &rows)
{
    QStringList out;
    for (const Interaction &i : rows)
        out.append(u"%1#%2"_s.arg(i.occurredAt.toString(Qt::ISODate)).arg(i.id));
    return out.join(u' ');
}

} // namespace

class tst_InteractionRepository : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InteractionRepository> m_repo;
    Customer m_customer;

    int auditCount(const QString &entity = u"interaction"_s) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT count(*) FROM audit_log WHERE entity = ?"_s);
        q.addBindValue(entity);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // Every page from the first, limit rows at a time.
    QList<Interaction> allPages(qint64 customerId, int limit, int *pages)
    {
        QList<Interaction> rows;
        HistoryCursor cursor;
        *pages = 0;
        for (;;) {
            const Result<HistoryPage<Interaction>> page = m_repo->forCustomer(alice(),
                                                                              customerId,
                                                                              cursor,
                                                                              limit);
            if (!page) {
                qWarning("%s", qPrintable(page.error().message));
                return {};
            }
            ++*pages;
            rows += page->rows;
            if (page->atEnd)
                return rows;
            if (page->rows.size() != limit || *pages > 1000) {
                qWarning("a page that is not the last is short");
                return {};
            }
            cursor = page->next;
        }
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_repo = std::make_unique<InteractionRepository>(*m_db);
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

    void defaultsAreACallComingInNow()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Interaction i = InteractionRepository::defaults(SecurityFixtures::frontDesk(), 7);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QCOMPARE(i.customerId, qint64(7));
        QVERIFY(i.occurredAt >= before && i.occurredAt <= after);
        QCOMPARE(i.occurredAt.timeSpec(), Qt::UTC);
        QCOMPARE(i.channel, InteractionChannel::Phone);
        QCOMPARE(i.direction, InteractionDirection::Inbound);
        QCOMPARE(i.type, InteractionType::Inquiry);
        QCOMPARE(i.staff, u"desk"_s);
        QVERIFY(i.summary.isEmpty());
        QCOMPARE(i.durationSeconds, 0);
    }

    void logStoresEveryFieldAndAudits()
    {
        Interaction i = call(m_customer.id, u"  问保修期多长  "_s);
        i.occurredAt = QDateTime(QDate(2025, 5, 4), QTime(14, 30, 5), Qt::UTC);
        i.channel = InteractionChannel::WeChat;
        i.direction = InteractionDirection::Outbound;
        i.type = InteractionType::FollowUp;
        i.result = u"已告知一年保修"_s;
        i.staff = u"bob"_s;
        i.durationSeconds = 125;

        const Result<Interaction> logged = m_repo->log(alice(), i);
        VERIFY_OK(logged);
        QVERIFY(logged->id > 0);
        const Result<Interaction> stored = m_repo->get(alice(), logged->id);
        VERIFY_OK(stored);
        QCOMPARE(stored->customerId, m_customer.id);
        QCOMPARE(stored->occurredAt, i.occurredAt);
        QCOMPARE(stored->channel, InteractionChannel::WeChat);
        QCOMPARE(stored->direction, InteractionDirection::Outbound);
        QCOMPARE(stored->type, InteractionType::FollowUp);
        QCOMPARE(stored->summary, u"问保修期多长"_s); // trimmed
        QCOMPARE(stored->result, u"已告知一年保修"_s);
        QCOMPARE(stored->staff, u"bob"_s);
        QCOMPARE(stored->durationSeconds, 125);
        QCOMPARE(stored->createdBy, u"alice"_s);
        QVERIFY(stored->createdAt.isValid());

        // One audit entry, in the interaction's name, with what was logged.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT user_login, action, entity_id, details FROM audit_log"
                       " WHERE entity = 'interaction'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"alice"_s);
        QCOMPARE(q.value(1).toString(), u"create"_s);
        QCOMPARE(q.value(2).toLongLong(), logged->id);
        const QJsonObject details = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QCOMPARE(details.value(u"summary"_s).toString(), u"问保修期多长"_s);
        QCOMPARE(details.value(u"customer_id"_s).toInteger(), m_customer.id);
        QVERIFY(!q.next());
    }

    void emptyStaffIsTheActingUser()
    {
        Interaction i = call(m_customer.id, u"来电咨询"_s);
        i.staff = u"  "_s;
        const Result<Interaction> logged = m_repo->log(SecurityFixtures::frontDesk(), i);
        VERIFY_OK(logged);
        QCOMPARE(logged->staff, u"desk"_s);
        QCOMPARE(logged->createdBy, u"desk"_s);
    }

    // Boundaries that are still fine: a whole day's visit, a clock a little ahead, an unset
    // result, an archived customer.
    void acceptsTheEdges()
    {
        Interaction day = call(m_customer.id, u"培训活动"_s);
        day.durationSeconds = 24 * 60 * 60;
        VERIFY_OK(m_repo->log(alice(), day));

        Interaction ahead = call(m_customer.id, u"到访"_s);
        ahead.occurredAt = QDateTime::currentDateTimeUtc().addSecs(4 * 60);
        VERIFY_OK(m_repo->log(alice(), ahead));

        Interaction noResult = call(m_customer.id, u"短信回复"_s);
        noResult.result = QString();
        VERIFY_OK(m_repo->log(alice(), noResult));

        CustomerRepository customers(*m_db);
        VERIFY_OK(customers.archive(alice(), m_customer.id, m_customer.version));
        VERIFY_OK(m_repo->log(alice(), call(m_customer.id, u"归档后来电"_s)));
        QCOMPARE(count(*m_db, u"interactions"_s), 4);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<Interaction>("input");
        QTest::addColumn<QString>("field");

        Interaction i = call(0, u"来电咨询"_s);
        Interaction bad = i;
        bad.summary = QString();
        QTest::newRow("no summary") << bad << u"summary"_s;
        bad = i;
        bad.summary = u" \t\n "_s;
        QTest::newRow("blank summary") << bad << u"summary"_s;
        bad = i;
        bad.summary = QString(4001, u'字');
        QTest::newRow("summary too long") << bad << u"summary"_s;
        bad = i;
        bad.durationSeconds = -1;
        QTest::newRow("negative duration") << bad << u"duration"_s;
        bad = i;
        bad.durationSeconds = 24 * 60 * 60 + 1;
        QTest::newRow("longer than a day") << bad << u"duration"_s;
        bad = i;
        bad.occurredAt = QDateTime();
        QTest::newRow("no time") << bad << u"occurred_at"_s;
        bad = i;
        bad.occurredAt = QDateTime::currentDateTimeUtc().addSecs(10 * 60);
        QTest::newRow("ten minutes ahead") << bad << u"occurred_at"_s;
        bad = i;
        bad.occurredAt = QDateTime::currentDateTimeUtc().addDays(1);
        QTest::newRow("tomorrow") << bad << u"occurred_at"_s;
        bad = i;
        bad.channel = InteractionChannel(99);
        QTest::newRow("unknown channel") << bad << u"channel"_s;
        bad = i;
        bad.direction = InteractionDirection(-1);
        QTest::newRow("unknown direction") << bad << u"direction"_s;
        bad = i;
        bad.type = InteractionType(8);
        QTest::newRow("unknown type") << bad << u"type"_s;
    }

    void refusesBadInput()
    {
        QFETCH(Interaction, input);
        QFETCH(QString, field);
        input.customerId = m_customer.id;
        const int audited = auditCount();

        const Result<Interaction> r = m_repo->log(alice(), input);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(r.error().fieldErrors.keys(), QStringList {field});
        QCOMPARE(r.error().message, r.error().fieldErrors.value(field));
        QCOMPARE(count(*m_db, u"interactions"_s), 0);
        QCOMPARE(auditCount(), audited);
    }

    void reportsEveryBadFieldAtOnce()
    {
        Interaction i = call(m_customer.id, QString());
        i.durationSeconds = -5;
        const Result<Interaction> r = m_repo->log(alice(), i);
        QVERIFY(!r);
        QCOMPARE(r.error().fieldErrors.size(), 2);
        QVERIFY(r.error().fieldErrors.contains(u"summary"_s));
        QVERIFY(r.error().fieldErrors.contains(u"duration"_s));
        QCOMPARE(count(*m_db, u"interactions"_s), 0);
    }

    void refusesAnUnknownCustomer()
    {
        const Result<Interaction> r = m_repo->log(alice(), call(m_customer.id + 1000, u"x"_s));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::NotFound);
        QCOMPARE(count(*m_db, u"interactions"_s), 0);
        QCOMPARE(auditCount(), 0);
    }

    void refusesAnErasedCustomer()
    {
        VERIFY_OK(m_repo->log(alice(), call(m_customer.id, u"擦除前的来电"_s)));
        QVERIFY(erase(*m_db, m_customer));
        const int audited = auditCount();

        const Result<Interaction> r = m_repo->log(alice(), call(m_customer.id, u"又来电"_s));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QVERIFY(r.error().message.contains(u"erased"_s));
        QCOMPARE(count(*m_db, u"interactions"_s), 1);
        QCOMPARE(auditCount(), audited);
    }

    void aUserWithoutRolesCanDoNothing()
    {
        VERIFY_OK(m_repo->log(alice(), call(m_customer.id, u"来电"_s)));
        const Actor nobody = SecurityFixtures::nobody();

        const Result<Interaction> logged = m_repo->log(nobody, call(m_customer.id, u"来电"_s));
        QVERIFY(!logged);
        QCOMPARE(logged.error().code, Error::Code::Permission);
        QCOMPARE(count(*m_db, u"interactions"_s), 1);
        QCOMPARE(auditCount(), 1);

        const Result<HistoryPage<Interaction>> page = m_repo->forCustomer(nobody, m_customer.id);
        QVERIFY(!page);
        QCOMPARE(page.error().code, Error::Code::Permission);
        const Result<Interaction> one = m_repo->get(nobody, 1);
        QVERIFY(!one);
        QCOMPARE(one.error().code, Error::Code::Permission);
    }

    // An admin without a desk role reads the history but does not log contacts.
    void anAdminAloneReadsButDoesNotLog()
    {
        const Result<Interaction> logged = m_repo->log(alice(), call(m_customer.id, u"来电"_s));
        VERIFY_OK(logged);
        const Actor admin = SecurityFixtures::admin();
        QCOMPARE(m_repo->log(admin, call(m_customer.id, u"来电"_s)).error().code,
                 Error::Code::Permission);
        VERIFY_OK(m_repo->get(admin, logged->id));
        VERIFY_OK(m_repo->forCustomer(admin, m_customer.id));
    }

    void getUnknownIsNotFound()
    {
        const Result<Interaction> r = m_repo->get(alice(), 424242);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::NotFound);
    }

    void aCustomerWithoutInteractionsHasOneEmptyPage()
    {
        const Result<HistoryPage<Interaction>> page = m_repo->forCustomer(alice(), m_customer.id);
        VERIFY_OK(page);
        QVERIFY(page->rows.isEmpty());
        QVERIFY(page->atEnd);
    }

    // 250 interactions logged out of time order, five at a time on the same second, and another
    // customer's in between: every page is newest first, and the pages together hold each of
    // this customer's interactions exactly once.
    void pagesHaveNoDuplicatesOrGaps_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("40 (last page short)") << 40;
        QTest::newRow("50 (pages end exactly)") << 50;
        QTest::newRow("7 (cuts through equal times)") << 7;
        QTest::newRow("1000 (one page)") << 1000;
    }

    void pagesHaveNoDuplicatesOrGaps()
    {
        QFETCH(int, limit);
        const Customer other = newCustomer(*m_db, u"李娜"_s);
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-30);
        constexpr int Total = 250;
        for (int n = 0; n < Total; ++n) {
            const int slot = (n * 37) % Total; // 37 and 250 are coprime: each slot once
            Interaction i = call(m_customer.id, u"第 %1 次联系"_s.arg(slot));
            i.occurredAt = base.addSecs((slot / 5) * 3600);
            VERIFY_OK(m_repo->log(alice(), i));
            if (n % 25 == 0) {
                Interaction o = call(other.id, u"别的客户"_s);
                o.occurredAt = base.addSecs((slot / 5) * 3600);
                VERIFY_OK(m_repo->log(alice(), o));
            }
        }

        int pages = 0;
        const QList<Interaction> rows = allPages(m_customer.id, limit, &pages);
        QCOMPARE(rows.size(), Total);
        QCOMPARE(pages, (Total + limit - 1) / limit);

        QSet<qint64> seen;
        for (const Interaction &i : rows) {
            QCOMPARE(i.customerId, m_customer.id);
            QVERIFY2(!seen.contains(i.id), "an interaction shown twice");
            seen.insert(i.id);
        }
        QList<Interaction> expected = rows;
        std::sort(expected.begin(), expected.end(), [](const Interaction &a, const Interaction &b) {
            return a.occurredAt != b.occurredAt ? a.occurredAt > b.occurredAt : a.id > b.id;
        });
        QCOMPARE(order(rows), order(expected));
        QCOMPARE(rows.first().occurredAt, base.addSecs(49 * 3600));
    }

    // The paging query walks the (customer, time, id) index from the cursor: no sort, no scan
    // of the customer's other rows.
    void aLaterPageWalksTheIndex()
    {
        SKIP_ON_SERVER("SQLite's query plan");
        for (int n = 0; n < 3; ++n)
            VERIFY_OK(m_repo->log(alice(), call(m_customer.id, u"来电"_s)));
        const HistoryPage<Interaction> first = m_repo->forCustomer(alice(), m_customer.id, {}, 2)
                                                       .value();
        const QString plan = planOf(*m_db, u"FROM interactions"_s, [&] {
            const auto page = m_repo->forCustomer(alice(), m_customer.id, first.next, 2);
            QVERIFY(page.ok() && page->rows.size() == 1);
        });
        QVERIFY2(plan.contains(u"USING INDEX interactions_customer (customer_id=? AND"_s),
                 qPrintable(plan));
        QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(tst_InteractionRepository)
#include "tst_interactionrepository.moc"
