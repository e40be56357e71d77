#pragma once

#include "Actor.h"
#include "followups/FollowUp.h"
#include "followups/FollowUpRepository.h"

#include <QDialog>

#include <memory>

class Database;
class InlineErrors;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// A follow-up planned by hand (跟进计划), or the corrections to a planned one: purpose, due date
// (the next working day by default), who calls, what it follows (one of the customer's
// purchases, service requests or complaints) and notes. Saves through FollowUpRepository; its
// refusals appear under the fields and the dialog stays open with everything typed. Open it
// with open().
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    // followUp.id == 0: a new one for followUp.customerId; else the stored, planned one.
    FollowUpDialog(Database &db,
                   const Actor &actor,
                   const FollowUp &followUp,
                   QWidget *parent = nullptr);
    ~FollowUpDialog() override;

    bool isNew() const { return m_followUp.id == 0; }
    // After accept: as stored.
    const FollowUp &followUp() const { return m_followUp; }
    FollowUp collect() const;
    void accept() override;

private:
    void fillAssignees();
    void fillLinks();

    Database &m_db;
    FollowUpRepository m_repository;
    Actor m_actor;
    FollowUp m_followUp;
    std::unique_ptr<InlineErrors> m_errors;
    QLabel *m_banner = nullptr;
    QLineEdit *m_purpose = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_link = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};
