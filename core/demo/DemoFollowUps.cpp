#include "DemoFollowUps.h"

#include "DemoPhrases.h"
#include "followups/FollowUp.h"
#include "storage/BulkLoader.h"

#include <QDate>
#include <QVariant>

#include <algorithm>

using namespace DemoRandom;

namespace {

// FollowUpRules' default delays in days, per kind (purchase, request closed, complaint
// confirmation, complaint check, birthday), and its default number of unanswered calls before a
// follow-up is marked unreachable. Copied: the demo plans as a fresh archive's rules would.
constexpr qint64 DelayDays[] = {3, 7, 1, 30, 0};
constexpr int MaxAttempts = 3;
// Julian day of 1970-01-01: QDate and DemoRandom's day numbers meet here.
constexpr qint64 EpochJulianDay = 2440588;

const QString &ruleOf(DemoFollowUps::Kind kind)
{
    static const QString rules[] = {FollowUpRule::AfterPurchase,
                                    FollowUpRule::AfterRequestClosed,
                                    FollowUpRule::ComplaintConfirm,
                                    FollowUpRule::ComplaintCheck,
                                    FollowUpRule::Birthday};
    return rules[kind];
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

DemoFollowUps::DemoFollowUps(BulkLoader &loader,
                             quint64 seed,
                             const QStringList &staff,
                             qint64 now,
                             qint64 offsetSeconds)
    : m_rng(seed ^ 0xF011C0B5A715FAC7ULL)
    , m_staff(staff)
    , m_now(now)
    , m_offset(offsetSeconds)
    , m_today(dayOf(now, offsetSeconds))
{
    const auto s = [](const char *name) {
        return QString::fromLatin1(name);
    };
    m_table = loader.addTable(s("follow_ups"),
                              {s("customer_id"),  s("purchase_id"), s("request_id"),
                               s("complaint_id"), s("rule"),        s("source_id"),
                               s("purpose"),      s("due_on"),      s("assignee"),
                               s("status"),       s("attempts"),    s("done_at"),
                               s("done_by"),      s("outcome"),     s("notes"),
                               s("csat"),         s("nps"),         s("rated_staff"),
                               s("created_at"),   s("created_by"),  s("updated_at"),
                               s("updated_by"),   s("version")});
}

QStringList DemoFollowUps::tables()
{
    return {QStringLiteral("follow_ups")};
}

void DemoFollowUps::add(DemoEvents &events)
{
    const DemoPhrases &p = DemoPhrases::get();
    std::vector<Source> sources;
    for (const DemoEvents::Purchase &b : events.purchases) {
        if (b.amount < PurchaseThreshold)
            continue;
        sources.push_back({Purchase,
                           b.at,
                           dayOf(b.at, m_offset) + DelayDays[Purchase],
                           b.id,
                           b.id,
                           0,
                           0,
                           b.seller,
                           b.seller,
                           p.followUpPurposes.at(Purchase).arg(p.products.at(b.product).name)});
    }
    for (const DemoEvents::Request &r : events.requests) {
        if (!r.closed)
            continue;
        sources.push_back({Request,
                           r.closedAt,
                           dayOf(r.closedAt, m_offset) + DelayDays[Request],
                           r.id,
                           0,
                           r.id,
                           0,
                           r.owner,
                           r.closedBy,
                           p.followUpPurposes.at(Request).arg(r.title)});
    }
    for (const DemoEvents::Complaint &c : events.complaints) {
        if (c.resolvedAt == 0)
            continue;
        for (const Kind kind : {ComplaintConfirm, ComplaintCheck}) {
            Source s {kind,
                      c.resolvedAt,
                      dayOf(c.resolvedAt, m_offset) + DelayDays[kind],
                      c.id,
                      0,
                      0,
                      c.id,
                      c.handler,
                      c.handler,
                      p.followUpPurposes.at(kind).arg(c.summary)};
            s.troubled = c.missed || c.reopened;
            sources.push_back(s);
        }
    }
    // Greetings are planned on the day itself (the rule's default): the last month's, today's.
    if (events.birthdayMonth > 0) {
        const QDate today = QDate::fromJulianDay(m_today + EpochJulianDay);
        for (int year = today.year() - 1; year <= today.year(); ++year) {
            const qint64 day = QDate(year, int(events.birthdayMonth), int(events.birthdayDay))
                                       .toJulianDay()
                               - EpochJulianDay;
            if (day < m_today - 30 || day > m_today || day < dayOf(events.from, m_offset))
                continue;
            const QString &assignee = pick(m_rng, m_staff);
            sources.push_back({Birthday,
                               std::clamp(day * Day - m_offset + Hour, events.from, m_now),
                               day,
                               year,
                               0,
                               0,
                               0,
                               assignee,
                               assignee,
                               p.followUpPurposes.at(Birthday)});
        }
    }
    std::stable_sort(sources.begin(), sources.end(), [](const Source &a, const Source &b) {
        return a.eventAt < b.eventAt;
    });
    for (const Source &s : sources)
        addOne(events, s);
}

int DemoFollowUps::csat(const Source &source)
{
    static const int purchase[] = {2, 3, 10, 35, 50};
    static const int request[] = {3, 5, 12, 35, 45};
    static const int troubledConfirm[] = {12, 15, 25, 28, 20};
    static const int troubledCheck[] = {8, 10, 22, 32, 28};
    static const int check[] = {2, 4, 10, 36, 48};
    switch (source.kind) {
    case Purchase:
        return 1 + weighted(m_rng, purchase);
    case ComplaintConfirm:
        return 1 + (source.troubled ? weighted(m_rng, troubledConfirm) : weighted(m_rng, request));
    case ComplaintCheck:
        return 1 + (source.troubled ? weighted(m_rng, troubledCheck) : weighted(m_rng, check));
    case Request:
    case Birthday:
        break;
    }
    return 1 + weighted(m_rng, request);
}

// Customers who are satisfied tend to recommend.
int DemoFollowUps::nps(int csat)
{
    static const int five[] = {15, 35, 50}; // 8..10
    static const int four[] = {15, 35, 35, 15}; // 6..9
    if (csat == 5)
        return 8 + weighted(m_rng, five);
    if (csat == 4)
        return 6 + weighted(m_rng, four);
    if (csat == 3)
        return int(between(m_rng, 4, 8));
    return int(between(m_rng, 0, 5));
}

void DemoFollowUps::addOne(DemoEvents &events, const Source &source)
{
    const DemoPhrases &p = DemoPhrases::get();
    // A time on a local day, in business hours (09:00-20:00), never after now.
    const auto onDay = [&](qint64 day) {
        const qint64 at = day * Day - m_offset + between(m_rng, 9 * Hour, 20 * Hour);
        return std::clamp(at, std::min(source.eventAt + 60, m_now), m_now);
    };
    FollowUpStatus status = FollowUpStatus::Planned;
    int attempts = 0;
    qint64 dueDay = source.dueDay;
    const qint64 age = m_today - dueDay;
    if (age == 0) {
        status = chance(m_rng, 20) ? FollowUpStatus::Done : FollowUpStatus::Planned;
    } else if (age > 0 && (age > 14 || !chance(m_rng, 35))) {
        static const int finalWeights[] = {80, 8, 12}; // done, unreachable, cancelled
        status = FollowUpStatus(1 + weighted(m_rng, finalWeights));
    } else if (age > 0) {
        attempts = int(between(m_rng, 0, MaxAttempts - 1)); // still trying: overdue
    }
    qint64 doneAt = 0;
    QString doneBy;
    QString outcome;
    QString notes;
    int csat = 0;
    int nps = -1;
    QString rated;
    qint64 updatedAt = source.eventAt;
    QString updatedBy = source.createdBy;
    switch (status) {
    case FollowUpStatus::Planned:
        if (attempts > 0) { // each unanswered call moved it on a day
            updatedAt = onDay(dueDay + attempts - 1);
            updatedBy = source.assignee;
            dueDay += attempts;
        }
        break;
    case FollowUpStatus::Done: {
        static const int attemptWeights[] = {80, 15, 5};
        attempts = age > 0 ? weighted(m_rng, attemptWeights) : 0;
        dueDay += attempts;
        doneAt = onDay(std::min(m_today, dueDay + (chance(m_rng, 20) ? 1 : 0)));
        doneBy = chance(m_rng, 90) ? source.assignee : pick(m_rng, m_staff);
        if (source.kind != Birthday && chance(m_rng, 85)) {
            csat = this->csat(source);
            if (source.kind == Purchase || source.kind == ComplaintCheck)
                if (chance(m_rng, 40))
                    nps = this->nps(csat);
            rated = source.assignee;
            ++m_scores;
        }
        // The last outcome of a complaint's confirmation is the unhappy one.
        const QList<QString> &outcomes = p.followUpOutcomes.at(source.kind);
        if (source.kind != ComplaintConfirm)
            outcome = pick(m_rng, outcomes);
        else if (csat > 0 && csat <= 2)
            outcome = outcomes.last();
        else
            outcome = outcomes.at(between(m_rng, 0, outcomes.size() - 2));
        if (chance(m_rng, 10))
            notes = pick(m_rng, p.followUpNotes);
        updatedAt = doneAt;
        updatedBy = doneBy;
        break;
    }
    case FollowUpStatus::Unreachable:
        attempts = MaxAttempts;
        dueDay += MaxAttempts - 1; // the day of the last call
        doneAt = onDay(std::min(m_today, dueDay));
        doneBy = source.assignee;
        outcome = p.unreachableOutcome;
        updatedAt = doneAt;
        updatedBy = doneBy;
        break;
    case FollowUpStatus::Cancelled:
        notes = p.cancelledNote;
        updatedAt = onDay(std::min(m_today, dueDay));
        updatedBy = source.assignee;
        break;
    }
    const int version = 1 + attempts + (status == FollowUpStatus::Planned ? 0 : 1);
    events.rows.emplace_back(m_table,
                             QVariantList {events.customerId,
                                           idOrNull(source.purchaseId),
                                           idOrNull(source.requestId),
                                           idOrNull(source.complaintId),
                                           ruleOf(source.kind),
                                           source.sourceId,
                                           source.purpose,
                                           isoDate(dueDay),
                                           source.assignee,
                                           int(status),
                                           attempts,
                                           doneAt > 0 ? QVariant(isoTime(doneAt)) : QVariant(),
                                           doneBy,
                                           outcome,
                                           notes,
                                           csat > 0 ? QVariant(csat) : QVariant(),
                                           nps >= 0 ? QVariant(nps) : QVariant(),
                                           rated,
                                           isoTime(source.eventAt),
                                           source.createdBy,
                                           isoTime(updatedAt),
                                           updatedBy,
                                           version});
    ++m_followUps;
}
