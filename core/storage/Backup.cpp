#include "Backup.h"

#include "Database.h"
#include "Migrations.h"
#include "WriteTransaction.h"
#include "audit/AuditLog.h"
#include "security/Permissions.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

constexpr qint64 ChunkSize = 1 << 20;
constexpr int MaxIntegrityLines = 5;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString stamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QString lastSystemError()
{
    return qt_error_string(errno);
}

// Files that are removed when the operation they belong to fails. SQLite's side files of a
// temporary database go with it.
class TemporaryFiles
{
public:
    TemporaryFiles() = default;
    TemporaryFiles(const TemporaryFiles &) = delete;
    TemporaryFiles &operator=(const TemporaryFiles &) = delete;
    ~TemporaryFiles()
    {
        if (m_released)
            return;
        for (const QString &path : std::as_const(m_paths)) {
            for (const char *suffix : {"", "-journal", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
    }
    void add(const QString &path) { m_paths.append(path); }
    void release() { m_released = true; }

private:
    QStringList m_paths;
    bool m_released = false;
};

// A new, empty file only the owner may read and write, with a name nobody else uses.
Result<QString> createTemporary(const QString &directory, const QString &prefix)
{
    QString error;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString path = directory + QLatin1Char('/') + prefix
                             + QString::number(QRandomGenerator::system()->generate64(), 36)
                             + QStringLiteral(".tmp");
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            file.close();
            return path;
        }
        error = file.errorString();
        if (!QFileInfo::exists(path))
            break; // not a name clash: the folder refuses
    }
    return makeError(Error::Code::Storage,
                     Backup::tr("No file can be created in %1: %2").arg(native(directory), error));
}

bool syncHandle(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

Status syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !syncHandle(file))
        return makeError(Error::Code::Storage,
                         Backup::tr("%1 could not be written to the disk: %2")
                                 .arg(native(path), file.errorString()));
    return Done {};
}

// The directory's entry for a renamed file reaches the disk only with the directory.
Status syncDirectory(const QString &directory)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(directory).constData(),
                          O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const QString error = lastSystemError();
        if (fd >= 0)
            ::close(fd);
        return makeError(Error::Code::Storage,
                         Backup::tr("The folder %1 could not be written to the disk: %2")
                                 .arg(native(directory), error));
    }
    ::close(fd);
#else
    Q_UNUSED(directory)
#endif
    return Done {};
}

// Renames over an existing file in one step.
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    return ::MoveFileExW(reinterpret_cast<const wchar_t *>(native(from).utf16()),
                         reinterpret_cast<const wchar_t *>(native(to).utf16()),
                         MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
           != 0;
#else
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

// A second name for the same file (so that the old archive stays whole while the new one is
// renamed over it); false where the file system has no hard links.
bool linkFile(const QString &existing, const QString &newName)
{
#ifdef Q_OS_WIN
    Q_UNUSED(existing)
    Q_UNUSED(newName)
    return false;
#else
    return ::link(QFile::encodeName(existing).constData(), QFile::encodeName(newName).constData())
           == 0;
#endif
}

Result<QByteArray> sha256Of(const QString &path, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Storage,
                         Backup::tr("%1 cannot be read: %2").arg(native(path), file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(Error::Code::Storage,
                             Backup::tr("%1 cannot be read: %2")
                                     .arg(native(path), file.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        total += n;
    }
    if (size)
        *size = total;
    return hash.result().toHex();
}

// Copies source to the (existing, empty) target, hashing the bytes as they are written, and
// syncs the target: what was hashed is what was copied.
Result<QByteArray> copyHashed(const QString &source, const QString &target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Storage,
                         Backup::tr("%1 cannot be read: %2").arg(native(source), in.errorString()));
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(Error::Code::Storage,
                         Backup::tr("%1 cannot be written: %2")
                                 .arg(native(target), out.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(Error::Code::Storage,
                             Backup::tr("%1 cannot be read: %2")
                                     .arg(native(source), in.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (out.write(buffer.constData(), n) != n)
            return makeError(Error::Code::Storage,
                             Backup::tr("%1 cannot be written: %2")
                                     .arg(native(target), out.errorString()));
    }
    if (!syncHandle(out))
        return makeError(Error::Code::Storage,
                         Backup::tr("%1 could not be written to the disk: %2")
                                 .arg(native(target), out.errorString()));
    return hash.result().toHex();
}

Status writeSynced(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size() || !syncHandle(file))
        return makeError(Error::Code::Storage,
                         Backup::tr("%1 cannot be written: %2")
                                 .arg(native(path), file.errorString()));
    return Done {};
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("backup-check-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Checks a database file that nobody else uses, through a read-only connection of its own:
// that it is a service archive this version can read, and SQLite's integrity_check.
Status checkCopy(const QString &path, const QString &shownName)
{
    const QString connectionName = nextConnectionName();
    std::optional<Error> error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error = makeError(Error::Code::Incompatible,
                              Backup::tr("%1 cannot be opened: %2")
                                      .arg(shownName, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            int appId = -1;
            int version = -1;
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                appId = q.value(0).toInt();
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            if (appId != Database::ApplicationId || version < 1) {
                error = makeError(Error::Code::Incompatible,
                                  Backup::tr("%1 is not a service archive.").arg(shownName));
            } else if (version > Migrations::latestVersion()) {
                error = makeError(Error::Code::Incompatible,
                                  Backup::tr("%1 was written by a newer version of ServiceArchive "
                                             "(archive format %2; this version reads up to %3).")
                                          .arg(shownName)
                                          .arg(version)
                                          .arg(Migrations::latestVersion()));
            } else if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                error = makeError(Error::Code::Incompatible,
                                  Backup::tr("%1 is damaged: %2")
                                          .arg(shownName, q.lastError().text()));
            } else {
                QStringList problems;
                while (q.next())
                    problems.append(q.value(0).toString());
                if (problems != QStringList {QStringLiteral("ok")}) {
                    if (problems.size() > MaxIntegrityLines)
                        problems.resize(MaxIntegrityLines);
                    error = makeError(Error::Code::Incompatible,
                                      Backup::tr("%1 is damaged (integrity check: %2).")
                                              .arg(shownName, problems.join(QStringLiteral("; "))));
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (error)
        return *error;
    return Done {};
}

// "<hex>  <file name>" (sha256sum's format; a '*' before the name marks binary mode there).
Result<QByteArray> readManifest(const QString &backupFile)
{
    const QString manifest = Backup::manifestPath(backupFile);
    QFile file(manifest);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound,
                         Backup::tr("The backup %1 has no manifest (%2 is missing); it cannot be "
                                    "checked and is not restored.")
                                 .arg(native(backupFile), native(manifest)));
    const QString line = QString::fromUtf8(file.read(4096)).section(QLatin1Char('\n'), 0, 0);
    static const QRegularExpression format(QStringLiteral("^([0-9a-fA-F]{64}) [ *](.+?)\\r?$"));
    const QRegularExpressionMatch match = format.match(line);
    if (!match.hasMatch())
        return makeError(Error::Code::Incompatible,
                         Backup::tr("The manifest %1 is not in the expected format.")
                                 .arg(native(manifest)));
    const QString fileName = QFileInfo(backupFile).fileName();
    if (match.captured(2) != fileName)
        return makeError(Error::Code::Incompatible,
                         Backup::tr("The manifest %1 describes %2, not %3.")
                                 .arg(native(manifest), match.captured(2), fileName));
    return match.captured(1).toLower().toLatin1();
}

struct Listed
{
    BackupInfo info;
    int sequence = 1;
};

} // namespace

QString Backup::manifestPath(const QString &backupFile)
{
    return backupFile + QStringLiteral(".sha256");
}

Result<BackupInfo> Backup::create(Database &db, const Actor &actor, const QString &directory)
{
    if (Status s = Permissions::require(actor, Operation::ManageSettings); !s)
        return s.error();
    if (!db.sqliteHandle())
        return makeError(Error::Code::Invalid,
                         tr("This archive is kept on a database server; back it up with the "
                            "server's own tools."));
    const QString folder = QDir(directory).absolutePath();
    if (!QDir().mkpath(folder))
        return makeError(Error::Code::Storage,
                         tr("The backup folder %1 cannot be created.").arg(native(folder)));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    TemporaryFiles cleanup;
    const Result<QString> temporary = createTemporary(folder, QStringLiteral(".archive-backup-"));
    if (!temporary)
        return temporary.error();
    const QString copy = temporary.value();
    cleanup.add(copy);

    // A consistent snapshot of what is committed, through SQLite, on a connection of its own (so
    // that statements or a transaction open on the caller's connection neither block nor leak
    // into it; concurrent writers go on meanwhile). The file is empty, which VACUUM INTO
    // accepts, and keeps the owner-only mode it was created with.
    {
        auto reader = Database::openForThread(db.path());
        if (!reader)
            return reader.error();
        QSqlQuery q(reader.value()->connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(copy);
        if (!q.exec())
            return makeError(Error::Code::Storage,
                             tr("The backup could not be written to %1: %2")
                                     .arg(native(folder), q.lastError().text()));
    }
    if (Status s = checkCopy(copy, tr("The new backup")); !s)
        return s.error();
    qint64 size = 0;
    const Result<QByteArray> hash = sha256Of(copy, &size);
    if (!hash)
        return hash.error();
    if (Status s = syncFile(copy); !s)
        return s.error();

    // The first free name of this second: archive-YYYYMMDD-HHMMSS.sqlite, then -2, -3, ...
    QString name;
    for (int n = 1;; ++n) {
        name = QStringLiteral("archive-") + stamp(now)
               + (n == 1 ? QString() : QStringLiteral("-%1").arg(n)) + QStringLiteral(".sqlite");
        const QString path = folder + QLatin1Char('/') + name;
        if (!QFileInfo::exists(path) && !QFileInfo::exists(manifestPath(path)))
            break;
    }
    const QString finalPath = folder + QLatin1Char('/') + name;
    const QString finalManifest = manifestPath(finalPath);

    const Result<QString> manifestTemporary = createTemporary(folder,
                                                              QStringLiteral(".archive-manifest-"));
    if (!manifestTemporary)
        return manifestTemporary.error();
    cleanup.add(manifestTemporary.value());
    if (Status s = writeSynced(manifestTemporary.value(),
                               hash.value() + "  " + name.toUtf8() + '\n');
        !s)
        return s.error();

    // The manifest first: a crash in between leaves a manifest without its backup (ignored),
    // never a backup that cannot be checked. QFile::rename does not replace an existing file.
    if (!QFile::rename(manifestTemporary.value(), finalManifest))
        return makeError(Error::Code::Storage,
                         tr("The backup manifest %1 cannot be put in place.")
                                 .arg(native(finalManifest)));
    cleanup.add(finalManifest);
    if (!QFile::rename(copy, finalPath))
        return makeError(Error::Code::Storage,
                         tr("The backup %1 cannot be put in place.").arg(native(finalPath)));
    cleanup.add(finalPath);
    if (Status s = syncDirectory(folder); !s)
        return s.error();

    // Recorded once the backup exists; without its entry the backup is removed again.
    const QJsonObject details {{QStringLiteral("file"), name},
                               {QStringLiteral("size"), size},
                               {QStringLiteral("sha256"), QString::fromLatin1(hash.value())}};
    const Status audited = WriteTransaction::run(db, [&]() -> Status {
        return AuditLog::append(db, actor, Action, Entity, 0, details);
    });
    if (!audited)
        return audited.error();
    cleanup.release();
    return BackupInfo {finalPath, name, size, QString::fromLatin1(hash.value()), now};
}

QList<BackupInfo> Backup::list(const QString &directory)
{
    static const QRegularExpression pattern(
            QStringLiteral("^archive-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$"));
    const QDir dir(directory);
    QList<Listed> found;
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("archive-*.sqlite")},
                                                  QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        if (!at.isValid())
            continue;
        at.setTimeSpec(Qt::UTC);
        const Result<QByteArray> hash = readManifest(file.absoluteFilePath());
        if (!hash)
            continue; // not a complete backup
        const int sequence = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
        found.append({BackupInfo {file.absoluteFilePath(),
                                  file.fileName(),
                                  file.size(),
                                  QString::fromLatin1(hash.value()),
                                  at},
                      sequence});
    }
    std::sort(found.begin(), found.end(), [](const Listed &a, const Listed &b) {
        if (a.info.createdAt != b.info.createdAt)
            return a.info.createdAt > b.info.createdAt;
        return a.sequence > b.sequence;
    });
    QList<BackupInfo> out;
    out.reserve(found.size());
    for (const Listed &l : std::as_const(found))
        out.append(l.info);
    return out;
}

Result<int> Backup::prune(const QString &directory, int keep)
{
    if (keep < 1)
        return makeError(Error::Code::Invalid,
                         tr("At least one backup must be kept (asked to keep %1).").arg(keep));
    const QList<BackupInfo> backups = list(directory);
    int removed = 0;
    for (qsizetype i = keep; i < backups.size(); ++i) {
        // The backup before its manifest: a crash in between leaves only a stray manifest.
        const BackupInfo &old = backups.at(i);
        if (!QFile::remove(old.filePath) || !QFile::remove(manifestPath(old.filePath)))
            return makeError(Error::Code::Storage,
                             tr("The old backup %1 cannot be removed.").arg(native(old.filePath)));
        ++removed;
    }
    // Temporary files of backups that a crash interrupted (a day old: none still in the making).
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addSecs(-24 * 60 * 60);
    const QFileInfoList leftovers
            = QDir(directory).entryInfoList({QStringLiteral(".archive-backup-*.tmp"),
                                             QStringLiteral(".archive-manifest-*.tmp")},
                                            QDir::Files | QDir::Hidden);
    for (const QFileInfo &leftover : leftovers) {
        if (leftover.lastModified().toUTC() < dayAgo)
            QFile::remove(leftover.absoluteFilePath());
    }
    if (removed > 0) {
        if (Status s = syncDirectory(QDir(directory).absolutePath()); !s)
            return s.error();
    }
    return removed;
}

Result<std::optional<BackupInfo>> Backup::automatic(
        Database &db, const Actor &actor, const QString &directory, int keep, const QDateTime &now)
{
    if (keep < 1)
        return makeError(Error::Code::Invalid,
                         tr("At least one backup must be kept (asked to keep %1).").arg(keep));
    const QList<BackupInfo> backups = list(directory);
    if (!backups.isEmpty() && backups.first().createdAt > now.toUTC().addSecs(-24 * 60 * 60))
        return std::optional<BackupInfo> {};
    Result<BackupInfo> made = create(db, actor, directory);
    if (!made)
        return made.error();
    if (const Result<int> pruned = prune(directory, keep); !pruned)
        return pruned.error();
    return std::optional<BackupInfo>(std::move(made).value());
}

Result<QString> Backup::restore(const QString &backupFile,
                                const QString &archivePath,
                                const SignIn &signIn)
{
    const QString source = QFileInfo(backupFile).absoluteFilePath();
    const QString target = QFileInfo(archivePath).absoluteFilePath();
    if (!QFileInfo(source).isFile())
        return makeError(Error::Code::NotFound,
                         tr("The backup %1 does not exist.").arg(native(source)));
    if (QFileInfo(target).isDir())
        return makeError(Error::Code::Invalid,
                         tr("%1 is a folder; name the archive file to restore into.")
                                 .arg(native(target)));
    if (source == target
        || (QFileInfo::exists(target)
            && QFileInfo(source).canonicalFilePath() == QFileInfo(target).canonicalFilePath()))
        return makeError(Error::Code::Invalid, tr("A backup cannot be restored onto itself."));
    const Result<QByteArray> expected = readManifest(source);
    if (!expected)
        return expected.error();
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = target + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            return makeError(Error::Code::Conflict,
                             tr("The archive %1 is open, or was not closed properly (%2 exists). "
                                "Close every ServiceArchive window using it, or open and close it "
                                "once, then restore again. Nothing was changed.")
                                     .arg(native(target), native(side)));
    }
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder))
        return makeError(Error::Code::Storage,
                         tr("The folder %1 cannot be created.").arg(native(folder)));

    TemporaryFiles cleanup;
    const Result<QString> temporary = createTemporary(folder,
                                                      QLatin1Char('.') + QFileInfo(target).fileName()
                                                              + QStringLiteral(".restore-"));
    if (!temporary)
        return temporary.error();
    const QString copy = temporary.value();
    cleanup.add(copy);

    const Result<QByteArray> hash = copyHashed(source, copy);
    if (!hash)
        return hash.error();
    if (hash.value() != expected.value())
        return makeError(Error::Code::Incompatible,
                         tr("The backup %1 does not match its manifest (SHA-256): it is damaged "
                            "or was changed after it was made. Nothing was restored.")
                                 .arg(native(source)));
    if (Status s = checkCopy(copy, tr("The backup %1").arg(native(source))); !s)
        return s.error();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString kept;
    if (QFileInfo::exists(target)) {
        const QString base = target + QStringLiteral(".before-restore-") + stamp(now);
        kept = base;
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = base + QStringLiteral("-%1").arg(n);
    }
    {
        auto db = Database::open(copy);
        if (!db)
            return db.error();
        const Result<Actor> actor = signIn(*db.value());
        if (!actor)
            return actor.error();
        if (Status s = Permissions::require(actor.value(), Operation::ManageSettings); !s)
            return s.error();
        const QJsonObject details {{QStringLiteral("backup"), QFileInfo(source).fileName()},
                                   {QStringLiteral("sha256"), QString::fromLatin1(hash.value())},
                                   {QStringLiteral("replaced"), QFileInfo(kept).fileName()}};
        if (Status s = WriteTransaction::run(*db.value(),
                                             [&]() -> Status {
                                                 return AuditLog::append(*db.value(),
                                                                         actor.value(),
                                                                         RestoreAction,
                                                                         Entity,
                                                                         0,
                                                                         details);
                                             });
            !s)
            return s.error();
        // One self-contained file again: the -wal is folded in and removed.
        QSqlQuery q(db.value()->connection());
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !q.next()
            || q.value(0).toString().compare(QStringLiteral("delete"), Qt::CaseInsensitive) != 0)
            return makeError(Error::Code::Storage,
                             tr("The restored archive could not be completed: %1")
                                     .arg(q.lastError().text()));
    }
    if (Status s = syncFile(copy); !s)
        return s.error();

    if (!kept.isEmpty()) {
        // The replaced archive keeps its bytes under a second name, so that the target name
        // always holds a whole archive: the old one until the rename, then the restored one.
        if (linkFile(target, kept)) {
            if (!replaceFile(copy, target)) {
                const QString error = lastSystemError();
                QFile::remove(kept);
                return makeError(Error::Code::Storage,
                                 tr("The archive %1 cannot be replaced: %2")
                                         .arg(native(target), error));
            }
        } else {
            if (!QFile::rename(target, kept))
                return makeError(Error::Code::Storage,
                                 tr("The archive %1 cannot be set aside as %2.")
                                         .arg(native(target), native(kept)));
            if (!replaceFile(copy, target)) {
                const QString error = lastSystemError();
                QFile::rename(kept, target);
                return makeError(Error::Code::Storage,
                                 tr("The archive %1 cannot be replaced: %2")
                                         .arg(native(target), error));
            }
        }
    } else if (!replaceFile(copy, target)) {
        return makeError(Error::Code::Storage,
                         tr("The archive %1 cannot be written: %2")
                                 .arg(native(target), lastSystemError()));
    }
    cleanup.release();
    if (Status s = syncDirectory(folder); !s)
        return s.error();
    return kept;
}
