#pragma once

#include "customers/Customer.h"

#include <QHash>
#include <QWidget>

class PhoneListEditor;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The customer profile form (客户档案). It only shows and collects; saving is the workspace's
// job. Messages from core's validation appear next to the offending field, and whatever the
// user typed stays as typed until they revert.
class CustomerForm : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerForm(QWidget *parent = nullptr);

    void setCustomer(const Customer &customer); // also clears errors, the notice, the dirty flag
    // The same customer as stored now, for a form without unsaved edits: the field with the
    // focus keeps it, and its cursor.
    void reloadCustomer(const Customer &customer);
    // A bar above the profile telling what another desk did to it; with offerReload, its Reload
    // button asks for reloadRequested().
    void showNotice(const QString &text, bool offerReload);
    void hideNotice();
    bool isNoticeShown() const;
    QString noticeText() const;
    const Customer &loaded() const { return m_loaded; }
    // What the form holds now, as typed (phones not yet normalized). Dates the form could not
    // read are reported in parseErrors under the validator's field keys.
    Customer collect(QHash<QString, QString> *parseErrors = nullptr) const;
    bool isDirty() const { return m_dirty; }
    void markClean();
    void showErrors(const QHash<QString, QString> &errors);
    void clearErrors();
    void focusName();
    void setArchivedState(bool archived);
    // What the signed-in user may do; the buttons follow.
    void setAllowed(bool create, bool edit, bool archive, bool reveal);
    // The full numbers of the loaded profile, after the user asked to see them.
    void setRevealedPhones(const QList<Phone> &phones);

    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *archiveButton() const { return m_archive; }

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void loadedChanged(); // another profile (or its saved state) is shown
    void saveRequested();
    void revertRequested();
    void archiveRequested();
    void revealRequested();
    void reloadRequested();

private:
    QWidget *addField(QFormLayout *layout, const QString &label, QWidget *field, const QString &key);
    void setDirty();
    void updateTabOrder();
    void updateButtons();
    QWidget *createNotice();
    static QDate parseDate(const QString &text, bool *ok);
    static QString dateText(const QDate &date);

    Customer m_loaded;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_mayCreate = true;
    bool m_mayEdit = true;
    bool m_mayArchive = true;
    bool m_mayReveal = true;
    QPushButton *m_reveal = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QWidget *> m_fieldWidgets;

    QWidget *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    QPushButton *m_noticeReload = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_code = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_birthday = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_jobTitle = nullptr;
    PhoneListEditor *m_phones = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_mailing = nullptr;
    QLineEdit *m_shipping = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_lifecycle = nullptr;
    QComboBox *m_tier = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_owner = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_consent = nullptr;
    QLineEdit *m_consentDate = nullptr;
    QLabel *m_verified = nullptr;
    QPushButton *m_verifyNow = nullptr;
    QDateTime m_verifiedAt;
    QLabel *m_stamps = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_archive = nullptr;
};
