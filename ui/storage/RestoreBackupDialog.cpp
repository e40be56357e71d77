#include "RestoreBackupDialog.h"

#include "FileDialog.h"
#include "storage/Backup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RestoreBackupDialog::RestoreBackupDialog(const QString &backupDirectory, QWidget *parent)
    : QDialog(parent)
    , m_directory(backupDirectory)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from backup — ServiceArchive"));
    auto *intro = new QLabel(tr("Backups in %1:").arg(QDir::toNativeSeparators(m_directory)), this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setHeaderLabels({tr("Made at"), tr("File"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    const QLocale locale;
    const QList<BackupInfo> backups = Backup::list(m_directory);
    for (const BackupInfo &backup : backups) {
        auto *item = new QTreeWidgetItem(m_list,
                                         {locale.toString(backup.createdAt.toLocalTime(),
                                                          QLocale::ShortFormat),
                                          backup.fileName,
                                          locale.formattedDataSize(backup.size)});
        item->setData(0, Qt::UserRole, backup.filePath);
        item->setToolTip(1, QDir::toNativeSeparators(backup.filePath));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_empty = new QLabel(tr("There are no backups in this folder yet. Choose a backup file "
                            "made elsewhere with \"Choose file…\"."),
                         this);
    m_empty->setObjectName(QStringLiteral("backupListEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setVisible(backups.isEmpty());
    m_list->setVisible(!backups.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    auto *choose = buttons->addButton(tr("Choose file…"), QDialogButtonBox::ActionRole);
    choose->setObjectName(QStringLiteral("chooseBackupButton"));
    m_restore = buttons->addButton(tr("Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(choose, &QPushButton::clicked, this, &RestoreBackupDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem()) {
            m_selected = item->data(0, Qt::UserRole).toString();
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreBackupDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, m_restore, &QPushButton::click);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    resize(560, 360);
    updateButtons();
    m_list->setFocus();
}

void RestoreBackupDialog::updateButtons()
{
    m_restore->setEnabled(m_list->currentItem() != nullptr);
}

void RestoreBackupDialog::chooseFile()
{
    const QString file = FileDialog::openFileName(this,
                                                  tr("Choose a backup"),
                                                  m_directory,
                                                  tr("Backups (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    m_selected = file;
    accept();
}
