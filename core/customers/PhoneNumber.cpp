#include "PhoneNumber.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

namespace {

bool isChineseMobile(const QString &national)
{
    static const QRegularExpression re(QStringLiteral("^1[3-9]\\d{9}$"));
    return re.match(national).hasMatch();
}

// Length of the area code (without its leading 0) of a Chinese national number: 10 and 20-29
// have two digits, the others three (755, 571, ...). Area codes never start with 1 but for 10.
int chineseAreaLength(const QString &withoutZero)
{
    if (withoutZero.startsWith(QStringLiteral("10")) || withoutZero.startsWith(QLatin1Char('2')))
        return 2;
    return 3;
}

bool isChineseAreaCode(const QString &area)
{
    static const QRegularExpression re(QStringLiteral("^(10|2\\d|[3-9]\\d\\d)$"));
    return re.match(area).hasMatch();
}

} // namespace

QString PhoneNumber::toHalfWidth(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000)
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out;
}

QString PhoneNumber::digitsOnly(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    return out;
}

bool PhoneNumber::looksLikeDigits(const QString &term)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[\\d\\-\\s().]*\\d[\\d\\-\\s().]*$"));
    return re.match(toHalfWidth(term)).hasMatch();
}

int PhoneNumber::countryCodeLength(const QString &digits)
{
    static const QStringList twoDigit
            = QStringLiteral("20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 "
                             "56 57 58 "
                             "60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98")
                      .split(QLatin1Char(' '));
    if (digits.startsWith(QLatin1Char('1')) || digits.startsWith(QLatin1Char('7')))
        return 1;
    if (twoDigit.contains(digits.left(2)))
        return 2;
    return 3;
}

Result<QString> PhoneNumber::normalize(const QString &typed)
{
    QString text = toHalfWidth(typed).trimmed();
    if (text.isEmpty())
        return makeError(Error::Code::Invalid, tr("Enter a phone number."));

    // Extension: "转 89", "ext. 89", "x89", "#89", or a third group "0755-2345678-89".
    QString extension;
    static const QRegularExpression extRe(QStringLiteral(
                                                  "\\s*(?:转|分机|ext\\.?|x|#)\\s*(\\d{1,6})\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = extRe.match(text); m.hasMatch()) {
        extension = m.captured(1);
        text.truncate(m.capturedStart());
    }
    static const QRegularExpression allowed(QStringLiteral("^\\+?[\\d\\s\\-().]+$"));
    if (!allowed.match(text).hasMatch())
        return makeError(Error::Code::Invalid,
                         tr("A phone number may contain only digits, spaces, '-', '(' ')' and a "
                            "leading '+'."));

    const bool international = text.startsWith(QLatin1Char('+'))
                               || text.startsWith(QStringLiteral("00"));
    QString digits = digitsOnly(text);
    if (text.startsWith(QStringLiteral("00")))
        digits.remove(0, 2);

    QString national;
    if (international) {
        if (!digits.startsWith(QStringLiteral("86"))) {
            if (digits.size() < 7 || digits.size() > 15)
                return makeError(Error::Code::Invalid,
                                 tr("An international number has 7 to 15 digits after the '+' "
                                    "(for example +1 415 555 2671)."));
            return QString(QLatin1Char('+') + digits
                           + (extension.isEmpty() ? QString() : QLatin1Char('x') + extension));
        }
        national = digits.mid(2);
        if (!national.startsWith(QLatin1Char('1')) || national.startsWith(QStringLiteral("10")))
            national.prepend(QLatin1Char('0')); // +86 10 6234 5678 is the landline 010-62345678
    } else {
        national = digits;
    }

    if (national.startsWith(QLatin1Char('1'))) {
        if (!isChineseMobile(national))
            return makeError(Error::Code::Invalid,
                             tr("A mobile number has 11 digits and starts with 13 to 19 (for "
                                "example 138 1234 5678)."));
        if (!extension.isEmpty())
            return makeError(Error::Code::Invalid, tr("A mobile number has no extension."));
        return QString(QStringLiteral("+86") + national);
    }
    if (!national.startsWith(QLatin1Char('0')))
        return makeError(Error::Code::Invalid,
                         tr("A landline number needs its area code (for example 010-62345678 or "
                            "0755-2345678-89)."));

    // Landline: the groups people type tell the area code, the number and an extension apart.
    const QStringList groups = text.split(QRegularExpression(QStringLiteral("[\\s\\-().]+")),
                                          Qt::SkipEmptyParts);
    QString area;
    QString local;
    if (!international && groups.size() >= 2 && groups.first().startsWith(QLatin1Char('0'))) {
        area = groups.at(0).mid(1);
        local = groups.at(1);
        const int minLocal = chineseAreaLength(area) == 2 ? 8 : 7;
        if (groups.size() == 3 && local.size() < minLocal
            && local.size() + groups.at(2).size() <= 8) {
            local += groups.at(2); // 021 6234 5678: the number written in two halves
        } else if (groups.size() == 3 && extension.isEmpty()) {
            extension = groups.at(2);
        } else if (groups.size() > 3 || (groups.size() == 3 && !extension.isEmpty())) {
            return makeError(Error::Code::Invalid,
                             tr("Write a landline number as area code, number and optional "
                                "extension (for example 0755-2345678-89)."));
        }
    } else {
        const QString rest = national.mid(1);
        area = rest.left(chineseAreaLength(rest));
        local = rest.mid(area.size());
    }
    if (!isChineseAreaCode(area))
        return makeError(Error::Code::Invalid,
                         tr("The area code %1 is not valid: it is 010, 02x or four digits such "
                            "as 0755.")
                                 .arg(QLatin1Char('0') + area));
    const int minLocal = area.size() == 2 ? 8 : 7;
    if (local.size() < minLocal || local.size() > 8 || local.startsWith(QLatin1Char('0'))
        || local.startsWith(QLatin1Char('1')))
        return makeError(Error::Code::Invalid,
                         tr("After the area code a landline number has %1 to 8 digits, not "
                            "starting with 0 or 1.")
                                 .arg(minLocal));
    if (extension.size() > 6)
        return makeError(Error::Code::Invalid, tr("An extension has at most 6 digits."));
    return QString(QStringLiteral("+86") + area + local
                   + (extension.isEmpty() ? QString() : QLatin1Char('x') + extension));
}

QString PhoneNumber::format(const QString &normalized)
{
    const qsizetype x = normalized.indexOf(QLatin1Char('x'));
    const QString digits = digitsOnly(x < 0 ? normalized : normalized.left(x));
    const QString ext = x < 0 ? QString() : normalized.mid(x + 1);
    if (digits.startsWith(QStringLiteral("86"))) {
        const QString national = digits.mid(2);
        if (isChineseMobile(national))
            return national.left(3) + QLatin1Char(' ') + national.mid(3, 4) + QLatin1Char(' ')
                   + national.mid(7);
        const int areaLength = chineseAreaLength(national);
        QString out = QLatin1Char('0') + national.left(areaLength) + QLatin1Char('-')
                      + national.mid(areaLength);
        if (!ext.isEmpty())
            out += QLatin1Char('-') + ext;
        return out;
    }
    if (digits.isEmpty())
        return normalized;
    const int cc = countryCodeLength(digits);
    QString out = QLatin1Char('+') + digits.left(cc) + QLatin1Char(' ') + digits.mid(cc);
    if (!ext.isEmpty())
        out += tr(" ext. %1").arg(ext);
    return out;
}

QString PhoneNumber::mask(const QString &normalized)
{
    // The digits before the extension, in one pass (no regular expression, no intermediate
    // strings: the export masks a million numbers).
    const qsizetype x = normalized.indexOf(QLatin1Char('x'));
    const QStringView number = x < 0 ? QStringView(normalized) : QStringView(normalized).left(x);
    QVarLengthArray<char16_t, 32> digits;
    for (QChar c : number)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c.unicode());
    const QStringView all(digits.constData(), digits.size());
    QString out;
    out.reserve(all.size() + 8);
    const auto hideMiddle = [&out](QStringView part) {
        if (part.size() <= 4) {
            out.append(QLatin1String("****"));
            return;
        }
        if (part.size() >= 10)
            out.append(part.left(3));
        out.append(QLatin1String("****"));
        out.append(part.right(4));
    };
    if (all.startsWith(u"86")) {
        const QStringView national = all.sliced(2);
        // A Chinese mobile number: 1, then 3 to 9, then nine digits (all are digits here).
        if (national.size() == 11 && national[0] == u'1' && national[1] >= u'3') {
            hideMiddle(national);
            return out;
        }
        const qsizetype areaLength = national.startsWith(u"10") || national.startsWith(u'2') ? 2
                                                                                             : 3;
        out.append(QLatin1Char('0'));
        out.append(national.left(areaLength));
        out.append(QLatin1String("-****"));
        out.append(national.right(4));
        return out;
    }
    if (all.isEmpty())
        return QStringLiteral("****");
    const int cc = countryCodeLength(all.toString());
    out.append(QLatin1Char('+'));
    out.append(all.left(cc));
    out.append(QLatin1Char(' '));
    hideMiddle(all.sliced(std::min<qsizetype>(cc, all.size())));
    return out;
}

QStringList PhoneNumber::searchForms(const QString &normalized)
{
    const qsizetype x = normalized.indexOf(QLatin1Char('x'));
    const QString digits = digitsOnly(x < 0 ? normalized : normalized.left(x));
    QStringList forms {digits};
    if (digits.startsWith(QStringLiteral("86"))) {
        const QString national = digits.mid(2);
        if (!isChineseMobile(national))
            forms.append(QLatin1Char('0') + national); // 01062345678 as dialled at home
    }
    if (x >= 0)
        forms.append(normalized.mid(x + 1));
    return forms;
}
