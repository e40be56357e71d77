#pragma once

#include "Actor.h"
#include "Customer.h"
#include "Result.h"
#include "audit/AuditLog.h"
#include "csv/CsvOptions.h"

#include <QCoreApplication>

#include <functional>

class CsvWriter;
class Database;

// What every section of a data-subject export reads: the customer as exported (phones full or
// masked), the customer's audit entries, and the archive for records of its own.
struct CustomerExportContext
{
    Database &db;
    const Actor &actor;
    const Customer &customer;
    bool fullPhones = false;
    bool erased = false; // only the tombstone is left
    const QList<AuditEntry> &history;
};

// One CSV file of the package. A later kind of record is one more entry in
// CustomerExportSection::all(): a file name, a title for the summary, typed columns and a
// function that writes the customer's rows.
struct CustomerExportSection
{
    Q_DECLARE_TR_FUNCTIONS(CustomerExportSection)

public:
    QString fileName; // profile.csv
    QString title; // translated: what the file holds, for the summary page
    QList<CsvColumn> columns; // headers translated
    std::function<Status(const CustomerExportContext &, CsvWriter &)> writeRows;
    bool keptWhenErased = false; // written for a tombstone too

    // The sections in the order of the package; built in the current UI language.
    static QList<CustomerExportSection> all();

    static CustomerExportSection profile();
    static CustomerExportSection phones();
    static CustomerExportSection tags();
    static CustomerExportSection history();
    // The service history (CustomerExportHistory.cpp), oldest first; not for a tombstone.
    static CustomerExportSection purchases();
    static CustomerExportSection returns();
    static CustomerExportSection interactions();
    static CustomerExportSection serviceRequests();
    static CustomerExportSection stageMoves(); // of every request, one row per move
    // Complaints and return visits (CustomerExportComplaints.cpp), oldest first; not for a
    // tombstone.
    static CustomerExportSection complaints();
    static CustomerExportSection complaintChanges(); // of every complaint, one row per change
    static CustomerExportSection followUps(); // by due date
};
