#include "ReportSupport.h"

#include "customers/PhoneNumber.h"
#include "history/ChoiceLists.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace ReportSupport {

QList<ReportParameter> rangeParameters(const QString &fromLabel, const QString &toLabel)
{
    ReportParameter from;
    from.key = QStringLiteral("from");
    from.label = fromLabel;
    from.type = ReportParameterType::Date;
    from.help = Report::tr("The first day counted; leave it out to start at the beginning.");
    ReportParameter to;
    to.key = QStringLiteral("to");
    to.label = toLabel;
    to.type = ReportParameterType::Date;
    to.help = Report::tr("The last day counted (included); leave it out to go up to today.");
    return {from, to};
}

ReportParameter staff(const QString &key, const QString &label)
{
    ReportParameter p;
    p.key = key;
    p.label = label;
    p.type = ReportParameterType::User;
    p.help = Report::tr("A staff login; leave it out for everyone.");
    return p;
}

QVariant startOfDay(const QDate &day)
{
    return StoredTime::fromDateTime(day.startOfDay(Qt::LocalTime));
}

void timeRange(const ReportContext &c,
               const QString &column,
               QStringList &where,
               QVariantList &binds)
{
    const QDate from = c.params.date(QStringLiteral("from"));
    const QDate to = c.params.date(QStringLiteral("to"));
    if (from.isValid()) {
        where.append(column + QStringLiteral(" >= ?"));
        binds.append(startOfDay(from));
    }
    if (to.isValid()) {
        where.append(column + QStringLiteral(" < ?"));
        binds.append(startOfDay(to.addDays(1)));
    }
}

void dateRange(const ReportContext &c,
               const QString &column,
               QStringList &where,
               QVariantList &binds)
{
    const QDate from = c.params.date(QStringLiteral("from"));
    const QDate to = c.params.date(QStringLiteral("to"));
    if (from.isValid()) {
        where.append(column + QStringLiteral(" >= ?"));
        binds.append(from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        where.append(column + QStringLiteral(" <= ?"));
        binds.append(to.toString(Qt::ISODate));
    }
}

namespace {

// The number of the digits at text[at, at + n), -1 when one is not an ASCII digit.
int digits(const char16_t *text, int at, int n)
{
    int value = 0;
    for (int i = at; i < at + n; ++i) {
        if (text[i] < u'0' || text[i] > u'9')
            return -1;
        value = value * 10 + (text[i] - u'0');
    }
    return value;
}

} // namespace

std::optional<QDateTime> parseStoredTime(QStringView text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ, what StoredTime::fromDateTime writes.
    if (text.size() != 24)
        return std::nullopt;
    const char16_t *t = text.utf16();
    if (t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' || t[16] != u':'
        || t[19] != u'.' || t[23] != u'Z')
        return std::nullopt;
    const int year = digits(t, 0, 4);
    const int month = digits(t, 5, 2);
    const int day = digits(t, 8, 2);
    const int hour = digits(t, 11, 2);
    const int minute = digits(t, 14, 2);
    const int second = digits(t, 17, 2);
    const int ms = digits(t, 20, 3);
    if (year < 1000 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59 || ms < 0 || !QDate::isValid(year, month, day))
        return std::nullopt;
    const qint64 days = QDate(year, month, day).toJulianDay() - 2'440'588; // since 1970-01-01
    const qint64 msecs = ((days * 24 + hour) * 60 + minute) * 60'000 + second * 1000 + ms;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QVariant time(const QVariant &stored)
{
    if (stored.isNull())
        return QVariant(QMetaType::fromType<QDateTime>());
    if (stored.typeId() == QMetaType::QString) {
        if (auto t = parseStoredTime(*static_cast<const QString *>(stored.constData())))
            return *t;
    }
    return StoredTime::toDateTime(stored);
}

QVariant date(const QVariant &stored)
{
    if (stored.isNull())
        return QVariant(QMetaType::fromType<QDate>());
    return StoredTime::toDate(stored);
}

QVariant integer(const QVariant &stored)
{
    if (stored.isNull())
        return QVariant(QMetaType::fromType<qint64>());
    return stored.toLongLong();
}

QVariant text(const QVariant &stored)
{
    return stored.isNull() ? QStringLiteral("") : stored.toString();
}

QVariant phone(const QVariant &stored, bool reveal)
{
    const QString number = stored.toString();
    if (number.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return reveal ? PhoneNumber::format(number) : PhoneNumber::mask(number);
}

Result<StaffNames> StaffNames::load(Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT login, display_name FROM users")))
        return Database::storageError(q.lastError());
    StaffNames names;
    while (q.next())
        names.m_names.insert(q.value(0).toString(), q.value(1).toString());
    return names;
}

QString StaffNames::name(const QString &login) const
{
    if (login.isEmpty())
        return tr("(unassigned)");
    const QString name = m_names.value(login);
    return name.isEmpty() ? login : name;
}

QVariant median(QList<double> values)
{
    if (values.isEmpty())
        return QVariant(QMetaType::fromType<double>());
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return values.at(n / 2);
    return (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

QVariant percentile90(QList<double> values)
{
    if (values.isEmpty())
        return QVariant(QMetaType::fromType<double>());
    std::sort(values.begin(), values.end());
    // ceil(0.9 n) in integers: (9 n + 9) / 10.
    const qsizetype rank = (9 * values.size() + 9) / 10;
    return values.at(rank - 1);
}

QVariant percent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return QVariant(QMetaType::fromType<double>());
    return 100.0 * double(part) / double(whole);
}

QString month(const QDateTime &utc)
{
    return month(utc.toLocalTime().date());
}

QString month(const QDate &day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

QStringList months(const QDate &first, const QDate &last)
{
    QStringList out;
    for (QDate d(first.year(), first.month(), 1); d <= last; d = d.addMonths(1))
        out.append(month(d));
    return out;
}

double hours(const QDateTime &from, const QDateTime &to)
{
    return double(from.msecsTo(to)) / 3'600'000.0;
}

Status checkListChoice(const ReportContext &c, const QString &key, const QString &list)
{
    const QString code = c.params.text(key);
    if (code.isEmpty())
        return Done {};
    const Result<QList<Choice>> entries = ChoiceLists(c.db).entries(c.actor, list, true);
    if (!entries)
        return entries.error();
    QStringList codes;
    for (const Choice &choice : entries.value()) {
        if (!choice.parent.isEmpty())
            continue;
        if (choice.code == code)
            return Done {};
        codes.append(choice.code);
    }
    Error e = makeError(Error::Code::Invalid,
                        Report::tr("“%1” is not one of %2.")
                                .arg(code, codes.join(QStringLiteral(", "))));
    e.fieldErrors.insert(key, e.message);
    return e;
}

} // namespace ReportSupport
