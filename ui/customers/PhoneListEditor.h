#pragma once

#include "customers/Customer.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

// Several typed phone numbers, one of them primary; each row shows its own validation message.
class PhoneListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PhoneListEditor(QWidget *parent = nullptr);

    // Normalized numbers, shown formatted; masked ones are shown as they are and cannot be
    // edited until they are revealed.
    void setPhones(const QList<Phone> &phones, bool masked = false);
    bool isMasked() const { return m_masked; }
    QList<Phone> phones() const; // as typed
    void setError(int index, const QString &message);
    void clearErrors();
    QLineEdit *numberEdit(int index) const;
    int count() const { return int(m_rows.size()); }
    void addRow(const Phone &phone = {});
    // The editor's widgets in keyboard order, for the form's tab chain.
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    void edited();
    void rowsChanged();

private:
    struct Row
    {
        QWidget *widget;
        QComboBox *kind;
        QLineEdit *number;
        QWidget *primary;
        QWidget *remove;
        QLabel *error;
    };
    void removeRow(QWidget *rowWidget);

    QVBoxLayout *m_rowsLayout = nullptr;
    QButtonGroup *m_primaryGroup = nullptr;
    QWidget *m_add = nullptr;
    bool m_masked = false;
    QList<Row> m_rows;
};
