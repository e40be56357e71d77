#include "DateField.h"

#include <QDateEdit>

namespace DateField {

QDateEdit *create(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMaximumDate(QDate::currentDate());
    return edit;
}

QDateTime timeFor(const QDate &day, const QDateTime &original)
{
    if (original.isValid() && dayOf(original) == day)
        return original;
    if (day == QDate::currentDate())
        return QDateTime::currentDateTimeUtc();
    return QDateTime(day, QTime(12, 0)).toUTC();
}

QDate dayOf(const QDateTime &stored)
{
    return stored.toLocalTime().date();
}

} // namespace DateField
