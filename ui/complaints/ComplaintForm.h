#pragma once

#include "Actor.h"
#include "complaints/Complaint.h"
#include "history/ChoiceLists.h"

#include <QHash>
#include <QWidget>

#include <optional>

class Database;
class InlineErrors;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

// The fields of a complaint, side by side: what was received (time, channel, reason and
// detailed reason, severity, description, links, handler) and, on a tab, how it is handled (response,
// resolution, root cause, corrective and preventive action, compensation, the customer's
// confirmation). Rows are registered with the dialog's InlineErrors under core's field keys.
// The detailed reasons offered follow the reason; retired entries stay on the complaints that
// use them but are not offered for others.
class ComplaintForm : public QWidget
{
    Q_OBJECT

public:
    ComplaintForm(Database &db, const Actor &actor, InlineErrors &errors, QWidget *parent = nullptr);

    // Fills the fields (and the lists of the customer's purchases and requests) from c.
    void load(const Complaint &c);
    // The complaint as typed over `base`; nullopt (with the errors shown) when the amount is
    // not an amount.
    std::optional<Complaint> collect(const Complaint &base) const;
    // Everything as typed, to notice unsaved edits.
    QStringList fingerprint() const;
    // fields: everything but the handler; handler: the handler list.
    void setEditable(bool fields, bool handler);
    // Only the handler and oneself (and nobody) for those who may not assign others.
    void limitHandlersTo(const QString &login);

    QWidget *firstField() const;
    // Where the keyboard starts: the channel for a new complaint (the time defaults to now, and
    // Tab in a date-time field walks its sections), the response for one being handled.
    QWidget *startField(bool isNew) const;
    QPlainTextEdit *resolution() const { return m_resolution; }
    QComboBox *handler() const { return m_handler; }
    // Handling, then what the dialog adds (the history).
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *severity() const { return m_severity; }
    QDateTimeEdit *received() const { return m_received; }
    const ChoiceLabels &reasonLabels() const { return m_reasonLabels; }
    const ChoiceLabels &compensationLabels() const { return m_compensationLabels; }

Q_SIGNALS:
    // The received time or the severity changed: the SLA's due times move.
    void slaInputsChanged();

private:
    void fillReasons(const QString &stored);
    void fillSubReasons(const QString &reason, const QString &stored);
    void fillCompensationKinds(const QString &stored);
    void fillLinks(const Complaint &c);
    void fillHandlers(const QString &stored);

    Database &m_db;
    Actor m_actor;
    InlineErrors &m_errors;
    ChoiceLists m_choices;
    ChoiceLabels m_reasonLabels;
    ChoiceLabels m_compensationLabels;
    QList<Choice> m_reasons; // both levels, retired too
    QString m_storedSubReason;
    QDateTime m_loadedReceived; // exact, to keep it when the shown minute is unchanged
    QTabWidget *m_tabs = nullptr;
    QDateTimeEdit *m_received = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_subReason = nullptr;
    QComboBox *m_severity = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_purchase = nullptr;
    QComboBox *m_request = nullptr;
    QComboBox *m_handler = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QPlainTextEdit *m_resolution = nullptr;
    QPlainTextEdit *m_rootCause = nullptr;
    QPlainTextEdit *m_corrective = nullptr;
    QPlainTextEdit *m_preventive = nullptr;
    QComboBox *m_compensationKind = nullptr;
    QLineEdit *m_compensationAmount = nullptr;
    QComboBox *m_confirmation = nullptr;
};
