#pragma once

#include "Actor.h"

#include <QDialog>
#include <QHash>

#include <memory>

class Database;
class InlineErrors;
class QLabel;
class QSpinBox;

// Settings > Complaint SLAs…: per severity the hours to respond and to resolve (ManageSettings).
// Refusals (resolution before response) appear under the field; the policy applies to complaints
// received or re-graded from then on.
class ComplaintSlaDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintSlaDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~ComplaintSlaDialog() override;

    // The field of "response_<n>" / "resolution_<n>" (n: the severity's number).
    QSpinBox *field(const QString &key) const { return m_fields.value(key); }
    void accept() override;

private:
    Database &m_db;
    Actor m_actor;
    std::unique_ptr<InlineErrors> m_errors;
    QLabel *m_banner = nullptr;
    QHash<QString, QSpinBox *> m_fields;
};
