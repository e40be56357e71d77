#pragma once

#include "Actor.h"
#include "CsvPreview.h"
#include "import/ImportMapping.h"
#include "import/ImportReport.h"

#include <QWizard>

class Database;
class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;
class ImportReadingPage;
class ImportRunPage;

// File > Import…: brings a CSV file into the archive in five steps — the file and what it
// brings, how it reads (encoding, delimiter, preview), which column is which field, a check that
// writes nothing, and the import itself (all or nothing, with Cancel and Undo). The heavy work
// runs on worker threads with connections of their own (ImportJob).
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, ReadingPage, MappingPage, CheckPage, RunPage };

    ImportWizard(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Database &database() const { return m_db; }
    const Actor &actor() const { return m_actor; }

    // What the pages decided so far.
    QString path() const;
    ImportKind kind() const;
    const CsvTableOptions &csvOptions() const { return m_csvOptions; }
    void setCsvOptions(const CsvTableOptions &options) { m_csvOptions = options; }
    // The preview the reading page shows (the mapping page takes its header and samples).
    const CsvPreview &preview() const { return m_preview; }
    void setPreview(CsvPreview preview) { m_preview = std::move(preview); }
    ImportMapping mapping() const;

    ImportFilePage *filePage() const { return m_filePage; }
    ImportReadingPage *readingPage() const { return m_readingPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportCheckPage *checkPage() const { return m_checkPage; }
    ImportRunPage *runPage() const { return m_runPage; }

    void reject() override;

private:
    Database &m_db;
    Actor m_actor;
    CsvTableOptions m_csvOptions;
    CsvPreview m_preview;
    ImportFilePage *m_filePage = nullptr;
    ImportReadingPage *m_readingPage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportCheckPage *m_checkPage = nullptr;
    ImportRunPage *m_runPage = nullptr;
};
