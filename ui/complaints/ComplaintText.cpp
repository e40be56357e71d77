#include "ComplaintText.h"

#include "complaints/ComplaintLabels.h"
#include "complaints/ComplaintSla.h"
#include "history/HistoryLabels.h"
#include "storage/StoredTime.h"

#include <QLocale>

QString ComplaintText::time(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString ComplaintText::slaLine(const Complaint &c, const QDateTime &now, bool *alarm)
{
    bool bad = false;
    QStringList parts;
    if (c.respondedAt.isValid()) {
        parts.append(c.responseMissed
                             ? tr("Responded %1 — response time missed").arg(time(c.respondedAt))
                             : tr("Responded %1").arg(time(c.respondedAt)));
        bad = bad || c.responseMissed;
    } else if (c.responseDueAt.isValid()) {
        const bool late = ComplaintSla::responseOverdue(c, now);
        parts.append(late ? tr("Response due %1 — overdue").arg(time(c.responseDueAt))
                          : tr("Response due %1").arg(time(c.responseDueAt)));
        bad = bad || late;
    }
    if (c.resolvedAt.isValid()) {
        parts.append(c.resolutionMissed
                             ? tr("Resolved %1 — resolution time missed").arg(time(c.resolvedAt))
                             : tr("Resolved %1").arg(time(c.resolvedAt)));
        bad = bad || c.resolutionMissed;
    } else if (c.resolutionDueAt.isValid()) {
        const bool late = ComplaintSla::resolutionOverdue(c, now);
        QString part = late ? tr("Resolution due %1 — overdue").arg(time(c.resolutionDueAt))
                            : tr("Resolution due %1").arg(time(c.resolutionDueAt));
        // Missed before a reopen: it stays missed.
        if (!late && c.resolutionMissed)
            part = tr("Resolution due %1 — missed before the reopen").arg(time(c.resolutionDueAt));
        parts.append(part);
        bad = bad || late || c.resolutionMissed;
    }
    if (alarm)
        *alarm = bad;
    return parts.join(QStringLiteral(" · "));
}

QString ComplaintText::slaMark(const Complaint &c, const QDateTime &now)
{
    if (!c.isSettled() && ComplaintSla::overdue(c, now))
        return tr("Overdue");
    if (ComplaintSla::missed(c))
        return tr("SLA missed");
    return {};
}

QString ComplaintText::changeValue(const QString &field,
                                   const QString &value,
                                   const ChoiceLabels &reasons,
                                   const ChoiceLabels &compensations)
{
    if (value.isEmpty())
        return QStringLiteral("—");
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    if (field == QLatin1String("status") && isNumber)
        return ComplaintLabels::status(ComplaintStatus(number));
    if (field == QLatin1String("severity") && isNumber)
        return ComplaintLabels::severity(ComplaintSeverity(number));
    if (field == QLatin1String("confirmation") && isNumber)
        return ComplaintLabels::confirmation(ComplaintConfirmation(number));
    if (field == QLatin1String("channel") && isNumber)
        return HistoryLabels::channel(InteractionChannel(number));
    if (field == QLatin1String("reason") || field == QLatin1String("sub_reason"))
        return reasons.label(value);
    if (field == QLatin1String("compensation_kind"))
        return compensations.label(value);
    if (field == QLatin1String("compensation_amount")) {
        const qint64 amount = value.toLongLong(&isNumber);
        return isNumber ? HistoryLabels::money(amount) : value;
    }
    if (field == QLatin1String("purchase_id") || field == QLatin1String("request_id"))
        return value == QLatin1String("0") ? QStringLiteral("—") : tr("No. %1").arg(value);
    if (field == QLatin1String("received_at") || field == QLatin1String("confirmed_at")) {
        const QDateTime t = StoredTime::toDateTime(value);
        return t.isValid() ? time(t) : value;
    }
    // Free text in one line of the list.
    QString line = value.simplified();
    if (line.size() > 80)
        line = line.left(79) + QChar(0x2026);
    return line;
}

QString ComplaintText::change(const ComplaintChange &change,
                              const ChoiceLabels &reasons,
                              const ChoiceLabels &compensations)
{
    if (change.field == QLatin1String("status") && change.before.isNull())
        return tr("Received (%1)")
                .arg(changeValue(change.field, change.after, reasons, compensations));
    QString text = tr("%1 → %2")
                           .arg(changeValue(change.field, change.before, reasons, compensations),
                                changeValue(change.field, change.after, reasons, compensations));
    if (!change.reason.isEmpty())
        text = tr("%1 (reason: %2)").arg(text, change.reason.simplified());
    return text;
}

QString ComplaintText::reason(const Complaint &c, const ChoiceLabels &reasons)
{
    const QString first = reasons.label(c.reason);
    return c.subReason.isEmpty() ? first : tr("%1 / %2").arg(first, reasons.label(c.subReason));
}
