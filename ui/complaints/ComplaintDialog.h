#pragma once

#include "Actor.h"
#include "complaints/Complaint.h"
#include "complaints/ComplaintRepository.h"

#include <QDialog>
#include <QHash>

#include <memory>

class ComplaintForm;
class ComplaintHistoryView;
class Database;
class InlineErrors;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
struct Error;

// A complaint (投诉) received at the desk, or one being handled: its fields, the SLA line, the
// status with the moves the workflow allows next (Start handling, Resolve, Close, Reopen…) and
// its history. Every write goes through ComplaintRepository; a refusal appears next to the
// field it is about and the dialog stays open with everything as typed (closing without a
// resolution writes nothing). Esc asks before dropping typed text. Open it with open().
class ComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    // complaint.id == 0: a new complaint of complaint.customerId; otherwise the stored
    // complaint (its version guards the save).
    ComplaintDialog(Database &db,
                    const Actor &actor,
                    const Complaint &complaint,
                    QWidget *parent = nullptr);
    ~ComplaintDialog() override;

    bool isNew() const { return m_complaint.id == 0; }
    // The complaint as stored (after a write: as written).
    const Complaint &complaint() const { return m_complaint; }
    ComplaintForm *form() const { return m_form; }
    // Something typed that is not stored.
    bool isDirty() const;
    // The supervisor's "Close with resolution": the cursor in the resolution.
    void focusResolution();
    // A status move from the buttons: Resolve and Close save what was typed and move in one
    // step (and close the dialog); Start handling and Reopen keep it open.
    void moveTo(ComplaintStatus to);
    QPushButton *moveButton(ComplaintStatus to) const { return m_moves.value(int(to)); }
    // Save (Receive for a new complaint).
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // Stored: received, saved, assigned or moved.
    void saved(const Complaint &complaint);

private:
    void showStored(const Complaint &c);
    void updateStatusRow();
    void updateSla();
    void refuse(const Error &error);
    // Saves the typed fields (and a new handler); false (with the refusal shown) when core
    // refused. Writes nothing when nothing changed.
    bool saveEdits();
    void askReopenReason();
    void reopen();
    void hideReopen();
    void reloadStored();
    void stored(const Complaint &c);

    Database &m_db;
    ComplaintRepository m_complaints;
    Actor m_actor;
    Complaint m_complaint;
    QStringList m_loaded; // the form's fingerprint as loaded
    std::unique_ptr<InlineErrors> m_errors;
    QLabel *m_banner = nullptr;
    QLabel *m_customer = nullptr;
    ComplaintForm *m_form = nullptr;
    QFormLayout *m_statusForm = nullptr;
    QLabel *m_status = nullptr;
    QHash<int, QPushButton *> m_moves;
    QWidget *m_reopenRow = nullptr;
    QLineEdit *m_reopenReason = nullptr;
    QPushButton *m_reopenConfirm = nullptr;
    QLabel *m_sla = nullptr;
    QWidget *m_historyGroup = nullptr; // the History tab
    ComplaintHistoryView *m_history = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reload = nullptr;
};
