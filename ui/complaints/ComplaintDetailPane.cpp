#include "ComplaintDetailPane.h"

#include "ComplaintHistoryView.h"
#include "ComplaintText.h"
#include "complaints/ComplaintLabels.h"
#include "customers/CustomerRepository.h"
#include "history/ChoiceLists.h"
#include "history/HistoryLabels.h"
#include "history/TimelineView.h"

#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

ComplaintDetailPane::ComplaintDetailPane(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_complaints(db)
    , m_actor(actor)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("complaintSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_sla = new QLabel(this);
    m_sla->setObjectName(QStringLiteral("complaintDetailSla"));
    m_sla->setWordWrap(true);
    m_history = new ComplaintHistoryView(this);
    m_history->setObjectName(QStringLiteral("complaintDetailHistory"));
    m_timeline = new TimelineView(db, actor);
    m_timeline->setObjectName(QStringLiteral("complaintDetailTimeline"));

    auto *complaintBox = new QGroupBox(tr("Complaint and its history"), this);
    auto *complaintLayout = new QVBoxLayout(complaintBox);
    complaintLayout->addWidget(m_summary);
    complaintLayout->addWidget(m_sla);
    complaintLayout->addWidget(m_history, 1);
    auto *timelineBox = new QGroupBox(tr("The customer's timeline"), this);
    // The timeline's row of kinds is wide: beside the list it scrolls sideways rather than
    // squeezing the list.
    auto *scroll = new QScrollArea(timelineBox);
    scroll->setObjectName(QStringLiteral("complaintDetailTimelineScroll"));
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(scroll);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("complaintDetailSplitter"));
    splitter->addWidget(complaintBox);
    splitter->addWidget(timelineBox);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    showComplaint(0);
}

void ComplaintDetailPane::showComplaint(qint64 complaintId)
{
    m_complaint.reset();
    const Result<Complaint> c = complaintId
                                        ? m_complaints.get(m_actor, complaintId)
                                        : Result<Complaint>(makeError(Error::Code::NotFound, {}));
    const Result<QList<ComplaintChange>> changes = c ? m_complaints.changes(m_actor, complaintId)
                                                     : Result<QList<ComplaintChange>>(c.error());
    if (!c || !changes) {
        m_summary->setText(complaintId ? changes.error().message
                                       : tr("Choose a complaint to see its history and its "
                                            "customer's timeline."));
        m_sla->clear();
        m_sla->setStyleSheet(QString());
        m_history->clear();
        if (m_timelineCustomer != 0) {
            m_timeline->showCustomer(0);
            m_timelineCustomer = 0;
        }
        return;
    }
    m_complaint = c.value();
    ChoiceLists lists(m_db);
    const ChoiceLabels reasons = lists.labels(ChoiceLists::ComplaintReason);
    const ChoiceLabels compensations = lists.labels(ChoiceLists::CompensationKind);
    QString customer;
    if (const Result<Customer> who = CustomerRepository(m_db).get(m_actor, c->customerId))
        customer = tr("%1 (%2)").arg(who->name, who->code);
    m_summary->setText(
            tr("<b>No. %1</b> · %2 · %3<br>%4 · <b>%5</b> · %6 · handler: %7<br>%8")
                    .arg(QString::number(c->id),
                         customer.toHtmlEscaped(),
                         ComplaintText::time(c->receivedAt),
                         ComplaintText::reason(c.value(), reasons).toHtmlEscaped(),
                         ComplaintLabels::severity(c->severity).toHtmlEscaped(),
                         ComplaintLabels::status(c->status).toHtmlEscaped(),
                         c->handler.isEmpty() ? tr("(unassigned)") : c->handler.toHtmlEscaped(),
                         c->description.left(500).toHtmlEscaped()));
    bool alarm = false;
    m_sla->setText(ComplaintText::slaLine(c.value(), QDateTime::currentDateTimeUtc(), &alarm));
    m_sla->setStyleSheet(alarm ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());
    m_history->setChanges(changes.value(), reasons, compensations);
    if (m_timelineCustomer != c->customerId) {
        m_timelineCustomer = c->customerId;
        m_timeline->showCustomer(c->customerId);
    }
}
