#include "Actor.h"
#include "AppInfo.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "security/SignInFlow.h"
#include "storage/ArchiveOpener.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {

void describe(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(AppInfo::organization());
    QCoreApplication::setApplicationName(AppInfo::applicationName());
    QCoreApplication::setApplicationVersion(AppInfo::version());
    Q_UNUSED(app)
}

// The archive of the last session (a file that still exists, or a server address), or the default.
QString lastArchive()
{
    const QString last = QSettings().value(QStringLiteral("archive/last")).toString();
    if (ArchiveAddress::looksLikeServer(last) || (!last.isEmpty() && QFileInfo::exists(last)))
        return last;
    return CommandLine::defaultArchivePath();
}

} // namespace

int main(int argc, char **argv)
{
#ifdef Q_OS_LINUX
    // With TZ unset, glibc re-reads /etc/localtime on every local-time conversion (one stat()
    // per date shown in a list); naming the file once lets it cache the zone.
    if (qEnvironmentVariableIsEmpty("TZ") && QFileInfo::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
#endif
    if (CommandLine::isCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        describe(app);
        CommandLine::installTranslations(app, CommandLine::languageFrom(argc, argv));
        return CommandLine::runCommand(QCoreApplication::arguments());
    }

    if (CommandLine::isInfoRequest(argc, argv)) {
        QCoreApplication app(argc, argv);
        describe(app);
        CommandLine::installTranslations(app, CommandLine::languageFrom(argc, argv));
        QString archive;
        int exitCode = 0;
        CommandLine::parseGui(QCoreApplication::arguments(), &archive, &exitCode);
        return exitCode;
    }

    QApplication app(argc, argv);
    describe(app);
    CommandLine::installTranslations(app, CommandLine::languageFrom(argc, argv));
    QString archive;
    int exitCode = 0;
    if (!CommandLine::parseGui(QCoreApplication::arguments(), &archive, &exitCode))
        return exitCode;
    const bool remembered = archive.isEmpty();
    if (remembered)
        archive = lastArchive();
    auto db = ArchiveOpener::open(archive, nullptr);
    if (!db && remembered && ArchiveAddress::looksLikeServer(archive)) {
        // The server of the last session cannot be reached (or its password was not given): the
        // local archive, if the user wants.
        const QString local = CommandLine::defaultArchivePath();
        const QString why = db.error().code == Error::Code::Cancelled
                                    ? QCoreApplication::translate("main",
                                                                  "No password was given for %1.")
                                              .arg(ArchiveAddress::parse(archive)->displayName())
                                    : db.error().message;
        const int choice = MessageBox::ask(nullptr,
                                           QMessageBox::Warning,
                                           QCoreApplication::translate("main",
                                                                       "Cannot open archive"),
                                           why,
                                           {QCoreApplication::translate("main", "Open %1 instead")
                                                    .arg(QDir::toNativeSeparators(local)),
                                            QCoreApplication::translate("main", "Quit")});
        if (choice != 0)
            return 0;
        db = ArchiveOpener::open(local, nullptr);
    }
    if (!db) {
        if (db.error().code == Error::Code::Cancelled)
            return 0; // no password for the server
        MessageBox::inform(nullptr,
                           QMessageBox::Critical,
                           QCoreApplication::translate("main", "Cannot open archive"),
                           db.error().message);
        return 1;
    }
    std::unique_ptr<Database> database = std::move(db).value();
    const std::optional<Actor> actor = SignInFlow::run(database);
    if (!actor)
        return 0; // the user chose not to sign in
    MainWindow window(std::move(database), *actor);
    window.show();
    return app.exec();
}
