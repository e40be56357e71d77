#pragma once

#include "TestSupport.h"
#include "core/CommandFixtures.h"
#include "core/ReportFixtures.h"
#include "core/SecurityFixtures.h"
#include "security/UserRepository.h"

// The archive and the expected files of the `service-archive export` tests (tst_exportcommand,
// tst_exportfailures): the complaint fixture of the report tests (times in Asia/Shanghai) with
// three accounts — boss (admin), chief (supervisor), desk (front desk) — and customers whose
// names, companies and emails need quoting or neutralizing.
namespace ExportCommandFixtures {

using namespace Qt::StringLiterals;

inline const QString password = u"Correct horse 42"_s;

// The rows of a CSV file as cells written as they appear in the file (quoted where the writer
// quotes); joined with a delimiter and CRLF.
using Cells = QList<QStringList>;

inline QString joined(const Cells &rows, QChar delimiter)
{
    QString out;
    for (const QStringList &row : rows)
        out += row.join(delimiter) + u"\r\n"_s;
    return out;
}

// The customer list of the fixture, default order (by name key), phones masked.
inline Cells customerList()
{
    return {
            {u"Code"_s,
             u"Name"_s,
             u"Phone"_s,
             u"Company"_s,
             u"Email"_s,
             u"Lifecycle"_s,
             u"Value tier"_s,
             u"Owner"_s,
             u"Updated"_s},
            {u"C000003"_s,
             u"'@Anna"_s,
             u""_s,
             u"\"Lin, Wang & \"\"Co\"\"\""_s,
             u"'=cmd|' /C calc'!A0"_s,
             u"Potential"_s,
             u"Unrated"_s,
             u""_s,
             u"2025-07-01 10:03"_s},
            {u"C000002"_s,
             u"李雷"_s,
             u"\"=\"\"139****1111\"\"\""_s,
             u""_s,
             u""_s,
             u"Potential"_s,
             u"Unrated"_s,
             u"张伟"_s,
             u"2025-07-01 10:03"_s},
            {u"C000001"_s,
             u"王芳"_s,
             u"\"=\"\"138****5678\"\"\""_s,
             u""_s,
             u"wang@example.com"_s,
             u"Potential"_s,
             u"Unrated"_s,
             u""_s,
             u"2025-07-01 10:03"_s},
    };
}

// complaint-history --from 2025-06-01 --to 2025-06-30 --param handler=zhang: K2 and K3.
inline Cells complaintHistory()
{
    return {
            {u"Complaint no."_s,
             u"Received"_s,
             u"Customer code"_s,
             u"Customer"_s,
             u"Phone"_s,
             u"Channel"_s,
             u"Reason"_s,
             u"Severity"_s,
             u"Status"_s,
             u"Handler"_s,
             u"Answered"_s,
             u"Resolved"_s,
             u"SLA kept"_s,
             u"Resolution"_s,
             u"Satisfaction (1–5)"_s},
            {u"2"_s,
             u"2025-06-01 01:00"_s,
             u"C000001"_s,
             u"王芳"_s,
             u"\"=\"\"138****5678\"\"\""_s,
             u"Phone"_s,
             u"Delivery"_s,
             u"Medium"_s,
             u"Resolved"_s,
             u"张伟"_s,
             u"2025-06-01 05:00"_s,
             u"2025-06-03 01:00"_s,
             u"Yes"_s,
             u""_s,
             u"2"_s},
            {u"3"_s,
             u"2025-06-15 10:00"_s,
             u"C000002"_s,
             u"李雷"_s,
             u"\"=\"\"139****1111\"\"\""_s,
             u"Phone"_s,
             u"Billing / Overcharged"_s,
             u"Medium"_s,
             u"Resolved"_s,
             u"张伟"_s,
             u"2025-06-15 20:00"_s,
             u"2025-06-16 16:00"_s,
             u"No"_s,
             u""_s,
             u""_s},
    };
}

inline QByteArray utf8Bom(const QString &text)
{
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

inline bool isOneLine(const QString &text)
{
    return text.endsWith(u'\n') && text.count(u'\n') == 1 && text.size() > 1;
}

// export ... as a user.
inline QStringList exportArgs(const QString &archive,
                              const QString &report,
                              const QString &out,
                              const QString &user = u"chief"_s)
{
    return {u"export"_s,
            u"--archive"_s,
            archive,
            u"--report"_s,
            report,
            u"--output"_s,
            out,
            u"--user"_s,
            user};
}

// A fresh archive with the accounts and customers above, and the output file's name beside it.
class ExportArchive
{
public:
    std::unique_ptr<TempArchive> archive;
    QString out;

    QString path() const { return archive->path; }
    QString dir() const { return archive->dir.path(); }

    // Fails the current test (QVERIFY) when the archive cannot be made.
    void make()
    {
        using namespace SecurityFixtures;
        archive = std::make_unique<TempArchive>();
        QVERIFY(archive->dir.isValid());
        out = archive->dir.filePath(u"out.csv"_s);
        auto db = archive->open();
        QVERIFY(db);
        UserRepository users(*db, PasswordHasher(PasswordHasher::Strength::Minimal));
        REQUIRE_OK(users.createFirstAdmin(u"boss"_s, u"王老板"_s, password));
        const Result<Actor> boss = users.signIn(u"boss"_s, password);
        REQUIRE_OK(boss);
        REQUIRE_OK(users.create(boss.value(), u"chief"_s, u"李主管"_s, password, SV));
        REQUIRE_OK(users.create(boss.value(), u"desk"_s, u"前台小张"_s, password, FD));
        const ReportFixtures::ComplaintArchive a = ReportFixtures::seedComplaints(*db);
        const Customer anna = ReportFixtures::customer(*db, u"@Anna"_s);
        QVERIFY(anna.id > 0);
        ReportFixtures::sql(*db,
                            u"UPDATE customers SET company = ?, email = ? WHERE id = ?"_s,
                            {u"Lin, Wang & \"Co\""_s, u"=cmd|' /C calc'!A0"_s, anna.id});
        ReportFixtures::sql(*db,
                            u"UPDATE customers SET email = ? WHERE id = ?"_s,
                            {u"wang@example.com"_s, a.wang.id});
        ReportFixtures::sql(*db,
                            u"UPDATE customers SET owner = ? WHERE id = ?"_s,
                            {u"zhang"_s, a.li.id});
        ReportFixtures::sql(*db,
                            u"UPDATE customers SET updated_at = ?"_s,
                            {u"2025-07-01T02:03:04.000Z"_s});
    }

    // Audit entries about reports with this action ("export", "reveal"); -1 when unreadable.
    int auditCount(const QString &action) const
    {
        auto db = Database::open(path());
        if (!db)
            return -1;
        return SecurityFixtures::scalar(
                       *db.value(),
                       u"SELECT count(*) FROM audit_log WHERE action = ? AND entity = 'report'"_s,
                       {action})
                .toInt();
    }
};

} // namespace ExportCommandFixtures
