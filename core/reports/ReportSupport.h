#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

class Database;

// What the reports share: date ranges as SQL bounds, staff names, masking, statistics. Internal to
// core/reports.
namespace ReportSupport {

// The "from" / "to" parameters (inclusive local days), labelled for what they bound.
QList<ReportParameter> rangeParameters(const QString &fromLabel, const QString &toLabel);
// A staff login filter.
ReportParameter staff(const QString &key, const QString &label);

// Appends "column >= ? AND column < ?" for the context's from/to to where/binds: a column of UTC
// times stored as text (the local days become UTC bounds of the same width, so the comparison is
// exact and the time index serves it).
void timeRange(const ReportContext &c,
               const QString &column,
               QStringList &where,
               QVariantList &binds);
// The same for a column of yyyy-MM-dd dates.
void dateRange(const ReportContext &c,
               const QString &column,
               QStringList &where,
               QVariantList &binds);
// The first UTC instant of a local day, as stored text.
QVariant startOfDay(const QDate &day);

// A stored UTC time (text) as a QDateTime in UTC; a null QVariant for none. The stored form
// (yyyy-MM-ddTHH:mm:ss.zzzZ) is read digit by digit (parseStoredTime), anything else through
// StoredTime::toDateTime.
QVariant time(const QVariant &stored);
// The UTC time of a text in exactly the stored form; nullopt for any other text (the caller
// falls back to StoredTime::toDateTime, which gives the same time for the stored form).
std::optional<QDateTime> parseStoredTime(QStringView text);
QVariant date(const QVariant &stored);
QVariant integer(const QVariant &stored); // qint64, or null
QVariant text(const QVariant &stored); // QString ("" for NULL)
// A stored phone number as shown: in full (formatted) when revealed, masked otherwise; null
// when there is none.
QVariant phone(const QVariant &stored, bool reveal);

// The display names of every staff login (users is small), to name handlers and assignees
// without a query per row. An unknown login shows as itself; an empty one as "(unassigned)".
class StaffNames
{
    Q_DECLARE_TR_FUNCTIONS(StaffNames)

public:
    static Result<StaffNames> load(Database &db);
    QString name(const QString &login) const;

private:
    QHash<QString, QString> m_names;
};

// Statistics the reports compute in C++ (SQLite has no percentile functions).
// The median of the values (the mean of the two middle ones for an even count); null when empty.
QVariant median(QList<double> values);
// The 90th percentile by the nearest-rank method: the smallest value with at least 90 % of the
// values at or below it (rank ceil(0.9 n)); null when empty.
QVariant percentile90(QList<double> values);
// part / whole × 100; null when whole is 0.
QVariant percent(qint64 part, qint64 whole);
// The local month of a UTC time, "2025-06".
QString month(const QDateTime &utc);
QString month(const QDate &day);
// The months from first to last (inclusive), "yyyy-MM".
QStringList months(const QDate &first, const QDate &last);
// Hours between two UTC times.
double hours(const QDateTime &from, const QDateTime &to);

// Checks a Choice parameter whose codes come from an archive list (first-level entries).
Status checkListChoice(const ReportContext &c, const QString &key, const QString &list);

} // namespace ReportSupport

// The reports, one factory each, in catalogue order (ReportCatalogue).
namespace Reports {
std::unique_ptr<Report> complaintHistory();
std::unique_ptr<Report> complaintsByReason();
std::unique_ptr<Report> complaintHandling();
std::unique_ptr<Report> satisfactionTrend();
std::unique_ptr<Report> returnVisits();
std::unique_ptr<Report> customerSegments();
std::unique_ptr<Report> customerValue();
std::unique_ptr<Report> returnsByReason();
std::unique_ptr<Report> requestStageTimes();
std::unique_ptr<Report> staleProfiles();
std::unique_ptr<Report> upcomingBirthdays();
std::unique_ptr<Report> customerList();
} // namespace Reports
