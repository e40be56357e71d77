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
    return c;
}

Error invalidLabel(const QString &message)
{
    Error e = makeError(Error::Code::Invalid, message);
    e.fieldErrors.insert(QStringLiteral("label"), message);
    return e;
}

// Refuses an empty or overlong label, and one that reads like another entry of the list.
Status checkLabel(Database &db, const QString &list, const QString &code, const QString &label)
{
    if (label.isEmpty())
        return invalidLabel(ChoiceLists::tr("Enter the text people will see for this entry."));
    if (label.size() > MaxLabelLength)
        return invalidLabel(
                ChoiceLists::tr("An entry has at most %1 characters.").arg(MaxLabelLength));
    // Two entries that read the same could not be told apart in a form.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT code, label FROM choices WHERE list = ? AND code <> ?"));
    q.addBindValue(list);
    q.addBindValue(code);
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
    q.prepare(QStringLiteral("SELECT code, label, position, retired FROM choices"
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
    const QHash<QString, const char *> *words = list == PaymentMethod  ? &paymentMethods
                                                : list == ReturnReason ? &returnReasons
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
    q.prepare(QStringLiteral("SELECT code, label, position, retired FROM choices"
                             " WHERE list = ? AND (retired = 0 OR ? = 1)"
                             " ORDER BY position, code"));
    q.addBindValue(list);
    q.addBindValue(includeRetired ? 1 : 0);
    if (!q.exec())
        return Database::storageError(q.lastError());
    QList<Choice> out;
    while (q.next())
        out.append(readChoice(list, q));
    return out;
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
    q.prepare(QStringLiteral("SELECT code, label, position, retired FROM choices WHERE list = ?"));
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

Result<Choice> ChoiceLists::add(const Actor &actor, const QString &list, const QString &label)
{
    if (Status s = Permissions::require(actor, Operation::ManageSettings); !s)
        return s.error();
    const QString text = label.simplified();
    const Result<QString> code = WriteTransaction::run<QString>(m_db, [&]() -> Result<QString> {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT code, position FROM choices WHERE list = ?"));
        q.addBindValue(list);
        if (!q.exec())
            return Database::storageError(q.lastError());
        int position = 0;
        qint64 highest = 0;
        bool known = false;
        while (q.next()) {
            known = true;
            position = qMax(position, q.value(1).toInt());
            const QString existing = q.value(0).toString();
            if (existing.startsWith(CustomPrefix))
                highest = qMax(highest, existing.mid(CustomPrefix.size()).toLongLong());
        }
        q.finish();
        // The lists come with the archive (migrations seed them); no new ones by typing.
        if (!known)
            return makeError(Error::Code::NotFound, tr("There is no such choice list."));
        if (Status s = checkLabel(m_db, list, QStringLiteral(""), text); !s)
            return s.error();
        // Codes are never reused: old rows keep meaning what they meant.
        const QString newCode = CustomPrefix + QString::number(highest + 1);
        q.prepare(QStringLiteral(
                "INSERT INTO choices(list, code, label, position, retired) VALUES(?, ?, ?, ?, 0)"));
        q.addBindValue(list);
        q.addBindValue(newCode);
        q.addBindValue(text);
        q.addBindValue(position + 1);
        if (!q.exec())
            return Database::storageError(q.lastError());
        if (Status s = AuditLog::append(m_db,
                                        actor,
                                        AuditLog::Create,
                                        Entity,
                                        0,
                                        {{QStringLiteral("list"), list},
                                         {QStringLiteral("code"), newCode},
                                         {QStringLiteral("label"), text},
                                         {QStringLiteral("position"), position + 1}});
            !s)
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
        if (Status s = checkLabel(m_db, list, code, text); !s)
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
        if (retired) {
            // A list with nothing left to choose would stop every form that needs it.
            q.prepare(QStringLiteral("SELECT count(*) FROM choices"
                                     " WHERE list = ? AND retired = 0 AND code <> ?"));
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
