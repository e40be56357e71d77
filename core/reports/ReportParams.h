#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

class Report;

// What a parameter holds. Values are typed: Date -> QDate (a local day), Integer -> qint64,
// Text, Choice and User -> QString (a Choice holds a code, a User a staff login).
enum class ReportParameterType { Date, Integer, Text, Choice, User };

struct ReportChoice
{
    QString code; // what the command line passes (--param status=open)
    QString label; // translated, what the GUI shows
};

// One parameter of a report. Every report's date range is the pair "from" / "to" (inclusive
// local days; either may be left out for an open end).
struct ReportParameter
{
    QString key; // stable, for the command line: --param key=value (--from / --to for the dates)
    QString label; // translated
    ReportParameterType type = ReportParameterType::Text;
    QVariant defaultValue; // typed; a null QVariant: not set, the filter is off
    bool required = false;
    QList<ReportChoice> choices; // Choice: the codes accepted, in display order
    // Choice: the codes come from this editable list of the archive (ChoiceLists, first-level
    // entries), checked when the report runs; choices is empty then.
    QString choiceList;
    qint64 minimum = 0; // Integer: accepted range, inclusive
    qint64 maximum = 0;
    QString help; // translated, one sentence (tooltip, `reports` listing)
};

// The parameter values of one run, checked against the report's parameters. Every parameter
// that has a default holds it unless it was given.
class ReportParams
{
    Q_DECLARE_TR_FUNCTIONS(ReportParams)

public:
    ReportParams() = default;

    // Typed values, as the GUI has them: unknown keys, wrong types, values outside a range or a
    // choice, a missing required value, and a "to" before "from" are refused (Error::Code::Invalid
    // with fieldErrors key -> message). A null QVariant or an empty text counts as not given.
    static Result<ReportParams> fromValues(const Report &report, const QVariantHash &values);
    // Texts, as the command line has them (dates as yyyy-MM-dd, integers in decimal, codes and
    // logins as they are); then checked as fromValues() does.
    static Result<ReportParams> fromText(const Report &report, const QHash<QString, QString> &texts);

    bool has(const QString &key) const { return m_values.contains(key); }
    QVariant value(const QString &key) const { return m_values.value(key); }
    QDate date(const QString &key) const { return m_values.value(key).toDate(); }
    qint64 integer(const QString &key) const { return m_values.value(key).toLongLong(); }
    QString text(const QString &key) const { return m_values.value(key).toString(); }
    const QVariantHash &values() const { return m_values; }

    // Sets a value without checking it (Report::run checks again).
    void set(const QString &key, const QVariant &value);

    // The text a value is given as on the command line (the inverse of fromText).
    static QString toText(const QVariant &value);
    static QString typeName(ReportParameterType type);

private:
    QVariantHash m_values;
};
