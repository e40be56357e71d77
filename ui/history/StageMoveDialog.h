#pragma once

#include "Actor.h"
#include "history/ServiceRequest.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class ServiceRequestRepository;
struct Error;

// Moves a service request to another stage of the service process. The stages offered are
// those StageRules allows from where the request is (the next one preselected, so Enter moves
// it forward); a move back, a reopen or a cancel asks for a reason. ServiceRequestRepository
// decides; its refusal appears in the dialog, which stays open. Open it with open(), not exec().
class StageMoveDialog : public QDialog
{
    Q_OBJECT

public:
    StageMoveDialog(ServiceRequestRepository &requests,
                    const Actor &actor,
                    const ServiceRequest &request,
                    QWidget *parent = nullptr);

    // The stage chosen now.
    RequestStage target() const;
    // Whether the chosen move needs a reason (back, reopen, cancel).
    bool reasonRequired() const;
    // After accept: the request as stored, in its new stage.
    const ServiceRequest &request() const { return m_request; }
    void accept() override;

    // The stage a move most likely goes to from `request`: the next one in the process, or
    // (from Closed) the last working stage. Cancelled is never the default.
    static RequestStage preferredTarget(const ServiceRequest &request,
                                        const QList<RequestStage> &allowed);

private:
    void updateReasonLabel();
    void refuse(const Error &error);

    ServiceRequestRepository &m_requests;
    Actor m_actor;
    ServiceRequest m_request;
    QComboBox *m_target = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
};
