#pragma once

#include <QDateTime>

class QDateEdit;
class QWidget;

// The day of a history record, picked in a date field and stored as a UTC time.
namespace DateField {

// A date field with a calendar popup, in ISO order (2026-11-23), up to today.
QDateEdit *create(QWidget *parent, const QString &objectName);
// The time to store for a day picked by the user: the original time when the day did not
// change, now for today (so today's records keep the order they were made in), else local noon.
QDateTime timeFor(const QDate &day, const QDateTime &original = {});
// The local day of a stored time.
QDate dayOf(const QDateTime &stored);

} // namespace DateField
