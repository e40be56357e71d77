#include "ExportCsvDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "history/InlineErrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

const QString EncodingKey = QStringLiteral("reports/csvEncoding");
const QString DelimiterKey = QStringLiteral("reports/csvDelimiter");
const QString FolderKey = QStringLiteral("reports/csvFolder");

QString defaultFolder()
{
    const QString saved = QSettings().value(FolderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

ExportCsvDialog::ExportCsvDialog(const QString &fileName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportCsvDialog"));
    setWindowTitle(tr("Export CSV"));
    auto *layout = new QVBoxLayout(this);
    m_error = InlineErrors::createBanner(this, QStringLiteral("exportError"));
    layout->addWidget(m_error);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(QDir::toNativeSeparators(QDir(defaultFolder()).filePath(fileName)), this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &ExportCsvDialog::browse);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("exportEncoding"));
    m_encoding->addItem(tr("UTF-8 with BOM (Excel)"), int(CsvEncoding::Utf8Bom));
    m_encoding->addItem(tr("UTF-8"), int(CsvEncoding::Utf8));
    m_encoding->addItem(tr("GB18030"), int(CsvEncoding::Gb18030));
    m_encoding->setToolTip(tr("Excel opens UTF-8 with BOM correctly; choose GB18030 for older "
                              "programs that expect the Chinese code page."));
    const int encoding = m_encoding->findData(
            QSettings().value(EncodingKey, int(CsvEncoding::Utf8Bom)).toInt());
    m_encoding->setCurrentIndex(std::max(encoding, 0));
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    form->addRow(encodingLabel, m_encoding);

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_delimiter->addItem(tr("Comma ( , )"), int(CsvDelimiter::Comma));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(CsvDelimiter::Semicolon));
    m_delimiter->addItem(tr("Tab"), int(CsvDelimiter::Tab));
    const int delimiter = m_delimiter->findData(
            QSettings().value(DelimiterKey, int(CsvDelimiter::Comma)).toInt());
    m_delimiter->setCurrentIndex(std::max(delimiter, 0));
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    form->addRow(delimiterLabel, m_delimiter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportCsvDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportCsvDialog::reject);
    layout->addWidget(buttons);
    m_path->setFocus();
}

QString ExportCsvDialog::path() const
{
    const QString text = m_path->text().trimmed();
    return text.isEmpty() ? QString() : QDir::fromNativeSeparators(text);
}

CsvOptions ExportCsvDialog::options() const
{
    CsvOptions o;
    o.encoding = CsvEncoding(m_encoding->currentData().toInt());
    o.delimiter = CsvDelimiter(m_delimiter->currentData().toInt());
    return o;
}

void ExportCsvDialog::browse()
{
    const QString chosen = FileDialog::saveFileName(this,
                                                    tr("Export CSV"),
                                                    path(),
                                                    tr("CSV files (*.csv);;All files (*)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(chosen));
    m_browsed = QDir::fromNativeSeparators(chosen);
    m_error->hide();
}

void ExportCsvDialog::accept()
{
    QString file = path();
    if (file.isEmpty()) {
        m_error->setText(tr("Choose the file to write."));
        m_error->show();
        m_path->setFocus();
        return;
    }
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".csv");
    const QFileInfo info(file);
    if (!info.absoluteDir().exists()) {
        m_error->setText(tr("The folder %1 does not exist.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath())));
        m_error->show();
        m_path->setFocus();
        return;
    }
    if (info.isDir()) {
        m_error->setText(tr("%1 is a folder; add a file name.").arg(QDir::toNativeSeparators(file)));
        m_error->show();
        m_path->setFocus();
        return;
    }
    if (info.exists() && file != m_browsed
        && MessageBox::ask(this,
                           QMessageBox::Question,
                           tr("Export CSV"),
                           tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(file)),
                           {tr("&Replace"), tr("Cancel")})
                   != 0)
        return;
    m_path->setText(QDir::toNativeSeparators(file));
    QSettings settings;
    settings.setValue(EncodingKey, m_encoding->currentData());
    settings.setValue(DelimiterKey, m_delimiter->currentData());
    settings.setValue(FolderKey, info.absolutePath());
    QDialog::accept();
}
