#pragma once

#include "Classification.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <utility>

// What Classification keeps in the settings table, and how it reads stored times as local
// dates; shared by its files, not for other callers.
namespace ClassificationStore {

inline const QString RulesKey = QStringLiteral("classification"); // the rules as JSON
// {"date": the local day of the last reclassifyAll, "rules": rulesHash() of its rules}
inline const QString RunKey = QStringLiteral("classification_run");

QJsonObject toJson(const ClassificationRules &rules);
// Keys that are missing or not numbers keep their defaults.
ClassificationRules fromJson(const QJsonObject &o);
QString rulesHash(const ClassificationRules &rules);

// A stored UTC time as the local date it fell on, for a million of them in a row: the text is
// read field by field, and the local offset looked up once per UTC day (per row only on the day
// of a time-zone transition).
class LocalDates
{
public:
    QDate operator()(const QVariant &stored);

private:
    int offsetAt(const QDate &day, int seconds);

    QHash<qint64, std::pair<int, int>> m_days; // julian day -> offsets at its start and end
};

} // namespace ClassificationStore
