#include "TestSupport.h"
#include "complaints/ComplaintStore.h"
#include "core/CustomerFixtures.h"
#include "core/ImportFixtures.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerRepository.h"
#include "import/ImportLog.h"
#include "import/Importer.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ImportFixtures;
using namespace SecurityFixtures;

// Importing complaints, on both back ends: the customer found by phone, reason and sub-reason
// by code, Chinese channel and severity words, a narrative with a line break kept, SLA due times
// worked out from the severity, the history's first step, and bad values refused by column.
class tst_ImportComplaints : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempArchive> m_archive;
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;
    qint64 m_wangId = 0;

    static const QByteArray &header()
    {
        static const QByteArray h = "手机,投诉时间,渠道,投诉原因,子原因,严重程度,投诉内容,处理人\n";
        return h;
    }

    Result<ImportSummary> import(const QByteArray &rows, bool skipInvalid = false)
    {
        const QString path = writeFile(m_dir, u"投诉.csv"_s, header() + rows);
        Importer::Options o = options(ImportKind::Complaints,
                                      QString::fromUtf8(header().trimmed()).split(u','));
        o.mapping.skipInvalidRows = skipInvalid;
        return Importer(*m_db, Fixtures::alice()).run(path, o);
    }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TempArchive>();
        m_db = m_archive->open();
        QVERIFY(m_db);
        const Result<Customer> stored
                = CustomerRepository(*m_db).create(Fixtures::bob(),
                                                   Fixtures::person(u"王芳"_s, {u"13812345678"_s}));
        IMPORT_OK(stored);
        m_wangId = stored->id;
    }
    void cleanup()
    {
        m_db.reset();
        m_archive.reset();
    }

    void complaintsArriveOpenWithTheirDueTimes()
    {
        const Result<ImportSummary> s = import(
                "138 1234 5678,2025-06-10 14:30,电话,delivery,late,高,\"快递晚了三天，\n外箱破损\","
                "bob\n");
        IMPORT_OK(s);
        QVERIFY2(s->errors.isEmpty(), qPrintable(errorsText(s.value())));
        QCOMPARE(s->created, 1);
        const qint64 id = count(*m_db, u"SELECT id FROM complaints"_s);
        const Result<Complaint> c = ComplaintStore::load(*m_db, id);
        IMPORT_OK(c);
        QCOMPARE(c->customerId, m_wangId);
        QCOMPARE(c->reason, u"delivery"_s);
        QCOMPARE(c->subReason, u"delivery.late"_s);
        QCOMPARE(c->severity, ComplaintSeverity::High);
        QCOMPARE(c->channel, InteractionChannel::Phone);
        QCOMPARE(c->status, ComplaintStatus::Open);
        QCOMPARE(c->handler, u"bob"_s);
        QCOMPARE(c->description, u"快递晚了三天，\n外箱破损"_s);
        const QDateTime received = QDateTime(QDate(2025, 6, 10), QTime(14, 30)).toUTC();
        QCOMPARE(c->receivedAt, received);
        // High: an answer within 4 hours, resolved within 48 (the defaults).
        QCOMPARE(c->responseDueAt, received.addSecs(4 * 3600));
        QCOMPARE(c->resolutionDueAt, received.addSecs(48 * 3600));
        // Its history starts as at the desk: received (the status from nothing to open), and
        // handed to its handler.
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT field, coalesce(before, '-'), after FROM complaint_changes"
                  " WHERE complaint_id = ? ORDER BY id"_s);
        q.addBindValue(id);
        QVERIFY(q.exec());
        QStringList changes;
        while (q.next())
            changes.append(u"%1 %2→%3"_s.arg(q.value(0).toString(),
                                             q.value(1).toString(),
                                             q.value(2).toString()));
        QCOMPARE(changes,
                 (QStringList {u"status -→%1"_s.arg(int(ComplaintStatus::Open)),
                               u"handler →bob"_s}));
        QCOMPARE(count(*m_db, u"SELECT import_id FROM complaints"_s), s->importId);

        // And the undo takes it away again.
        IMPORT_OK(ImportLog(*m_db, Fixtures::alice()).undo(s->importId));
        QCOMPARE(rowCount(*m_db, u"complaints"_s), 0);
        QCOMPARE(rowCount(*m_db, u"complaint_changes"_s), 0);
        QCOMPARE(rowCount(*m_db, u"customers"_s), 1);
    }

    void badValuesAreRefusedByColumn()
    {
        const QString before = snapshot(*m_db);
        const Result<ImportSummary> s = import(
                "13812345678,2025-06-10,传真,delivery,broken,很高,说明,\n"
                "13812345678,,电话,,,,,\n"
                "13999999999,2025-06-11,电话,,,,没有这个客户,\n");
        IMPORT_OK(s);
        QCOMPARE(s->invalid, 3);
        QCOMPARE(s->importId, 0);
        QStringList columns;
        for (const ImportRowError &e : s->errors)
            columns.append(u"%1:%2"_s.arg(e.row).arg(e.column));
        for (const QString &expected :
             {u"1:渠道"_s, u"1:子原因"_s, u"1:严重程度"_s, u"2:投诉时间"_s, u"2:投诉内容"_s})
            QVERIFY2(columns.contains(expected), qPrintable(columns.join(u' ')));
        QVERIFY2(std::any_of(s->errors.cbegin(),
                             s->errors.cend(),
                             [](const ImportRowError &e) { return e.row == 3; }),
                 qPrintable(errorsText(s.value())));
        QCOMPARE(snapshot(*m_db), before); // all or nothing
    }
};

QTEST_GUILESS_MAIN(tst_ImportComplaints)
#include "tst_importcomplaints.moc"
