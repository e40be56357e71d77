#include "UsersDialog.h"

#include "security/Permissions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int UserIdRole = Qt::UserRole + 1;

} // namespace

UsersDialog::UsersDialog(UserRepository &users, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users — ServiceArchive"));

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
            {tr("User name"), tr("Name"), tr("Roles"), tr("Status"), tr("Locked until")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true); // columns are fitted in refresh()
    m_table->installEventFilter(this);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &UsersDialog::editRoles);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &UsersDialog::updateButtons);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &UsersDialog::updateButtons);

    auto button = [this](const QString &text, const char *name, void (UsersDialog::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_new = button(tr("&New user…"), "newUserButton", &UsersDialog::newUser);
    m_reset = button(tr("&Reset password…"), "resetPasswordButton", &UsersDialog::resetPassword);
    m_toggle = button(tr("&Disable"), "toggleDisabledButton", &UsersDialog::toggleDisabled);
    m_roles = button(tr("R&oles…"), "rolesButton", &UsersDialog::editRoles);
    // The button says Disable or Enable; keep its width when the text changes.
    m_toggle->setText(tr("&Enable"));
    const int enableWidth = m_toggle->sizeHint().width();
    m_toggle->setText(tr("&Disable"));
    m_toggle->setMinimumWidth(qMax(enableWidth, m_toggle->sizeHint().width()));
    QPushButton *close = button(tr("Close"), "closeUsersButton", &UsersDialog::reject);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *side = new QVBoxLayout;
    side->addWidget(m_new);
    side->addSpacing(8);
    side->addWidget(m_reset);
    side->addWidget(m_toggle);
    side->addWidget(m_roles);
    side->addStretch();
    side->addWidget(close);
    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_message);
    resize(820, 420);

    refresh();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
    updateButtons();
}

QString UsersDialog::rolesText(int roles)
{
    QStringList names;
    for (Role role : {Role::FrontDesk, Role::Supervisor, Role::Admin})
        if (roles & int(role))
            names.append(Permissions::roleName(role));
    return names.join(tr(", "));
}

void UsersDialog::refresh()
{
    const std::optional<User> selected = selectedUser();
    const Result<QList<User>> users = m_users.list(m_actor);
    m_model->removeRows(0, m_model->rowCount());
    m_list.clear();
    if (!users) {
        showError(users.error().message);
        m_new->setEnabled(false);
        updateButtons();
        return;
    }
    m_list = users.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    for (const User &user : std::as_const(m_list)) {
        QList<QStandardItem *> row;
        row.append(new QStandardItem(user.login));
        row.append(new QStandardItem(user.displayName));
        row.append(new QStandardItem(rolesText(user.roles)));
        row.append(new QStandardItem(user.disabled ? tr("Disabled") : tr("Active")));
        const bool locked = user.lockedUntil.isValid() && user.lockedUntil > now;
        row.append(new QStandardItem(
                locked ? locale.toString(user.lockedUntil.toLocalTime(), QLocale::ShortFormat)
                       : QString()));
        row.first()->setData(user.id, UserIdRole);
        if (user.disabled)
            for (QStandardItem *item : std::as_const(row))
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_model->appendRow(row);
    }
    // Fit the columns to what they hold now (a header in ResizeToContents mode does not follow
    // rows added later); the last one takes the rest.
    for (int column = 0; column < ColumnCount - 1; ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 12);
    }
    if (selected)
        select(selected->id);
    updateButtons();
}

std::optional<User> UsersDialog::selectedUser() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    const qint64 id = m_model->index(current.row(), LoginColumn).data(UserIdRole).toLongLong();
    for (const User &user : m_list)
        if (user.id == id)
            return user;
    return std::nullopt;
}

void UsersDialog::select(qint64 userId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, LoginColumn).data(UserIdRole).toLongLong() == userId) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, LoginColumn));
            return;
        }
    }
}

void UsersDialog::updateButtons()
{
    const std::optional<User> user = selectedUser();
    m_reset->setEnabled(user.has_value());
    m_toggle->setEnabled(user.has_value());
    m_roles->setEnabled(user.has_value());
    m_toggle->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
    m_toggle->setToolTip(user && user->disabled
                                 ? tr("Let this user sign in again.")
                                 : tr("Stop this user from signing in. The account and its history "
                                      "stay; Enable gives it back."));
}

void UsersDialog::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setText(message);
    m_message->show();
}

void UsersDialog::showNotice(const QString &message)
{
    m_message->setStyleSheet(QString());
    m_message->setText(message);
    m_message->show();
}

void UsersDialog::openEditor(UserEditDialog::Mode mode, const User &user)
{
    auto *editor = new UserEditDialog(m_users, m_actor, mode, user, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        refresh();
        select(editor->user().id);
        showNotice(editor->outcome());
    });
    connect(editor, &QDialog::finished, m_table, [this] {
        activateWindow();
        m_table->setFocus();
    });
    editor->open();
}

void UsersDialog::newUser()
{
    openEditor(UserEditDialog::Mode::Create, User());
}

void UsersDialog::resetPassword()
{
    if (const std::optional<User> user = selectedUser())
        openEditor(UserEditDialog::Mode::ResetPassword, *user);
}

void UsersDialog::editRoles()
{
    if (const std::optional<User> user = selectedUser())
        openEditor(UserEditDialog::Mode::Roles, *user);
}

void UsersDialog::toggleDisabled()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    const bool disable = !user->disabled;
    if (Status s = m_users.setDisabled(m_actor, user->id, disable); !s) {
        showError(s.error().message);
        return;
    }
    refresh();
    showNotice(disable ? tr("%1 can no longer sign in.").arg(user->login)
                       : tr("%1 can sign in again.").arg(user->login));
}

bool UsersDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            editRoles();
            return true;
        }
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            showNotice(tr("Accounts are not deleted, so that the history keeps their names. "
                          "To stop someone signing in, disable the account."));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
