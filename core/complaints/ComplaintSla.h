#pragma once

#include "Complaint.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;
struct Actor;

// Hours to respond and to resolve, per severity.
struct SlaHours
{
    int response = 0;
    int resolution = 0;
};

// The complaint SLA policy (settings key "complaint_sla") and what it gives one complaint.
class ComplaintSla
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintSla)

public:
    static inline const QString SettingsKey = QStringLiteral("complaint_sla");

    // Defaults: critical 2 h / 24 h, high 4 h / 48 h, medium 8 h / 72 h, low 24 h / 168 h.
    ComplaintSla();
    SlaHours hours(ComplaintSeverity severity) const;
    void setHours(ComplaintSeverity severity, SlaHours hours);

    QJsonObject toJson() const;
    // Severities or values missing or out of range keep their defaults.
    static ComplaintSla fromJson(const QJsonObject &o);
    // Each 1..8760 hours, resolution not before response; Invalid with fieldErrors
    // "response_<n>" / "resolution_<n>" (n the severity's number) otherwise.
    Status validate() const;

    static Result<ComplaintSla> load(Database &db);
    // ManageSettings; audited (entity "settings"). Applies to complaints received or
    // re-graded from then on: existing due times stay as they were promised.
    static Status save(Database &db, const Actor &actor, const ComplaintSla &sla);

    // Sets responseDueAt and resolutionDueAt from receivedAt and severity.
    void applyDueTimes(Complaint &complaint) const;

    // Whether a due time has passed unmet at `now` (for the "overdue" marks), or was missed
    // (stays true after the complaint is resolved).
    static bool responseOverdue(const Complaint &c, const QDateTime &now);
    static bool resolutionOverdue(const Complaint &c, const QDateTime &now);
    static bool overdue(const Complaint &c, const QDateTime &now)
    {
        return responseOverdue(c, now) || resolutionOverdue(c, now);
    }
    static bool missed(const Complaint &c) { return c.responseMissed || c.resolutionMissed; }

private:
    SlaHours m_hours[4];
};
