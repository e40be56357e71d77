#include "ClassificationRulesDialog.h"

#include "BackgroundWork.h"
#include "MessageBox.h"
#include "history/HistoryLabels.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ClassificationRulesDialog::ClassificationRulesDialog(Database &db,
                                                     const Actor &actor,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("classificationRulesDialog"));
    setWindowTitle(tr("Classification rules"));

    auto *lifecycle = new QGroupBox(tr("Lifecycle"), this);
    auto *lifecycleForm = new QFormLayout(lifecycle);
    m_newWithin = spin("newWithinDays", 3650, tr(" days"));
    lifecycleForm->addRow(tr("New: first purchase within"), m_newWithin);
    m_inactiveAfter = spin("inactiveAfterDays", 3650, tr(" days"));
    lifecycleForm->addRow(tr("Inactive: no purchase or contact for"), m_inactiveAfter);

    auto *tier = new QGroupBox(tr("Value tier (recency, frequency, monetary value)"), this);
    auto *tierForm = new QFormLayout(tier);
    m_recencyHigh = spin("recencyHighDays", 3650, tr(" days"));
    tierForm->addRow(tr("Recency scores 3 when the last purchase is within"), m_recencyHigh);
    m_recencyMedium = spin("recencyMediumDays", 3650, tr(" days"));
    tierForm->addRow(tr("… scores 2 within"), m_recencyMedium);
    m_frequencyHigh = spin("frequencyHigh", 100000, tr(" purchases"));
    tierForm->addRow(tr("Frequency scores 3 from"), m_frequencyHigh);
    m_frequencyMedium = spin("frequencyMedium", 100000, tr(" purchases"));
    tierForm->addRow(tr("… scores 2 from"), m_frequencyMedium);
    m_monetaryHigh = money("monetaryHigh");
    tierForm->addRow(tr("Spend (net of refunds) scores 3 from"), m_monetaryHigh);
    m_monetaryMedium = money("monetaryMedium");
    tierForm->addRow(tr("… scores 2 from"), m_monetaryMedium);
    m_highScore = spin("highScore", 9, QString());
    m_highScore->setMinimum(3);
    tierForm->addRow(tr("High value from a total score of"), m_highScore);
    m_mediumScore = spin("mediumScore", 9, QString());
    m_mediumScore->setMinimum(3);
    tierForm->addRow(tr("Medium value from a total score of"), m_mediumScore);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("rulesError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *note = new QLabel(tr("Saving re-classifies every customer at once."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveRulesButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ClassificationRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClassificationRulesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(lifecycle);
    layout->addWidget(tier);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    const Result<ClassificationRules> stored = Classification::rules(db);
    setRules(stored ? stored.value() : ClassificationRules {});
    if (!stored)
        showError(stored.error().message);
}

QSpinBox *ClassificationRulesDialog::spin(const char *name, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(1, maximum);
    box->setSuffix(suffix);
    return box;
}

QLineEdit *ClassificationRulesDialog::money(const char *name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

void ClassificationRulesDialog::setRules(const ClassificationRules &r)
{
    m_newWithin->setValue(r.newWithinDays);
    m_inactiveAfter->setValue(r.inactiveAfterDays);
    m_recencyHigh->setValue(r.recencyHighDays);
    m_recencyMedium->setValue(r.recencyMediumDays);
    m_frequencyHigh->setValue(r.frequencyHigh);
    m_frequencyMedium->setValue(r.frequencyMedium);
    m_monetaryHigh->setText(HistoryLabels::moneyPlain(r.monetaryHigh));
    m_monetaryMedium->setText(HistoryLabels::moneyPlain(r.monetaryMedium));
    m_highScore->setValue(r.highScore);
    m_mediumScore->setValue(r.mediumScore);
}

ClassificationRules ClassificationRulesDialog::collect(QHash<QString, QString> *errors) const
{
    ClassificationRules r;
    r.newWithinDays = m_newWithin->value();
    r.inactiveAfterDays = m_inactiveAfter->value();
    r.recencyHighDays = m_recencyHigh->value();
    r.recencyMediumDays = m_recencyMedium->value();
    r.frequencyHigh = m_frequencyHigh->value();
    r.frequencyMedium = m_frequencyMedium->value();
    r.highScore = m_highScore->value();
    r.mediumScore = m_mediumScore->value();
    const auto parse = [errors](QLineEdit *edit, const char *key, qint64 &out) {
        const std::optional<qint64> v = HistoryLabels::parseMoney(edit->text());
        if (v)
            out = *v;
        else if (errors)
            errors->insert(QString::fromLatin1(key),
                           tr("“%1” is not an amount, e.g. 5000 or 5,000.00.").arg(edit->text()));
    };
    parse(m_monetaryHigh, "monetary_high", r.monetaryHigh);
    parse(m_monetaryMedium, "monetary_medium", r.monetaryMedium);
    return r;
}

void ClassificationRulesDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ClassificationRulesDialog::accept()
{
    QHash<QString, QString> errors;
    const ClassificationRules rules = collect(&errors);
    if (!errors.isEmpty()) {
        showError(QStringList(errors.values()).join(QLatin1Char('\n')));
        return;
    }
    const Status saved = Classification::setRules(m_db, m_actor, rules);
    if (!saved) {
        QStringList lines {saved.error().message};
        lines += saved.error().fieldErrors.values();
        lines.removeDuplicates();
        showError(lines.join(QLatin1Char('\n')));
        return;
    }
    qint64 changed = 0;
    const QDate today = QDate::currentDate();
    const Status run
            = BackgroundWork::run(this,
                                  m_db.address(),
                                  tr("Classification rules"),
                                  tr("Re-classifying every customer with the new rules…"),
                                  true,
                                  [&changed, today](Database &db,
                                                    BackgroundWork::Progress &progress) -> Status {
                                      const Result<qint64> n = Classification::reclassifyAll(
                                              db, today, [&progress](qint64 done, qint64 total) {
                                                  return progress.report(done, total);
                                              });
                                      if (!n)
                                          return n.error();
                                      changed = n.value();
                                      return Done {};
                                  });
    if (!run && run.error().code != Error::Code::Cancelled) {
        MessageBox::inform(this,
                           QMessageBox::Warning,
                           tr("Classification rules"),
                           tr("The rules were saved, but re-classifying failed: %1")
                                   .arg(run.error().message));
    }
    if (run)
        Q_EMIT reclassified(changed);
    QDialog::accept();
}
