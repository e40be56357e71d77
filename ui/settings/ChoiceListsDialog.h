#pragma once

#include "Actor.h"

#include <QDialog>

class ChoiceLists;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// Admins edit the choice lists (payment methods, return reasons, complaint reasons, compensation
// kinds): add an entry, rename one in place (F2), retire one (old rows keep showing it; new ones
// cannot choose it) or bring it back. In the two-level complaint reasons the detailed reasons
// show indented under their reason, and "Add detailed reason" adds one under the selected reason.
class ChoiceListsDialog : public QDialog
{
    Q_OBJECT

public:
    ChoiceListsDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~ChoiceListsDialog() override;

    QListWidget *entries() const { return m_entries; }

private:
    QString currentList() const;
    void load();
    void add();
    // A second-level entry under the selected first-level one (or the selected entry's parent).
    void addUnder();
    void renamed(QListWidgetItem *item);
    void toggleRetired();
    void showError(const QString &message);

    ChoiceLists *m_lists = nullptr;
    Actor m_actor;
    QComboBox *m_list = nullptr;
    QListWidget *m_entries = nullptr;
    QLineEdit *m_newLabel = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_addSub = nullptr;
    QPushButton *m_retire = nullptr;
    QLabel *m_error = nullptr;
    bool m_loading = false;
};
