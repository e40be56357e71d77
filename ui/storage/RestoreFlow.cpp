#include "RestoreFlow.h"

#include "MessageBox.h"
#include "RestoreBackupDialog.h"
#include "security/IdleLock.h"
#include "security/SignInDialog.h"
#include "security/UserRepository.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

QString RestoreFlow::chooseBackup(const QString &backupDirectory,
                                  const QString &archivePath,
                                  IdleLock *idleLock,
                                  QWidget *parent)
{
    QString backup;
    {
        RestoreBackupDialog dialog(backupDirectory, parent);
        QObject::connect(idleLock, &IdleLock::lockedChanged, &dialog, [&dialog](bool locked) {
            if (locked)
                dialog.reject();
        });
        if (dialog.exec() != QDialog::Accepted)
            return {};
        backup = dialog.selectedFile();
    }
    const int answer = MessageBox::ask(
            parent,
            QMessageBox::Warning,
            tr("Restore from backup"),
            tr("Replace the archive %1 with the backup %2?\n\nEverything entered since that "
               "backup was made is removed from the archive. The current archive is kept beside it "
               "as "
               "%1.before-restore-… and can be opened again with File > Open archive.\n\nThe "
               "archive is closed now; after the check, sign in with an administrator account "
               "of the backup.")
                    .arg(QFileInfo(archivePath).fileName(), QDir::toNativeSeparators(backup)),
            {tr("Restore"), tr("Cancel")});
    return answer == 0 ? backup : QString();
}

Result<RestoreFlow::Restored> RestoreFlow::restore(const QString &backupFile,
                                                   const QString &archivePath,
                                                   QWidget *parent)
{
    Actor signedIn;
    const Result<QString> kept
            = Backup::restore(backupFile, archivePath, [&](Database &db) -> Result<Actor> {
                  // The restored archive has its own users: sign in against them.
                  UserRepository users(db);
                  SignInDialog dialog(users, QFileInfo(backupFile).fileName(), parent);
                  if (dialog.exec() != QDialog::Accepted)
                      return makeError(Error::Code::Cancelled,
                                       tr("Nobody signed in to the backup, so nothing was "
                                          "restored."));
                  signedIn = dialog.actor();
                  return signedIn;
              });
    if (!kept)
        return kept.error();
    return Restored {signedIn, kept.value()};
}

QString RestoreFlow::restoredMessage(const QString &backupFile, const Restored &restored)
{
    const QString backup = QDir::toNativeSeparators(backupFile);
    if (restored.keptAs.isEmpty())
        return tr("The archive was restored from %1.").arg(backup);
    return tr("The archive was restored from %1. The replaced archive was kept as %2.")
            .arg(backup, QDir::toNativeSeparators(restored.keptAs));
}
