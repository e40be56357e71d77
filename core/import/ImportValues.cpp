#include "ImportValues.h"

#include <QRegularExpression>

#include <cmath>

namespace {

const QRegularExpression &datePattern()
{
    // date part, optional time part
    static const QRegularExpression re(
            QStringLiteral("^\\s*(\\d{1,4})([-/.])(\\d{1,2})\\2(\\d{1,4})"
                           "(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(Z)?\\s*$"));
    return re;
}

} // namespace

ImportValues::DateColumn::Style ImportValues::DateColumn::styleOf(const QString &text)
{
    const QRegularExpressionMatch m = datePattern().match(text);
    if (!m.hasMatch())
        return Style::Unknown;
    const QString sep = m.captured(2);
    const bool yearFirst = m.captured(1).size() == 4;
    if (yearFirst)
        return sep == u"-" ? Style::Iso : Style::YearSlash;
    if (m.captured(4).size() != 4)
        return Style::Unknown;
    if (sep == u".")
        return Style::DayDot;
    if (sep == u"/")
        return m.captured(1).toInt() > 12 ? Style::DaySlash : Style::MonthSlash;
    return Style::Unknown;
}

std::optional<QDateTime> ImportValues::DateColumn::parse(const QString &text, QString *error)
{
    const std::optional<Parts> p = parts(text, error);
    if (!p)
        return std::nullopt;
    return QDateTime(p->date, p->time, p->utc ? Qt::UTC : Qt::LocalTime);
}

std::optional<ImportValues::DateColumn::Parts> ImportValues::DateColumn::parts(const QString &text,
                                                                               QString *error)
{
    const QString t = text.trimmed();
    if (m_format != u"auto") {
        QDateTime dt = QDateTime::fromString(t, m_format);
        if (!dt.isValid()) {
            const QDate d = QDate::fromString(t, m_format);
            if (d.isValid())
                dt = d.startOfDay();
        }
        if (!dt.isValid()) {
            *error = tr("Not a date in the form %1: %2").arg(m_format, t);
            return std::nullopt;
        }
        return Parts {dt.date(), dt.time(), false};
    }
    const QRegularExpressionMatch m = datePattern().match(t);
    Style style = styleOf(t);
    if (!m.hasMatch() || style == Style::Unknown) {
        *error = tr("Not a date: %1").arg(t);
        return std::nullopt;
    }
    const auto yearFirst = [](Style st) {
        return st == Style::Iso || st == Style::YearSlash;
    };
    if (m_style == Style::Unknown)
        m_style = style;
    else if (yearFirst(m_style) && yearFirst(style))
        style = m_style; // 2019/2/20 16:13 beside 2019-02-11 01:16:43: both read one way only
    else if (m_style == Style::MonthSlash && style == Style::DaySlash)
        m_style = Style::DaySlash; // learnt late: the column is day first
    else if (m_style == Style::DaySlash && style == Style::MonthSlash)
        style = Style::DaySlash;
    if (style != m_style) {
        *error = tr("The date %1 is written differently from the column's earlier dates.").arg(t);
        return std::nullopt;
    }
    const int a = m.captured(1).toInt();
    const int b = m.captured(3).toInt();
    const int c = m.captured(4).toInt();
    QDate date;
    switch (style) {
    case Style::Iso:
    case Style::YearSlash:
        date = QDate(a, b, c);
        break;
    case Style::DayDot:
    case Style::DaySlash:
        date = QDate(c, b, a);
        break;
    case Style::MonthSlash:
        date = QDate(c, a, b);
        break;
    case Style::Unknown:
        break;
    }
    QTime time(0, 0);
    if (!m.captured(5).isEmpty())
        time = QTime(m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7).toInt());
    if (!date.isValid() || !time.isValid() || date.year() < 1900 || date.year() > 2999) {
        *error = tr("Not a valid date: %1").arg(t);
        return std::nullopt;
    }
    return Parts {date, time, !m.captured(8).isEmpty()};
}

std::optional<QDate> ImportValues::DateColumn::parseDate(const QString &text, QString *error)
{
    const std::optional<Parts> p = parts(text, error);
    if (!p)
        return std::nullopt;
    return p->date;
}

std::optional<qint64> ImportValues::money(const QString &text, QChar decimal, QString *error)
{
    QString t = text.trimmed();
    t.remove(QChar(0x00A5)).remove(QChar(0xFFE5)).remove(QLatin1Char('$')).remove(QChar(0x20AC));
    t.remove(QLatin1Char(' ')).remove(QChar(0x00A0));
    const QChar grouping = decimal == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    // Grouping only between groups of three digits: "261,96" with a decimal point is refused
    // rather than read as 26196.
    static const QRegularExpression groupedPoint(
            QStringLiteral("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$|^-?\\d+(\\.\\d+)?$"));
    static const QRegularExpression groupedComma(
            QStringLiteral("^-?\\d{1,3}(\\.\\d{3})+(,\\d+)?$|^-?\\d+(,\\d+)?$"));
    const QRegularExpression &shape = decimal == QLatin1Char(',') ? groupedComma : groupedPoint;
    if (!shape.match(t).hasMatch()) {
        if (decimal == QLatin1Char('.')
            && QRegularExpression(QStringLiteral("^-?\\d+,\\d{1,2}$")).match(t).hasMatch())
            *error = tr("Not an amount: %1 (the file seems to use a decimal comma; choose it "
                        "as the decimal separator)")
                             .arg(text.trimmed());
        else
            *error = tr("Not an amount: %1").arg(text.trimmed());
        return std::nullopt;
    }
    t.remove(grouping);
    t.replace(decimal, QLatin1Char('.'));
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || value < 0 || value > 1e13) {
        *error = tr("Not an amount: %1").arg(text.trimmed());
        return std::nullopt;
    }
    return qint64(std::llround(value * 100.0));
}

std::optional<qint64> ImportValues::integer(const QString &text, QString *error)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok) {
        *error = tr("Not a whole number: %1").arg(text.trimmed());
        return std::nullopt;
    }
    return v;
}

std::optional<int> ImportValues::duration(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    bool ok = false;
    const int seconds = t.toInt(&ok);
    if (ok && seconds >= 0)
        return seconds;
    static const QRegularExpression hms(QStringLiteral("^(?:(\\d+):)?(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch m = hms.match(t);
    if (m.hasMatch())
        return m.captured(1).toInt() * 3600 + m.captured(2).toInt() * 60 + m.captured(3).toInt();
    *error = tr("Not a duration (seconds or h:mm:ss): %1").arg(t);
    return std::nullopt;
}

std::optional<bool> ImportValues::yesNo(const QString &text, QString *error)
{
    const QString t = text.trimmed().toLower();
    for (const char *yes : {"1", "yes", "y", "true", "是", "同意", "x"})
        if (t == QString::fromUtf8(yes))
            return true;
    for (const char *no : {"0", "no", "n", "false", "否", "不同意"})
        if (t == QString::fromUtf8(no))
            return false;
    *error = tr("Not yes or no: %1").arg(text.trimmed());
    return std::nullopt;
}

bool ImportValues::excelDamaged(const QString &text, QString *error)
{
    // Cheaply first: without an 'e' it is no such number (most values).
    if (!text.contains(QLatin1Char('e'), Qt::CaseInsensitive))
        return false;
    static const QRegularExpression scientific(
            QStringLiteral("^\\s*\\d(?:[.,]\\d+)?[eE]\\+\\d+\\s*$"));
    if (!scientific.match(text).hasMatch())
        return false;
    *error = tr("%1 is a number Excel wrote in scientific notation: its digits were lost "
                "when the file was saved. Format the column as text in Excel and save again.")
                     .arg(text.trimmed());
    return true;
}

std::optional<int> ImportValues::choice(const QString &text,
                                        const QList<Choice> &choices,
                                        QString *error)
{
    const QString t = text.trimmed().toCaseFolded();
    QStringList codes;
    for (const Choice &c : choices) {
        for (const QString &name : c.names)
            if (name.toCaseFolded() == t)
                return c.value;
        codes.append(c.names.constFirst());
    }
    *error = tr("\"%1\" is not one of: %2").arg(text.trimmed(), codes.join(QStringLiteral(", ")));
    return std::nullopt;
}
