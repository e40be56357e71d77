#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/CommandFixtures.h"
#include "core/CustomerFixtures.h"
#include "core/HistoryRows.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerEraser.h"
#include "customers/CustomerRepository.h"
#include "demo/DemoGenerator.h"
#include "security/UserRepository.h"
#include "storage/ArchiveCopy.h"
#include "storage/Migrations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

// ArchiveCopy and `service-archive copy`: a real SQLite archive copied to the test's back end (a
// new file, or an empty PostgreSQL schema on the _postgres run) and back to a new file, compared
// row by row; refusals leave everything as it was.
using namespace Qt::StringLiterals;
using namespace SecurityFixtures;
using namespace CommandFixtures;
using Fixtures::person;

namespace {

const QString password = u"Correct horse 42"_s;
const QStringList ownKeys {u"application"_s, u"schema_version"_s};

QString cell(const QVariant &v)
{
    if (v.isNull())
        return u"NULL"_s;
    if (v.typeId() == QMetaType::QByteArray)
        return u"x'"_s + QString::fromLatin1(v.toByteArray().toHex()) + u'\'';
    return u"'"_s + v.toString() + u'\'';
}

// Every row of every table of Migrations::tables(), as text, sorted; the first line names the
// columns. archive_info leaves out the keys each archive writes for itself unless withOwnKeys.
QMap<QString, QStringList> rowsOf(const Database &db, bool withOwnKeys = false)
{
    QMap<QString, QStringList> out;
    for (const QString &table : Migrations::tables()) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT * FROM "_s + table)) {
            out.insert(table, {u"<unreadable: "_s + q.lastError().text() + u'>'});
            continue;
        }
        const QSqlRecord record = q.record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        QStringList rows;
        while (q.next()) {
            if (table == u"archive_info"_s && !withOwnKeys
                && ownKeys.contains(q.value(0).toString()))
                continue;
            QStringList values;
            for (int i = 0; i < record.count(); ++i)
                values.append(cell(q.value(i)));
            rows.append(values.join(u" | "_s));
        }
        rows.sort();
        rows.prepend(u"columns: "_s + columns.join(u", "_s));
        out.insert(table, rows);
    }
    return out;
}

// Empty when equal; otherwise the first difference of each table that differs.
QString differences(const QMap<QString, QStringList> &expected,
                    const QMap<QString, QStringList> &actual)
{
    QStringList out;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QStringList a = actual.value(it.key());
        const QStringList &e = it.value();
        if (a == e)
            continue;
        qsizetype i = 0;
        while (i < e.size() && i < a.size() && e.at(i) == a.at(i))
            ++i;
        out.append(u"%1: %2 rows expected, %3 found; first difference at %4:\n  expected %5\n "
                   " found    %6"_s.arg(it.key())
                           .arg(e.size() - 1)
                           .arg(a.size() - 1)
                           .arg(i)
                           .arg(i < e.size() ? e.at(i) : u"(none)"_s,
                                i < a.size() ? a.at(i) : u"(none)"_s));
    }
    if (actual.keys() != expected.keys())
        out.append(u"tables differ"_s);
    return out.join(u'\n');
}

qint64 maxId(const Database &db, const QString &table)
{
    return scalar(db, u"SELECT coalesce(max(id), 0) FROM "_s + table).toLongLong();
}

QString lastHash(const Database &db)
{
    return scalar(db, u"SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"_s).toString();
}

// Tables of a PostgreSQL schema, asked as the superuser (-1 on SQLite).
int tablesInSchema(const TempArchive &archive)
{
    if (!archive.isServer())
        return -1;
    QSqlQuery q(TestBackend::admin());
    q.prepare(u"SELECT count(*) FROM pg_tables WHERE schemaname = ?"_s);
    q.addBindValue(archive.schema);
    if (!q.exec() || !q.next())
        return -2;
    return q.value(0).toInt();
}

QString describeReport(const ArchiveCopy::Report &report)
{
    QStringList out;
    for (const auto &[table, rows] : report.tables)
        out.append(u"%1=%2"_s.arg(table).arg(rows));
    return out.join(u' ');
}

} // namespace

class tst_ArchiveCopy : public QObject
{
    Q_OBJECT

    // The source: always a SQLite file with real content.
    std::unique_ptr<QTemporaryDir> m_sourceDir;
    QString m_sourcePath;
    std::unique_ptr<Database> m_source;
    Actor m_boss; // admin
    Actor m_chief; // supervisor
    Actor m_desk; // front desk
    qint64 m_editedId = 0;
    qint64 m_archivedId = 0;
    qint64 m_erasedId = 0;
    HistoryRows::Made m_editedHistory; // with the odd texts
    HistoryRows::Texts m_odd;
    // The destination: the back end under test.
    std::unique_ptr<TempArchive> m_dest;
    ArchiveAddress m_destAddress;

    int sourceAudit() const { return rowCount(*m_source, u"audit_log"_s); }

    // Nothing at the destination: no file (nor a temporary one) in its folder, no table in its
    // schema.
    void verifyNothingCreated()
    {
        QCOMPARE(filesIn(m_dest->dir.path()), QStringList());
        if (m_dest->isServer())
            QCOMPARE(tablesInSchema(*m_dest), 0);
    }

private Q_SLOTS:
    void init()
    {
        m_sourceDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_sourceDir->isValid());
        m_sourcePath = m_sourceDir->filePath(u"source.sqlite"_s);
        auto opened = Database::open(m_sourcePath);
        VERIFY_OK(opened);
        m_source = std::move(opened).value();

        UserRepository users(*m_source, PasswordHasher(PasswordHasher::Strength::Minimal));
        REQUIRE_OK(users.createFirstAdmin(u"boss"_s, u"王老板"_s, password));
        Result<Actor> signedIn = users.signIn(u"boss"_s, password);
        REQUIRE_OK(signedIn);
        m_boss = signedIn.value();
        REQUIRE_OK(users.create(m_boss, u"chief"_s, u"李主管"_s, password, SV));
        REQUIRE_OK(users.create(m_boss, u"desk"_s, u"前台小张"_s, password, FD));
        signedIn = users.signIn(u"chief"_s, password);
        REQUIRE_OK(signedIn);
        m_chief = signedIn.value();
        signedIn = users.signIn(u"desk"_s, password);
        REQUIRE_OK(signedIn);
        m_desk = signedIn.value();
        // A failed attempt: users has a row with failed_attempts > 0.
        QVERIFY(!users.signIn(u"desk"_s, u"wrong"_s));

        REQUIRE_OK(DemoGenerator::run(*m_source, m_chief, {300, 11, {}}));

        // Edits through the repository: field-level audit entries.
        CustomerRepository repo(*m_source);
        Customer c = person(u"欧阳娜娜"_s, {u"13912345678"_s, u"021-64381234"_s});
        c.company = u"上海欧阳贸易有限公司"_s;
        c.email = u"nana@example.cn"_s;
        c.tags = {u"VIP"_s, u"回头客"_s};
        c.birthday = QDate(1990, 5, 17);
        Result<Customer> saved = repo.create(m_desk, c);
        REQUIRE_OK(saved);
        Customer edit = saved.value();
        edit.name = u"欧阳娜娜（新）"_s;
        edit.notes = u"喜欢绿茶\n第二行 'quoted' \"double\""_s;
        edit.tags = {u"VIP"_s};
        edit.valueTier = ValueTier::High;
        edit.marketingConsent = true;
        edit.consentDate = QDate(2024, 1, 2);
        saved = repo.update(m_desk, edit);
        REQUIRE_OK(saved);
        m_editedId = saved->id;

        Customer toArchive = person(u"Zhang Wei"_s, {u"13700001111"_s});
        toArchive.company = u"Acme Ltd."_s;
        saved = repo.create(m_chief, toArchive);
        REQUIRE_OK(saved);
        edit = saved.value();
        edit.title = u"Manager"_s;
        saved = repo.update(m_chief, edit);
        REQUIRE_OK(saved);
        saved = repo.archive(m_chief, saved->id, saved->version);
        REQUIRE_OK(saved);
        m_archivedId = saved->id;
        QVERIFY(saved->isArchived());

        Customer toErase = person(u"被删除的人"_s, {u"13600002222"_s});
        toErase.email = u"erase@example.cn"_s;
        saved = repo.create(m_desk, toErase);
        REQUIRE_OK(saved);
        const Result<Customer> erased = CustomerEraser::erase(*m_source,
                                                              m_boss,
                                                              saved->id,
                                                              saved->version);
        REQUIRE_OK(erased);
        m_erasedId = erased->id;

        // Service history beyond the demo's: texts with what COPY and CSV must escape, and the
        // history of a customer erased afterwards (emptied texts, a neutral title).
        HistoryRows::Texts &odd = m_odd;
        odd.summary = u"tab\there, back\\slash \\N, \"quoted\"\r\nnew line"_s;
        odd.purchaseNote = u"'single' ; semicolon, comma"_s;
        odd.plan = u"\\.\n第二行"_s;
        odd.complaintDescription = u"屏幕\t碎了\\N \"裂纹\"\r\n第二行"_s;
        odd.resolution = u"\\.\n换新, 'refund'"_s;
        odd.followUpNotes = u"\\\\ 双反斜杠\t制表"_s;
        m_editedHistory = HistoryRows::add(*m_source, m_editedId, odd);
        QVERIFY(m_editedHistory.followUpPlanned > 0);
        saved = repo.create(m_desk, person(u"有历史后删除"_s, {u"13400004444"_s}));
        REQUIRE_OK(saved);
        QVERIFY(HistoryRows::add(*m_source, saved->id).request > 0);
        REQUIRE_OK(CustomerEraser::erase(*m_source, m_boss, saved->id, saved->version));

        // One more customer after the erasure: the chain goes on past it.
        saved = repo.create(m_desk, person(u"最后一位"_s, {u"13500003333"_s}));
        REQUIRE_OK(saved);

        const Result<qint64> broken = AuditLog::verify(*m_source);
        REQUIRE_OK(broken);
        QCOMPARE(broken.value(), 0);
        QVERIFY(rowCount(*m_source, u"customers"_s) >= 303);

        m_dest = std::make_unique<TempArchive>();
        QVERIFY(m_dest->dir.isValid());
        const Result<ArchiveAddress> address = ArchiveAddress::parse(m_dest->path);
        REQUIRE_OK(address);
        m_destAddress = address.value();
        QCOMPARE(m_destAddress.isServer(), TestBackend::isPostgres());
    }

    void cleanup()
    {
        m_source.reset();
        m_sourceDir.reset();
        m_dest.reset();
    }

    // (a) SQLite -> the back end -> a new SQLite file: every row of every table the same.
    void roundTripKeepsEveryRow()
    {
        const QMap<QString, QStringList> original = rowsOf(*m_source, true);
        QVERIFY(original.value(u"audit_log"_s).size() > 10);
        QVERIFY(original.value(u"customer_grams"_s).size() > 300);
        // The service history: the demo's (open requests without closed_at, first moves without
        // from_stage) and the odd texts.
        for (const QString &table : {u"purchases"_s,
                                     u"purchase_returns"_s,
                                     u"interactions"_s,
                                     u"service_requests"_s,
                                     u"request_stage_moves"_s})
            QVERIFY2(original.value(table).size() > 3, qPrintable(table));
        QVERIFY(original.value(u"interactions"_s).join(u'\n').contains(u"back\\slash \\N"_s));
        QVERIFY(original.value(u"service_requests"_s).join(u'\n').contains(u"NULL"_s));
        QVERIFY(original.value(u"request_stage_moves"_s).join(u'\n').contains(u"NULL"_s));
        // Complaints, their history and follow-ups (schema 4): the demo's and two customers'
        // written by hand (one erased since);
        // a first change without before, a planned follow-up without scores; the two-level
        // complaint reasons with their parents.
        QVERIFY(original.value(u"complaints"_s).size() - 1 > 2);
        QVERIFY(original.value(u"complaint_changes"_s).size() - 1
                > 2 * HistoryRows::ComplaintChanges);
        QVERIFY(original.value(u"follow_ups"_s).size() - 1 > 4);
        QVERIFY(original.value(u"complaint_changes"_s).join(u'\n').contains(u"NULL"_s));
        QVERIFY(original.value(u"follow_ups"_s).join(u'\n').contains(u"NULL"_s));
        QVERIFY(original.value(u"choices"_s).first().contains(u"parent"_s));
        QVERIFY(original.value(u"choices"_s).join(u'\n').contains(u"'product_quality'"_s));
        const int auditBefore = sourceAudit();

        // A password given with a server address is used, but neither audited nor shown.
        const QString secret = u"s3cret-Pw-9"_s;
        ArchiveAddress withPassword = m_destAddress;
        if (withPassword.isServer())
            withPassword.setPassword(secret); // the test cluster trusts its socket: not asked for
        const Result<ArchiveCopy::Report> there = ArchiveCopy::run(*m_source, m_boss, withPassword);
        REQUIRE_OK(there);
        QVERIFY(!tableText(*m_source, u"audit_log"_s).contains(secret));
        // The report: every table, in the order of Migrations::tables(), with the source's rows.
        QCOMPARE(there->tables.size(), Migrations::tables().size());
        for (qsizetype i = 0; i < there->tables.size(); ++i) {
            const auto &[table, rows] = there->tables.at(i);
            QCOMPARE(table, Migrations::tables().at(i));
            QCOMPARE(rows, qint64(original.value(table).size() - 1));
        }
        QCOMPARE(there->auditEntries, qint64(auditBefore));

        // The copy is audited in the source, with where it went and no password.
        QCOMPARE(sourceAudit(), auditBefore + 1);
        QSqlQuery q(m_source->connection());
        QVERIFY(q.exec(u"SELECT action, entity, user_login, details FROM audit_log"
                       " ORDER BY id DESC LIMIT 1"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), ArchiveCopy::Action);
        QCOMPARE(q.value(2).toString(), u"boss"_s);
        const QJsonObject details = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QCOMPARE(details.value(u"to"_s).toString(), m_destAddress.toString());
        QCOMPARE(details.value(u"rows"_s).toObject().value(u"customers"_s).toInteger(),
                 qint64(original.value(u"customers"_s).size() - 1));
        q.finish();
        Result<qint64> broken = AuditLog::verify(*m_source);
        REQUIRE_OK(broken);
        QCOMPARE(broken.value(), 0);

        // The intermediate copy: the same rows (its own archive_info keys aside).
        std::unique_ptr<Database> dest = m_dest->open();
        QVERIFY(dest);
        QCOMPARE(dest->isServer(), TestBackend::isPostgres());
        QMap<QString, QStringList> expected = original;
        expected[u"archive_info"_s] = rowsOf(*m_source).value(u"archive_info"_s);
        const QString thereDiff = differences(expected, rowsOf(*dest));
        QVERIFY2(thereDiff.isEmpty(), qPrintable(thereDiff));
        // The same ids, the texts and scores as typed, the links between them intact.
        QCOMPARE(scalar(*dest,
                        u"SELECT description || '|' || resolution FROM complaints"
                        " WHERE id = ? AND customer_id = ? AND purchase_id = ?"_s,
                        {m_editedHistory.complaint, m_editedId, m_editedHistory.purchase})
                         .toString(),
                 m_odd.complaintDescription + u'|' + m_odd.resolution);
        QCOMPARE(scalar(*dest,
                        u"SELECT count(*) FROM complaint_changes WHERE complaint_id = ?"_s,
                        {m_editedHistory.complaint})
                         .toInt(),
                 HistoryRows::ComplaintChanges);
        QCOMPARE(scalar(*dest,
                        u"SELECT csat * 100 + nps FROM follow_ups WHERE id = ? AND complaint_id = ?"
                        " AND notes = ?"_s,
                        {m_editedHistory.followUpDone,
                         m_editedHistory.complaint,
                         m_odd.followUpNotes})
                         .toInt(),
                 HistoryRows::Csat * 100 + HistoryRows::Nps);
        QVERIFY(scalar(*dest,
                       u"SELECT csat FROM follow_ups WHERE id = ?"_s,
                       {m_editedHistory.followUpPlanned})
                        .isNull());
        QCOMPARE(scalar(*dest,
                        u"SELECT parent FROM choices WHERE list = 'complaint_reason'"
                        " AND code = 'delivery.late'"_s)
                         .toString(),
                 u"delivery"_s);
        broken = AuditLog::verify(*dest);
        REQUIRE_OK(broken);
        QCOMPARE(broken.value(), 0);

        // And back into a new file.
        QTemporaryDir finalDir;
        QVERIFY(finalDir.isValid());
        const QString finalPath = finalDir.filePath(u"final.sqlite"_s);
        const int destAuditBefore = rowCount(*dest, u"audit_log"_s);
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        const Result<ArchiveCopy::Report> back = ArchiveCopy::run(*dest,
                                                                  m_boss,
                                                                  ArchiveAddress::file(finalPath),
                                                                  [&](qint64 done, qint64 total) {
                                                                      lastDone = done;
                                                                      lastTotal = total;
                                                                      return true;
                                                                  });
        REQUIRE_OK(back);
        // The progress ends at the whole, also for the archive_info rows a server keeps for
        // itself (counted, not copied).
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(back->auditEntries, qint64(destAuditBefore));
        QCOMPARE(filesIn(finalDir.path()).filter(u".copying"_s), QStringList());
        auto final = Database::open(finalPath);
        REQUIRE_OK(final);
        QVERIFY(!final.value()->isServer());
        // SQLite to SQLite: archive_info too is exactly the original's.
        const QString backDiff = differences(original, rowsOf(*final.value(), true));
        QVERIFY2(backDiff.isEmpty(), qPrintable(backDiff));
        broken = AuditLog::verify(*final.value());
        REQUIRE_OK(broken);
        QCOMPARE(broken.value(), 0);
        broken = AuditLog::verify(*dest);
        REQUIRE_OK(broken);
        QCOMPARE(broken.value(), 0);
    }

    // (b) The copy is a working archive: accounts sign in, ids and codes go on, the chain too.
    void destinationWorksAfterCopy()
    {
        const qint64 customersMax = maxId(*m_source, u"customers"_s);
        const qint64 phonesMax = maxId(*m_source, u"customer_phones"_s);
        const qint64 usersMax = maxId(*m_source, u"users"_s);
        const qint64 auditMax = maxId(*m_source, u"audit_log"_s);
        const qint64 complaintsMax = maxId(*m_source, u"complaints"_s);
        const qint64 changesMax = maxId(*m_source, u"complaint_changes"_s);
        const qint64 followUpsMax = maxId(*m_source, u"follow_ups"_s);
        QVERIFY(complaintsMax > 0 && changesMax > 0 && followUpsMax > 0);
        const QString lastBefore = lastHash(*m_source);
        const qint64 counter = scalar(*m_source,
                                      u"SELECT value FROM counters WHERE name = 'customer_code'"_s)
                                       .toLongLong();
        QVERIFY(counter >= 303);
        REQUIRE_OK(ArchiveCopy::run(*m_source, m_boss, m_destAddress));

        std::unique_ptr<Database> dest = m_dest->open();
        QVERIFY(dest);
        UserRepository users(*dest, PasswordHasher(PasswordHasher::Strength::Minimal));
        const Result<Actor> chief = users.signIn(u"chief"_s, password);
        REQUIRE_OK(chief);
        QCOMPARE(chief->userId, m_chief.userId);
        QCOMPARE(chief->roles, SV);
        QVERIFY(!users.signIn(u"chief"_s, u"not the password"_s));
        const Result<Actor> boss = users.signIn(u"boss"_s, password);
        REQUIRE_OK(boss);

        CustomerRepository repo(*dest);
        Customer c = person(u"复制后的新客户"_s, {u"13811112222"_s, u"13811113333"_s});
        c.tags = {u"新"_s};
        const Result<Customer> created = repo.create(chief.value(), c);
        REQUIRE_OK(created);
        QCOMPARE(created->code, u"C%1"_s.arg(counter + 1, 6, 10, QLatin1Char('0')));
        QCOMPARE(created->id, customersMax + 1);
        QVERIFY(maxId(*dest, u"customer_phones"_s) > phonesMax);
        const Result<User> user = users.create(boss.value(), u"newdesk"_s, u"新前台"_s, password, FD);
        REQUIRE_OK(user);
        QCOMPARE(user->id, usersMax + 1);
        // Complaints, their changes and follow-ups get ids after the copied ones.
        const HistoryRows::Made added = HistoryRows::add(*dest, created->id);
        QCOMPARE(added.complaint, complaintsMax + 1);
        QCOMPARE(added.followUpDone, followUpsMax + 1);
        QCOMPARE(added.followUpPlanned, followUpsMax + 2);
        QCOMPARE(maxId(*dest, u"complaint_changes"_s), changesMax + HistoryRows::ComplaintChanges);

        // A copied customer can be edited under its copied version.
        Result<Customer> edited = repo.get(chief.value(), m_editedId);
        REQUIRE_OK(edited);
        Customer edit = edited.value();
        edit.title = u"总经理"_s;
        edited = repo.update(chief.value(), edit);
        REQUIRE_OK(edited);
        QCOMPARE(edited->version, edit.version + 1);

        // The new entries chain on from the copied ones.
        QSqlQuery q(dest->connection());
        q.prepare(u"SELECT id, prev_hash, action, entity, entity_id FROM audit_log WHERE id > ?"
                  " ORDER BY id"_s);
        q.addBindValue(auditMax);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), auditMax + 1);
        QCOMPARE(q.value(1).toString(), lastBefore);
        bool createSeen = false;
        do {
            if (q.value(2).toString() == AuditLog::Create && q.value(4).toLongLong() == created->id)
                createSeen = true;
        } while (q.next());
        QVERIFY(createSeen);
        q.finish();
        const Result<qint64> broken = AuditLog::verify(*dest);
        REQUIRE_OK(broken);
        QCOMPARE(broken.value(), 0);
    }

    // (c) A destination that holds an archive, or any file, is refused and left as it was.
    void refusesExistingDestination()
    {
        {
            std::unique_ptr<Database> dest = m_dest->open();
            QVERIFY(dest);
            CustomerRepository repo(*dest);
            REQUIRE_OK(repo.create(m_desk, person(u"已有客户"_s, {u"13900009999"_s})));
        }
        const int auditBefore = sourceAudit();
        const QStringList filesBefore = filesIn(m_dest->dir.path());
        QMap<QString, QByteArray> bytesBefore;
        for (const QString &f : filesBefore)
            bytesBefore.insert(f, fileBytes(m_dest->dir.filePath(f)));
        QMap<QString, QStringList> rowsBefore;
        {
            std::unique_ptr<Database> dest = m_dest->open();
            QVERIFY(dest);
            rowsBefore = rowsOf(*dest, true);
        }
        QCOMPARE(rowsBefore.value(u"customers"_s).size(), 2);

        const Result<ArchiveCopy::Report> refused = ArchiveCopy::run(*m_source,
                                                                     m_boss,
                                                                     m_destAddress);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(sourceAudit(), auditBefore);
        QCOMPARE(filesIn(m_dest->dir.path()), filesBefore);
        for (const QString &f : filesBefore)
            QVERIFY2(fileBytes(m_dest->dir.filePath(f)) == bytesBefore.value(f), qPrintable(f));
        {
            std::unique_ptr<Database> dest = m_dest->open();
            QVERIFY(dest);
            const QString diff = differences(rowsBefore, rowsOf(*dest, true));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }

        // Any existing file, archive or not.
        const QString other = m_dest->dir.filePath(u"existing.sqlite"_s);
        {
            QFile f(other);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not an archive, but somebody's file\n");
        }
        const QStringList filesNow = filesIn(m_dest->dir.path());
        const Result<ArchiveCopy::Report> refusedFile
                = ArchiveCopy::run(*m_source, m_boss, ArchiveAddress::file(other));
        QVERIFY(!refusedFile);
        QCOMPARE(refusedFile.error().code, Error::Code::Conflict);
        QCOMPARE(fileBytes(other), QByteArray("not an archive, but somebody's file\n"));
        QCOMPARE(filesIn(m_dest->dir.path()), filesNow);

        // And the source onto itself.
        const QMap<QString, QStringList> sourceRows = rowsOf(*m_source, true);
        const Result<ArchiveCopy::Report> onto
                = ArchiveCopy::run(*m_source, m_boss, ArchiveAddress::file(m_sourcePath));
        QVERIFY(!onto);
        const QString sourceDiff = differences(sourceRows, rowsOf(*m_source, true));
        QVERIFY2(sourceDiff.isEmpty(), qPrintable(sourceDiff));
        QCOMPARE(sourceAudit(), auditBefore);
    }

    // (d) Only an administrator (ManageSettings) copies; a refusal creates nothing.
    void nonAdminIsRefused()
    {
        const int auditBefore = sourceAudit();
        for (const Actor &actor : {m_chief, m_desk, nobody()}) {
            const Result<ArchiveCopy::Report> refused = ArchiveCopy::run(*m_source,
                                                                         actor,
                                                                         m_destAddress);
            QVERIFY2(!refused, qPrintable(actor.login));
            QCOMPARE(refused.error().code, Error::Code::Permission);
            verifyNothingCreated();
        }
        QCOMPARE(sourceAudit(), auditBefore);
    }

    // (e) A cancel half-way leaves nothing: no file (nor a temporary one), no rows in the schema.
    void cancelLeavesNothing()
    {
        const int auditBefore = sourceAudit();
        const QMap<QString, QStringList> before = rowsOf(*m_source);
        qint64 cancelledAt = -1;
        qint64 total = -1;
        int calls = 0;
        const Result<ArchiveCopy::Report> cancelled
                = ArchiveCopy::run(*m_source, m_boss, m_destAddress, [&](qint64 done, qint64 all) {
                      ++calls;
                      total = all;
                      if (done * 2 >= all) {
                          cancelledAt = done;
                          return false;
                      }
                      return true;
                  });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QVERIFY2(calls > 1, qPrintable(QString::number(calls)));
        // Really half-way: rows had gone in, more were to come.
        QVERIFY2(cancelledAt > 0 && cancelledAt < total,
                 qPrintable(u"%1 of %2"_s.arg(cancelledAt).arg(total)));
        QCOMPARE(sourceAudit(), auditBefore);
        QCOMPARE(filesIn(m_dest->dir.path()), QStringList());
        if (m_dest->isServer()) {
            // At most the empty archive the destination was prepared as (the rows its migrations
            // seed, such as the built-in choices): no rows of the source.
            std::unique_ptr<Database> dest = m_dest->open();
            QVERIFY(dest);
            TempArchive fresh;
            const std::unique_ptr<Database> empty = fresh.open();
            QVERIFY(empty);
            for (const QString &table : Migrations::tables()) {
                if (table == u"archive_info"_s)
                    continue;
                if (table == u"counters"_s)
                    QCOMPARE(scalar(*dest, u"SELECT sum(value) FROM counters"_s).toLongLong(), 0);
                else
                    QVERIFY2(rowsOf(*dest).value(table) == rowsOf(*empty).value(table),
                             qPrintable(table));
            }
        }

        // The place can still take a copy, which the progress sees through to the end.
        qint64 lastDone = -1;
        bool monotonic = true;
        const Result<ArchiveCopy::Report> copied
                = ArchiveCopy::run(*m_source, m_boss, m_destAddress, [&](qint64 done, qint64 all) {
                      monotonic = monotonic && done >= lastDone && all == total;
                      lastDone = done;
                      return true;
                  });
        REQUIRE_OK(copied);
        QVERIFY(monotonic);
        QCOMPARE(lastDone, total);
        qint64 sum = 0;
        for (const auto &[table, rows] : copied->tables)
            sum += rows;
        QVERIFY2(sum == total, qPrintable(describeReport(copied.value())));
        std::unique_ptr<Database> dest = m_dest->open();
        QVERIFY(dest);
        const QString diff = differences(before, rowsOf(*dest));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // A copy that fails before any row moved (here: the source is inside a transaction, so its
    // read snapshot cannot begin) leaves no file behind either.
    void failureBeforeCopyLeavesNoFile()
    {
        const QString begin = m_source->dialect().beginWrite().constFirst();
        VERIFY_OK(m_source->exec(begin));
        const Result<ArchiveCopy::Report> failed = ArchiveCopy::run(*m_source,
                                                                    m_boss,
                                                                    m_destAddress);
        VERIFY_OK(m_source->exec(u"ROLLBACK"_s));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, Error::Code::Storage);
        // No temporary <destination>.copying-<pid> stays behind.
        QCOMPARE(filesIn(m_dest->dir.path()), QStringList());
    }

    // (f) Migrations::tables() names every data table the archive has.
    void tablesListsEveryDataTable()
    {
        std::unique_ptr<Database> dest = m_dest->open();
        QVERIFY(dest);
        const QStringList listed = Migrations::tables();
        for (Database *db : {dest.get(), m_source.get()}) {
            QSqlQuery q(db->connection());
            if (db->isServer()) {
                QVERIFY(q.exec(
                        u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"_s));
            } else {
                QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s));
            }
            QSet<QString> found;
            const QStringList ftsShadows {u"customer_fts"_s,
                                          u"customer_fts_data"_s,
                                          u"customer_fts_idx"_s,
                                          u"customer_fts_content"_s,
                                          u"customer_fts_docsize"_s,
                                          u"customer_fts_config"_s};
            while (q.next()) {
                const QString name = q.value(0).toString();
                if (!db->isServer() && (name.startsWith(u"sqlite_"_s) || ftsShadows.contains(name)))
                    continue;
                found.insert(name);
            }
            q.finish();
            QStringList foundList = found.values();
            foundList.sort();
            QStringList sortedListed = listed;
            sortedListed.sort();
            QCOMPARE(foundList, sortedListed);
            QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()).size(), listed.size());

            // Parents before children.
            QList<QPair<QString, QString>> references; // child, parent
            if (db->isServer()) {
                QVERIFY(q.exec(u"SELECT conrelid::regclass::text, confrelid::regclass::text"
                               " FROM pg_constraint WHERE contype = 'f'"
                               " AND connamespace = current_schema()::regnamespace"_s));
                while (q.next())
                    references.append({q.value(0).toString(), q.value(1).toString()});
            } else {
                for (const QString &table : listed) {
                    QVERIFY(q.exec(
                            u"SELECT \"table\" FROM pragma_foreign_key_list('%1')"_s.arg(table)));
                    while (q.next())
                        references.append({table, q.value(0).toString()});
                }
            }
            QVERIFY(!references.isEmpty());
            for (const auto &[child, parent] : std::as_const(references))
                QVERIFY2(listed.indexOf(parent) >= 0
                                 && listed.indexOf(parent) < listed.indexOf(child),
                         qPrintable(child + u" -> "_s + parent));
        }
    }

    // (g) service-archive copy: the password is checked, the usage too, and the copy opens.
    void commandLine()
    {
        const QStringList args {u"copy"_s,
                                u"--from"_s,
                                m_sourcePath,
                                u"--to"_s,
                                m_dest->path,
                                u"--user"_s,
                                u"boss"_s};
        Run run = runApp(args, u"wrong password 1"_s);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(describe(run)));
        verifyNothingCreated();

        // A supervisor may not.
        run = runApp({u"copy"_s,
                      u"--from"_s,
                      m_sourcePath,
                      u"--to"_s,
                      m_dest->path,
                      u"--user"_s,
                      u"chief"_s},
                     password);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(describe(run)));
        verifyNothingCreated();

        run = runApp({u"copy"_s, u"--from"_s, m_sourcePath, u"--user"_s, u"boss"_s}, password);
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(describe(run)));
        verifyNothingCreated();

        run = runApp(args, password);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(u"audit entries verified"_s), qPrintable(describe(run)));
        QVERIFY2(!run.out.contains(password) && !run.err.contains(password),
                 qPrintable(describe(run)));
        std::unique_ptr<Database> dest = m_dest->open();
        QVERIFY(dest);
        QCOMPARE(rowCount(*dest, u"customers"_s), rowCount(*m_source, u"customers"_s));
        QCOMPARE(rowCount(*dest, u"customer_grams"_s), rowCount(*m_source, u"customer_grams"_s));
        const Result<qint64> broken = AuditLog::verify(*dest);
        REQUIRE_OK(broken);
        QCOMPARE(broken.value(), 0);
        UserRepository users(*dest, PasswordHasher(PasswordHasher::Strength::Minimal));
        REQUIRE_OK(users.signIn(u"boss"_s, password));

        // Again onto the same place: refused, exit 1.
        run = runApp(args, password);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveCopy)
#include "tst_archivecopy.moc"
