#pragma once

#include "Actor.h"
#include "import/ImportLog.h"

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// File > Past imports…: the imports made in this archive, newest first (who, when, which file,
// what they created and updated), and Undo for one still in effect.
class ImportsDialog : public QDialog
{
    Q_OBJECT

public:
    ImportsDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    QLabel *messageLabel() const { return m_message; }

    void reload();
    void undoSelected();

private:
    void selectionChanged();

    Database &m_db;
    Actor m_actor;
    QList<ImportLog::Entry> m_entries;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_message = nullptr;
};
