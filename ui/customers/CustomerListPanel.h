#pragma once

#include "customers/CustomerFilter.h"

#include <QTimer>
#include <QWidget>

class CustomerListModel;
class CustomerRepository;
class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
struct Actor;

// The left side of the front desk: search-as-you-type, filters, the number of matches and the
// customer table (or a helpful empty state).
class CustomerListPanel : public QWidget
{
    Q_OBJECT

public:
    CustomerListPanel(Database &db,
                      CustomerRepository &repository,
                      const Actor &actor,
                      QWidget *parent = nullptr);

    CustomerListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    qint64 currentId() const;
    void selectCustomer(qint64 id);
    void focusSearch();
    void refresh();
    void reloadChoices();

Q_SIGNALS:
    void currentCustomerChanged(qint64 id);
    void customerActivated(qint64 id); // Enter or double click
    void newCustomerRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void onFinished(int count);
    void updateEmptyState();
    // Keeps the current row (when on screen) or else the top row where it is on screen while a
    // refresh in place moves rows around.
    void rememberPlace();
    void restorePlace();

    CustomerRepository &m_repository;
    const Actor &m_actor;
    CustomerListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_lifecycle = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_owner = nullptr;
    QCheckBox *m_archived = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QTimer m_debounce;
    qint64 m_pendingSelection = 0;
    bool m_activateFirstWhenDone = false;
    bool m_selecting = false;
    qint64 m_anchorId = 0;
    int m_anchorRow = -1;
    int m_anchorY = 0;
};
