#pragma once

#include "Actor.h"
#include "Result.h"
#include "csv/CsvOptions.h"
#include "csv/CsvWriter.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;

struct CustomerExportFile
{
    QString fileName;
    QString title; // translated
    qint64 rows = 0; // data rows (CSV files), 0 for the summary
};

// The package written: a new directory with one CSV file per section and a summary page.
struct CustomerExportPackage
{
    QString directory; // absolute
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QList<CustomerExportFile> files; // the CSV files in package order, then the summary
    bool fullPhones = false; // false: every phone number masked (138****5678)
    bool erased = false; // only the tombstone was exported
    QDateTime exportedAt; // UTC
    QString exportedBy; // the actor's label
};

// A data-subject export (PIPL art. 45, GDPR art. 15 and 20): everything the archive holds about
// one customer, as a directory <parent>/<code>-<yyyyMMdd>[-N]/ of CSV files (one per
// CustomerExportSection, written by CsvWriter) and summary.html (who, what, how many rows, when,
// by whom, on which legal basis) in the UI language.
//
// Needs Operation::Export. Phone numbers are full for an actor with Operation::Reveal (read
// through CustomerRepository::revealPhones, which writes its own "reveal" audit entry) and
// masked otherwise. The package is written into a hidden temporary directory beside its final
// place and renamed into place in the same transaction as its "export" audit entry: after a
// refusal, a failure or a cancel there is neither a directory nor an audit entry. A customer
// whose personal data was erased exports its tombstone only.
class CustomerDataExport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerDataExport)

public:
    static inline const QString Action = QStringLiteral("export"); // audit action, as stored
    static inline const QString Kind = QStringLiteral("data_subject"); // details.kind
    static inline const QString SummaryFile = QStringLiteral("summary.html");

    struct Options
    {
        CsvOptions csv;
        // Masks the phone numbers even for an actor who may see them (a copy for a reader
        // who should not).
        bool maskPhones = false;
        CsvWriter::CancelCheck cancelled; // asked before each row
        QDateTime now; // tests pin the time; default: the current time
    };

    static Result<CustomerExportPackage> run(Database &db,
                                             const Actor &actor,
                                             qint64 customerId,
                                             const QString &parentDirectory,
                                             const Options &options);
    static Result<CustomerExportPackage> run(Database &db,
                                             const Actor &actor,
                                             qint64 customerId,
                                             const QString &parentDirectory)
    {
        return run(db, actor, customerId, parentDirectory, Options {});
    }
};
