#pragma once

#include "import/ImportKind.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Step 1: the CSV file (typed or chosen with Browse…) and what it brings.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(QWidget *parent = nullptr);

    QString path() const;
    ImportKind kind() const;
    void setPath(const QString &path);
    void setKind(ImportKind kind);

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *kindCombo() const { return m_kind; }
    QLabel *errorLabel() const { return m_error; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void showKindHint();

    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindHint = nullptr;
    QLabel *m_error = nullptr;
};
