#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "complaints/ComplaintLabels.h"
#include "core/CustomerFixtures.h"
#include "core/FileFixtures.h"
#include "core/HistoryRows.h"
#include "core/SecurityFixtures.h"
#include "customers/CustomerAudit.h"
#include "customers/CustomerDataExport.h"
#include "customers/CustomerEraser.h"
#include "customers/CustomerExportSection.h"
#include "customers/CustomerExportSummary.h"
#include "customers/CustomerRepository.h"
#include "history/ChoiceLists.h"
#include "history/HistoryLabels.h"
#include "security/Permissions.h"
#include "storage/StoredTime.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_METATYPE(Error::Code)

using namespace Qt::StringLiterals;
using namespace Fixtures;
using namespace SecurityFixtures;
using namespace FileFixtures;

namespace {

// A small RFC 4180 reader for checking what was written (UTF-8, comma, BOM skipped).
QList<QStringList> readCsv(const QString &path)
{
    QByteArray bytes = fileBytes(path);
    if (bytes.startsWith(Bom))
        bytes.remove(0, Bom.size());
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            cell.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

// The value of a field in profile.csv.
QString profileValue(const QList<QStringList> &profile, const QString &label)
{
    for (const QStringList &row : profile)
        if (row.size() == 2 && row.first() == label)
            return row.last();
    return u"<no such row>"_s;
}

// A row as the section writes it: each value turned into cell text by its column's type.
QStringList expectedRow(const CustomerExportSection &section, const QVariantList &values)
{
    QStringList out;
    for (qsizetype i = 0; i < values.size(); ++i)
        out.append(CsvWriter::cellText(values.at(i), section.columns.value(i).type));
    return out;
}

QStringList headerOf(const CustomerExportSection &section)
{
    QStringList out;
    for (const CsvColumn &column : section.columns)
        out.append(column.header);
    return out;
}

QDateTime utc(const QString &iso)
{
    return StoredTime::toDateTime(iso);
}

const QStringList packageFiles {u"complaint_changes.csv"_s,
                                u"complaints.csv"_s,
                                u"follow_ups.csv"_s,
                                u"history.csv"_s,
                                u"interactions.csv"_s,
                                u"phones.csv"_s,
                                u"profile.csv"_s,
                                u"purchases.csv"_s,
                                u"returns.csv"_s,
                                u"service_requests.csv"_s,
                                u"stage_moves.csv"_s,
                                u"summary.html"_s,
                                u"tags.csv"_s};

} // namespace

// The data-subject export (PIPL art. 45, GDPR art. 15/20) read back file by file.
class tst_CustomerDataExport : public QObject
{
    Q_OBJECT

    TempArchive *m_archive = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_out;
    Customer m_customer;

    int auditCount(const QString &action) const
    {
        return scalar(*m_db, u"SELECT count(*) FROM audit_log WHERE action = ?"_s, {action}).toInt();
    }

    CustomerDataExport::Options pinned() const
    {
        CustomerDataExport::Options options;
        options.now = QDateTime(QDate(2025, 6, 15), QTime(12, 0), Qt::LocalTime);
        return options;
    }

    Result<CustomerExportPackage> exportAs(const Actor &actor) const
    {
        return exportAs(actor, pinned());
    }
    Result<CustomerExportPackage> exportAs(const Actor &actor,
                                           const CustomerDataExport::Options &options) const
    {
        return CustomerDataExport::run(*m_db, actor, m_customer.id, m_out->path(), options);
    }

    // A refused or failed export writes nothing: no folder, no hidden temporary, no audit entry.
    void verifyNothingWritten(int auditEntriesBefore)
    {
        QCOMPARE(entriesIn(m_out->path()), QStringList());
        QCOMPARE(rowCount(*m_db, u"audit_log"_s), auditEntriesBefore);
    }

private Q_SLOTS:
    void init()
    {
        m_archive = new TempArchive;
        m_db = m_archive->open();
        QVERIFY(m_db);
        m_out = std::make_unique<QTemporaryDir>();
        CustomerRepository repo(*m_db);
        Customer c = person(u"王芳"_s, {u"13812345678"_s, u"0755-2345678"_s});
        c.email = u"wang.fang@example.cn"_s;
        c.tags = QStringList {u"VIP"_s, u"回头客"_s};
        c.notes = u"=HYPERLINK(\"http://evil.example\",\"点我\")"_s;
        c.mailingAddress = u"深圳市南山区科技园 1 号, 2 栋"_s;
        Result<Customer> created = repo.create(alice(), c);
        VERIFY_OK(created);
        Customer edited = created.value();
        edited.email = u"fang.wang@example.cn"_s;
        edited.phones = {Phone {PhoneKind::Mobile, u"13912345678"_s, true}};
        Result<Customer> updated = repo.update(bob(), edited);
        VERIFY_OK(updated);
        m_customer = updated.value();
        // As an import from another system leaves it (the form does not show it).
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE customers SET external_id = 'CRM-88217' WHERE id = ?"_s);
        q.addBindValue(m_customer.id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    void cleanup()
    {
        m_db.reset();
        m_out.reset();
        delete m_archive;
        m_archive = nullptr;
    }

    void supervisorExportsEverything()
    {
        const int auditBefore = rowCount(*m_db, u"audit_log"_s);
        const Result<CustomerExportPackage> made = exportAs(supervisor());
        VERIFY_OK(made);
        const QString dir = m_out->filePath(u"%1-20250615"_s.arg(m_customer.code));
        QCOMPARE(made->directory, dir);
        QCOMPARE(entriesIn(m_out->path()), QStringList {QFileInfo(dir).fileName()});
        QCOMPARE(entriesIn(dir), packageFiles);
        QVERIFY(made->fullPhones);
        QVERIFY(!made->erased);

        const QList<QStringList> profile = readCsv(dir + u"/profile.csv"_s);
        QCOMPARE(profile.first(),
                 QStringList(
                         {CustomerExportSection::tr("Field"), CustomerExportSection::tr("Value")}));
        QCOMPARE(profileValue(profile, CustomerAudit::fieldLabel(u"name"_s)), u"王芳"_s);
        QCOMPARE(profileValue(profile, CustomerAudit::fieldLabel(u"code"_s)), m_customer.code);
        QCOMPARE(profileValue(profile, CustomerAudit::fieldLabel(u"email"_s)),
                 u"fang.wang@example.cn"_s);
        QCOMPARE(profileValue(profile, CustomerAudit::fieldLabel(u"mailing_address"_s)),
                 u"深圳市南山区科技园 1 号, 2 栋"_s);
        // Formula injection in a note is neutralized, the text kept.
        QCOMPARE(profileValue(profile, CustomerAudit::fieldLabel(u"notes"_s)),
                 u"'=HYPERLINK(\"http://evil.example\",\"点我\")"_s);
        QCOMPARE(profileValue(profile, CustomerExportSection::tr("Id in the source system")),
                 u"CRM-88217"_s);
        QCOMPARE(profileValue(profile, CustomerExportSection::tr("Created by")), u"alice"_s);
        QCOMPARE(profileValue(profile, CustomerExportSection::tr("Last changed by")), u"bob"_s);
        QCOMPARE(profileValue(profile, CustomerExportSection::tr("Personal data erased")),
                 u"<no such row>"_s);

        // Full numbers for a supervisor, as Excel keeps them: ="…".
        const QByteArray phones = fileBytes(dir + u"/phones.csv"_s);
        QVERIFY(phones.startsWith(Bom));
        QVERIFY2(phones.contains("\"=\"\"139 1234 5678\"\"\""), phones.constData());
        QCOMPARE(readCsv(dir + u"/phones.csv"_s).size(), 2);
        QCOMPARE(readCsv(dir + u"/tags.csv"_s),
                 QList<QStringList>(
                         {{CustomerExportSection::tr("Tag")}, {u"VIP"_s}, {u"回头客"_s}}));

        // History: who created and changed what, field by field, before -> after.
        const QList<QStringList> history = readCsv(dir + u"/history.csv"_s);
        const QStringList emailChange = [&] {
            for (const QStringList &row : history)
                if (row.value(3) == CustomerAudit::fieldLabel(u"email"_s))
                    return row;
            return QStringList();
        }();
        QCOMPARE(emailChange.value(1), u"bob"_s);
        QCOMPARE(emailChange.value(2), CustomerAudit::actionLabel(u"update"_s));
        QCOMPARE(emailChange.value(4), u"wang.fang@example.cn"_s);
        QCOMPARE(emailChange.value(5), u"fang.wang@example.cn"_s);
        QCOMPARE(history.value(1).value(2), CustomerAudit::actionLabel(u"create"_s));
        // The history's phones are full for who may see them.
        QVERIFY(fileBytes(dir + u"/history.csv"_s).contains("138 1234 5678"));

        // The row counts (header excluded) in the result, the summary and the audit entry.
        QCOMPARE(made->files.size(), 13);
        QCOMPARE(made->files.at(0).fileName, u"profile.csv"_s);
        QCOMPARE(made->files.at(0).rows, profile.size() - 1);
        QCOMPARE(made->files.at(1).rows, 1);
        QCOMPARE(made->files.at(2).rows, 2);
        QCOMPARE(made->files.at(3).rows, history.size() - 1);
        const QString summary = QString::fromUtf8(fileBytes(dir + u"/summary.html"_s));
        QVERIFY(summary.contains(m_customer.code));
        QVERIFY(summary.contains(u"王芳"_s));
        QVERIFY(summary.contains(u"PIPL art. 45"_s));
        QVERIFY(summary.contains(u"GDPR art. 15 and 20"_s));
        QVERIFY(summary.contains(u"<a href=\"history.csv\">history.csv</a>"_s));
        QVERIFY(summary.contains(u"chief"_s)); // by whom

        // Audited in one entry: the export, with its files and counts and that the full numbers
        // were read (no separate reveal entry).
        QCOMPARE(rowCount(*m_db, u"audit_log"_s), auditBefore + 1);
        const Result<QList<AuditEntry>> entries = AuditLog::forEntity(*m_db,
                                                                      supervisor(),
                                                                      CustomerAudit::Entity,
                                                                      m_customer.id);
        VERIFY_OK(entries);
        QVERIFY(entries->at(entries->size() - 2).action != u"reveal"_s);
        const AuditEntry &exported = entries->last();
        QCOMPARE(exported.action, CustomerDataExport::Action);
        QCOMPARE(exported.user, u"chief"_s);
        QCOMPARE(exported.details.value(u"kind"_s).toString(), u"data_subject"_s);
        QCOMPARE(exported.details.value(u"directory"_s).toString(), dir);
        QCOMPARE(exported.details.value(u"phones"_s).toString(), u"full"_s);
        const QJsonObject files = exported.details.value(u"files"_s).toObject();
        QCOMPARE(files.value(u"history.csv"_s).toInteger(), history.size() - 1);
        QCOMPARE(files.value(u"tags.csv"_s).toInteger(), 2);
        QCOMPARE(AuditLog::verify(*m_db).value(), qint64(0));
    }

    // The service history, one file per kind of record, each row as stored; a customer
    // without history gets the headers only.
    void historyFilesHoldTheServiceHistory()
    {
        HistoryRows::Texts texts;
        texts.summary = u"=cmd|' /C calc'!A0 投诉"_s; // formula injection, neutralized
        texts.plan = u"第一步, \"换新\"\n第二步"_s; // quoted, with a line break
        texts.resolution = u"-退款 500 元, \"已到账\""_s; // neutralized and quoted
        const HistoryRows::Made made = HistoryRows::add(*m_db, m_customer.id, texts);
        QVERIFY(made.followUpPlanned > 0);
        CustomerRepository repo(*m_db);
        const Result<Customer> other = repo.create(alice(), person(u"李四"_s));
        VERIFY_OK(other);
        // Someone else's: not in this package.
        HistoryRows::Texts others;
        others.complaintDescription = u"李四的空调噪音大"_s;
        others.oldDescription = u"李四说空调有问题"_s;
        others.reopenReason = u"李四说噪音又出现了"_s;
        others.followUpPurpose = u"问李四噪音是否消失"_s;
        others.plannedPurpose = u"一个月后问李四空调情况"_s;
        QVERIFY(HistoryRows::add(*m_db, other->id, others).followUpPlanned > 0);

        const Result<CustomerExportPackage> package = exportAs(supervisor());
        VERIFY_OK(package);
        const QString dir = package->directory;
        QCOMPARE(entriesIn(dir), packageFiles);
        const ChoiceLists choices(*m_db);
        auto id = [](qint64 v) {
            return QString::number(v);
        };

        const CustomerExportSection purchases = CustomerExportSection::purchases();
        QCOMPARE(readCsv(dir + u"/purchases.csv"_s),
                 QList<QStringList>(
                         {headerOf(purchases),
                          expectedRow(purchases,
                                      {id(made.purchase),
                                       utc(u"2025-03-01T10:00:00.000Z"_s),
                                       HistoryRows::Product,
                                       u"数码"_s,
                                       HistoryRows::Quantity,
                                       HistoryRows::UnitPrice,
                                       HistoryRows::Amount,
                                       HistoryRows::Refunded,
                                       choices.label(ChoiceLists::PaymentMethod, u"wechat_pay"_s),
                                       u"京东"_s,
                                       texts.purchaseNote,
                                       u"alice"_s})}));
        // Money as plain amounts.
        const QByteArray purchaseBytes = fileBytes(dir + u"/purchases.csv"_s);
        QVERIFY2(purchaseBytes.contains(",2999.00,5698.10,1000.00,"), purchaseBytes.constData());

        const CustomerExportSection returns = CustomerExportSection::returns();
        QCOMPARE(readCsv(dir + u"/returns.csv"_s),
                 QList<QStringList>(
                         {headerOf(returns),
                          expectedRow(returns,
                                      {id(made.purchaseReturn),
                                       id(made.purchase),
                                       utc(u"2025-03-05T10:00:00.000Z"_s),
                                       HistoryRows::Product,
                                       choices.label(ChoiceLists::ReturnReason, u"quality"_s),
                                       HistoryRows::Refunded,
                                       texts.returnNote,
                                       u"alice"_s})}));

        const CustomerExportSection interactions = CustomerExportSection::interactions();
        const QList<QStringList> interactionRows = readCsv(dir + u"/interactions.csv"_s);
        QCOMPARE(interactionRows,
                 QList<QStringList>(
                         {headerOf(interactions),
                          expectedRow(interactions,
                                      {utc(u"2025-03-04T10:00:00.000Z"_s),
                                       HistoryLabels::channel(InteractionChannel::Phone),
                                       HistoryLabels::direction(InteractionDirection::Inbound),
                                       HistoryLabels::type(InteractionType::Complaint),
                                       texts.summary,
                                       texts.result,
                                       u"alice"_s,
                                       HistoryRows::InteractionDuration}),
                          expectedRow(interactions,
                                      {utc(u"2025-03-12T10:00:00.000Z"_s),
                                       HistoryLabels::channel(InteractionChannel::Email),
                                       HistoryLabels::direction(InteractionDirection::Outbound),
                                       HistoryLabels::type(InteractionType::FollowUp),
                                       u"回访"_s,
                                       QString(),
                                       u"alice"_s,
                                       0})}));
        QCOMPARE(interactionRows.value(1).value(4), u"'"_s + texts.summary);

        const CustomerExportSection requests = CustomerExportSection::serviceRequests();
        const QList<QStringList> requestRows = readCsv(dir + u"/service_requests.csv"_s);
        QCOMPARE(requestRows,
                 QList<QStringList>({headerOf(requests),
                                     expectedRow(requests,
                                                 {id(made.request),
                                                  texts.title,
                                                  texts.description,
                                                  HistoryLabels::priority(RequestPriority::High),
                                                  u"alice"_s,
                                                  QDate(2025, 4, 1),
                                                  HistoryLabels::stage(RequestStage::Cancelled),
                                                  utc(u"2025-03-06T10:00:00.000Z"_s),
                                                  utc(u"2025-03-20T10:00:00.000Z"_s),
                                                  texts.cancelReason,
                                                  texts.plan,
                                                  texts.schedule,
                                                  HistoryRows::PlanBudget})}));
        QCOMPARE(requestRows.value(1).value(10), texts.plan);
        QCOMPARE(requestRows.value(1).value(12), u"1500.00"_s);

        const CustomerExportSection moves = CustomerExportSection::stageMoves();
        auto move = [&](int day, const QString &from, RequestStage to, const QString &reason) {
            return expectedRow(moves,
                               {id(made.request),
                                utc(u"2025-03-%1T10:00:00.000Z"_s.arg(day, 2, 10, QLatin1Char('0'))),
                                u"alice"_s,
                                from,
                                HistoryLabels::stage(to),
                                reason});
        };
        QCOMPARE(readCsv(dir + u"/stage_moves.csv"_s),
                 QList<QStringList>(
                         {headerOf(moves),
                          move(6, CustomerExportSection::tr("(opened)"), RequestStage::Contact, {}),
                          move(8, HistoryLabels::stage(RequestStage::Contact), RequestStage::Plan, {}),
                          move(10,
                               HistoryLabels::stage(RequestStage::Plan),
                               RequestStage::NeedsAnalysis,
                               texts.backReason),
                          move(20,
                               HistoryLabels::stage(RequestStage::NeedsAnalysis),
                               RequestStage::Cancelled,
                               texts.cancelReason)}));

        // The complaint with every column, codes by their names; times in local time.
        const CustomerExportSection complaints = CustomerExportSection::complaints();
        auto march = [](int day, int hour) {
            return utc(HistoryRows::at(day, hour));
        };
        const QList<QStringList> complaintRows = readCsv(dir + u"/complaints.csv"_s);
        QCOMPARE(complaintRows,
                 QList<QStringList>(
                         {headerOf(complaints),
                          expectedRow(complaints,
                                      {id(made.complaint),
                                       march(21, 9),
                                       HistoryLabels::channel(InteractionChannel::WeChat),
                                       choices.label(ChoiceLists::ComplaintReason,
                                                     u"product_quality"_s),
                                       choices.label(ChoiceLists::ComplaintReason,
                                                     u"product_quality.defect"_s),
                                       ComplaintLabels::severity(ComplaintSeverity::High),
                                       texts.complaintDescription,
                                       id(made.purchase),
                                       QVariant(), // no request
                                       HistoryRows::Handler,
                                       ComplaintLabels::status(ComplaintStatus::Resolved),
                                       texts.response,
                                       texts.resolution,
                                       texts.rootCause,
                                       texts.correctiveAction,
                                       texts.preventiveAction,
                                       choices.label(ChoiceLists::CompensationKind,
                                                     HistoryRows::CompensationKind),
                                       HistoryRows::CompensationAmount,
                                       ComplaintLabels::confirmation(ComplaintConfirmation::Accepted),
                                       march(29, 10),
                                       march(21, 17),
                                       march(21, 13),
                                       CustomerExportSection::tr("no"),
                                       march(24, 9),
                                       march(28, 10),
                                       CustomerExportSection::tr("yes"),
                                       QVariant(), // not closed
                                       u"alice"_s})}));
        QCOMPARE(complaintRows.value(1).size(), complaints.columns.size());
        QCOMPARE(complaintRows.value(1).value(12), u"'"_s + texts.resolution);
        QCOMPARE(complaintRows.value(1).value(17), u"500.00"_s);

        // Its handling history: who changed what when; statuses, severities by their names.
        const CustomerExportSection changes = CustomerExportSection::complaintChanges();
        auto change = [&](int day,
                          int hour,
                          const QString &by,
                          const QString &field,
                          const QString &before,
                          const QString &after,
                          const QString &reason = {}) {
            return expectedRow(changes,
                               {id(made.complaint),
                                march(day, hour),
                                by,
                                ComplaintLabels::field(field),
                                before,
                                after,
                                reason});
        };
        auto status = [](ComplaintStatus s) {
            return ComplaintLabels::status(s);
        };
        const QString bob = HistoryRows::Handler;
        QCOMPARE(readCsv(dir + u"/complaint_changes.csv"_s),
                 QList<QStringList>({headerOf(changes),
                                     change(21,
                                            9,
                                            u"alice"_s,
                                            u"status"_s,
                                            CustomerExportSection::tr("(received)"),
                                            status(ComplaintStatus::Open)),
                                     change(21, 10, bob, u"handler"_s, {}, bob),
                                     change(21,
                                            11,
                                            bob,
                                            u"severity"_s,
                                            ComplaintLabels::severity(ComplaintSeverity::Medium),
                                            ComplaintLabels::severity(ComplaintSeverity::High)),
                                     change(21,
                                            12,
                                            bob,
                                            u"description"_s,
                                            texts.oldDescription,
                                            texts.complaintDescription),
                                     change(21,
                                            13,
                                            bob,
                                            u"status"_s,
                                            status(ComplaintStatus::Open),
                                            status(ComplaintStatus::InProgress)),
                                     change(21, 14, bob, u"response"_s, {}, texts.response),
                                     change(24, 10, bob, u"resolution"_s, {}, texts.resolution),
                                     change(24,
                                            11,
                                            bob,
                                            u"status"_s,
                                            status(ComplaintStatus::InProgress),
                                            status(ComplaintStatus::Resolved)),
                                     change(26,
                                            10,
                                            bob,
                                            u"status"_s,
                                            status(ComplaintStatus::Resolved),
                                            status(ComplaintStatus::Reopened),
                                            texts.reopenReason),
                                     change(28,
                                            10,
                                            bob,
                                            u"status"_s,
                                            status(ComplaintStatus::Reopened),
                                            status(ComplaintStatus::Resolved))}));

        // The return visits by due date: the one done with its scores, the one still planned.
        const CustomerExportSection followUps = CustomerExportSection::followUps();
        QCOMPARE(readCsv(dir + u"/follow_ups.csv"_s),
                 QList<QStringList>(
                         {headerOf(followUps),
                          expectedRow(followUps,
                                      {id(made.followUpDone),
                                       QDate(2025, 3, 29),
                                       texts.followUpPurpose,
                                       id(made.complaint),
                                       QVariant(),
                                       QVariant(),
                                       u"alice"_s,
                                       ComplaintLabels::followUpStatus(FollowUpStatus::Done),
                                       1,
                                       march(29, 10),
                                       u"alice"_s,
                                       texts.followUpOutcome,
                                       texts.followUpNotes,
                                       HistoryRows::Csat,
                                       HistoryRows::Nps,
                                       bob}),
                          expectedRow(followUps,
                                      {id(made.followUpPlanned),
                                       QDate(2025, 4, 27),
                                       texts.plannedPurpose,
                                       id(made.complaint),
                                       QVariant(),
                                       QVariant(),
                                       u"alice"_s,
                                       ComplaintLabels::followUpStatus(FollowUpStatus::Planned),
                                       0,
                                       QVariant(),
                                       QString(),
                                       QString(),
                                       QString(),
                                       QVariant(),
                                       QVariant(),
                                       QString()})}));

        // The counts in the result and the audit entry; nothing of the other customer's.
        const QList<std::pair<QString, qint64>> counts {{u"purchases.csv"_s, 1},
                                                        {u"returns.csv"_s, 1},
                                                        {u"interactions.csv"_s, 2},
                                                        {u"service_requests.csv"_s, 1},
                                                        {u"stage_moves.csv"_s, 4},
                                                        {u"complaints.csv"_s, 1},
                                                        {u"complaint_changes.csv"_s,
                                                         HistoryRows::ComplaintChanges},
                                                        {u"follow_ups.csv"_s, 2}};
        const AuditEntry exported = AuditLog::forEntity(*m_db,
                                                        supervisor(),
                                                        CustomerAudit::Entity,
                                                        m_customer.id)
                                            ->last();
        for (const auto &[file, rows] : counts) {
            const auto it = std::find_if(package->files.cbegin(),
                                         package->files.cend(),
                                         [&](const CustomerExportFile &f) {
                                             return f.fileName == file;
                                         });
            QVERIFY2(it != package->files.cend(), qPrintable(file));
            QCOMPARE(it->rows, rows);
            QCOMPARE(exported.details.value(u"files"_s).toObject().value(file).toInteger(), rows);
            QVERIFY(!fileBytes(dir + u'/' + file).contains("李四"));
        }

        // A customer without history: the files hold their headers only.
        const Result<Customer> none = repo.create(alice(), person(u"赵六"_s));
        VERIFY_OK(none);
        const Result<CustomerExportPackage> empty = CustomerDataExport::run(*m_db,
                                                                            supervisor(),
                                                                            none->id,
                                                                            m_out->path(),
                                                                            pinned());
        VERIFY_OK(empty);
        for (const auto &[file, rows] : counts)
            QCOMPARE(readCsv(empty->directory + u'/' + file).size(), 1);
    }

    void maskedWithoutTheRevealRight()
    {
        const int revealsBefore = auditCount(u"reveal"_s);
        CustomerDataExport::Options options = pinned();
        options.maskPhones = true;
        const Result<CustomerExportPackage> made = exportAs(supervisor(), options);
        VERIFY_OK(made);
        QVERIFY(!made->fullPhones);
        const QByteArray phones = fileBytes(made->directory + u"/phones.csv"_s);
        QVERIFY2(phones.contains("\"=\"\"139****5678\"\"\""), phones.constData());
        QVERIFY(!phones.contains("1234"));
        // Nowhere in the package is a full number.
        for (const QString &file : entriesIn(made->directory)) {
            const QByteArray bytes = fileBytes(made->directory + u'/' + file);
            for (const char *digits :
                 {"13912345678", "139 1234 5678", "138 1234 5678", "13812345678", "2345678"})
                QVERIFY2(!bytes.contains(digits), qPrintable(file + u' ' + QLatin1String(digits)));
        }
        QVERIFY(QString::fromUtf8(fileBytes(made->directory + u"/summary.html"_s))
                        .contains(CustomerExportSummary::tr("masked (138****5678): the person who "
                                                            "exported may not see full numbers")));
        QCOMPARE(auditCount(u"reveal"_s), revealsBefore); // nothing was revealed
        const Result<QList<AuditEntry>> entries = AuditLog::forEntity(*m_db,
                                                                      supervisor(),
                                                                      CustomerAudit::Entity,
                                                                      m_customer.id);
        QCOMPARE(entries->last().details.value(u"phones"_s).toString(), u"masked"_s);
    }

    // Every combination of roles: refused without the export right; otherwise full numbers
    // exactly for those with the reveal right (a front desk without it sees 139****5678).
    void rolesDecideRefusalAndMasking_data()
    {
        QTest::addColumn<int>("roles");
        for (int roles = 0; roles <= AllRoles; ++roles)
            QTest::addRow("roles %d", roles) << roles;
    }
    void rolesDecideRefusalAndMasking()
    {
        QFETCH(int, roles);
        const Actor actor = actorWith(roles);
        const int auditBefore = rowCount(*m_db, u"audit_log"_s);
        const Result<CustomerExportPackage> made = exportAs(actor);
        if (!Permissions::allows(actor, Operation::Export)) {
            QVERIFY(!made);
            QCOMPARE(made.error().code, Error::Code::Permission);
            QVERIFY(made.error().message.contains(Permissions::operationName(Operation::Export)));
            verifyNothingWritten(auditBefore);
            return;
        }
        VERIFY_OK(made);
        const bool full = Permissions::allows(actor, Operation::Reveal);
        QCOMPARE(made->fullPhones, full);
        const QByteArray phones = fileBytes(made->directory + u"/phones.csv"_s);
        QCOMPARE(phones.contains("139 1234 5678"), full);
        QCOMPARE(phones.contains("139****5678"), !full);
    }

    // Refused before anything is read or written: no folder, no temporary, no audit entry (not
    // even a reveal).
    void badInputWritesNothing_data()
    {
        QTest::addColumn<int>("roles");
        QTest::addColumn<qint64>("customer"); // 0: the fixture's
        QTest::addColumn<QString>("folder"); // empty: the output folder
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("named"); // in the message
        QTest::newRow("front desk") << FD << qint64(0) << QString() << Error::Code::Permission
                                    << Permissions::operationName(Operation::Export);
        QTest::newRow("admin") << AD << qint64(0) << QString() << Error::Code::Permission
                               << Permissions::operationName(Operation::Export);
        QTest::newRow("unknown customer")
                << SV << qint64(4711) << QString() << Error::Code::NotFound << QString();
        QTest::newRow("missing folder")
                << SV << qint64(0) << u"not there"_s << Error::Code::Invalid << u"not there"_s;
        // Nobody creates files in /proc/self, root included.
        QTest::newRow("unwritable folder")
                << SV << qint64(0) << u"/proc/self"_s << Error::Code::File << u"/proc/self"_s;
    }
    void badInputWritesNothing()
    {
        QFETCH(int, roles);
        QFETCH(qint64, customer);
        QFETCH(QString, folder);
        QFETCH(Error::Code, code);
        QFETCH(QString, named);
        const int auditBefore = rowCount(*m_db, u"audit_log"_s);
        const QString parent = folder.startsWith(u'/') ? folder
                               : folder.isEmpty()      ? m_out->path()
                                                       : m_out->filePath(folder);
        const Result<CustomerExportPackage> made = CustomerDataExport::run(*m_db,
                                                                           actorWith(roles),
                                                                           customer ? customer
                                                                                    : m_customer.id,
                                                                           parent);
        QVERIFY(!made);
        QCOMPARE(made.error().code, code);
        QVERIFY2(made.error().message.contains(named), qPrintable(made.error().message));
        verifyNothingWritten(auditBefore);
    }

    void cancelLeavesNothing()
    {
        int rows = 0;
        CustomerDataExport::Options options = pinned();
        options.cancelled = [&] {
            return ++rows > 12;
        }; // in the middle of profile.csv
        const int exportsBefore = auditCount(CustomerDataExport::Action);
        const Result<CustomerExportPackage> made = exportAs(supervisor(), options);
        QVERIFY(!made);
        QCOMPARE(made.error().code, Error::Code::Cancelled);
        QVERIFY(rows > 12);
        QCOMPARE(entriesIn(m_out->path()), QStringList());
        QCOMPARE(auditCount(CustomerDataExport::Action), exportsBefore);
    }

    void secondExportTheSameDayGetsItsOwnFolder()
    {
        VERIFY_OK(exportAs(supervisor()));
        const Result<CustomerExportPackage> again = exportAs(supervisor());
        VERIFY_OK(again);
        QCOMPARE(QFileInfo(again->directory).fileName(), u"%1-20250615-2"_s.arg(m_customer.code));
        QCOMPARE(entriesIn(m_out->path()).size(), 2);
        // The first export shows in the second one's history.
        bool seen = false;
        for (const QStringList &row : readCsv(again->directory + u"/history.csv"_s))
            seen = seen || row.value(2) == CustomerAudit::actionLabel(CustomerDataExport::Action);
        QVERIFY(seen);
    }

    void erasedCustomerExportsTheTombstoneOnly()
    {
        HistoryRows::add(*m_db, m_customer.id);
        VERIFY_OK(CustomerEraser::erase(*m_db, admin(), m_customer.id, m_customer.version));
        const Result<CustomerExportPackage> made = exportAs(supervisor());
        VERIFY_OK(made);
        QVERIFY(made->erased);
        QVERIFY(!made->fullPhones);
        QCOMPARE(entriesIn(made->directory), QStringList({u"profile.csv"_s, u"summary.html"_s}));
        const QList<QStringList> profile = readCsv(made->directory + u"/profile.csv"_s);
        QCOMPARE(profileValue(profile, CustomerAudit::fieldLabel(u"name"_s)),
                 CustomerEraser::tombstoneName());
        QCOMPARE(profileValue(profile, CustomerAudit::fieldLabel(u"code"_s)), m_customer.code);
        QVERIFY(!profileValue(profile, CustomerExportSection::tr("Personal data erased")).isEmpty());
        for (const QString &file : entriesIn(made->directory)) {
            const QByteArray bytes = fileBytes(made->directory + u'/' + file);
            for (const QString &gone : QStringList {u"王芳"_s,
                                                    u"wang"_s,
                                                    u"2345678"_s,
                                                    u"CRM-88217"_s,
                                                    u"VIP"_s,
                                                    u"深圳"_s,
                                                    HistoryRows::Product}
                                               + HistoryRows::Texts().all())
                QVERIFY2(!bytes.contains(gone.toUtf8()), qPrintable(file + u' ' + gone));
        }
        QVERIFY(QString::fromUtf8(fileBytes(made->directory + u"/summary.html"_s))
                        .contains(u"PIPL art. 47"_s));
    }

    void summaryEscapesWhatPeopleTyped()
    {
        CustomerRepository repo(*m_db);
        const Result<Customer> odd = repo.create(alice(), person(u"<script>alert(1)</script>"_s));
        VERIFY_OK(odd);
        const Result<CustomerExportPackage> made = CustomerDataExport::run(*m_db,
                                                                           supervisor(),
                                                                           odd->id,
                                                                           m_out->path(),
                                                                           pinned());
        VERIFY_OK(made);
        const QByteArray summary = fileBytes(made->directory + u"/summary.html"_s);
        QVERIFY(!summary.contains("<script>"));
        QVERIFY(summary.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QCOMPARE(made->files.at(1).rows, 0); // no phones: a header only
        QCOMPARE(readCsv(made->directory + u"/phones.csv"_s).size(), 1);
    }

    void csvOptionsApplyToEveryFile()
    {
        CustomerDataExport::Options options = pinned();
        options.csv.encoding = CsvEncoding::Gb18030;
        const Result<CustomerExportPackage> made = exportAs(supervisor(), options);
        VERIFY_OK(made);
        const QByteArray profile = fileBytes(made->directory + u"/profile.csv"_s);
        QVERIFY(!profile.startsWith(Bom));
        QVERIFY(profile.contains("\xCD\xF5\xB7\xBC")); // 王芳 in GB18030
        QVERIFY(!profile.contains(u"王芳"_s.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(tst_CustomerDataExport)
#include "tst_customerdataexport.moc"
