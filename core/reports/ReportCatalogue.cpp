#include "ReportCatalogue.h"

#include "ReportSupport.h"

#include <QStringList>

namespace {

const std::vector<std::unique_ptr<Report>> &definitions()
{
    static const std::vector<std::unique_ptr<Report>> reports = [] {
        std::vector<std::unique_ptr<Report>> out;
        out.push_back(Reports::complaintHistory());
        out.push_back(Reports::complaintsByReason());
        out.push_back(Reports::complaintHandling());
        out.push_back(Reports::satisfactionTrend());
        out.push_back(Reports::returnVisits());
        out.push_back(Reports::customerSegments());
        out.push_back(Reports::customerValue());
        out.push_back(Reports::returnsByReason());
        out.push_back(Reports::requestStageTimes());
        out.push_back(Reports::staleProfiles());
        out.push_back(Reports::upcomingBirthdays());
        out.push_back(Reports::customerList());
        return out;
    }();
    return reports;
}

} // namespace

QList<const Report *> ReportCatalogue::all()
{
    QList<const Report *> out;
    for (const auto &report : definitions())
        out.append(report.get());
    return out;
}

const Report *ReportCatalogue::find(const QString &name)
{
    for (const auto &report : definitions())
        if (report->name() == name)
            return report.get();
    return nullptr;
}

Result<const Report *> ReportCatalogue::require(const QString &name)
{
    if (const Report *report = find(name))
        return report;
    QStringList names;
    for (const auto &report : definitions())
        names.append(report->name());
    return makeError(Error::Code::NotFound,
                     tr("There is no report “%1”. The reports are: %2.")
                             .arg(name, names.join(QStringLiteral(", "))));
}

QList<const Report *> ReportCatalogue::available(const Actor &actor)
{
    QList<const Report *> out;
    for (const auto &report : definitions())
        if (report->mayRun(actor))
            out.append(report.get());
    return out;
}
