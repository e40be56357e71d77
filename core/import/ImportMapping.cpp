#include "ImportMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

// Header texts compare in any case, without spaces, underscores, hyphens and dots.
QString normalized(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (QChar c : header.trimmed())
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('.'))
            out.append(c.toLower());
    return out;
}

QString onDuplicateKey(ImportMapping::OnDuplicate d)
{
    switch (d) {
    case ImportMapping::OnDuplicate::Create:
        return QStringLiteral("create");
    case ImportMapping::OnDuplicate::Update:
        return QStringLiteral("update");
    case ImportMapping::OnDuplicate::Skip:
        return QStringLiteral("skip");
    }
    return QStringLiteral("skip");
}

bool hasCustomerKey(const ImportMapping &m)
{
    for (const char *key :
         {"customer_code", "customer_phone", "customer_email", "customer_external_id"})
        if (m.columns.contains(QString::fromLatin1(key)))
            return true;
    return false;
}

} // namespace

ImportMapping ImportMapping::guess(ImportKind kind, const QStringList &header)
{
    ImportMapping m;
    m.kind = kind;
    QSet<int> taken;
    for (const ImportField &field : ImportFields::fields(kind)) {
        QSet<QString> names;
        names.insert(normalized(field.key));
        for (const QString &alias : field.aliases)
            names.insert(normalized(alias));
        for (int i = 0; i < header.size(); ++i) {
            if (!taken.contains(i) && names.contains(normalized(header.at(i)))) {
                m.columns.insert(field.key, header.at(i));
                taken.insert(i);
                break;
            }
        }
    }
    return m;
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject columnsObject;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        columnsObject.insert(it.key(), it.value());
    QJsonObject o;
    o.insert(QStringLiteral("kind"), ImportFields::kindKey(kind));
    o.insert(QStringLiteral("columns"), columnsObject);
    o.insert(QStringLiteral("on_duplicate"), onDuplicateKey(onDuplicate));
    o.insert(QStringLiteral("create_missing_customers"), createMissingCustomers);
    o.insert(QStringLiteral("skip_invalid_rows"), skipInvalidRows);
    o.insert(QStringLiteral("date_format"), dateFormat);
    o.insert(QStringLiteral("decimal_separator"), QString(decimalSeparator));
    o.insert(QStringLiteral("missing_values"), QJsonArray::fromStringList(missingValues));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<ImportMapping> ImportMapping::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return makeError(Error::Code::Invalid,
                         ImportFields::tr("The mapping file is not valid JSON: %1")
                                 .arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    ImportMapping m;
    const std::optional<ImportKind> kind = ImportFields::kindFromKey(
            o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return makeError(Error::Code::Invalid,
                         ImportFields::tr("The mapping names an unknown kind of import \"%1\"; "
                                          "use customers, purchases, interactions or complaints.")
                                 .arg(o.value(QStringLiteral("kind")).toString()));
    m.kind = *kind;
    QSet<QString> known;
    for (const ImportField &f : ImportFields::fields(m.kind))
        known.insert(f.key);
    const QJsonObject columnsObject = o.value(QStringLiteral("columns")).toObject();
    for (auto it = columnsObject.constBegin(); it != columnsObject.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return makeError(Error::Code::Invalid,
                             ImportFields::tr("The mapping names a field \"%1\" that %2 do "
                                              "not have.")
                                     .arg(it.key(), ImportFields::kindName(m.kind)));
        if (!it.value().isString() || it.value().toString().isEmpty())
            return makeError(Error::Code::Invalid,
                             ImportFields::tr("The mapping gives no column for the field "
                                              "\"%1\".")
                                     .arg(it.key()));
        m.columns.insert(it.key(), it.value().toString());
    }
    const QString dup = o.value(QStringLiteral("on_duplicate")).toString(QStringLiteral("skip"));
    if (dup == u"create")
        m.onDuplicate = OnDuplicate::Create;
    else if (dup == u"update")
        m.onDuplicate = OnDuplicate::Update;
    else if (dup == u"skip")
        m.onDuplicate = OnDuplicate::Skip;
    else
        return makeError(Error::Code::Invalid,
                         ImportFields::tr("The mapping's on_duplicate \"%1\" is not one of "
                                          "create, update, skip.")
                                 .arg(dup));
    m.createMissingCustomers = o.value(QStringLiteral("create_missing_customers")).toBool();
    m.skipInvalidRows = o.value(QStringLiteral("skip_invalid_rows")).toBool();
    m.dateFormat = o.value(QStringLiteral("date_format")).toString(QStringLiteral("auto"));
    const QString separator = o.value(QStringLiteral("decimal_separator"))
                                      .toString(QStringLiteral("."));
    if (separator != u"." && separator != u",")
        return makeError(Error::Code::Invalid,
                         ImportFields::tr("The mapping's decimal separator must be \".\" or "
                                          "\",\", not \"%1\".")
                                 .arg(separator));
    m.decimalSeparator = separator.at(0);
    for (const QJsonValue &v : o.value(QStringLiteral("missing_values")).toArray())
        m.missingValues.append(v.toString());
    return m;
}

QStringList ImportMapping::problems(const QStringList &header) const
{
    QStringList out;
    QSet<QString> present;
    for (const QString &h : header)
        present.insert(h.trimmed());
    const QList<ImportField> fields = ImportFields::fields(kind);
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        if (!present.contains(it.value().trimmed()))
            out.append(ImportFields::tr("The file has no column \"%1\" (mapped to %2).")
                               .arg(it.value(), it.key()));
    for (const ImportField &f : fields)
        if (f.required && !columns.contains(f.key))
            out.append(ImportFields::tr("No column is mapped to the required field \"%1\".")
                               .arg(f.label));
    if (kind != ImportKind::Customers && !hasCustomerKey(*this))
        out.append(ImportFields::tr("No column identifies the customer: map a customer code, "
                                    "phone, email or id from the source system."));
    if (createMissingCustomers && kind != ImportKind::Customers
        && !columns.contains(QStringLiteral("customer_name")))
        out.append(ImportFields::tr("Creating missing customers needs a column with the "
                                    "customer's name."));
    return out;
}
