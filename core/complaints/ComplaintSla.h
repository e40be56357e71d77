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

    bool operator==(const SlaHours &) const = default;
};

// The complaint SLA policy (settings key "complaint_sla") and what it gives one complaint.
// Stored as {"low": {"response": 24, "resolution": 168}, "medium": {...}, "high": {...},
// "critical": {...}} (hours). Due times count calendar hours from received_at (the working-day
// calendar comes later).
class ComplaintSla
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintSla)

public:
    static inline const QString SettingsKey = QStringLiteral("complaint_sla");
    static constexpr int MaxHours = 8760; // a year

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
    bool operator==(const ComplaintSla &) const = default;

    static Result<ComplaintSla> load(Database &db);
    // ManageSettings; audited (entity "settings"). Applies to complaints received or
    // re-graded from then on: existing due times stay as they were promised.
    static Status save(Database &db, const Actor &actor, const ComplaintSla &sla);

    // Sets responseDueAt and resolutionDueAt from receivedAt and severity.
    void applyDueTimes(Complaint &complaint) const;

    // Whether a due time has passed unmet at `now` (for the "overdue" marks), or was missed
    // (stays true after the complaint is resolved). A due time is met by the first response
    // (respondedAt) or by resolving (resolvedAt, cleared again by a reopen).
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
