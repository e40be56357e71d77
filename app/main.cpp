#include "Actor.h"
#include "AppInfo.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "security/SignInFlow.h"
#include "storage/Database.h"

#include <QApplication>
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
    if (archive.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("archive/last")).toString();
        archive = !last.isEmpty() && QFileInfo::exists(last) ? last
                                                             : CommandLine::defaultArchivePath();
    }
    auto db = Database::open(archive);
    if (!db) {
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
