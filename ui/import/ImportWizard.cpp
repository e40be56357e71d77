#include "ImportWizard.h"

#include "ImportCheckPage.h"
#include "ImportFilePage.h"
#include "ImportJob.h"
#include "ImportMappingPage.h"
#include "ImportReadingPage.h"
#include "ImportRunPage.h"
#include "storage/Database.h"

#include <QApplication>

ImportWizard::ImportWizard(Database &db, const Actor &actor, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a CSV file"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);
    m_filePage = new ImportFilePage(this);
    m_readingPage = new ImportReadingPage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_checkPage = new ImportCheckPage(this);
    m_runPage = new ImportRunPage(this);
    setPage(FilePage, m_filePage);
    setPage(ReadingPage, m_readingPage);
    setPage(MappingPage, m_mappingPage);
    setPage(CheckPage, m_checkPage);
    setPage(RunPage, m_runPage);
    setStartId(FilePage);
    resize(960, 720);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::path() const
{
    return m_filePage->path();
}

ImportKind ImportWizard::kind() const
{
    return m_filePage->kind();
}

ImportMapping ImportWizard::mapping() const
{
    return m_mappingPage->mapping();
}

void ImportWizard::reject()
{
    // A check or an import still running is cancelled (the archive stays as it was) and
    // waited for before the wizard closes.
    if (m_checkPage->job()->isRunning() || m_runPage->job()->isRunning()) {
        QApplication::setOverrideCursor(Qt::BusyCursor);
        m_checkPage->job()->stop();
        m_runPage->job()->stop();
        QApplication::restoreOverrideCursor();
    }
    QWizard::reject();
}
