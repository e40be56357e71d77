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
    int position = 0; // among the entries with the same parent
    // Two-level lists (complaint reasons): the first-level code a second-level entry belongs
    // to; empty for first-level entries and for every entry of a one-level list.
    QString parent;
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

// The editable choice lists (payment methods, return reasons, complaint reasons, compensation
// kinds). Anyone who may view reads them; only ManageSettings changes them, audited. The
// complaint reasons have two levels: a first-level entry (parent empty) may hold second-level
// entries (parent: its code); one level deeper is not possible.
class ChoiceLists
{
    Q_DECLARE_TR_FUNCTIONS(ChoiceLists)

public:
    static inline const QString PaymentMethod = QStringLiteral("payment_method");
    static inline const QString ReturnReason = QStringLiteral("return_reason");
    static inline const QString ComplaintReason = QStringLiteral("complaint_reason"); // two levels
    static inline const QString CompensationKind = QStringLiteral("compensation_kind");

    explicit ChoiceLists(Database &db);

    // In position order; retired entries only when asked for. In a two-level list each
    // first-level entry is followed by its second-level entries (those of a retired one only
    // with the retired entries).
    Result<QList<Choice>> entries(const Actor &actor,
                                  const QString &list,
                                  bool includeRetired = false) const;
    // The label for a code (the code itself when the list does not know it); for lists, forms,
    // the timeline and exports.
    QString label(const QString &list, const QString &code) const;
    // All labels of a list (retired entries too), to look up while another query is open.
    ChoiceLabels labels(const QString &list) const;
    // A new entry at the end; its code is derived from the label and unique in the list. With a
    // parent (a first-level code of a two-level list) the entry goes at the end of that entry's
    // second-level entries. Labels are unique among the entries with the same parent.
    Result<Choice> add(const Actor &actor,
                       const QString &list,
                       const QString &label,
                       const QString &parent = {});
    Status rename(const Actor &actor,
                  const QString &list,
                  const QString &code,
                  const QString &label);
    Status setRetired(const Actor &actor, const QString &list, const QString &code, bool retired);
    // Whether code is an entry of the list that may be chosen for a new row (not retired).
    Result<bool> offers(const QString &list, const QString &code) const;
    // Whether code is an entry of the list, not retired, whose parent is `parent` (empty: a
    // first-level entry).
    Result<bool> offersUnder(const QString &list, const QString &code, const QString &parent) const;
    // Whether the list has two levels.
    static bool isTwoLevel(const QString &list);

    // The translated word of a built-in code; empty for others.
    static QString builtInLabel(const QString &list, const QString &code);

private:
    Database &m_db;
};
