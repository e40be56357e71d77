#include "ChoiceLists.h"

#include "audit/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString Entity = QStringLiteral("choice");
const QString CustomPrefix = QStringLiteral("custom_");
constexpr int MaxLabelLength = 60;

Choice readChoice(const QString &list, const QSqlQuery &q)
{
    Choice c;
    c.code = q.value(0).toString();
    const QString stored = q.value(1).toString();
    const QString builtIn = ChoiceLists::builtInLabel(list, c.code);
    c.label = !stored.isEmpty() ? stored : !builtIn.isEmpty() ? builtIn : c.code;
    c.builtIn = !builtIn.isEmpty();
    c.position = q.value(2).toInt();
    c.retired = q.value(3).toInt() != 0;
    c.parent = q.value(4).toString();
    return c;
}

Error invalidLabel(const QString &message)
{
    Error e = makeError(Error::Code::Invalid, message);
    e.fieldErrors.insert(QStringLiteral("label"), message);
    return e;
}

// Refuses an empty or overlong label, and one that reads like another entry with the same
// parent (the entries a form offers side by side).
Status checkLabel(Database &db,
                  const QString &list,
                  const QString &code,
                  const QString &label,
                  const QString &parent)
{
    if (label.isEmpty())
        return invalidLabel(ChoiceLists::tr("Enter the text people will see for this entry."));
    if (label.size() > MaxLabelLength)
        return invalidLabel(
                ChoiceLists::tr("An entry has at most %1 characters.").arg(MaxLabelLength));
    // Two entries that read the same could not be told apart in a form.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
            "SELECT code, label FROM choices WHERE list = ? AND code <> ? AND parent = ?"));
    q.addBindValue(list);
    q.addBindValue(code);
    q.addBindValue(parent.isNull() ? QStringLiteral("") : parent);
    if (!q.exec())
        return Database::storageError(q.lastError());
    while (q.next()) {
        const QString other = q.value(1).toString().isEmpty()
                                      ? ChoiceLists::builtInLabel(list, q.value(0).toString())
                                      : q.value(1).toString();
        if (other.compare(label, Qt::CaseInsensitive) == 0) {
            Error e = invalidLabel(
                    ChoiceLists::tr("The list already has an entry \"%1\".").arg(other));
            e.code = Error::Code::Duplicate;
            return e;
        }
    }
    return Done {};
}

Result<Choice> storedChoice(Database &db, const QString &list, const QString &code)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT code, label, position, retired, parent FROM choices"
                             " WHERE list = ? AND code = ?"));
    q.addBindValue(list);
    q.addBindValue(code);
    if (!q.exec())
        return Database::storageError(q.lastError());
    if (!q.next())
        return makeError(Error::Code::NotFound,
                         ChoiceLists::tr(
                                 "This entry is not in the list any more. Reload the list."));
    return readChoice(list, q);
}

Error invalidParent(const QString &message)
{
    Error e = makeError(Error::Code::Invalid, message);
    e.fieldErrors.insert(QStringLiteral("parent"), message);
    return e;
}

// First-level entries in position order, each followed by its second-level entries.
QList<Choice> inTreeOrder(const QList<Choice> &byPosition)
{
    QList<Choice> out;
    QHash<QString, QList<Choice>> children;
    for (const Choice &c : byPosition)
        if (!c.parent.isEmpty())
            children[c.parent].append(c);
    for (const Choice &c : byPosition) {
        if (!c.parent.isEmpty())
            continue;
        out.append(c);
        out.append(children.value(c.code));
    }
    // Entries whose first-level entry was not read (it is retired) are not offered either.
    return out;
}

} // namespace

ChoiceLists::ChoiceLists(Database &db)
    : m_db(db)
{ }

QString ChoiceLists::builtInLabel(const QString &list, const QString &code)
{
    static const QHash<QString, const char *> paymentMethods {
            {QStringLiteral("cash"), QT_TR_NOOP("Cash")},
            {QStringLiteral("bank_card"), QT_TR_NOOP("Bank card")},
            {QStringLiteral("wechat_pay"), QT_TR_NOOP("WeChat Pay")},
            {QStringLiteral("alipay"), QT_TR_NOOP("Alipay")},
            {QStringLiteral("transfer"), QT_TR_NOOP("Transfer")},
            {QStringLiteral("other"), QT_TR_NOOP("Other")},
    };
    static const QHash<QString, const char *> returnReasons {
            {QStringLiteral("quality"), QT_TR_NOOP("Quality problem")},
            {QStringLiteral("packaging"), QT_TR_NOOP("Damaged packaging")},
            {QStringLiteral("wrong_item"), QT_TR_NOOP("Wrong item")},
            {QStringLiteral("not_as_described"), QT_TR_NOOP("Not as described")},
            {QStringLiteral("changed_mind"), QT_TR_NOOP("Changed mind")},
            {QStringLiteral("other"), QT_TR_NOOP("Other")},
    };
    static const QHash<QString, const char *> complaintReasons {
            {QStringLiteral("product_quality"), QT_TR_NOOP("Product quality")},
            {QStringLiteral("product_quality.defect"), QT_TR_NOOP("Defective product")},
            {QStringLiteral("product_quality.performance"), QT_TR_NOOP("Poor performance")},
            {QStringLiteral("product_quality.safety"), QT_TR_NOOP("Safety hazard")},
            {QStringLiteral("service_attitude"), QT_TR_NOOP("Service attitude")},
            {QStringLiteral("service_attitude.rude"), QT_TR_NOOP("Rude staff")},
            {QStringLiteral("service_attitude.slow"), QT_TR_NOOP("Slow service")},
            {QStringLiteral("service_attitude.unprofessional"), QT_TR_NOOP("Unprofessional")},
            {QStringLiteral("delivery"), QT_TR_NOOP("Delivery")},
            {QStringLiteral("delivery.late"), QT_TR_NOOP("Late delivery")},
            {QStringLiteral("delivery.damaged"), QT_TR_NOOP("Damaged in delivery")},
            {QStringLiteral("delivery.wrong_item"), QT_TR_NOOP("Wrong item delivered")},
            {QStringLiteral("billing"), QT_TR_NOOP("Billing")},
            {QStringLiteral("billing.overcharge"), QT_TR_NOOP("Overcharged")},
            {QStringLiteral("billing.refund_delay"), QT_TR_NOOP("Refund delayed")},
            {QStringLiteral("billing.invoice"), QT_TR_NOOP("Invoice problem")},
            {QStringLiteral("after_sales"), QT_TR_NOOP("After-sales service")},
            {QStringLiteral("after_sales.repair"), QT_TR_NOOP("Repair problem")},
            {QStringLiteral("after_sales.no_response"), QT_TR_NOOP("No response")},
            {QStringLiteral("after_sales.warranty"), QT_TR_NOOP("Warranty dispute")},
            {QStringLiteral("other"), QT_TR_NOOP("Other")},
    };
    static const QHash<QString, const char *> compensationKinds {
            {QStringLiteral("refund"), QT_TR_NOOP("Refund")},
            {QStringLiteral("replacement"), QT_TR_NOOP("Replacement")},
            {QStringLiteral("repair"), QT_TR_NOOP("Repair")},
            {QStringLiteral("voucher"), QT_TR_NOOP("Voucher")},
            {QStringLiteral("gift"), QT_TR_NOOP("Gift")},
            {QStringLiteral("other"), QT_TR_NOOP("Other")},
    };
    const QHash<QString, const char *> *words = list == PaymentMethod      ? &paymentMethods
                                                : list == ReturnReason     ? &returnReasons
                                                : list == ComplaintReason  ? &complaintReasons
                                                : list == CompensationKind ? &compensationKinds
                                                                           : nullptr;
    if (!words)
        return {};
    const auto it = words->constFind(code);
    return it == words->cend() ? QString() : tr(*it);
}

Result<QList<Choice>> ChoiceLists::entries(const Actor &actor,
                                           const QString &list,
                                           bool includeRetired) const
{
    if (Status s = Permissions::require(actor, Operation::View); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code, label, position, retired, parent FROM choices"
                             " WHERE list = ? AND (retired = 0 OR ? = 1)"
                             " ORDER BY position, code"));
    q.addBindValue(list);
    q.addBindValue(includeRetired ? 1 : 0);
    if (!q.exec())
        return Database::storageError(q.lastError());
    QList<Choice> out;
    while (q.next())
        out.append(readChoice(list, q));
    return inTreeOrder(out);
}

bool ChoiceLists::isTwoLevel(const QString &list)
{
    return list == ComplaintReason;
}

QString ChoiceLists::label(const QString &list, const QString &code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT label FROM choices WHERE list = ? AND code = ?"));
    q.addBindValue(list);
    q.addBindValue(code);
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    const QString builtIn = builtInLabel(list, code);
    return builtIn.isEmpty() ? code : builtIn;
}

ChoiceLabels ChoiceLists::labels(const QString &list) const
{
    ChoiceLabels out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
            "SELECT code, label, position, retired, parent FROM choices WHERE list = ?"));
    q.addBindValue(list);
    if (q.exec())
        while (q.next()) {
            const Choice c = readChoice(list, q);
            out.m_labels.insert(c.code, c.label);
        }
    return out;
}

Result<bool> ChoiceLists::offers(const QString &list, const QString &code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT retired FROM choices WHERE list = ? AND code = ?"));
    q.addBindValue(list);
    q.addBindValue(code);
    if (!q.exec())
        return Database::storageError(q.lastError());
    return q.next() && q.value(0).toInt() == 0;
}

Result<bool> ChoiceLists::offersUnder(const QString &list,
                                      const QString &code,
                                      const QString &parent) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT retired, parent FROM choices WHERE list = ? AND code = ?"));
    q.addBindValue(list);
    q.addBindValue(code);
    if (!q.exec())
        return Database::storageError(q.lastError());
    return q.next() && q.value(0).toInt() == 0 && q.value(1).toString() == parent;
}

Result<Choice> ChoiceLists::add(const Actor &actor,
                                const QString &list,
                                const QString &label,
                                const QString &parent)
{
    if (Status s = Permissions::require(actor, Operation::ManageSettings); !s)
        return s.error();
    const QString text = label.simplified();
    const QString under = parent.trimmed();
    const Result<QString> code = WriteTransaction::run<QString>(m_db, [&]() -> Result<QString> {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT code, position, parent FROM choices WHERE list = ?"));
        q.addBindValue(list);
        if (!q.exec())
            return Database::storageError(q.lastError());
        int position = 0;
        qint64 highest = 0;
        bool known = false;
        bool parentIsFirstLevel = false;
        while (q.next()) {
            known = true;
            const QString existing = q.value(0).toString();
            if (q.value(2).toString() == under)
                position = qMax(position, q.value(1).toInt());
            if (!under.isEmpty() && existing == under && q.value(2).toString().isEmpty())
                parentIsFirstLevel = true;
            if (existing.startsWith(CustomPrefix))
                highest = qMax(highest, existing.mid(CustomPrefix.size()).toLongLong());
        }
        q.finish();
        // The lists come with the archive (migrations seed them); no new ones by typing.
        if (!known)
            return makeError(Error::Code::NotFound, tr("There is no such choice list."));
        if (!under.isEmpty() && !isTwoLevel(list))
            return invalidParent(tr("This list has only one level."));
        if (!under.isEmpty() && !parentIsFirstLevel)
            return invalidParent(tr("Choose a first-level entry of this list to put the new "
                                    "entry under."));
        if (Status s = checkLabel(m_db, list, QStringLiteral(""), text, under); !s)
            return s.error();
        // Codes are never reused: old rows keep meaning what they meant.
        const QString newCode = CustomPrefix + QString::number(highest + 1);
        q.prepare(QStringLiteral("INSERT INTO choices(list, code, label, position, retired, parent)"
                                 " VALUES(?, ?, ?, ?, 0, ?)"));
        q.addBindValue(list);
        q.addBindValue(newCode);
        q.addBindValue(text);
        q.addBindValue(position + 1);
        q.addBindValue(under.isNull() ? QStringLiteral("") : under);
        if (!q.exec())
            return Database::storageError(q.lastError());
        QJsonObject details {{QStringLiteral("list"), list},
                             {QStringLiteral("code"), newCode},
                             {QStringLiteral("label"), text},
                             {QStringLiteral("position"), position + 1}};
        if (!under.isEmpty())
            details.insert(QStringLiteral("parent"), under);
        if (Status s = AuditLog::append(m_db, actor, AuditLog::Create, Entity, 0, details); !s)
            return s.error();
        return newCode;
    });
    if (!code)
        return code.error();
    const Result<QList<Choice>> all = entries(actor, list, true);
    if (!all)
        return all.error();
    for (const Choice &c : all.value())
        if (c.code == code.value())
            return c;
    return makeError(Error::Code::NotFound, tr("There is no such choice list."));
}

Status ChoiceLists::rename(const Actor &actor,
                           const QString &list,
                           const QString &code,
                           const QString &label)
{
    if (Status s = Permissions::require(actor, Operation::ManageSettings); !s)
        return s.error();
    const QString text = label.simplified();
    return WriteTransaction::run(m_db, [&]() -> Status {
        const Result<Choice> before = storedChoice(m_db, list, code);
        if (!before)
            return before.error();
        if (Status s = checkLabel(m_db, list, code, text, before->parent); !s)
            return s;
        if (before->label == text)
            return Done {};
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE choices SET label = ? WHERE list = ? AND code = ?"));
        q.addBindValue(text);
        q.addBindValue(list);
        q.addBindValue(code);
        if (!q.exec())
            return Database::storageError(q.lastError());
        return AuditLog::append(m_db,
                                actor,
                                AuditLog::Update,
                                Entity,
                                0,
                                {{QStringLiteral("list"), list},
                                 {QStringLiteral("code"), code},
                                 {QStringLiteral("label"),
                                  QJsonObject {{QStringLiteral("before"), before->label},
                                               {QStringLiteral("after"), text}}}});
    });
}

Status ChoiceLists::setRetired(const Actor &actor,
                               const QString &list,
                               const QString &code,
                               bool retired)
{
    if (Status s = Permissions::require(actor, Operation::ManageSettings); !s)
        return s.error();
    return WriteTransaction::run(m_db, [&]() -> Status {
        const Result<Choice> before = storedChoice(m_db, list, code);
        if (!before)
            return before.error();
        if (before->retired == retired)
            return Done {};
        QSqlQuery q(m_db.connection());
        if (retired && before->parent.isEmpty()) {
            // A list with nothing left to choose would stop every form that needs it. (A
            // second-level entry is optional: all of them under one entry may go.)
            q.prepare(QStringLiteral("SELECT count(*) FROM choices"
                                     " WHERE list = ? AND retired = 0 AND code <> ?"
                                     " AND parent = ''"));
            q.addBindValue(list);
            q.addBindValue(code);
            if (!q.exec() || !q.next())
                return Database::storageError(q.lastError());
            if (q.value(0).toInt() == 0)
                return makeError(Error::Code::Invalid,
                                 tr("\"%1\" is the last entry still offered in this list. Add "
                                    "another entry before retiring it.")
                                         .arg(before->label));
            q.finish();
        }
        q.prepare(QStringLiteral("UPDATE choices SET retired = ? WHERE list = ? AND code = ?"));
        q.addBindValue(retired ? 1 : 0);
        q.addBindValue(list);
        q.addBindValue(code);
        if (!q.exec())
            return Database::storageError(q.lastError());
        return AuditLog::append(m_db,
                                actor,
                                AuditLog::Update,
                                Entity,
                                0,
                                {{QStringLiteral("list"), list},
                                 {QStringLiteral("code"), code},
                                 {QStringLiteral("retired"),
                                  QJsonObject {{QStringLiteral("before"), before->retired},
                                               {QStringLiteral("after"), retired}}}});
    });
}
