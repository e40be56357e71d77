#include "FollowUpDesk.h"

#include "FollowUpBanner.h"
#include "FollowUpLinks.h"
#include "FollowUpsPanel.h"
#include "RecordVisitDialog.h"
#include "TodayQueue.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerWorkspace.h"
#include "customers/ProfileTabs.h"
#include "followups/FollowUpRepository.h"
#include "history/TimelineView.h"

#include <QTabWidget>

#include <utility>

FollowUpDesk::FollowUpDesk(Database &db,
                           const Actor &actor,
                           CustomerWorkspace *workspace,
                           QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_actor(actor)
    , m_workspace(workspace)
    , m_window(window)
{
    m_queue = new TodayQueue(db, actor);
    connect(m_queue, &TodayQueue::activated, this, &FollowUpDesk::open);
    ProfileTabs *profile = m_workspace->profile();
    // A return visit recorded, planned or changed on the profile changes the queue too.
    connect(profile->followUps(), &FollowUpsPanel::changed, m_queue, [this] { m_queue->reload(); });
    // The banner belongs to the customer it was shown for.
    connect(m_workspace, &CustomerWorkspace::customerChanged, this, [this](qint64 id) {
        FollowUpBanner *banner = m_workspace->profile()->followUpBanner();
        if (banner->customerId() != id)
            banner->clear();
    });
    m_queue->reload();
}

FollowUpDesk::~FollowUpDesk()
{
    delete m_dialog;
    delete m_queue; // it sits in the window's dock
}

TodayQueue *FollowUpDesk::queue() const
{
    return m_queue;
}

RecordVisitDialog *FollowUpDesk::activeDialog() const
{
    return m_dialog;
}

bool FollowUpDesk::hasDueWork() const
{
    return !m_queue->isTeam() && (m_queue->overdueCount() + m_queue->dueTodayCount()) > 0;
}

void FollowUpDesk::open(const QueueItem &item)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        Q_EMIT statusMessage(tr("Finish or close the return visit that is open first."));
        return;
    }
    const qint64 customerId = item.followUp.customerId;
    ProfileTabs *profile = m_workspace->profile();
    if (m_workspace->form()->loaded().id != customerId && !m_workspace->openCustomer(customerId))
        return; // the desk stays with unsaved edits
    // What happened before: the timeline, the task's purpose above it.
    profile->tabs()->setCurrentWidget(profile->timeline());
    const Result<FollowUp> now = FollowUpRepository(m_db).get(m_actor, item.followUp.id);
    if (!now || !now->isOpen()) {
        m_queue->showMessage(now ? tr("%1's follow-up was already dealt with at another desk.")
                                             .arg(item.customerName)
                                 : now.error().message,
                             !now);
        m_queue->reload();
        return;
    }
    profile->followUpBanner()->showTask(*now, FollowUpLinks(m_db, m_actor).describe(*now));
    const QStringList who = {item.customerName, item.customerCode, item.customerPhone};
    QStringList label;
    for (const QString &part : who)
        if (!part.isEmpty())
            label.append(part);
    m_dialog = new RecordVisitDialog(m_db,
                                     m_actor,
                                     *now,
                                     label.join(QStringLiteral(" · ")),
                                     m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Not modal: the desk may scroll the timeline while the customer talks.
    m_dialog->setModal(false);
    connect(m_dialog,
            &RecordVisitDialog::written,
            this,
            [this, customerId](const FollowUp &, const QString &message) {
                afterWrite(customerId, message);
            });
    connect(m_dialog, &QDialog::finished, this, [this] {
        m_dialog = nullptr; // deleted later; the next Enter may open another at once
        m_dialogHiddenByLock = false;
        m_workspace->profile()->followUpBanner()->clear();
        backToQueue();
    });
    m_dialog->show();
}

void FollowUpDesk::afterWrite(qint64 customerId, const QString &message)
{
    // The next in line is selected, wherever the one just worked went (rescheduled: later on).
    m_queue->reload(false);
    m_queue->showMessage(message);
    Q_EMIT statusMessage(message);
    ProfileTabs *profile = m_workspace->profile();
    if (profile->shownCustomer() != customerId)
        return;
    if (profile->tabs()->currentWidget() == profile->timeline())
        profile->timeline()->reload();
    if (profile->followUps()->customerId() == customerId)
        profile->followUps()->reload();
}

void FollowUpDesk::backToQueue()
{
    if (!m_queue || !m_queue->isVisible())
        return;
    m_queue->window()->activateWindow(); // the main window, or the queue floated off it
    m_queue->focusList();
}

void FollowUpDesk::planFollowUp()
{
    ProfileTabs *profile = m_workspace->profile();
    if (profile->shownCustomer() == 0) {
        Q_EMIT statusMessage(tr("Save the profile first: follow-ups belong to a saved customer."));
        return;
    }
    profile->tabs()->setCurrentWidget(profile->followUps());
    profile->followUps()->planNew();
}

void FollowUpDesk::setLocked(bool locked)
{
    if (locked) {
        m_dialogHiddenByLock = m_dialog && m_dialog->isVisible();
        if (m_dialogHiddenByLock)
            m_dialog->hide();
        return;
    }
    if (std::exchange(m_dialogHiddenByLock, false) && m_dialog) {
        m_dialog->show();
        m_dialog->activateWindow();
    }
}

void FollowUpDesk::otherDeskChanged()
{
    if (m_queue->isVisible())
        m_queue->reload();
}
