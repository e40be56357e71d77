#pragma once

#include "Actor.h"

#include <QWidget>

class Database;
class InteractionRepository;
class PagedRowsModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

// The profile's Interactions tab: a quick-log row on top (now, phone, inbound, the signed-in
// user: type the summary, press Enter) and the customer's interactions newest first below.
class InteractionsPanel : public QWidget
{
    Q_OBJECT

public:
    InteractionsPanel(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~InteractionsPanel() override;

    // 0: no saved customer (the quick-log row is disabled).
    void showCustomer(qint64 customerId);
    // Puts the cursor in the quick-log row's summary, defaults filled in.
    void focusQuickLog();
    QTableView *view() const { return m_view; }
    PagedRowsModel *model() const { return m_model; }

Q_SIGNALS:
    // An interaction was logged (the header and the timeline read again).
    void logged();
    void statusMessage(const QString &message);

private:
    void resetQuickLog();
    void logQuick();
    void showError(const QString &message);
    void updateEmptyState();

    InteractionRepository *m_repository = nullptr;
    Actor m_actor;
    qint64 m_customerId = 0;
    QWidget *m_quickLog = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_summary = nullptr;
    QLineEdit *m_result = nullptr;
    QSpinBox *m_minutes = nullptr;
    QPushButton *m_logButton = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_view = nullptr;
    PagedRowsModel *m_model = nullptr;
};
