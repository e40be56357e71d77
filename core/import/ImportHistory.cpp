#include "ImportHistory.h"

#include "complaints/ComplaintLabels.h"
#include "complaints/ComplaintStore.h"
#include "history/ChoiceLists.h"
#include "history/Classification.h"
#include "history/HistoryLabels.h"
#include "history/Interaction.h"
#include "history/Purchase.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

// Text columns are NOT NULL: a null QString would be bound as NULL.
QVariant nn(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QStringLiteral("");
    return v;
}

QList<ImportValues::Choice> channelChoices()
{
    QList<ImportValues::Choice> out;
    const char *const codes[]
            = {"phone", "email", "sms", "wechat", "online_chat", "visit", "social_media", "other"};
    const char *const chinese[]
            = {"电话", "邮件", "短信", "微信", "在线客服", "到店", "社交媒体", "其他"};
    const char *const english[]
            = {"Phone", "Email", "SMS", "WeChat", "Online chat", "Visit", "Social media", "Other"};
    const QList<InteractionChannel> channels = HistoryLabels::channels();
    for (InteractionChannel c : channels) {
        const int i = int(c);
        if (i < 0 || i > 7)
            continue;
        out.append({i,
                    {key(codes[i]),
                     HistoryLabels::channel(c),
                     QString::fromUtf8(chinese[i]),
                     key(english[i])}});
    }
    out.append({int(InteractionChannel::OnlineChat), {key("web"), key("online")}});
    return out;
}

QList<ImportValues::Choice> directionChoices()
{
    return {{int(InteractionDirection::Inbound),
             {key("inbound"),
              HistoryLabels::direction(InteractionDirection::Inbound),
              QStringLiteral("呼入"),
              key("in")}},
            {int(InteractionDirection::Outbound),
             {key("outbound"),
              HistoryLabels::direction(InteractionDirection::Outbound),
              QStringLiteral("呼出"),
              key("out")}}};
}

QList<ImportValues::Choice> typeChoices()
{
    QList<ImportValues::Choice> out;
    const char *const codes[] = {"inquiry",
                                 "service_request",
                                 "complaint",
                                 "feedback",
                                 "suggestion",
                                 "follow_up",
                                 "marketing",
                                 "training_event"};
    const char *const chinese[]
            = {"咨询", "服务请求", "投诉", "反馈", "建议", "回访", "营销", "培训活动"};
    for (InteractionType t : HistoryLabels::types()) {
        const int i = int(t);
        if (i < 0 || i > 7)
            continue;
        out.append({i, {key(codes[i]), HistoryLabels::type(t), QString::fromUtf8(chinese[i])}});
    }
    return out;
}

QList<ImportValues::Choice> severityChoices()
{
    QList<ImportValues::Choice> out;
    const char *const codes[] = {"low", "medium", "high", "critical"};
    const char *const chinese[] = {"低", "中", "高", "紧急"};
    for (ComplaintSeverity s : ComplaintLabels::severities()) {
        const int i = int(s);
        out.append(
                {i, {key(codes[i]), ComplaintLabels::severity(s), QString::fromUtf8(chinese[i])}});
    }
    return out;
}

} // namespace

ImportHistory::ImportHistory(ImportCustomers &customers,
                             ImportCustomers::Context context,
                             ImportKind kind)
    : m_customers(customers)
    , m_context(std::move(context))
    , m_kind(kind)
{ }

Status ImportHistory::begin()
{
    QSqlQuery q(m_context.db.connection());
    const auto choices = [&](const QString &list,
                             QList<ImportValues::Choice> &into,
                             QStringList *codes) -> Status {
        q.prepare(QStringLiteral("SELECT code, label FROM choices WHERE list = ? AND parent = ''"
                                 " ORDER BY position"));
        q.addBindValue(list);
        if (!q.exec())
            return Database::storageError(q.lastError());
        while (q.next()) {
            const QString code = q.value(0).toString();
            QStringList names {code, ChoiceLists::builtInLabel(list, code)};
            if (!q.value(1).toString().isEmpty())
                names.append(q.value(1).toString());
            into.append({int(into.size()), names});
            if (codes)
                codes->append(code);
        }
        return Done {};
    };
    QStringList paymentCodes;
    if (Status s = choices(ChoiceLists::PaymentMethod, m_paymentMethods, &paymentCodes); !s)
        return s;
    if (Status s = choices(ChoiceLists::ComplaintReason, m_reasons, &m_reasonCodes); !s)
        return s;
    const Result<ComplaintSla> sla = ComplaintSla::load(m_context.db);
    if (!sla)
        return sla.error();
    m_sla = sla.value();
    const Result<FollowUpRules> rules = FollowUpRules::load(m_context.db);
    if (!rules)
        return rules.error();
    m_rules = rules.value();
    return Done {};
}

Result<qint64> ImportHistory::customerOf(ImportRow &row,
                                         bool createMissing,
                                         bool write,
                                         qint64 *created)
{
    const int errorsBefore = int(row.errors.size());
    const qint64 found = m_customers.find(row);
    if (found > 0)
        return found;
    if (row.errors.size() > errorsBefore)
        return qint64(0);
    if (!createMissing
        || row.mapped(key("customer_code")) && !row.text(key("customer_code")).isEmpty()) {
        row.error({}, tr("No customer in the archive matches this row's customer columns."));
        return qint64(0);
    }
    const std::optional<ImportCustomers::Row> made = m_customers.read(row, key("customer_"));
    if (!made)
        return qint64(0);
    const Result<qint64> id = m_customers.create(made.value(), write);
    if (!id)
        return id.error();
    ++*created;
    return id.value();
}

Result<bool> ImportHistory::apply(ImportRow &row,
                                  bool createMissing,
                                  bool write,
                                  qint64 *customersCreated)
{
    // The row's own values are checked first: a customer is made only for a good row.
    const Result<bool> checked = m_kind == ImportKind::Purchases      ? purchase(row, 0, false)
                                 : m_kind == ImportKind::Interactions ? interaction(row, 0, false)
                                                                      : complaint(row, 0, false);
    if (!checked)
        return checked;
    const Result<qint64> customer = customerOf(row, createMissing, write, customersCreated);
    if (!customer)
        return customer.error();
    if (!row.errors.isEmpty() || customer.value() <= 0)
        return false;
    if (!write)
        return true;
    m_changed.insert(customer.value());
    switch (m_kind) {
    case ImportKind::Purchases:
        return purchase(row, customer.value(), true);
    case ImportKind::Interactions:
        return interaction(row, customer.value(), true);
    default:
        return complaint(row, customer.value(), true);
    }
}

Result<bool> ImportHistory::purchase(ImportRow &row, qint64 customerId, bool write)
{
    QString problem;
    const int errorsBefore = int(row.errors.size());
    Purchase p;
    if (const auto at = row.dates(key("purchased_at")).parse(row.text(key("purchased_at")), &problem))
        p.purchasedAt = at->toUTC();
    else
        row.error(key("purchased_at"), problem);
    p.product = row.text(key("product"));
    if (p.product.isEmpty())
        row.error(key("product"), tr("The product is missing."));
    p.category = row.text(key("category"));
    p.channel = row.text(key("channel"));
    p.notes = row.text(key("notes"));
    if (const QString order = row.text(key("order_no")); !order.isEmpty()) {
        if (ImportValues::excelDamaged(order, &problem))
            row.error(key("order_no"), problem);
        p.notes = tr("Order %1").arg(order)
                  + (p.notes.isEmpty() ? QString() : QStringLiteral("\n") + p.notes);
    }
    p.quantity = 1;
    if (const QString v = row.text(key("quantity")); !v.isEmpty()) {
        const auto n = ImportValues::integer(v, &problem);
        if (!n || *n <= 0)
            row.error(key("quantity"), n ? tr("The quantity must be at least 1.") : problem);
        else
            p.quantity = *n;
    }
    std::optional<qint64> unit, amount;
    const QChar decimal = row.mapping.decimalSeparator;
    if (const QString v = row.text(key("unit_price")); !v.isEmpty()) {
        unit = ImportValues::money(v, decimal, &problem);
        if (!unit)
            row.error(key("unit_price"), problem);
    }
    if (const QString v = row.text(key("amount")); !v.isEmpty()) {
        amount = ImportValues::money(v, decimal, &problem);
        if (!amount)
            row.error(key("amount"), problem);
    }
    if (!unit && !amount && row.errors.size() == errorsBefore)
        row.error(row.mapped(key("amount")) ? key("amount") : key("unit_price"),
                  tr("The row has neither an amount nor a unit price."));
    p.unitPrice = unit ? *unit : (amount ? (*amount + p.quantity / 2) / p.quantity : 0);
    p.amount = amount ? *amount : p.unitPrice * p.quantity;
    p.paymentMethod = key("other");
    if (const QString v = row.text(key("payment_method")); !v.isEmpty()) {
        if (const auto i = ImportValues::choice(v, m_paymentMethods, &problem))
            p.paymentMethod = m_paymentMethods.at(*i).names.constFirst();
        else
            row.error(key("payment_method"), problem);
    }
    if (!write || row.errors.size() > errorsBefore)
        return row.errors.size() == errorsBefore;

    QSqlQuery q(m_context.db.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO purchases(customer_id, purchased_at, product, category, quantity,"
            " unit_price, amount, refunded, payment_method, channel, notes, created_at,"
            " created_by, updated_at, updated_by, version, import_id)"
            " VALUES(?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"));
    const QVariant now = StoredTime::fromDateTime(m_context.now);
    for (const QVariant &v : QVariantList {customerId,
                                           StoredTime::fromDateTime(p.purchasedAt),
                                           p.product,
                                           p.category,
                                           p.quantity,
                                           p.unitPrice,
                                           p.amount,
                                           p.paymentMethod,
                                           p.channel,
                                           p.notes,
                                           now,
                                           m_context.actor.login,
                                           now,
                                           m_context.actor.login,
                                           m_context.importId})
        q.addBindValue(nn(v));
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    // Only a visit still due today or later is planned (see the class comment).
    const QDate day = p.purchasedAt.toLocalTime().date();
    if (m_rules.afterPurchase.enabled
        && day.addDays(m_rules.afterPurchase.days) >= m_context.now.toLocalTime().date())
        if (Status s = FollowUpRules::onPurchase(m_context.db, m_context.actor, id, day); !s)
            return s.error();
    return true;
}

Result<bool> ImportHistory::interaction(ImportRow &row, qint64 customerId, bool write)
{
    QString problem;
    const int errorsBefore = int(row.errors.size());
    Interaction i;
    if (const auto at = row.dates(key("occurred_at")).parse(row.text(key("occurred_at")), &problem))
        i.occurredAt = at->toUTC();
    else
        row.error(key("occurred_at"), problem);
    i.summary = row.text(key("summary"));
    if (i.summary.isEmpty())
        row.error(key("summary"), tr("The summary is missing."));
    i.channel = InteractionChannel::Other;
    const auto pick =
            [&](const char *field, const QList<ImportValues::Choice> &choices, auto &target) {
                if (const QString v = row.text(key(field)); !v.isEmpty()) {
                    if (const auto c = ImportValues::choice(v, choices, &problem))
                        target = std::remove_reference_t<decltype(target)>(*c);
                    else
                        row.error(key(field), problem);
                }
            };
    pick("channel", channelChoices(), i.channel);
    pick("direction", directionChoices(), i.direction);
    i.type = InteractionType::Feedback;
    pick("type", typeChoices(), i.type);
    i.result = row.text(key("result"));
    i.staff = row.text(key("staff"));
    if (i.staff.isEmpty())
        i.staff = m_context.actor.login;
    if (const QString v = row.text(key("duration")); !v.isEmpty()) {
        if (const auto d = ImportValues::duration(v, &problem))
            i.durationSeconds = *d;
        else
            row.error(key("duration"), problem);
    }
    if (!write || row.errors.size() > errorsBefore)
        return row.errors.size() == errorsBefore;
    QSqlQuery q(m_context.db.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO interactions(customer_id, occurred_at, channel, direction, type,"
            " summary, result, staff, duration_seconds, created_at, created_by, import_id)"
            " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList {customerId,
                                           StoredTime::fromDateTime(i.occurredAt),
                                           int(i.channel),
                                           int(i.direction),
                                           int(i.type),
                                           i.summary,
                                           i.result,
                                           i.staff,
                                           i.durationSeconds,
                                           StoredTime::fromDateTime(m_context.now),
                                           m_context.actor.login,
                                           m_context.importId})
        q.addBindValue(nn(v));
    if (!q.exec())
        return Database::storageError(q.lastError());
    return true;
}

Result<bool> ImportHistory::complaint(ImportRow &row, qint64 customerId, bool write)
{
    QString problem;
    const int errorsBefore = int(row.errors.size());
    Complaint c;
    c.customerId = customerId;
    if (const auto at = row.dates(key("received_at")).parse(row.text(key("received_at")), &problem))
        c.receivedAt = at->toUTC();
    else
        row.error(key("received_at"), problem);
    c.description = row.text(key("description"));
    if (c.description.isEmpty())
        row.error(key("description"), tr("The description is missing."));
    c.channel = InteractionChannel::Other;
    if (const QString v = row.text(key("channel")); !v.isEmpty()) {
        if (const auto ch = ImportValues::choice(v, channelChoices(), &problem))
            c.channel = InteractionChannel(*ch);
        else
            row.error(key("channel"), problem);
    }
    c.reason = key("other");
    if (const QString v = row.text(key("reason")); !v.isEmpty()) {
        if (const auto r = ImportValues::choice(v, m_reasons, &problem))
            c.reason = m_reasonCodes.at(*r);
        else
            row.error(key("reason"), problem);
    }
    if (const QString v = row.text(key("sub_reason")); !v.isEmpty()) {
        const QString code = v.contains(QLatin1Char('.')) ? v : c.reason + QStringLiteral(".") + v;
        if (ChoiceLists::builtInLabel(ChoiceLists::ComplaintReason, code).isEmpty()
            || !code.startsWith(c.reason + QStringLiteral(".")))
            row.error(key("sub_reason"), tr("\"%1\" is not a sub-reason of %2.").arg(v, c.reason));
        else
            c.subReason = code;
    }
    if (const QString v = row.text(key("severity")); !v.isEmpty()) {
        if (const auto sv = ImportValues::choice(v, severityChoices(), &problem))
            c.severity = ComplaintSeverity(*sv);
        else
            row.error(key("severity"), problem);
    }
    c.handler = row.text(key("handler"));
    c.resolution = row.text(key("resolution"));
    // Imported complaints start open: their handling is recorded in the archive from now on.
    c.status = ComplaintStatus::Open;
    if (!write || row.errors.size() > errorsBefore)
        return row.errors.size() == errorsBefore;
    m_sla.applyDueTimes(c);
    const Result<qint64> id = ComplaintStore::insert(m_context.db,
                                                     c,
                                                     m_context.now,
                                                     m_context.actor.login);
    if (!id)
        return id.error();
    QSqlQuery q(m_context.db.connection());
    q.prepare(QStringLiteral("UPDATE complaints SET import_id = ? WHERE id = ?"));
    q.addBindValue(m_context.importId);
    q.addBindValue(id.value());
    if (!q.exec())
        return Database::storageError(q.lastError());
    return true;
}

Status ImportHistory::finish(bool write)
{
    if (!write)
        return Done {};
    const QDate today = m_context.now.toLocalTime().date();
    for (qint64 id : std::as_const(m_changed))
        if (Status s = Classification::reclassify(m_context.db, id, today); !s)
            return s;
    return Done {};
}
