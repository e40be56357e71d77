#include "SignInFlow.h"

#include "FirstAdminDialog.h"
#include "MessageBox.h"
#include "SignInDialog.h"
#include "demo/DemoAccounts.h"
#include "demo/DemoGenerator.h"
#include "security/UserRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

std::optional<Actor> SignInFlow::run(std::unique_ptr<Database> &db, QWidget *parent)
{
    UserRepository users(*db);
    const QString name = db->address().displayName();
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
        const int result = dialog.exec();
        if (result == FirstAdminDialog::DemoRequested)
            return openDemo(db, parent);
        if (result != QDialog::Accepted)
            return std::nullopt;
        return dialog.actor();
    }
    SignInDialog dialog(users, name, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.actor();
}

std::optional<Actor> SignInFlow::openDemo(std::unique_ptr<Database> &db, QWidget *parent)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("SignInFlow", text);
    };
    // Beside an archive file; for a server archive, in the application's own folder: made-up
    // customers have no place on a shared server.
    const QString dir = db->isServer()
                                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                : QFileInfo(db->path()).absolutePath();
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/demo.sqlite");
    auto opened = Database::open(path);
    if (!opened) {
        MessageBox::inform(parent,
                           QMessageBox::Critical,
                           tr("Cannot open archive"),
                           opened.error().message);
        return std::nullopt;
    }
    std::unique_ptr<Database> demo = std::move(opened).value();
    UserRepository users(*demo);
    const Result<bool> hasUsers = users.hasUsers();
    if (hasUsers && hasUsers.value()) {
        // Made on an earlier day: its accounts were shown then.
        SignInDialog dialog(users, QFileInfo(path).fileName(), parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        db = std::move(demo);
        return dialog.actor();
    }
    const Result<DemoAccounts::Created> made = DemoAccounts::create(users);
    Status filled = made ? DemoGenerator::run(*demo, made->supervisor, {2000, 1, {}})
                         : made.error();
    if (!filled) {
        MessageBox::inform(parent,
                           QMessageBox::Critical,
                           tr("Cannot open archive"),
                           filled.error().message);
        return std::nullopt;
    }
    QStringList lines;
    for (const DemoAccounts::Account &account : made->accounts)
        lines.append(QStringLiteral("%1    %2").arg(account.login, account.password));
    MessageBox::inform(parent,
                       QMessageBox::Information,
                       tr("Demo archive"),
                       tr("A demo archive with 2,000 made-up customers was created at %1. You are "
                          "signed in as its supervisor. Its accounts, shown only now:\n\n%2")
                               .arg(QDir::toNativeSeparators(path), lines.join(QLatin1Char('\n'))));
    db = std::move(demo);
    return made->supervisor;
}
