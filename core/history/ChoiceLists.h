#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class Database;

struct Choice
{
    QString code; // stored on the rows that use it; never changes
    QString label; // what people see: the stored label, or the built-in translated word
    bool builtIn = false; // one of the codes the archive came with
    bool retired = false; // still shown on old rows, no longer offered
    int position = 0;
};

// Every label of one list, read at once: for walks over many rows, where a query per row would
// cost a round trip each and, on PostgreSQL, cut the walk's own open result short.
class ChoiceLabels
{
public:
    // The label for a code; the code itself when the list does not know it.
    QString label(const QString &code) const { return m_labels.value(code, code); }

private:
    friend class ChoiceLists;
    QHash<QString, QString> m_labels;
};

// The editable choice lists (payment methods, return reasons; complaint reasons later). Anyone
// who may view reads them; only ManageSettings changes them, audited.
class ChoiceLists
{
    Q_DECLARE_TR_FUNCTIONS(ChoiceLists)

public:
    static inline const QString PaymentMethod = QStringLiteral("payment_method");
    static inline const QString ReturnReason = QStringLiteral("return_reason");
    static inline const QString ComplaintReason = QStringLiteral("complaint_reason"); // two levels
    static inline const QString CompensationKind = QStringLiteral("compensation_kind");

    explicit ChoiceLists(Database &db);

    // In position order; retired entries only when asked for.
    Result<QList<Choice>> entries(const Actor &actor,
                                  const QString &list,
                                  bool includeRetired = false) const;
    // The label for a code (the code itself when the list does not know it); for lists, forms,
    // the timeline and exports.
    QString label(const QString &list, const QString &code) const;
    // All labels of a list (retired entries too), to look up while another query is open.
    ChoiceLabels labels(const QString &list) const;
    // A new entry at the end; its code is derived from the label and unique in the list.
    Result<Choice> add(const Actor &actor, const QString &list, const QString &label);
    Status rename(const Actor &actor,
                  const QString &list,
                  const QString &code,
                  const QString &label);
    Status setRetired(const Actor &actor, const QString &list, const QString &code, bool retired);
    // Whether code is an entry of the list that may be chosen for a new row (not retired).
    Result<bool> offers(const QString &list, const QString &code) const;

    // The translated word of a built-in code; empty for others.
    static QString builtInLabel(const QString &list, const QString &code);

private:
    Database &m_db;
};
