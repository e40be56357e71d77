#include "ProfileTabs.h"

#include "CustomerForm.h"
#include "CustomerHistoryView.h"
#include "complaints/ComplaintsPanel.h"
#include "followups/FollowUpBanner.h"
#include "followups/FollowUpsPanel.h"
#include "history/InteractionsPanel.h"
#include "history/ProfileHeader.h"
#include "history/PurchasesPanel.h"

#include "history/RequestsPanel.h"
#include "history/TimelineView.h"
#include <QDialog>

#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

ProfileTabs::ProfileTabs(Database &db,
                         const Actor &actor,
                         CustomerForm *form,
                         CustomerHistoryView *history,
                         QWidget *parent)
    : QWidget(parent)
{
    m_header = new ProfileHeader(db, actor, this);
    m_header->setObjectName(QStringLiteral("profileHeader"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->setDocumentMode(true);
    m_interactions = new InteractionsPanel(db, actor, this);
    m_interactions->setObjectName(QStringLiteral("interactionsPanel"));
    m_purchases = new PurchasesPanel(db, actor, this);
    m_purchases->setObjectName(QStringLiteral("purchasesPanel"));
    m_requests = new RequestsPanel(db, actor, this);
    m_requests->setObjectName(QStringLiteral("requestsPanel"));
    // The window's menu carries Ctrl+Shift+R (it switches to this tab first).
    m_requests->newRequestAction()->setShortcut({});
    m_complaints = new ComplaintsPanel(db, actor, this);
    m_complaints->setObjectName(QStringLiteral("complaintsPanel"));
    m_timeline = new TimelineView(db, actor, this);
    m_timeline->setObjectName(QStringLiteral("timelinePanel"));
    m_followUps = new FollowUpsPanel(db, actor, this);
    m_followUps->setObjectName(QStringLiteral("followUpsPanel"));
    m_followUpBanner = new FollowUpBanner(this);

    addTab(form, tr("Profile"), {});
    addTab(m_purchases, tr("Purchases"), [this](qint64 id) { m_purchases->showCustomer(id); });
    addTab(m_interactions, tr("Interactions"), [this](qint64 id) {
        m_interactions->showCustomer(id);
    });
    addTab(m_requests, tr("Requests"), [this](qint64 id) { m_requests->showCustomer(id); });
    addTab(m_complaints, tr("Complaints"), [this](qint64 id) { m_complaints->showCustomer(id); });
    addTab(m_followUps, tr("Return visits"), [this](qint64 id) { m_followUps->showCustomer(id); });
    addTab(m_timeline, tr("Timeline"), [this](qint64 id) { m_timeline->showCustomer(id); });
    addTab(history, tr("History"), [history](qint64 id) { history->showCustomer(id); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_followUpBanner);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &ProfileTabs::loadCurrent);
    connect(m_interactions, &InteractionsPanel::logged, this, &ProfileTabs::afterWrite);
    connect(m_requests, &RequestsPanel::changed, this, &ProfileTabs::afterWrite);
    connect(m_purchases, &PurchasesPanel::changed, this, &ProfileTabs::afterWrite);
    connect(m_followUps, &FollowUpsPanel::changed, this, &ProfileTabs::afterWrite);
    connect(m_followUps, &FollowUpsPanel::statusMessage, this, &ProfileTabs::statusMessage);
    connect(m_complaints, &ComplaintsPanel::changed, this, &ProfileTabs::afterWrite);
    connect(m_interactions, &InteractionsPanel::statusMessage, this, &ProfileTabs::statusMessage);
    // Ctrl+1 … Ctrl+9: the tabs in order, without the mouse.
    for (int i = 0; i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (i < m_tabs->count())
                m_tabs->setCurrentIndex(i);
        });
    }
}

void ProfileTabs::addTab(QWidget *page, const QString &title, std::function<void(qint64)> load)
{
    const int index = m_tabs->addTab(page, title);
    m_tabs->setTabToolTip(index, tr("Ctrl+%1").arg(index + 1));
    if (load) {
        m_loaders.insert(page, std::move(load));
        m_loadedFor.insert(page, -1);
    }
}

void ProfileTabs::showCustomer(qint64 customerId)
{
    m_customerId = customerId;
    for (auto it = m_loadedFor.begin(); it != m_loadedFor.end(); ++it)
        it.value() = -1;
    m_header->showCustomer(customerId);
    loadCurrent();
}

void ProfileTabs::loadCurrent()
{
    QWidget *page = m_tabs->currentWidget();
    const auto loader = m_loaders.constFind(page);
    if (loader == m_loaders.cend() || m_loadedFor.value(page) == m_customerId)
        return;
    m_loadedFor[page] = m_customerId;
    (*loader)(m_customerId);
}

void ProfileTabs::logInteraction()
{
    if (m_customerId == 0) {
        Q_EMIT statusMessage(
                tr("Save the profile first: interactions belong to a saved customer."));
        return;
    }
    m_tabs->setCurrentWidget(m_interactions);
    m_interactions->focusQuickLog();
}

void ProfileTabs::newRequest()
{
    if (m_customerId == 0) {
        Q_EMIT statusMessage(tr("Save the profile first: requests belong to a saved customer."));
        return;
    }
    m_tabs->setCurrentWidget(m_requests);
    m_requests->newRequest();
}

void ProfileTabs::newPurchase()
{
    if (m_customerId == 0) {
        Q_EMIT statusMessage(tr("Save the profile first: purchases belong to a saved customer."));
        return;
    }
    m_tabs->setCurrentWidget(m_purchases);
    m_purchases->newPurchase();
}

void ProfileTabs::newComplaint()
{
    if (m_customerId == 0) {
        Q_EMIT statusMessage(tr("Save the profile first: complaints belong to a saved customer."));
        return;
    }
    m_tabs->setCurrentWidget(m_complaints);
    m_complaints->newComplaint();
}

void ProfileTabs::markOthersStale()
{
    // The tab on screen shows its own rows already; the others read again when looked at.
    QWidget *current = m_tabs->currentWidget();
    for (auto it = m_loadedFor.begin(); it != m_loadedFor.end(); ++it)
        if (it.key() != current)
            it.value() = -1;
}

void ProfileTabs::afterWrite()
{
    markOthersStale();
    m_header->refresh();
    Q_EMIT historyWritten();
}

void ProfileTabs::otherDeskChanged()
{
    if (m_customerId == 0)
        return;
    const QString before = m_header->figuresText();
    m_header->refresh();
    if (m_header->figuresText() == before)
        return; // not this customer's history: the tabs keep their place
    markOthersStale();
    QWidget *current = m_tabs->currentWidget();
    if (current == m_purchases)
        m_purchases->reload();
    else if (current == m_requests)
        m_requests->reload();
    else if (current == m_complaints)
        m_complaints->reload();
    else if (m_loaders.contains(current))
        m_loaders.value(current)(m_customerId);
}
