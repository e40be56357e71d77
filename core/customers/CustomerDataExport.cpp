#include "CustomerDataExport.h"

#include "CustomerAudit.h"
#include "CustomerEraser.h"
#include "CustomerExportSection.h"
#include "CustomerExportSummary.h"
#include "CustomerRepository.h"
#include "audit/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Status writeSummary(const QString &path, const QString &html)
{
    QSaveFile file(path);
    const QByteArray bytes = html.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Code::File,
                         CustomerDataExport::tr("Cannot write %1: %2")
                                 .arg(native(path), file.errorString()));
    return Done {};
}

} // namespace

Result<CustomerExportPackage> CustomerDataExport::run(Database &db,
                                                      const Actor &actor,
                                                      qint64 customerId,
                                                      const QString &parentDirectory,
                                                      const Options &options)
{
    if (Status s = Permissions::require(actor, Operation::Export); !s)
        return s.error();
    CustomerRepository repository(db);
    Result<Customer> loaded = repository.get(actor, customerId);
    if (!loaded)
        return loaded.error();
    Customer customer = std::move(loaded).value();
    const Result<QList<AuditEntry>> history = AuditLog::forEntity(db,
                                                                  actor,
                                                                  CustomerAudit::Entity,
                                                                  customerId);
    if (!history)
        return history.error();
    const bool erased = std::any_of(history->cbegin(), history->cend(), [](const AuditEntry &e) {
        return e.action == CustomerEraser::EraseAction;
    });

    const QFileInfo parent(parentDirectory);
    if (parentDirectory.isEmpty() || !parent.isDir())
        return makeError(Error::Code::Invalid,
                         tr("The folder %1 does not exist. Choose an existing folder for the "
                            "export.")
                                 .arg(native(parentDirectory)));
    const QDateTime now = options.now.isValid() ? options.now.toUTC()
                                                : QDateTime::currentDateTimeUtc();
    const QDir parentDir(parent.absoluteFilePath());
    const QString base = customer.code + QLatin1Char('-')
                         + now.toLocalTime().toString(QStringLiteral("yyyyMMdd"));
    QString name = base;
    for (int n = 2; parentDir.exists(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    const QString finalPath = parentDir.absoluteFilePath(name);
    // Written out of sight first (mode 0700: it is personal data), renamed into place at the end.
    QTemporaryDir temp(
            parentDir.absoluteFilePath(QLatin1Char('.') + name + QStringLiteral("-XXXXXX")));
    if (!temp.isValid())
        return makeError(Error::Code::File,
                         tr("Cannot create a folder in %1: %2")
                                 .arg(native(parentDir.absolutePath()), temp.errorString()));

    // Only now, with a place to write to, are the full numbers read; the export's own audit
    // entry records that they were.
    const bool fullPhones = !erased && !options.maskPhones
                            && Permissions::allows(actor, Operation::Reveal);
    if (fullPhones) {
        const Result<QList<Phone>> phones = repository.phonesForAuditedUse(actor, customerId);
        if (!phones)
            return phones.error();
        customer.phones = phones.value();
        customer.phonesMasked = false;
    }

    CustomerExportPackage package;
    package.directory = finalPath;
    package.customerId = customerId;
    package.customerCode = customer.code;
    package.customerName = customer.name;
    package.fullPhones = fullPhones;
    package.erased = erased;
    package.exportedAt = now;
    package.exportedBy = actor.label();
    const CustomerExportContext context {db, actor, customer, fullPhones, erased, history.value()};
    const QList<CustomerExportSection> sections = CustomerExportSection::all();
    for (const CustomerExportSection &section : sections) {
        if (erased && !section.keptWhenErased)
            continue;
        CsvWriter csv(temp.filePath(section.fileName), section.columns, options.csv);
        csv.setCancelCheck(options.cancelled);
        Status written = csv.open();
        if (written)
            written = section.writeRows(context, csv);
        if (written)
            written = csv.commit();
        if (!written)
            return written.error();
        package.files.append({section.fileName, section.title, csv.rowCount()});
    }
    package.files.append({SummaryFile, tr("This page"), 0});
    const QString archiveName = db.address().displayName();
    if (Status s = writeSummary(temp.filePath(SummaryFile),
                                CustomerExportSummary::html(package, archiveName));
        !s)
        return s.error();

    QJsonObject files;
    for (const CustomerExportFile &file : std::as_const(package.files))
        if (file.fileName != SummaryFile)
            files.insert(file.fileName, file.rows);
    const Status done = WriteTransaction::run(db, [&]() -> Status {
        if (Status s = AuditLog::append(db,
                                        actor,
                                        Action,
                                        CustomerAudit::Entity,
                                        customerId,
                                        {{QStringLiteral("kind"), Kind},
                                         {QStringLiteral("code"), customer.code},
                                         {QStringLiteral("directory"), finalPath},
                                         {QStringLiteral("files"), files},
                                         {QStringLiteral("phones"),
                                          fullPhones ? QStringLiteral("full")
                                                     : QStringLiteral("masked")}});
            !s)
            return s;
        if (!QDir().rename(temp.path(), finalPath))
            return makeError(Error::Code::File,
                             tr("Cannot move the export into place at %1.").arg(native(finalPath)));
        return Done {};
    });
    if (!done) {
        // Renamed, but the audit entry did not commit: the package goes too.
        if (!QFileInfo::exists(temp.path()) && QFileInfo(finalPath).isDir())
            QDir(finalPath).removeRecursively();
        return done.error();
    }
    temp.setAutoRemove(false);
    return package;
}
