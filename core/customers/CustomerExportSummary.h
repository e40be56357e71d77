#pragma once

#include <QCoreApplication>

struct CustomerExportPackage;

// The readable page of a data-subject export (summary.html), in the UI language: whom it is
// about, the files and their row counts, when and by whom it was made, and the legal basis.
class CustomerExportSummary
{
    Q_DECLARE_TR_FUNCTIONS(CustomerExportSummary)

public:
    static QString html(const CustomerExportPackage &package, const QString &archiveName);
};
