#pragma once

#include "csv/CsvOptions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// Export CSV…: the file to write and its format — encoding (UTF-8 with BOM by default, UTF-8,
// GB18030) and delimiter (comma by default, semicolon, tab). The format and the folder are
// remembered (QSettings) for the next export. The file is picked with Browse… (FileDialog) or
// typed; replacing an existing file is asked first.
class ExportCsvDialog : public QDialog
{
    Q_OBJECT

public:
    // fileName: the suggested name, put in the folder of the last export.
    explicit ExportCsvDialog(const QString &fileName, QWidget *parent = nullptr);

    QString path() const;
    CsvOptions options() const;
    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }

    void browse();
    void accept() override;

private:
    QLineEdit *m_path = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_error = nullptr;
    QString m_browsed; // the file dialog asked before replacing it
};
