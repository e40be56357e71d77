#include "FollowUpRulesDialog.h"

#include "followups/FollowUp.h"
#include "history/InlineErrors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

FollowUpRulesDialog::FollowUpRulesDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("followUpRulesDialog"));
    setWindowTitle(tr("Follow-up rules"));
    setMinimumWidth(520);

    m_banner = InlineErrors::createBanner(this, QStringLiteral("followUpRulesError"));
    m_errors = std::make_unique<InlineErrors>(m_banner);

    struct Spec
    {
        const QString &key;
        FollowUpRuleSetting FollowUpRules::*setting;
        QString label;
        QString suffix;
    };
    const Spec specs[] = {
            {FollowUpRule::AfterPurchase,
             &FollowUpRules::afterPurchase,
             tr("After a &purchase"),
             tr(" days after the purchase")},
            {FollowUpRule::AfterRequestClosed,
             &FollowUpRules::afterRequestClosed,
             tr("After a service &request is closed"),
             tr(" days after it is closed")},
            {FollowUpRule::ComplaintConfirm,
             &FollowUpRules::complaintConfirm,
             tr("After a complaint is resolved: &confirm the outcome"),
             tr(" days after it is resolved")},
            {FollowUpRule::ComplaintCheck,
             &FollowUpRules::complaintCheck,
             tr("After a complaint is resolved: check the fix &held"),
             tr(" days after it is resolved")},
            {FollowUpRule::Birthday,
             &FollowUpRules::birthday,
             tr("&Birthday greeting"),
             tr(" days ahead of the birthday")},
    };
    auto *rules = new QGroupBox(tr("Plan a return visit automatically"), this);
    auto *form = new QFormLayout(rules);
    for (const Spec &spec : specs) {
        auto *row = new QWidget(rules);
        auto *enabled = new QCheckBox(spec.label, row);
        enabled->setObjectName(QStringLiteral("ruleEnabled_") + spec.key);
        auto *days = new QSpinBox(row);
        days->setObjectName(QStringLiteral("ruleDays_") + spec.key);
        // Wider than core allows: core says what the limits are, instead of a silent clamp.
        days->setRange(0, 9999);
        days->setSuffix(spec.suffix);
        connect(enabled, &QCheckBox::toggled, days, &QWidget::setEnabled);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(enabled, 1);
        h->addWidget(days);
        row->setFocusProxy(days); // a refused value takes the keyboard
        // The rule's label is the check box itself; the error line goes under the row.
        m_errors->addRow(form, QString(), row, spec.key, QStringLiteral("ruleError_") + spec.key);
        m_rows.append({spec.setting, enabled, days});
    }
    // The values in one column, however long their words.
    int width = 0;
    for (const RuleRow &row : std::as_const(m_rows))
        width = qMax(width, row.days->sizeHint().width());
    for (const RuleRow &row : std::as_const(m_rows))
        row.days->setMinimumWidth(width);
    auto *calls = new QGroupBox(tr("Calls nobody answers"), this);
    auto *callsForm = new QFormLayout(calls);
    m_maxAttempts = new QSpinBox(calls);
    m_maxAttempts->setObjectName(QStringLiteral("maxAttemptsSpin"));
    m_maxAttempts->setRange(0, 99);
    m_maxAttempts->setSuffix(tr(" unanswered calls"));
    m_errors->addRow(callsForm,
                     tr("&Unreachable after"),
                     m_maxAttempts,
                     QStringLiteral("max_attempts"),
                     QStringLiteral("maxAttemptsError"));
    auto *note = new QLabel(tr("Changes apply to purchases, requests and complaints from now on; "
                               "follow-ups already planned stay as they are. Unanswered calls are "
                               "tried again on the next working day."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveFollowUpRulesButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpRulesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(rules);
    layout->addWidget(calls);
    layout->addWidget(note);
    layout->addWidget(buttons);

    const Result<FollowUpRules> stored = FollowUpRules::load(db);
    setRules(stored ? *stored : FollowUpRules {});
    if (!stored)
        m_errors->show(stored.error());
}

FollowUpRulesDialog::~FollowUpRulesDialog() = default;

void FollowUpRulesDialog::setRules(const FollowUpRules &rules)
{
    for (const RuleRow &row : std::as_const(m_rows)) {
        const FollowUpRuleSetting &setting = rules.*row.setting;
        row.enabled->setChecked(setting.enabled);
        row.days->setValue(setting.days);
        row.days->setEnabled(setting.enabled);
    }
    m_maxAttempts->setValue(rules.maxAttempts);
}

FollowUpRules FollowUpRulesDialog::collect() const
{
    FollowUpRules rules;
    for (const RuleRow &row : m_rows) {
        FollowUpRuleSetting &setting = rules.*row.setting;
        setting.enabled = row.enabled->isChecked();
        setting.days = row.days->value();
    }
    rules.maxAttempts = m_maxAttempts->value();
    return rules;
}

void FollowUpRulesDialog::accept()
{
    m_errors->clear();
    const Status saved = FollowUpRules::save(m_db, m_actor, collect());
    if (!saved) {
        m_errors->show(saved.error());
        return;
    }
    QDialog::accept();
}
