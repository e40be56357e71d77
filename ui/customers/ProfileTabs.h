#pragma once

#include "Actor.h"

#include <QHash>
#include <QWidget>

class ComplaintsPanel;
class CustomerForm;
class CustomerHistoryView;
class Database;
class FollowUpBanner;
class FollowUpsPanel;
class InteractionsPanel;
class ProfileHeader;
class PurchasesPanel;
class QTabWidget;
class RequestsPanel;
class TimelineView;

// The right side of the customer workspace: the header with the derived figures, and the
// profile's tabs — Profile, Purchases, Interactions, Requests, Complaints, Return visits,
// Timeline, History. A tab reads its rows when it is
// looked at, not on every customer opened; a write in one tab refreshes the header and marks the
// others to be read again.
class ProfileTabs : public QWidget
{
    Q_OBJECT

public:
    ProfileTabs(Database &db,
                const Actor &actor,
                CustomerForm *form,
                CustomerHistoryView *history,
                QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    ProfileHeader *header() const { return m_header; }
    InteractionsPanel *interactions() const { return m_interactions; }
    TimelineView *timeline() const { return m_timeline; }
    RequestsPanel *requests() const { return m_requests; }
    PurchasesPanel *purchases() const { return m_purchases; }
    FollowUpsPanel *followUps() const { return m_followUps; }
    // Above the tabs while a return visit from the Today queue is being made.
    FollowUpBanner *followUpBanner() const { return m_followUpBanner; }
    ComplaintsPanel *complaints() const { return m_complaints; }

    // The customer the tabs show; 0 for a new, unsaved profile.
    void showCustomer(qint64 customerId);
    qint64 shownCustomer() const { return m_customerId; }
    // Ctrl+L: the Interactions tab with the cursor in its quick-log row.
    void logInteraction();
    // Ctrl+Shift+R: the Requests tab with a new request's dialog open.
    void newRequest();
    // Ctrl+Shift+P: the Purchases tab with a new purchase's dialog open.
    void newPurchase();
    // Ctrl+Shift+C: the Complaints tab with a new complaint's dialog open.
    void newComplaint();
    // Another desk committed something: when the customer's figures moved, the tabs read again.
    void otherDeskChanged();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // Something was recorded for the customer (their classification may have changed).
    void historyWritten();

private:
    void addTab(QWidget *page, const QString &title, std::function<void(qint64)> load);
    void loadCurrent();
    void afterWrite();
    void markOthersStale();

    QTabWidget *m_tabs = nullptr;
    ProfileHeader *m_header = nullptr;
    InteractionsPanel *m_interactions = nullptr;
    TimelineView *m_timeline = nullptr;
    RequestsPanel *m_requests = nullptr;
    PurchasesPanel *m_purchases = nullptr;
    FollowUpsPanel *m_followUps = nullptr;
    FollowUpBanner *m_followUpBanner = nullptr;
    ComplaintsPanel *m_complaints = nullptr;
    qint64 m_customerId = 0;
    QHash<QWidget *, std::function<void(qint64)>> m_loaders;
    QHash<QWidget *, qint64> m_loadedFor; // -1: to be read again
};
