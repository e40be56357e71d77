#pragma once

#include "ArchiveOpener.h"
#include "storage/ArchiveAddress.h"

#include <QDialog>
#include <QList>
#include <QPair>

#include <memory>

class Database;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// File > Open archive on a server…: host, port, database, user and TLS, or a pasted
// postgresql:// address (the two stay in step). Bad input is explained beside its field; an
// archive that does not open is explained in the dialog, which keeps everything typed.
class OpenServerDialog : public QDialog
{
    Q_OBJECT

public:
    // initial: the fields start from it when it is a server address, otherwise from the most
    // recent server archive. open: tests may replace Database::open.
    explicit OpenServerDialog(const ArchiveAddress &initial,
                              QWidget *parent = nullptr,
                              ArchiveOpener::OpenFunction open = {});
    ~OpenServerDialog() override;

    // The address the fields describe (checked: empty with the messages shown when invalid).
    std::optional<ArchiveAddress> address();
    // After accept: the opened archive.
    std::unique_ptr<Database> takeDatabase();
    void accept() override;

private:
    QLabel *addError(QFormLayout *form, const char *name);
    void fill(const ArchiveAddress &address);
    void fieldsEdited();
    void addressEdited(const QString &text);
    QString uri() const;
    void showExtras();

    ArchiveOpener::OpenFunction m_open;
    std::unique_ptr<Database> m_database;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_hostError = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_userError = nullptr;
    QLabel *m_addressError = nullptr;
    QLabel *m_extrasLabel = nullptr;
    QLabel *m_openError = nullptr;
    // From a pasted address: the libpq parameters without fields of their own, and a password.
    QList<QPair<QString, QString>> m_extras;
    QString m_password;
    QString m_passwordFor; // the address (without password) m_password belongs to
    bool m_filling = false;
};
