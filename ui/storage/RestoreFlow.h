#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>

class IdleLock;
class QWidget;

// The steps of File > Restore from backup… that do not touch the open archive: choosing a backup
// and confirming, then (once the window has closed its archive) Backup::restore with a sign-in
// against the backup's own users.
class RestoreFlow
{
    Q_DECLARE_TR_FUNCTIONS(RestoreFlow)

public:
    // RestoreBackupDialog, then a warning to confirm. The backup file, or empty when the user
    // changed their mind (or the idle lock closed the dialog).
    static QString chooseBackup(const QString &backupDirectory,
                                const QString &archivePath,
                                IdleLock *idleLock,
                                QWidget *parent);

    struct Restored
    {
        Actor actor; // who signed in to the restored archive
        QString keptAs; // the replaced archive, empty when there was none
    };
    // The archive must be closed (no connection left). On an error it is untouched.
    static Result<Restored> restore(const QString &backupFile,
                                    const QString &archivePath,
                                    QWidget *parent);
    // What the user is told after a restore.
    static QString restoredMessage(const QString &backupFile, const Restored &restored);
};
