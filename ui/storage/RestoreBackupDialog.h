#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

// File > Restore from backup…: the backups of the automatic-backup folder (Backup::list), newest
// first, or another backup file chosen with "Choose file…" (its .sha256 manifest beside it).
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &backupDirectory, QWidget *parent = nullptr);

    // The backup to restore, once accepted.
    QString selectedFile() const { return m_selected; }
    QTreeWidget *list() const { return m_list; }

private:
    void chooseFile();
    void updateButtons();

    QString m_directory;
    QString m_selected;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_restore = nullptr;
};
