#include "SignInFlow.h"

#include "FirstAdminDialog.h"
#include "MessageBox.h"
#include "SignInDialog.h"
#include "security/UserRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

std::optional<Actor> SignInFlow::run(Database &db, QWidget *parent)
{
    UserRepository users(db);
    const QString name = QFileInfo(db.path()).fileName();
    const Result<bool> hasUsers = users.hasUsers();
    if (!hasUsers) {
        MessageBox::inform(parent,
                           QMessageBox::Critical,
                           QCoreApplication::translate("SignInFlow", "Cannot open archive"),
                           hasUsers.error().message);
        return std::nullopt;
    }
    if (!hasUsers.value()) {
        FirstAdminDialog dialog(users, name, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.actor();
    }
    SignInDialog dialog(users, name, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.actor();
}
