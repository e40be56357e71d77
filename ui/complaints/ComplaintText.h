#pragma once

#include "complaints/Complaint.h"
#include "history/ChoiceLists.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The words the complaint screens share: the SLA line and mark, and a complaint_changes value
// as people read it ("Resolved", "High", "¥120.00", the reason's label) instead of as stored.
class ComplaintText
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintText)

public:
    // One line about both due times: "Response due 2026/11/23 14:00 — overdue · Resolution due
    // …". alarm: something is overdue or missed (the screens show it in red, with these words).
    static QString slaLine(const Complaint &c, const QDateTime &now, bool *alarm = nullptr);
    // The short mark of a list row: "Overdue", "SLA missed" or nothing.
    static QString slaMark(const Complaint &c, const QDateTime &now);
    static QString time(const QDateTime &utc);
    // The stored text of a complaint_changes value in words; "—" for nothing.
    static QString changeValue(const QString &field,
                               const QString &value,
                               const ChoiceLabels &reasons,
                               const ChoiceLabels &compensations);
    // "Open → In progress", "received" for the first row.
    static QString change(const ComplaintChange &change,
                          const ChoiceLabels &reasons,
                          const ChoiceLabels &compensations);
    // "Product quality / Defect" (the detailed reason when there is one).
    static QString reason(const Complaint &c, const ChoiceLabels &reasons);
};
