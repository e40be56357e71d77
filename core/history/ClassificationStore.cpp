#include "ClassificationStore.h"

#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ClassificationStore {

namespace {

struct RuleField
{
    const char *key;
    qint64 ClassificationRules::*money; // one of the two is set
    int ClassificationRules::*number;
};

const RuleField ruleFields[] = {
        {"newWithinDays", nullptr, &ClassificationRules::newWithinDays},
        {"inactiveAfterDays", nullptr, &ClassificationRules::inactiveAfterDays},
        {"recencyHighDays", nullptr, &ClassificationRules::recencyHighDays},
        {"recencyMediumDays", nullptr, &ClassificationRules::recencyMediumDays},
        {"frequencyHigh", nullptr, &ClassificationRules::frequencyHigh},
        {"frequencyMedium", nullptr, &ClassificationRules::frequencyMedium},
        {"monetaryHigh", &ClassificationRules::monetaryHigh, nullptr},
        {"monetaryMedium", &ClassificationRules::monetaryMedium, nullptr},
        {"highScore", nullptr, &ClassificationRules::highScore},
        {"mediumScore", nullptr, &ClassificationRules::mediumScore},
};

} // namespace

QJsonObject toJson(const ClassificationRules &rules)
{
    QJsonObject o;
    for (const RuleField &f : ruleFields)
        o.insert(QLatin1String(f.key),
                 f.money ? QJsonValue(double(rules.*f.money)) : QJsonValue(rules.*f.number));
    return o;
}

ClassificationRules fromJson(const QJsonObject &o)
{
    ClassificationRules rules;
    for (const RuleField &f : ruleFields) {
        const QJsonValue v = o.value(QLatin1String(f.key));
        if (!v.isDouble())
            continue;
        if (f.money)
            rules.*f.money = qint64(v.toDouble());
        else
            rules.*f.number = v.toInt();
    }
    return rules;
}

QString rulesHash(const ClassificationRules &rules)
{
    // QJsonObject keeps its keys sorted: the same rules give the same text.
    const QByteArray text = QJsonDocument(toJson(rules)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

QDate LocalDates::operator()(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    const QString text = stored.toString();
    // "yyyy-MM-ddTHH:mm:ss[.zzz]Z", as StoredTime writes it; anything else the slow way.
    int v[6] = {};
    static constexpr int at[6] = {0, 5, 8, 11, 14, 17};
    static constexpr int width[6] = {4, 2, 2, 2, 2, 2};
    bool ok = text.size() >= 20 && text.endsWith(QLatin1Char('Z')) && text.at(4) == u'-'
              && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
              && text.at(16) == u':';
    for (int i = 0; ok && i < 6; ++i)
        for (int k = at[i]; ok && k < at[i] + width[i]; ++k) {
            const char16_t c = text.at(k).unicode();
            ok = c >= u'0' && c <= u'9';
            v[i] = v[i] * 10 + (c - u'0');
        }
    const QDate day = ok ? QDate(v[0], v[1], v[2]) : QDate();
    if (!day.isValid() || v[3] > 23 || v[4] > 59 || v[5] > 60) {
        const QDateTime utc = StoredTime::toDateTime(stored);
        return utc.isValid() ? utc.toLocalTime().date() : QDate();
    }
    const int seconds = v[3] * 3600 + v[4] * 60 + v[5];
    const int offset = offsetAt(day, seconds);
    const int local = seconds + offset;
    return day.addDays(local >= 0 ? local / 86400 : -((-local + 86399) / 86400));
}

int LocalDates::offsetAt(const QDate &day, int seconds)
{
    auto it = m_days.constFind(day.toJulianDay());
    if (it == m_days.cend()) {
        const QDateTime start(day, QTime(0, 0), Qt::UTC);
        const QDateTime end(day, QTime(23, 59, 59), Qt::UTC);
        it = m_days.insert(day.toJulianDay(),
                           {start.toLocalTime().offsetFromUtc(), end.toLocalTime().offsetFromUtc()});
    }
    // The same offset at both ends: the whole day has it (no transition in between).
    if (it->first == it->second)
        return it->first;
    return QDateTime(day, QTime(0, 0).addSecs(seconds), Qt::UTC).toLocalTime().offsetFromUtc();
}

} // namespace ClassificationStore
