#include "ImportFilePage.h"

#include "FileDialog.h"
#include "ImportStyle.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString LastDirKey = QStringLiteral("import/lastDirectory");

} // namespace

ImportFilePage::ImportFilePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("File to import"));
    setSubTitle(tr("Choose a CSV file, as saved by Excel or another program, and say what it "
                   "holds. Nothing is written to the archive until the last step."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Type the file's path or choose it with Browse…"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (ImportKind kind : {ImportKind::Customers,
                            ImportKind::Purchases,
                            ImportKind::Interactions,
                            ImportKind::Complaints})
        m_kind->addItem(ImportFields::kindName(kind), int(kind));
    m_kindHint = new QLabel(this);
    m_kindHint->setWordWrap(true);
    m_error = ImportStyle::errorLabel(this, QStringLiteral("importFileError"));

    auto *form = new QFormLayout(this);
    ImportStyle::prepareForm(form);
    auto *fileLabel = new QLabel(tr("CSV &file:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto *kindLabel = new QLabel(tr("The file &holds:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    form->addRow(QString(), m_kindHint);
    form->addRow(m_error);

    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_kind);

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        Q_EMIT completeChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportFilePage::showKindHint);
    showKindHint();
}

QString ImportFilePage::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

ImportKind ImportFilePage::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QFileInfo file(path());
    QString problem;
    if (!file.exists())
        problem = tr("There is no file %1.").arg(QDir::toNativeSeparators(file.filePath()));
    else if (!file.isFile())
        problem = tr("%1 is a folder. Choose a CSV file.")
                          .arg(QDir::toNativeSeparators(file.filePath()));
    else if (!file.isReadable())
        problem = tr("You may not read %1. Ask whoever gave you the file, or copy it somewhere "
                     "you can read it.")
                          .arg(QDir::toNativeSeparators(file.filePath()));
    if (problem.isEmpty()) {
        QSettings().setValue(LastDirKey, file.absolutePath());
        return true;
    }
    m_error->setText(problem);
    m_error->show();
    m_path->setFocus(Qt::OtherFocusReason);
    return false;
}

void ImportFilePage::browse()
{
    QString dir = QFileInfo(path()).absolutePath();
    if (path().isEmpty())
        dir = QSettings()
                      .value(LastDirKey,
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .toString();
    const QString chosen = FileDialog::openFileName(this,
                                                    tr("Choose the file to import"),
                                                    dir,
                                                    tr("CSV files (*.csv *.txt);;All files (*)"));
    if (chosen.isEmpty())
        return;
    setPath(chosen);
    m_kind->setFocus(Qt::TabFocusReason);
}

void ImportFilePage::showKindHint()
{
    switch (kind()) {
    case ImportKind::Customers:
        m_kindHint->setText(tr("One customer per row: name, phones, email, address…"));
        break;
    case ImportKind::Purchases:
        m_kindHint->setText(tr("One purchase per row, with the customer's code, phone or email."));
        break;
    case ImportKind::Interactions:
        m_kindHint->setText(tr("One call, visit or message per row, with the customer's code, "
                               "phone or email."));
        break;
    case ImportKind::Complaints:
        m_kindHint->setText(tr("One complaint per row, with the customer's code, phone or "
                               "email."));
        break;
    }
}
