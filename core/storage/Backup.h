#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Database;

struct BackupInfo
{
    QString filePath;
    QString fileName; // archive-YYYYMMDD-HHMMSS[-N].sqlite
    qint64 size = 0;
    QString sha256; // lower-case hex, as in the manifest
    QDateTime createdAt; // UTC, from the file name
};

// Backups of a SQLite archive, made only through VACUUM INTO (never a copy of the live file):
// the copy is written to a temporary file in the target directory, checked with
// integrity_check, hashed (SHA-256), fsynced and renamed into place as
// archive-YYYYMMDD-HHMMSS.sqlite (UTC; -2, -3, ... when that second is taken) next to a manifest
// archive-YYYYMMDD-HHMMSS.sqlite.sha256 in sha256sum's format ("<hex>  <file name>"). A
// failure removes the temporary files: a directory holds complete, checked backups or nothing.
// A backup is a file with its manifest; a file without one is not treated as a backup.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // Audit action and entity, as stored.
    static inline const QString Action = QStringLiteral("backup");
    static inline const QString RestoreAction = QStringLiteral("restore");
    static inline const QString Entity = QStringLiteral("archive");

    // Who restores: signs in against the users of the archive being restored (the backup's
    // users, not the replaced archive's), given the restored copy opened as an archive.
    using SignIn = std::function<Result<Actor>(Database &)>;

    // Needs Operation::ManageSettings. Audited in the live archive (after the copy was made, so
    // the backup itself does not hold its own entry). Creates the directory when missing.
    static Result<BackupInfo> create(Database &db, const Actor &actor, const QString &directory);

    // The complete backups in a directory (those with a manifest), newest first.
    static QList<BackupInfo> list(const QString &directory);

    // Keeps the newest `keep` (>= 1) backups of the directory and removes the others with their
    // manifests, and temporary files of interrupted backups older than a day; other files are
    // left alone. Returns how many backups were removed.
    static Result<int> prune(const QString &directory, int keep);

    // The backup on exit: makes one only when the directory has none younger than 24 hours
    // (then prunes to `keep`). Returns the backup made, or nothing when none was due.
    static Result<std::optional<BackupInfo>> automatic(
            Database &db,
            const Actor &actor,
            const QString &directory,
            int keep,
            const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Replaces the archive at archivePath (which need not exist) by a backup. The backup must
    // match its manifest's SHA-256, pass integrity_check and be a service archive this version
    // can read (an older format is upgraded). It is copied (and hashed while copying) to a
    // temporary file next to the target; signIn then signs in against that copy, and the user
    // needs Operation::ManageSettings; the restore is audited in the restored archive. The copy
    // is fsynced and renamed over the target; the replaced archive is kept as
    // <name>.before-restore-YYYYMMDD-HHMMSS (UTC), never deleted. Any failure leaves the target
    // untouched and no temporary file behind.
    //
    // The target must not be open: close every application using it first. An archive with a
    // -wal or -shm file beside it is in use (or was not closed cleanly, and its last changes are
    // in the -wal file) and is refused; that check cannot see a program opening the archive
    // after it, so restore only while nobody works on the archive.
    //
    // Returns the path the replaced archive was kept as (empty when there was none).
    static Result<QString> restore(const QString &backupFile,
                                   const QString &archivePath,
                                   const SignIn &signIn);

    static QString manifestPath(const QString &backupFile);
};
