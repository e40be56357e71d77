#include "FollowUpLinks.h"

#include "history/HistoryLabels.h"
#include "history/PurchaseRepository.h"
#include "history/ServiceRequestRepository.h"
#include "history/Timeline.h"

#include <QLocale>

namespace {

QString purchaseText(const Purchase &p)
{
    return FollowUpLinks::tr("Purchase of %1: %2 ×%3, %4")
            .arg(QLocale().toString(p.purchasedAt.toLocalTime().date(), QLocale::ShortFormat),
                 p.product)
            .arg(p.quantity)
            .arg(HistoryLabels::money(p.amount));
}

QString requestText(const ServiceRequest &r)
{
    return FollowUpLinks::tr("Service request of %1: %2 (%3)")
            .arg(QLocale().toString(r.openedAt.toLocalTime().date(), QLocale::ShortFormat),
                 r.title,
                 HistoryLabels::stage(r.stage));
}

QString complaintText(const TimelineEntry &e)
{
    const QString day = QLocale().toString(e.at.toLocalTime().date(), QLocale::ShortFormat);
    return e.detail.isEmpty() ? FollowUpLinks::tr("%1 of %2").arg(e.title, day)
                              : FollowUpLinks::tr("%1 of %2 — %3").arg(e.title, day, e.detail);
}

} // namespace

FollowUpLinks::FollowUpLinks(Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{ }

FollowUpLinks::Kind FollowUpLinks::kindOf(const FollowUp &f)
{
    if (f.complaintId)
        return Kind::Complaint;
    if (f.requestId)
        return Kind::Request;
    if (f.purchaseId)
        return Kind::Purchase;
    return Kind::None;
}

qint64 FollowUpLinks::idOf(const FollowUp &f)
{
    return f.complaintId ? f.complaintId : f.requestId ? f.requestId : f.purchaseId;
}

void FollowUpLinks::apply(FollowUp &f, const Choice &choice)
{
    f.purchaseId = choice.kind == Kind::Purchase ? choice.id : 0;
    f.requestId = choice.kind == Kind::Request ? choice.id : 0;
    f.complaintId = choice.kind == Kind::Complaint ? choice.id : 0;
}

QString FollowUpLinks::describe(const FollowUp &f) const
{
    switch (kindOf(f)) {
    case Kind::None:
        return {};
    case Kind::Purchase:
        return purchase(f.purchaseId);
    case Kind::Request:
        return request(f.requestId);
    case Kind::Complaint:
        return complaint(f.customerId, f.complaintId);
    }
    return {};
}

QString FollowUpLinks::purchase(qint64 id) const
{
    const Result<Purchase> p = PurchaseRepository(m_db).get(m_actor, id);
    return p ? purchaseText(*p)
             : tr("The linked purchase cannot be shown: %1").arg(p.error().message);
}

QString FollowUpLinks::request(qint64 id) const
{
    const Result<ServiceRequest> r = ServiceRequestRepository(m_db).get(m_actor, id);
    return r ? requestText(*r)
             : tr("The linked service request cannot be shown: %1").arg(r.error().message);
}

QString FollowUpLinks::complaint(qint64 customerId, qint64 id) const
{
    // A customer has a handful of complaints: the timeline's complaint entries find it.
    const Timeline timeline(m_db);
    TimelineCursor cursor;
    for (int pages = 0; pages < 20; ++pages) {
        const Result<TimelinePage> page = timeline.page(m_actor,
                                                        customerId,
                                                        {TimelineKind::Complaint},
                                                        cursor,
                                                        100);
        if (!page)
            return tr("The linked complaint cannot be shown: %1").arg(page.error().message);
        for (const TimelineEntry &e : page->entries)
            if (e.id == id)
                return complaintText(e);
        if (page->atEnd)
            break;
        cursor = page->next;
    }
    return tr("The linked complaint is no longer in the archive.");
}

QList<FollowUpLinks::Choice> FollowUpLinks::choices(qint64 customerId, int perKind) const
{
    QList<Choice> out;
    if (customerId == 0)
        return out;
    if (const auto purchases = PurchaseRepository(m_db).forCustomer(m_actor, customerId, {}, perKind))
        for (const Purchase &p : purchases->rows)
            out.append({Kind::Purchase, p.id, purchaseText(p)});
    if (const auto requests = ServiceRequestRepository(m_db).forCustomer(m_actor,
                                                                         customerId,
                                                                         {},
                                                                         perKind))
        for (const ServiceRequest &r : requests->rows)
            out.append({Kind::Request, r.id, requestText(r)});
    if (const auto complaints
        = Timeline(m_db).page(m_actor, customerId, {TimelineKind::Complaint}, {}, perKind))
        for (const TimelineEntry &e : complaints->entries)
            out.append({Kind::Complaint, e.id, complaintText(e)});
    return out;
}
