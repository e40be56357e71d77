#pragma once

#include "Actor.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;

// "Assign to…" of the supervisor's review: the handler for the selected complaints (an enabled
// user, or nobody). Only asks; the window assigns. Open it with open().
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    AssignDialog(Database &db, const Actor &actor, int complaints, QWidget *parent = nullptr);

    // The chosen login; empty: unassigned.
    QString handler() const;
    QComboBox *handlers() const { return m_handlers; }

private:
    QComboBox *m_handlers = nullptr;
};
