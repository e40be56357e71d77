#include "ComplaintSla.h"

#include "ComplaintLabels.h"
#include "audit/AuditLog.h"
#include "security/Permissions.h"
#include "storage/ArchiveSettings.h"
#include "storage/WriteTransaction.h"

#include <QHash>

namespace {

const QString ResponseKey = QStringLiteral("response");
const QString ResolutionKey = QStringLiteral("resolution");

// The JSON key of a severity.
QString keyOf(ComplaintSeverity severity)
{
    switch (severity) {
    case ComplaintSeverity::Low:
        return QStringLiteral("low");
    case ComplaintSeverity::Medium:
        return QStringLiteral("medium");
    case ComplaintSeverity::High:
        return QStringLiteral("high");
    case ComplaintSeverity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

int indexOf(ComplaintSeverity severity)
{
    const int i = int(severity);
    return i >= 0 && i < 4 ? i : int(ComplaintSeverity::Medium);
}

bool inRange(int hours)
{
    return hours >= 1 && hours <= ComplaintSla::MaxHours;
}

// A whole number of hours in range from a JSON value, or `fallback`.
int hoursFrom(const QJsonValue &v, int fallback)
{
    if (!v.isDouble())
        return fallback;
    const double d = v.toDouble();
    if (d != double(qint64(d)) || !inRange(int(d)))
        return fallback;
    return int(d);
}

QDateTime plusHours(const QDateTime &t, int hours)
{
    return t.isValid() ? t.toUTC().addSecs(qint64(hours) * 3600) : QDateTime();
}

} // namespace

ComplaintSla::ComplaintSla()
{
    m_hours[int(ComplaintSeverity::Low)] = {24, 168};
    m_hours[int(ComplaintSeverity::Medium)] = {8, 72};
    m_hours[int(ComplaintSeverity::High)] = {4, 48};
    m_hours[int(ComplaintSeverity::Critical)] = {2, 24};
}

SlaHours ComplaintSla::hours(ComplaintSeverity severity) const
{
    return m_hours[indexOf(severity)];
}

void ComplaintSla::setHours(ComplaintSeverity severity, SlaHours hours)
{
    m_hours[indexOf(severity)] = hours;
}

QJsonObject ComplaintSla::toJson() const
{
    QJsonObject o;
    for (const ComplaintSeverity severity : ComplaintLabels::severities()) {
        const SlaHours h = hours(severity);
        o.insert(keyOf(severity),
                 QJsonObject {{ResponseKey, h.response}, {ResolutionKey, h.resolution}});
    }
    return o;
}

ComplaintSla ComplaintSla::fromJson(const QJsonObject &o)
{
    ComplaintSla sla;
    for (const ComplaintSeverity severity : ComplaintLabels::severities()) {
        const QJsonObject entry = o.value(keyOf(severity)).toObject();
        const SlaHours fallback = sla.hours(severity);
        sla.setHours(severity,
                     {hoursFrom(entry.value(ResponseKey), fallback.response),
                      hoursFrom(entry.value(ResolutionKey), fallback.resolution)});
    }
    return sla;
}

Status ComplaintSla::validate() const
{
    QHash<QString, QString> errors;
    for (const ComplaintSeverity severity : ComplaintLabels::severities()) {
        const SlaHours h = hours(severity);
        const QString n = QString::number(int(severity));
        const QString range = tr("Enter a number of hours from 1 to %1.").arg(MaxHours);
        if (!inRange(h.response))
            errors.insert(QStringLiteral("response_") + n, range);
        if (!inRange(h.resolution))
            errors.insert(QStringLiteral("resolution_") + n, range);
        else if (inRange(h.response) && h.resolution < h.response)
            errors.insert(QStringLiteral("resolution_") + n,
                          tr("The time to resolve cannot be shorter than the time to respond "
                             "(%n hour(s)).",
                             nullptr,
                             h.response));
    }
    if (errors.isEmpty())
        return Done {};
    return Error {Error::Code::Invalid,
                  tr("The complaint time limits were not saved: correct the marked values."),
                  errors};
}

Result<ComplaintSla> ComplaintSla::load(Database &db)
{
    const Result<QJsonObject> stored = ArchiveSettings::readObject(db, SettingsKey);
    if (!stored)
        return stored.error();
    const ComplaintSla sla = fromJson(stored.value());
    // A policy changed behind the application's back into nonsense: the defaults apply.
    if (!sla.validate())
        return ComplaintSla {};
    return sla;
}

Status ComplaintSla::save(Database &db, const Actor &actor, const ComplaintSla &sla)
{
    if (Status s = Permissions::require(actor, Operation::ManageSettings); !s)
        return s;
    if (Status s = sla.validate(); !s)
        return s;
    return WriteTransaction::run(db, [&]() -> Status {
        const Result<ComplaintSla> before = load(db);
        if (!before)
            return before.error();
        if (before.value() == sla)
            return Done {};
        if (Status s = ArchiveSettings::write(db, SettingsKey, sla.toJson()); !s)
            return s;
        return AuditLog::append(db,
                                actor,
                                AuditLog::Update,
                                QStringLiteral("settings"),
                                0,
                                {{QStringLiteral("key"), SettingsKey},
                                 {QStringLiteral("before"), before->toJson()},
                                 {QStringLiteral("after"), sla.toJson()}});
    });
}

void ComplaintSla::applyDueTimes(Complaint &complaint) const
{
    const SlaHours h = hours(complaint.severity);
    complaint.responseDueAt = plusHours(complaint.receivedAt, h.response);
    complaint.resolutionDueAt = plusHours(complaint.receivedAt, h.resolution);
}

bool ComplaintSla::responseOverdue(const Complaint &c, const QDateTime &now)
{
    if (c.responseMissed)
        return true;
    return !c.respondedAt.isValid() && c.responseDueAt.isValid() && now > c.responseDueAt;
}

bool ComplaintSla::resolutionOverdue(const Complaint &c, const QDateTime &now)
{
    if (c.resolutionMissed)
        return true;
    return !c.resolvedAt.isValid() && !c.isSettled() && c.resolutionDueAt.isValid()
           && now > c.resolutionDueAt;
}
