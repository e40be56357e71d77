#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

// Core's refusals shown where they belong in a history dialog: a red line under each offending
// field (keyed as core's fieldErrors), and the message itself in a red label above the form when
// the fields do not already say it all. What the user typed is never touched.
class InlineErrors
{
public:
    // banner: the red label above the form (hidden while there is nothing to say).
    explicit InlineErrors(QLabel *banner);

    // Adds "label: field" to layout with a hidden error line under the field, named
    // errorName (an objectName for tests), for core's key.
    void addRow(QFormLayout *layout,
                const QString &label,
                QWidget *field,
                const QString &key,
                const QString &errorName);
    void clear();
    // Shows the error, focuses the first offending field (in form order, or the banner's
    // buddy), and returns it; nullptr when no field was named.
    QWidget *show(const Error &error);
    // One message of the dialog's own (input core never saw) under the field of key.
    void showField(const QString &key, const QString &message);
    QString fieldMessage(const QString &key) const;
    bool hasErrors() const;

    static QLabel *createBanner(QWidget *parent, const QString &objectName);

private:
    void fitWindow();

    struct Field
    {
        QWidget *widget = nullptr;
        QLabel *error = nullptr;
    };

    QLabel *m_banner = nullptr;
    QList<QString> m_order;
    QHash<QString, Field> m_fields;
};
