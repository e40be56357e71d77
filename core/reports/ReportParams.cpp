#include "ReportParams.h"

#include "Report.h"

namespace {

const ReportParameter *findParameter(const QList<ReportParameter> &parameters, const QString &key)
{
    for (const ReportParameter &p : parameters)
        if (p.key == key)
            return &p;
    return nullptr;
}

bool isEmptyValue(const QVariant &v)
{
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

bool isIntegral(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

// Every message, in the order of the keys (one message: just it).
QString joined(const QHash<QString, QString> &errors)
{
    QStringList keys = errors.keys();
    keys.sort();
    QStringList messages;
    for (const QString &key : std::as_const(keys))
        messages.append(errors.value(key));
    return messages.join(QLatin1Char('\n'));
}

} // namespace

void ReportParams::set(const QString &key, const QVariant &value)
{
    if (isEmptyValue(value))
        m_values.remove(key);
    else
        m_values.insert(key, value);
}

QString ReportParams::toText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value.toString();
}

QString ReportParams::typeName(ReportParameterType type)
{
    switch (type) {
    case ReportParameterType::Date:
        return tr("date (yyyy-mm-dd)");
    case ReportParameterType::Integer:
        return tr("whole number");
    case ReportParameterType::Text:
        return tr("text");
    case ReportParameterType::Choice:
        return tr("one of a list");
    case ReportParameterType::User:
        return tr("staff login");
    }
    return {};
}

Result<ReportParams> ReportParams::fromValues(const Report &report, const QVariantHash &values)
{
    const QList<ReportParameter> parameters = report.parameters();
    QHash<QString, QString> errors;
    ReportParams out;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const ReportParameter *p = findParameter(parameters, it.key());
        if (!p) {
            errors.insert(it.key(),
                          tr("The report “%1” has no parameter “%2”.").arg(report.title(), it.key()));
            continue;
        }
        const QVariant &v = it.value();
        if (isEmptyValue(v))
            continue;
        switch (p->type) {
        case ReportParameterType::Date:
            if (v.typeId() != QMetaType::QDate || !v.toDate().isValid()) {
                errors.insert(p->key, tr("%1: give a date.").arg(p->label));
                continue;
            }
            out.m_values.insert(p->key, v.toDate());
            break;
        case ReportParameterType::Integer: {
            if (!isIntegral(v)) {
                errors.insert(p->key, tr("%1: give a whole number.").arg(p->label));
                continue;
            }
            const qint64 n = v.toLongLong();
            if (p->minimum < p->maximum && (n < p->minimum || n > p->maximum)) {
                errors.insert(p->key,
                              tr("%1: give a number from %2 to %3.")
                                      .arg(p->label)
                                      .arg(p->minimum)
                                      .arg(p->maximum));
                continue;
            }
            out.m_values.insert(p->key, n);
            break;
        }
        case ReportParameterType::Choice: {
            const QString code = v.toString().trimmed();
            if (p->choiceList.isEmpty()) {
                bool known = false;
                QStringList codes;
                for (const ReportChoice &c : p->choices) {
                    known = known || c.code == code;
                    codes.append(c.code);
                }
                if (!known) {
                    errors.insert(p->key,
                                  tr("%1: “%2” is not one of %3.")
                                          .arg(p->label, code, codes.join(QStringLiteral(", "))));
                    continue;
                }
            }
            out.m_values.insert(p->key, code);
            break;
        }
        case ReportParameterType::Text:
        case ReportParameterType::User:
            if (v.typeId() != QMetaType::QString) {
                errors.insert(p->key, tr("%1: give a text.").arg(p->label));
                continue;
            }
            out.m_values.insert(p->key, v.toString().trimmed());
            break;
        }
    }
    for (const ReportParameter &p : parameters) {
        if (out.m_values.contains(p.key) || errors.contains(p.key))
            continue;
        if (!p.defaultValue.isNull())
            out.m_values.insert(p.key, p.defaultValue);
        else if (p.required)
            errors.insert(p.key, tr("%1 is required.").arg(p.label));
    }
    const QDate from = out.date(QStringLiteral("from"));
    const QDate to = out.date(QStringLiteral("to"));
    if (from.isValid() && to.isValid() && to < from)
        errors.insert(QStringLiteral("to"),
                      tr("The last day (%1) comes before the first day (%2): swap them.")
                              .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    if (!errors.isEmpty()) {
        Error e = makeError(Error::Code::Invalid, joined(errors));
        e.fieldErrors = errors;
        return e;
    }
    return out;
}

Result<ReportParams> ReportParams::fromText(const Report &report,
                                            const QHash<QString, QString> &texts)
{
    const QList<ReportParameter> parameters = report.parameters();
    QHash<QString, QString> errors;
    QVariantHash values;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const ReportParameter *p = findParameter(parameters, it.key());
        const QString text = it.value().trimmed();
        if (!p || text.isEmpty()) {
            values.insert(it.key(), text); // fromValues names the unknown key
            continue;
        }
        switch (p->type) {
        case ReportParameterType::Date: {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid() || text.size() != 10) {
                errors.insert(p->key,
                              tr("%1: “%2” is not a date; write it as yyyy-mm-dd, e.g. 2025-06-30.")
                                      .arg(p->label, text));
                continue;
            }
            values.insert(p->key, d);
            break;
        }
        case ReportParameterType::Integer: {
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (!ok) {
                errors.insert(p->key, tr("%1: “%2” is not a whole number.").arg(p->label, text));
                continue;
            }
            values.insert(p->key, n);
            break;
        }
        case ReportParameterType::Text:
        case ReportParameterType::Choice:
        case ReportParameterType::User:
            values.insert(p->key, text);
            break;
        }
    }
    Result<ReportParams> checked = fromValues(report, values);
    if (errors.isEmpty())
        return checked;
    Error e = makeError(Error::Code::Invalid, {});
    if (!checked)
        e.fieldErrors = checked.error().fieldErrors;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        e.fieldErrors.insert(it.key(), it.value());
    e.message = joined(e.fieldErrors);
    return e;
}
