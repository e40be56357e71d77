#pragma once

#include "Actor.h"
#include "history/Classification.h"

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;
class QSpinBox;

// Admins set the classification thresholds (lifecycle: N and M days; value tier: recency,
// frequency and monetary thresholds and the score limits). Saving re-classifies every customer
// on a worker thread, with progress and Cancel (a cancelled run keeps the old classes; the next
// start of the application finishes it).
class ClassificationRulesDialog : public QDialog
{
    Q_OBJECT

public:
    ClassificationRulesDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

    void setRules(const ClassificationRules &rules);
    // Empty fields map: the text of each money field parsed; errors keyed like core's.
    ClassificationRules collect(QHash<QString, QString> *errors) const;
    void accept() override;

Q_SIGNALS:
    void reclassified(qint64 changed);

private:
    QSpinBox *spin(const char *name, int maximum, const QString &suffix);
    QLineEdit *money(const char *name);
    void showError(const QString &message);

    Database &m_db;
    Actor m_actor;
    QSpinBox *m_newWithin = nullptr;
    QSpinBox *m_inactiveAfter = nullptr;
    QSpinBox *m_recencyHigh = nullptr;
    QSpinBox *m_recencyMedium = nullptr;
    QSpinBox *m_frequencyHigh = nullptr;
    QSpinBox *m_frequencyMedium = nullptr;
    QLineEdit *m_monetaryHigh = nullptr;
    QLineEdit *m_monetaryMedium = nullptr;
    QSpinBox *m_highScore = nullptr;
    QSpinBox *m_mediumScore = nullptr;
    QLabel *m_error = nullptr;
};
