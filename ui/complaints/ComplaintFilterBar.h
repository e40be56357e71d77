#pragma once

#include "Actor.h"
#include "complaints/ComplaintFilter.h"

#include <QTimer>
#include <QWidget>

class CustomerPicker;
class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// The supervisor's filters over the complaint archive: received from/to, status, reason,
// severity, handler, customer (code or name), overdue only, and text in the description or
// resolution. changed() follows an edit after a short pause (typing does not query per key).
class ComplaintFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TypingPause = 250; // ms

    ComplaintFilterBar(Database &db, const Actor &actor, QWidget *parent = nullptr);

    // The conditions chosen (sorting left as in a default filter).
    ComplaintFilter filter() const;
    // Whether any condition is set (for the empty state's words).
    bool isFiltering() const;
    void clear();
    QLineEdit *textEdit() const { return m_text; }

Q_SIGNALS:
    void changed();

private:
    void fillReasons();
    void fillHandlers(Database &db, const Actor &actor);
    void later(int delay);

    Actor m_actor;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_handler = nullptr;
    CustomerPicker *m_customer = nullptr;
    QLabel *m_customerNote = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_overdue = nullptr;
    QTimer m_pause;
    Database &m_db;
};
