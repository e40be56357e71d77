#pragma once

#include "Actor.h"
#include "followups/FollowUpRules.h"

#include <QDialog>

#include <memory>

class Database;
class InlineErrors;
class QCheckBox;
class QLabel;
class QSpinBox;

// The rules that plan return visits by themselves (Settings > Follow-up rules…): each one on or
// off and its delay in days, and how many unanswered calls before a follow-up is given up as
// unreachable. FollowUpRules validates and saves (ManageSettings); its messages appear under
// the values, and the dialog stays open with them.
class FollowUpRulesDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpRulesDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~FollowUpRulesDialog() override;

    void setRules(const FollowUpRules &rules);
    FollowUpRules collect() const;
    void accept() override;

private:
    struct RuleRow
    {
        FollowUpRuleSetting FollowUpRules::*setting;
        QCheckBox *enabled = nullptr;
        QSpinBox *days = nullptr;
    };

    Database &m_db;
    Actor m_actor;
    std::unique_ptr<InlineErrors> m_errors;
    QLabel *m_banner = nullptr;
    QList<RuleRow> m_rows;
    QSpinBox *m_maxAttempts = nullptr;
};
