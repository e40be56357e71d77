#include "DemoComplaints.h"

#include "DemoPhrases.h"
#include "complaints/Complaint.h"
#include "history/Interaction.h"
#include "storage/BulkLoader.h"

#include <QVariant>

#include <algorithm>

using namespace DemoRandom;

namespace {

// ComplaintSla's default policy, hours to respond and to resolve per severity (low, medium,
// high, critical). Copied rather than read from ComplaintSla: the demo writes what a fresh
// archive's policy gives.
constexpr qint64 ResponseHours[] = {24, 8, 4, 2};
constexpr qint64 ResolutionHours[] = {168, 72, 48, 24};

QString number(qint64 value)
{
    return QString::number(value);
}

} // namespace

// One complaint's state as its handling goes on, and the change rows each step writes. A step
// later than the demo's "now" has not happened: it and every step after it are left out.
struct DemoComplaints::Handling
{
    Handling(DemoComplaints &owner, DemoEvents &events, qint64 id)
        : owner(owner)
        , events(events)
        , id(id)
    { }

    DemoComplaints &owner;
    DemoEvents &events;
    qint64 id = 0;
    ComplaintStatus status = ComplaintStatus::Open;
    QString handler;
    QString response;
    QString resolution;
    QString rootCause;
    QString corrective;
    QString preventive;
    QString compensationKind;
    qint64 compensationAmount = 0;
    ComplaintConfirmation confirmation = ComplaintConfirmation::NotAsked;
    qint64 confirmedAt = 0;
    qint64 respondedAt = 0;
    qint64 resolvedAt = 0;
    qint64 closedAt = 0;
    qint64 firstResolvedAt = 0;
    bool responseMissed = false;
    bool resolutionMissed = false;
    qint64 updatedAt = 0;
    QString updatedBy;
    int version = 0;
    bool stopped = false;

    // Whether a step at `at` has happened by now; once one has not, no later one has either.
    bool reached(qint64 at)
    {
        if (at > owner.m_now)
            stopped = true;
        return !stopped;
    }
    void begin(qint64 at, const QString &by)
    {
        updatedAt = at;
        updatedBy = by;
        ++version;
    }
    void change(const QString &field,
                const QVariant &before,
                const QString &after,
                const QString &reason = {})
    {
        events.rows.emplace_back(owner.m_changeTable,
                                 QVariantList {id,
                                               events.customerId,
                                               isoTime(updatedAt),
                                               updatedBy,
                                               field,
                                               before,
                                               after,
                                               reason});
        ++owner.m_changes;
    }
    void text(const QString &field, QString &value, const QString &to)
    {
        if (value == to)
            return;
        change(field, value, to);
        value = to;
    }
    void move(ComplaintStatus to, const QString &reason = {})
    {
        change(QStringLiteral("status"), number(int(status)), number(int(to)), reason);
        status = to;
    }
};

DemoComplaints::DemoComplaints(BulkLoader &loader,
                               quint64 seed,
                               const QStringList &staff,
                               const QStringList &supervisors,
                               qint64 now,
                               qint64 firstId)
    : m_rng(seed ^ 0xC0A1A1E7C0FFEE05ULL)
    , m_staff(staff)
    , m_supervisors(supervisors.isEmpty() ? staff : supervisors)
    , m_now(now)
    , m_nextId(firstId)
{
    const DemoPhrases &p = DemoPhrases::get();
    Q_ASSERT(p.complaintReasons.size() == qsizetype(std::size(m_reasonWeights)));
    for (qsizetype r = 0; r < p.complaintReasons.size(); ++r)
        m_reasonWeights[r] = p.complaintReasons.at(r).weight;
    const auto s = [](const char *name) {
        return QString::fromLatin1(name);
    };
    m_table = loader.addTable(s("complaints"),
                              {s("id"),
                               s("customer_id"),
                               s("received_at"),
                               s("channel"),
                               s("reason"),
                               s("sub_reason"),
                               s("severity"),
                               s("description"),
                               s("purchase_id"),
                               s("request_id"),
                               s("handler"),
                               s("status"),
                               s("response"),
                               s("resolution"),
                               s("root_cause"),
                               s("corrective_action"),
                               s("preventive_action"),
                               s("compensation_kind"),
                               s("compensation_amount"),
                               s("confirmation"),
                               s("confirmed_at"),
                               s("response_due_at"),
                               s("resolution_due_at"),
                               s("responded_at"),
                               s("resolved_at"),
                               s("closed_at"),
                               s("response_missed"),
                               s("resolution_missed"),
                               s("created_at"),
                               s("created_by"),
                               s("updated_at"),
                               s("updated_by"),
                               s("version")});
    m_changeTable = loader.addTable(s("complaint_changes"),
                                    {s("complaint_id"),
                                     s("customer_id"),
                                     s("changed_at"),
                                     s("changed_by"),
                                     s("field"),
                                     s("before"),
                                     s("after"),
                                     s("reason")});
}

QStringList DemoComplaints::tables()
{
    return {QStringLiteral("complaints"), QStringLiteral("complaint_changes")};
}

void DemoComplaints::add(DemoEvents &events)
{
    const DemoPhrases &p = DemoPhrases::get();
    // About one customer in six complains (buyers more often), a few several times: some
    // 200,000 complaints in a million customers.
    if (!chance(m_rng, events.purchases.empty() ? 8 : 20))
        return;
    static const int countWeights[] = {0, 80, 15, 5};
    const int count = weighted(m_rng, countWeights);
    struct Planned
    {
        qint64 at;
        int reason;
        const DemoEvents::Purchase *bought;
        const DemoEvents::Request *request;
    };
    std::vector<Planned> planned;
    for (int i = 0; i < count; ++i) {
        const int reason = weighted(m_rng, m_reasonWeights);
        const QString &code = p.complaintReasons.at(reason).code;
        const DemoEvents::Purchase *bought = nullptr;
        const DemoEvents::Request *request = nullptr;
        const bool aboutPurchase = code == QLatin1String("product_quality")
                                   || code == QLatin1String("delivery")
                                   || code == QLatin1String("billing");
        if (code == QLatin1String("after_sales") && !events.requests.empty() && chance(m_rng, 70))
            request = &events.requests.at(
                    std::size_t(between(m_rng, 0, qint64(events.requests.size()) - 1)));
        else if (!events.purchases.empty()
                 && chance(m_rng,
                           aboutPurchase                               ? 90
                           : code == QLatin1String("after_sales")      ? 70
                           : code == QLatin1String("service_attitude") ? 30
                                                                       : 0))
            bought = &events.purchases.at(
                    std::size_t(between(m_rng, 0, qint64(events.purchases.size()) - 1)));
        // Within a month of what it is about (but not after now), or any time.
        const auto after = [&](qint64 event, qint64 low, qint64 high) {
            const qint64 room = m_now - event;
            return event + between(m_rng, std::min(low, room), std::min(high, room));
        };
        const qint64 at = bought    ? after(bought->at, Hour, 30 * Day)
                          : request ? after(request->openedAt, Day, 20 * Day)
                                    : timeBetween(m_rng, events.from, m_now);
        planned.push_back({std::max(at, events.from), reason, bought, request});
    }
    std::sort(planned.begin(), planned.end(), [](const Planned &a, const Planned &b) {
        return a.at < b.at;
    });
    for (const Planned &c : planned)
        addOne(events, c.at, c.reason, c.bought, c.request);
}

void DemoComplaints::addOne(DemoEvents &events,
                            qint64 receivedAt,
                            int reasonIndex,
                            const DemoEvents::Purchase *bought,
                            const DemoEvents::Request *request)
{
    const DemoPhrases &p = DemoPhrases::get();
    const DemoPhrases::ComplaintReason &reason = p.complaintReasons.at(reasonIndex);
    const qint64 id = m_nextId++;
    static const int severityWeights[] = {22, 48, 22, 8};
    const int severity = weighted(m_rng, severityWeights);
    static const int channelWeights[] = {45, 5, 0, 20, 15, 10, 5, 0};
    const auto channel = InteractionChannel(weighted(m_rng, channelWeights));
    const int sub = !reason.subReasons.isEmpty() && chance(m_rng, 85)
                            ? int(between(m_rng, 0, reason.subReasons.size() - 1))
                            : int(reason.subReasons.size());
    QString description = pick(m_rng, reason.descriptions.at(sub));
    if (description.contains(QLatin1String("%1"))) {
        qsizetype product = bought ? bought->product : -1;
        if (product < 0 && !events.purchases.empty())
            product = events.purchases
                              .at(std::size_t(
                                      between(m_rng, 0, qint64(events.purchases.size()) - 1)))
                              .product;
        description = description.arg(product >= 0 ? p.products.at(product).name
                                                   : pick(m_rng, p.products).name);
    }
    const qint64 responseDue = receivedAt + ResponseHours[severity] * Hour;
    const qint64 resolutionDue = receivedAt + ResolutionHours[severity] * Hour;
    const QString &receiver = pick(m_rng, m_staff);
    const QString handler = pick(m_rng, m_staff);
    const QString &supervisor = pick(m_rng, m_supervisors);

    // The complaint's row goes before its changes (foreign keys); filled in at the end.
    const std::size_t slot = events.rows.size();
    events.rows.emplace_back(m_table, QVariantList());
    Handling h(*this, events, id);
    h.begin(receivedAt, receiver);
    h.change(QStringLiteral("status"), QVariant(), number(int(ComplaintStatus::Open)));

    // Assigned within minutes (urgent ones) or hours; a few stall: left open (half of those
    // with nobody assigned) or in progress, until they are long overdue.
    const bool urgent = severity >= int(ComplaintSeverity::High);
    static const int stallWeights[] = {97, 1, 2}; // goes on, stalls open, stalls in progress
    const int stall = weighted(m_rng, stallWeights);
    const qint64 assignedAt = receivedAt
                              + (urgent ? between(m_rng, 5 * 60, Hour)
                                        : between(m_rng, 10 * 60, 6 * Hour));
    if (!(stall == 1 && chance(m_rng, 50)) && h.reached(assignedAt)) {
        h.begin(assignedAt, chance(m_rng, 60) ? supervisor : handler);
        h.text(QStringLiteral("handler"), h.handler, handler);
    }
    // A share of the time allowed until a due time.
    const auto within = [&](qint64 due, int lowPercent, int highPercent) {
        return receivedAt + (due - receivedAt) * between(m_rng, lowPercent, highPercent) / 100;
    };
    const auto resolve = [&](qint64 at) {
        h.begin(at, handler);
        const bool first = h.firstResolvedAt == 0;
        h.text(QStringLiteral("resolution"), h.resolution, pick(m_rng, reason.resolutions));
        if (first && (urgent || chance(m_rng, 30))) {
            h.text(QStringLiteral("root_cause"), h.rootCause, pick(m_rng, reason.rootCauses));
            h.text(QStringLiteral("corrective_action"),
                   h.corrective,
                   pick(m_rng, reason.correctiveActions));
            h.text(QStringLiteral("preventive_action"),
                   h.preventive,
                   pick(m_rng, p.preventiveActions));
        }
        if (first && chance(m_rng, urgent ? 50 : 25)) {
            const QString kind = pick(m_rng, reason.compensations);
            qint64 amount = 0;
            if (kind == QLatin1String("refund"))
                amount = bought && bought->amount > 0
                                 ? std::max<qint64>(1,
                                                    bought->amount * between(m_rng, 10, 100) / 100)
                                 : between(m_rng, 20, 500) * 100;
            else if (kind == QLatin1String("voucher") || kind == QLatin1String("gift"))
                amount = between(m_rng, 2, 30) * 1000;
            h.text(QStringLiteral("compensation_kind"), h.compensationKind, kind);
            if (amount > 0) {
                h.change(QStringLiteral("compensation_amount"), number(0), number(amount));
                h.compensationAmount = amount;
            }
        }
        if (h.respondedAt == 0) { // settled on the first call: that was the answer
            h.respondedAt = at;
            h.responseMissed = at > responseDue;
        }
        h.move(ComplaintStatus::Resolved);
        h.resolvedAt = at;
        if (first)
            h.firstResolvedAt = at;
        h.resolutionMissed = h.resolutionMissed || at > resolutionDue;
    };
    // By a supervisor, mostly after the customer accepted the outcome.
    const auto close = [&](qint64 at, bool confirm) {
        h.begin(at, supervisor);
        if (confirm) {
            h.change(QStringLiteral("confirmation"),
                     number(int(h.confirmation)),
                     number(int(ComplaintConfirmation::Accepted)));
            h.confirmation = ComplaintConfirmation::Accepted;
            h.confirmedAt = at;
        }
        h.move(ComplaintStatus::Closed);
        h.closedAt = at;
    };

    qint64 at = h.updatedAt;
    if (stall == 1) {
        h.stopped = true;
    } else if (!urgent && stall == 0 && chance(m_rng, 15)) { // settled on the first call
        at += between(m_rng, 5 * 60, Hour);
        if (h.reached(at))
            resolve(at);
    } else {
        // Answered: most in time, some late; then resolved, most in time.
        at = std::max(at + 5 * 60,
                      chance(m_rng, 85) ? within(responseDue, 10, 90)
                                        : within(responseDue, 105, 300));
        if (h.reached(at)) {
            h.begin(at, handler);
            h.text(QStringLiteral("response"), h.response, pick(m_rng, p.complaintResponses));
            h.move(ComplaintStatus::InProgress);
            h.respondedAt = at;
            h.responseMissed = at > responseDue;
        }
        at = std::max(at + 30 * 60,
                      chance(m_rng, 80) ? within(resolutionDue, 20, 95)
                                        : within(resolutionDue, 105, 250));
        if (stall == 0 && h.reached(at))
            resolve(at);
    }
    // Now and then the customer calls back: reopened (after it was closed, or still resolved),
    // handled again and resolved again.
    bool reopened = false;
    if (h.status == ComplaintStatus::Resolved && chance(m_rng, 4)) {
        if (chance(m_rng, 50)) {
            at += between(m_rng, Day, 3 * Day);
            if (h.reached(at))
                close(at, false);
        }
        at += between(m_rng, Day, 7 * Day);
        if (h.reached(at)) {
            h.begin(at, receiver);
            h.move(ComplaintStatus::Reopened, pick(m_rng, p.complaintReopenReasons));
            h.resolvedAt = 0;
            h.closedAt = 0;
            reopened = true;
            h.stopped = chance(m_rng, 10); // and left waiting
        }
        at += between(m_rng, Hour, Day);
        if (h.reached(at)) {
            h.begin(at, handler);
            h.move(ComplaintStatus::InProgress);
        }
        at += between(m_rng, Day, 5 * Day);
        if (h.reached(at))
            resolve(at);
    }
    // Closed after the customer's confirmation; some are left resolved.
    if (h.status == ComplaintStatus::Resolved && chance(m_rng, 92)) {
        at += between(m_rng, Day, 7 * Day);
        if (h.reached(at))
            close(at, chance(m_rng, 90));
    }

    const auto time = [](qint64 t) {
        return t > 0 ? QVariant(isoTime(t)) : QVariant();
    };
    events.rows[slot].second = QVariantList {id,
                                             events.customerId,
                                             isoTime(receivedAt),
                                             int(channel),
                                             reason.code,
                                             sub < reason.subReasons.size()
                                                     ? reason.subReasons.at(sub)
                                                     : QString(),
                                             severity,
                                             description,
                                             bought ? QVariant(bought->id) : QVariant(),
                                             request ? QVariant(request->id) : QVariant(),
                                             h.handler,
                                             int(h.status),
                                             h.response,
                                             h.resolution,
                                             h.rootCause,
                                             h.corrective,
                                             h.preventive,
                                             h.compensationKind,
                                             h.compensationAmount,
                                             int(h.confirmation),
                                             time(h.confirmedAt),
                                             isoTime(responseDue),
                                             isoTime(resolutionDue),
                                             time(h.respondedAt),
                                             time(h.resolvedAt),
                                             time(h.closedAt),
                                             h.responseMissed ? 1 : 0,
                                             h.resolutionMissed ? 1 : 0,
                                             isoTime(receivedAt),
                                             receiver,
                                             isoTime(h.updatedAt),
                                             h.updatedBy,
                                             h.version};
    ++m_complaints;
    events.complaints.push_back({id,
                                 h.firstResolvedAt,
                                 h.handler.isEmpty() ? handler : h.handler,
                                 description.left(16),
                                 reasonIndex,
                                 h.responseMissed || h.resolutionMissed,
                                 reopened});
}
