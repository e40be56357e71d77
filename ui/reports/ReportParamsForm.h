#pragma once

#include "Actor.h"
#include "reports/ReportParams.h"

#include <QHash>
#include <QVariantHash>
#include <QWidget>

#include <memory>

class Database;
class InlineErrors;
class QFormLayout;
class QLabel;
class Report;

// A report's parameters as a form: dates as text fields (empty: an open end), choices and staff
// as combo boxes, whole numbers as spin boxes, each with the definition's default. params()
// checks the values through ReportParams and shows its messages under the fields; what was typed
// stays. Enter in any field asks for a run (submitted()). Values typed for a report come back
// when the user returns to it.
class ReportParamsForm : public QWidget
{
    Q_OBJECT

public:
    ReportParamsForm(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~ReportParamsForm() override;

    void setReport(const Report *report);
    // The checked values, or the refusal (then shown beside the fields, the first one focused).
    Result<ReportParams> params();
    // The editor of a parameter (objectName "param_<key>"), nullptr when the report has none.
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    // The editors in form order (for the tab order).
    QList<QWidget *> editors() const;
    // The message shown for a parameter now; empty when there is none.
    QString errorFor(const QString &key) const;
    // The banner's text (messages that belong to no single field); empty when hidden.
    QString bannerText() const;
    void clearErrors();
    // Puts the keyboard in the first field.
    void focusFirst();
    bool isEmpty() const { return m_editors.isEmpty(); }

Q_SIGNALS:
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *createEditor(const ReportParameter &p);
    QVariant valueOf(const ReportParameter &p) const;
    // What an editor shows, to restore it later.
    QVariantHash editorStates() const;
    void restore(const QVariantHash &states);

    Database &m_db;
    Actor m_actor;
    const Report *m_report = nullptr;
    QList<ReportParameter> m_parameters;
    QFormLayout *m_layout = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_none = nullptr;
    std::unique_ptr<InlineErrors> m_errors;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QVariantHash> m_kept; // report name -> editor states
};
