#pragma once

#include "Actor.h"
#include "security/UserEditDialog.h"
#include "security/UserRepository.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

// File > Users: the administrator's list of staff accounts, and what can be done to one — a new
// account, a password reset, disabling or enabling, roles. Every change goes through
// UserRepository, which checks the right to it; its refusals are shown here. Accounts are never
// deleted (their names stay in the history): disabling stops someone signing in.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        LoginColumn,
        NameColumn,
        RolesColumn,
        StatusColumn,
        LockedColumn,
        ColumnCount,
    };

    UsersDialog(UserRepository &users, const Actor &actor, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Reads the accounts again, keeping the selected one selected.
    void refresh();
    void newUser();
    void resetPassword();
    void toggleDisabled();
    void editRoles();

    static QString rolesText(int roles);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::optional<User> selectedUser() const;
    void select(qint64 userId);
    void openEditor(UserEditDialog::Mode mode, const User &user);
    void updateButtons();
    void showError(const QString &message);
    void showNotice(const QString &message);

    UserRepository &m_users;
    Actor m_actor;
    QList<User> m_list;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_roles = nullptr;
    QLabel *m_message = nullptr;
};
