#include "DemoHistory.h"

#include "DemoComplaints.h"
#include "DemoFollowUps.h"
#include "DemoPhrases.h"
#include "DemoRandom.h"
#include "history/Interaction.h"
#include "history/ServiceRequest.h"
#include "storage/BulkLoader.h"

#include <QVariant>

#include <algorithm>
#include <vector>

using namespace DemoRandom;

namespace {

QDate localDate(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::LocalTime).date();
}

} // namespace

DemoHistory::DemoHistory(BulkLoader &loader,
                         quint64 seed,
                         const QStringList &staff,
                         const QStringList &supervisors,
                         const QDateTime &now,
                         const FirstIds &firstIds)
    : m_loader(loader)
    // Its own stream: the customers of a seed stay the ones it gave before there was history.
    , m_rng(seed ^ 0x5EB1CE0F4157081DULL)
    , m_staff(staff)
    , m_now(now.toSecsSinceEpoch())
    , m_nextPurchaseId(firstIds.purchase)
    , m_nextRequestId(firstIds.request)
{
    Q_ASSERT(!m_staff.isEmpty());
    const auto s = [](const char *name) {
        return QString::fromLatin1(name);
    };
    m_purchases = loader.addTable(s("purchases"),
                                  {s("id"),
                                   s("customer_id"),
                                   s("purchased_at"),
                                   s("product"),
                                   s("category"),
                                   s("quantity"),
                                   s("unit_price"),
                                   s("amount"),
                                   s("refunded"),
                                   s("payment_method"),
                                   s("channel"),
                                   s("notes"),
                                   s("created_at"),
                                   s("created_by"),
                                   s("updated_at"),
                                   s("updated_by"),
                                   s("version")});
    m_returns = loader.addTable(s("purchase_returns"),
                                {s("purchase_id"),
                                 s("customer_id"),
                                 s("returned_at"),
                                 s("reason"),
                                 s("refunded"),
                                 s("notes"),
                                 s("created_at"),
                                 s("created_by")});
    m_interactions = loader.addTable(s("interactions"),
                                     {s("customer_id"),
                                      s("occurred_at"),
                                      s("channel"),
                                      s("direction"),
                                      s("type"),
                                      s("summary"),
                                      s("result"),
                                      s("staff"),
                                      s("duration_seconds"),
                                      s("created_at"),
                                      s("created_by")});
    m_requests = loader.addTable(s("service_requests"),
                                 {s("id"),
                                  s("customer_id"),
                                  s("title"),
                                  s("description"),
                                  s("priority"),
                                  s("owner"),
                                  s("due_on"),
                                  s("stage"),
                                  s("cancel_reason"),
                                  s("plan_content"),
                                  s("plan_schedule"),
                                  s("plan_budget"),
                                  s("opened_at"),
                                  s("closed_at"),
                                  s("created_at"),
                                  s("created_by"),
                                  s("updated_at"),
                                  s("updated_by"),
                                  s("version")});
    m_moves = loader.addTable(s("request_stage_moves"),
                              {s("request_id"),
                               s("customer_id"),
                               s("moved_at"),
                               s("moved_by"),
                               s("from_stage"),
                               s("to_stage"),
                               s("reason")});
    // Added after the tables they refer to: PostgreSQL's COPY sends parents first.
    m_complaints = std::make_unique<DemoComplaints>(loader,
                                                    seed,
                                                    staff,
                                                    supervisors,
                                                    m_now,
                                                    firstIds.complaint);
    m_followUps = std::make_unique<DemoFollowUps>(loader,
                                                  seed,
                                                  staff,
                                                  m_now,
                                                  now.toLocalTime().offsetFromUtc());
}

DemoHistory::~DemoHistory() = default;

QStringList DemoHistory::tables()
{
    return QStringList {QStringLiteral("purchases"),
                        QStringLiteral("purchase_returns"),
                        QStringLiteral("interactions"),
                        QStringLiteral("service_requests"),
                        QStringLiteral("request_stage_moves")}
           + DemoComplaints::tables() + DemoFollowUps::tables();
}

DemoHistory::Counts DemoHistory::counts() const
{
    Counts c = m_counts;
    c.complaints = m_complaints->complaints();
    c.complaintChanges = m_complaints->changes();
    c.followUps = m_followUps->followUps();
    c.scores = m_followUps->scores();
    return c;
}

qint64 DemoHistory::lastComplaintId() const
{
    return m_complaints->lastId();
}

const QString &DemoHistory::staff()
{
    return pick(m_rng, m_staff);
}

const QString &DemoHistory::productName()
{
    const QList<DemoPhrases::Product> &products = DemoPhrases::get().products;
    if (!m_bought.empty() && chance(m_rng, 75))
        return products.at(m_bought.at(std::size_t(between(m_rng, 0, qint64(m_bought.size()) - 1))))
                .name;
    return pick(m_rng, products).name;
}

qint64 DemoHistory::timeBetween(qint64 from, qint64 to)
{
    return DemoRandom::timeBetween(m_rng, from, to);
}

Status DemoHistory::add(qint64 customerId,
                        bool organization,
                        const QDateTime &createdAt,
                        const QDate &birthday)
{
    const qint64 from = std::min(createdAt.toSecsSinceEpoch(), m_now);
    m_events.clear();
    m_events.customerId = customerId;
    m_events.from = from;
    if (birthday.isValid()) {
        m_events.birthdayMonth = birthday.month();
        m_events.birthdayDay = birthday.day();
    }
    // Skewed: many customers buy never or once or twice, a few loyal ones up to eight times.
    static const int purchaseWeights[] = {35, 25, 16, 9, 5, 3, 3, 2, 2};
    const int purchases = weighted(m_rng, purchaseWeights);
    m_bought.clear();
    m_facts = {};
    if (Status s = addPurchases(customerId, organization, from, purchases); !s)
        return s;
    const bool request = chance(m_rng, 10);
    // About five on average: loyal customers and those with a request are in touch more often.
    const int interactions = int(between(m_rng, 0, 6)) + purchases + (chance(m_rng, 15) ? 2 : 0)
                             + (request ? 1 : 0);
    if (Status s = addInteractions(customerId, from, interactions); !s)
        return s;
    if (request) {
        if (Status s = addRequest(customerId, from); !s)
            return s;
        if (chance(m_rng, 12))
            if (Status s = addRequest(customerId, from); !s)
                return s;
    }
    m_complaints->add(m_events);
    m_followUps->add(m_events);
    return Done {};
}

Status DemoHistory::addPurchases(qint64 customerId, bool organization, qint64 from, int count)
{
    const DemoPhrases &p = DemoPhrases::get();
    std::vector<qint64> times(std::size_t(count), 0);
    for (qint64 &t : times)
        t = timeBetween(from, m_now);
    std::sort(times.begin(), times.end());
    for (const qint64 at : times) {
        const qsizetype productIndex = qsizetype(between(m_rng, 0, p.products.size() - 1));
        const DemoPhrases::Product &product = p.products.at(productIndex);
        m_bought.push_back(productIndex);
        // Prices like 2,599.00 or 89.90.
        qint64 unitPrice = between(m_rng, product.lowYuan, product.highYuan) * 100;
        unitPrice = unitPrice >= 100000 ? unitPrice / 10000 * 10000 + 9900
                                        : unitPrice / 1000 * 1000 + 990;
        qint64 quantity = chance(m_rng, 70) ? 1 : between(m_rng, 1, product.maxQuantity);
        if (organization && chance(m_rng, 50))
            quantity *= between(m_rng, 2, 20); // a company buying for its staff
        qint64 amount = quantity * unitPrice;
        if (chance(m_rng, 25)) {
            static const int percents[] = {95, 90, 88, 85, 80};
            amount = amount * percents[between(m_rng, 0, 4)] / 100; // a discount
        } else if (chance(m_rng, 8)) {
            amount = std::max<qint64>(0, amount - between(m_rng, 1, 10) * 1000); // a coupon
        }
        // Where and how it was paid.
        static const int channelWeights[] = {30, 12, 20, 20, 18}; // store, web, Tmall, JD, mini
        const int channel = weighted(m_rng, channelWeights);
        QString payment;
        if (organization && chance(m_rng, 60)) {
            payment = p.payments.at(4); // transfer
        } else if (channel == 0) {
            static const int store[] = {15, 18, 33, 28, 0, 6};
            payment = p.payments.at(weighted(m_rng, store));
        } else if (channel == 4) {
            payment = p.payments.at(2); // the WeChat mini program pays with WeChat Pay
        } else {
            static const int online[] = {0, 10, 42, 45, 1, 2};
            payment = p.payments.at(weighted(m_rng, online));
        }
        const qint64 id = m_nextPurchaseId++;
        const QString &by = staff();
        const QString when = isoTime(at);

        // Its returns first: the purchase row carries their sum.
        struct Return
        {
            qint64 at;
            qint64 refunded;
        };
        std::vector<Return> returns;
        if (chance(m_rng, 5) && amount > 0 && at + Day < m_now) {
            const qint64 returnedAt = timeBetween(at + Day, std::min(m_now, at + 20 * Day));
            qint64 refunded = amount;
            if (quantity > 1 && chance(m_rng, 40))
                refunded = amount * between(m_rng, 1, quantity - 1) / quantity;
            else if (chance(m_rng, 20))
                refunded = amount * between(m_rng, 10, 50) / 100; // a price adjustment
            returns.push_back({returnedAt, refunded});
            if (refunded < amount && returnedAt + Day < m_now && chance(m_rng, 15))
                returns.push_back({timeBetween(returnedAt + Day, m_now),
                                   between(m_rng, 1, amount - refunded)});
        }
        qint64 refundedTotal = 0;
        for (const Return &r : returns)
            refundedTotal += r.refunded;
        // Times come in order: the first purchase is seen first, the last one last.
        const QDate day = localDate(at);
        if (m_facts.purchases++ == 0)
            m_facts.firstPurchase = day;
        m_facts.lastPurchase = day;
        m_facts.netSpend += amount - refundedTotal;
        m_events.purchases.push_back({id, at, amount, by, productIndex});

        Status s = put(m_purchases,
                       {id,
                        customerId,
                        when,
                        product.name,
                        p.categories.at(product.category),
                        quantity,
                        unitPrice,
                        amount,
                        refundedTotal,
                        payment,
                        p.channels.at(channel),
                        chance(m_rng, 12) ? pick(m_rng, p.purchaseNotes) : QString(),
                        when,
                        by,
                        when,
                        by,
                        1});
        ++m_counts.purchases;
        for (const Return &r : returns) {
            if (!s)
                break;
            static const int reasonWeights[] = {30, 10, 12, 18, 25, 5};
            const int reason = weighted(m_rng, reasonWeights);
            const QString returnedAt = isoTime(r.at);
            s = put(m_returns,
                    {id,
                     customerId,
                     returnedAt,
                     p.returnReasons.at(reason),
                     r.refunded,
                     chance(m_rng, 60) ? pick(m_rng, p.returnNotes.at(reason)) : QString(),
                     returnedAt,
                     staff()});
            ++m_counts.returns;
        }
        if (!s)
            return s;
    }
    return Done {};
}

Status DemoHistory::addInteractions(qint64 customerId, qint64 from, int count)
{
    const DemoPhrases &p = DemoPhrases::get();
    std::vector<qint64> times(std::size_t(count), 0);
    for (qint64 &t : times)
        t = timeBetween(from, m_now);
    std::sort(times.begin(), times.end());
    if (!times.empty())
        m_facts.lastContact = localDate(times.back());
    for (const qint64 at : times) {
        static const int typeWeights[] = {30, 12, 6, 10, 4, 22, 12, 4};
        const auto type = InteractionType(weighted(m_rng, typeWeights));
        InteractionChannel channel;
        if (type == InteractionType::Marketing) {
            static const InteractionChannel marketing[] = {InteractionChannel::Sms,
                                                           InteractionChannel::WeChat,
                                                           InteractionChannel::Email,
                                                           InteractionChannel::Phone,
                                                           InteractionChannel::SocialMedia};
            static const int weights[] = {30, 35, 20, 10, 5};
            channel = marketing[weighted(m_rng, weights)];
        } else {
            static const int weights[] = {35, 8, 4, 25, 12, 10, 3, 3};
            channel = InteractionChannel(weighted(m_rng, weights));
        }
        InteractionDirection direction = InteractionDirection::Inbound;
        if (type == InteractionType::FollowUp || type == InteractionType::Marketing
            || (type == InteractionType::TrainingEvent && chance(m_rng, 70)) || chance(m_rng, 10))
            direction = InteractionDirection::Outbound;
        qint64 duration = 0;
        switch (channel) {
        case InteractionChannel::Phone:
            duration = between(m_rng, 30, 600)
                       + (chance(m_rng, 20) ? between(m_rng, 300, 1500) : 0);
            break;
        case InteractionChannel::WeChat:
            duration = between(m_rng, 60, 900);
            break;
        case InteractionChannel::OnlineChat:
            duration = between(m_rng, 120, 1500);
            break;
        case InteractionChannel::Visit:
            duration = between(m_rng, 600, 3600);
            break;
        case InteractionChannel::SocialMedia:
        case InteractionChannel::Other:
            duration = between(m_rng, 0, 300);
            break;
        case InteractionChannel::Email:
        case InteractionChannel::Sms:
            break;
        }
        const qsizetype t = qsizetype(type);
        QString summary = pick(m_rng, p.summaries.at(t));
        if (summary.contains(QLatin1String("%1")))
            summary = summary.arg(productName());
        const QString &staff = this->staff();
        const QString when = isoTime(at);
        if (Status s = put(m_interactions,
                           {customerId,
                            when,
                            int(channel),
                            int(direction),
                            int(type),
                            summary,
                            chance(m_rng, 90) ? pick(m_rng, p.results.at(t)) : QString(),
                            staff,
                            duration,
                            when,
                            staff});
            !s)
            return s;
        ++m_counts.interactions;
    }
    return Done {};
}

Status DemoHistory::addRequest(qint64 customerId, qint64 from)
{
    const DemoPhrases &p = DemoPhrases::get();
    struct Step
    {
        RequestStage to;
        QString reason;
    };
    // The path through the service process, the opening first.
    std::vector<Step> path {{RequestStage::Contact, {}}};
    auto go = [&](RequestStage to, const QString &reason = {}) {
        path.push_back({to, reason});
    };
    static const int outcomeWeights[] = {68, 7, 25}; // closed, cancelled, still open
    const int outcome = weighted(m_rng, outcomeWeights);
    const int reach = outcome == 0 ? 4 : int(between(m_rng, 0, outcome == 1 ? 3 : 4));
    if (reach >= 1 && (reach == 1 || !chance(m_rng, 15))) // needs analysis may be skipped
        go(RequestStage::NeedsAnalysis);
    if (reach >= 2)
        go(RequestStage::Plan);
    if (reach >= 3) {
        go(RequestStage::Execution);
        if (chance(m_rng, 6)) { // sent back to planning, then on again
            go(RequestStage::Plan, pick(m_rng, p.backReasons));
            go(RequestStage::Execution);
        }
    }
    if (reach >= 4 && (outcome != 0 || !chance(m_rng, 10))) // after-sales may be skipped
        go(RequestStage::AfterSales);
    if (outcome == 0) {
        go(RequestStage::Closed);
        if (chance(m_rng, 3)) { // reopened
            go(RequestStage::AfterSales, pick(m_rng, p.reopenReasons));
            go(RequestStage::Closed);
        }
    } else if (outcome == 1) {
        go(RequestStage::Cancelled, pick(m_rng, p.cancelReasons));
    }

    // Time spent in a stage before the next move.
    auto stay = [&](RequestStage stage) -> qint64 {
        switch (stage) {
        case RequestStage::Contact:
            return between(m_rng, 600, 2 * Day);
        case RequestStage::NeedsAnalysis:
            return between(m_rng, Day / 2, 5 * Day);
        case RequestStage::Plan:
            return between(m_rng, Day, 7 * Day);
        case RequestStage::Execution:
            return between(m_rng, 2 * Day, 14 * Day);
        case RequestStage::AfterSales:
            return between(m_rng, 3 * Day, 20 * Day);
        case RequestStage::Closed:
            return between(m_rng, 5 * Day, 30 * Day);
        case RequestStage::Cancelled:
            break;
        }
        return 0;
    };
    std::vector<qint64> offsets {0};
    for (std::size_t i = 1; i < path.size(); ++i)
        offsets.push_back(offsets.back() + stay(path.at(i - 1).to));
    const bool open = outcome == 2;
    // An open request has been in its stage for a while up to now.
    qint64 span = offsets.back() + (open ? between(m_rng, 0, stay(path.back().to)) : 0);
    const qint64 available = std::max<qint64>(0, m_now - from);
    if (span > available) { // a recent customer: the same steps, faster
        for (qint64 &o : offsets)
            o = available > 0 ? qint64(double(o) * double(available) / double(span)) : 0;
        span = available;
    }
    const qint64 openedAt = open ? m_now - span : from + between(m_rng, 0, available - span);

    const qint64 id = m_nextRequestId++;
    const QString &owner = staff();
    QString title = pick(m_rng, p.requestTitles);
    if (title.contains(QLatin1String("%1")))
        title = title.arg(productName());
    const Step &last = path.back();
    const bool planned = std::any_of(path.cbegin(), path.cend(), [](const Step &s) {
        return s.to >= RequestStage::Plan && s.to <= RequestStage::Closed;
    });
    const bool ended = last.to == RequestStage::Closed || last.to == RequestStage::Cancelled;
    static const int priorityWeights[] = {15, 55, 22, 8};
    const QString lastAt = isoTime(openedAt + offsets.back());
    QString lastBy = owner;

    // The moves first (their last mover is the request's updated_by), then the request: the
    // loader sends parents first anyway.
    std::vector<QVariantList> moves;
    moves.reserve(path.size());
    for (std::size_t i = 0; i < path.size(); ++i) {
        lastBy = chance(m_rng, 80) ? owner : staff();
        moves.push_back({id,
                         customerId,
                         isoTime(openedAt + offsets.at(i)),
                         lastBy,
                         i == 0 ? QVariant() : QVariant(int(path.at(i - 1).to)),
                         int(path.at(i).to),
                         path.at(i).reason});
    }
    m_events.requests.push_back({id,
                                 openedAt,
                                 ended ? openedAt + offsets.back() : 0,
                                 last.to == RequestStage::Closed,
                                 owner,
                                 lastBy,
                                 title});
    const QString opened = isoTime(openedAt);
    Status s = put(m_requests,
                   {id,
                    customerId,
                    title,
                    chance(m_rng, 85) ? pick(m_rng, p.requestDescriptions) : QString(),
                    weighted(m_rng, priorityWeights),
                    owner,
                    isoTime(openedAt + between(m_rng, 7, 45) * Day, true),
                    int(last.to),
                    last.to == RequestStage::Cancelled ? last.reason : QString(),
                    planned ? pick(m_rng, p.planContents) : QString(),
                    planned ? pick(m_rng, p.planSchedules) : QString(),
                    planned ? between(m_rng, 50, 20000) * 100 : 0,
                    opened,
                    ended ? QVariant(lastAt) : QVariant(),
                    opened,
                    moves.front().at(3),
                    lastAt,
                    lastBy,
                    qint64(path.size())});
    ++m_counts.requests;
    for (const QVariantList &move : moves) {
        if (!s)
            break;
        s = put(m_moves, move);
        ++m_counts.moves;
    }
    return s;
}

Status DemoHistory::put(int table, QVariantList values)
{
    m_events.rows.emplace_back(table, std::move(values));
    return Done {};
}

Status DemoHistory::write()
{
    for (auto &[table, values] : m_events.rows)
        if (Status s = m_loader.add(table, values); !s)
            return s;
    m_events.rows.clear();
    return Done {};
}
