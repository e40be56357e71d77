#pragma once

#include "Actor.h"
#include "Result.h"
#include "history/ServiceRequest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class ServiceRequestRepository;

// A new service request (opened in Contact) or the corrections to one: title, description,
// priority, owner, due date and the plan (content, schedule, budget). Saving goes through
// ServiceRequestRepository; its refusals (validation, a stale version) appear in the dialog,
// which stays open with everything typed. Open it with open(), not exec().
class RequestDialog : public QDialog
{
    Q_OBJECT

public:
    // request.id == 0: a new request for request.customerId; otherwise the stored request to
    // edit (its version is the one the save is checked against).
    RequestDialog(ServiceRequestRepository &requests,
                  const Actor &actor,
                  const ServiceRequest &request,
                  QWidget *parent = nullptr);

    bool isNew() const { return m_request.id == 0; }
    // After accept: the request as stored.
    const ServiceRequest &request() const { return m_request; }
    // What the form holds now. Sets *budgetOk to false when the budget is not an amount.
    ServiceRequest collect(bool *budgetOk = nullptr) const;
    void accept() override;

private:
    void load(const ServiceRequest &request);
    void refuse(const Error &error);
    // After a conflict: the request as stored now (what was typed is replaced).
    void reloadStored();

    ServiceRequestRepository &m_requests;
    Actor m_actor;
    ServiceRequest m_request;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_owner = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QPlainTextEdit *m_planContent = nullptr;
    QLineEdit *m_planSchedule = nullptr;
    QLineEdit *m_planBudget = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reload = nullptr;
};
