#include "DemoGenerator.h"

#include "DemoHistory.h"
#include "audit/AuditLog.h"
#include "customers/Customer.h"
#include "customers/CustomerAudit.h"
#include "customers/CustomerSearchIndex.h"
#include "history/Classification.h"
#include "security/Permissions.h"
#include "storage/BulkLoadScope.h"
#include "storage/BulkLoader.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <random>
#include <vector>

namespace {

struct Syllable
{
    const char *han;
    const char *pinyin;
};

const Syllable surnames[] = {
        {"王", "wang"},     {"李", "li"},     {"张", "zhang"}, {"刘", "liu"},  {"陈", "chen"},
        {"杨", "yang"},     {"黄", "huang"},  {"赵", "zhao"},  {"吴", "wu"},   {"周", "zhou"},
        {"徐", "xu"},       {"孙", "sun"},    {"马", "ma"},    {"朱", "zhu"},  {"胡", "hu"},
        {"郭", "guo"},      {"何", "he"},     {"高", "gao"},   {"林", "lin"},  {"罗", "luo"},
        {"郑", "zheng"},    {"梁", "liang"},  {"谢", "xie"},   {"宋", "song"}, {"唐", "tang"},
        {"许", "xu"},       {"韩", "han"},    {"冯", "feng"},  {"邓", "deng"}, {"曹", "cao"},
        {"欧阳", "ouyang"}, {"司马", "sima"},
};

const Syllable given[] = {
        {"芳", "fang"}, {"伟", "wei"},   {"娜", "na"},   {"敏", "min"},  {"静", "jing"},
        {"丽", "li"},   {"强", "qiang"}, {"磊", "lei"},  {"军", "jun"},  {"洋", "yang"},
        {"勇", "yong"}, {"艳", "yan"},   {"杰", "jie"},  {"娟", "juan"}, {"涛", "tao"},
        {"明", "ming"}, {"超", "chao"},  {"秀", "xiu"},  {"霞", "xia"},  {"平", "ping"},
        {"刚", "gang"}, {"桂", "gui"},   {"英", "ying"}, {"华", "hua"},  {"建", "jian"},
        {"文", "wen"},  {"晓", "xiao"},  {"红", "hong"}, {"鹏", "peng"}, {"玉", "yu"},
        {"雪", "xue"},  {"婷", "ting"},  {"宇", "yu"},   {"浩", "hao"},  {"欣", "xin"},
        {"子", "zi"},   {"梓", "zi"},    {"涵", "han"},  {"一", "yi"},   {"诺", "nuo"},
};

const char *const latinFirst[] = {"Emily",
                                  "James",
                                  "Olivia",
                                  "Michael",
                                  "Sophia",
                                  "David",
                                  "Anna",
                                  "Thomas",
                                  "Laura",
                                  "Daniel",
                                  "Maria",
                                  "Peter",
                                  "Sarah",
                                  "Lucas",
                                  "Julia",
                                  "Martin",
                                  "Chloe",
                                  "Kevin"};
const char *const latinLast[] = {"Smith",
                                 "Johnson",
                                 "Müller",
                                 "Garcia",
                                 "Brown",
                                 "Martin",
                                 "Rossi",
                                 "Schmidt",
                                 "Dubois",
                                 "Wilson",
                                 "Nguyen",
                                 "Kim",
                                 "Taylor",
                                 "Anderson",
                                 "Lopez",
                                 "Fischer"};

struct City
{
    const char *name;
    const char *area; // area code without the leading 0
    const char *districts[3];
};
const City cities[] = {
        {"北京市", "10", {"朝阳区", "海淀区", "东城区"}},
        {"上海市", "21", {"浦东新区", "徐汇区", "静安区"}},
        {"广州市", "20", {"天河区", "越秀区", "海珠区"}},
        {"深圳市", "755", {"南山区", "福田区", "宝安区"}},
        {"杭州市", "571", {"西湖区", "滨江区", "余杭区"}},
        {"成都市", "28", {"武侯区", "锦江区", "高新区"}},
        {"南京市", "25", {"鼓楼区", "玄武区", "建邺区"}},
        {"武汉市", "27", {"江汉区", "武昌区", "洪山区"}},
        {"西安市", "29", {"雁塔区", "碑林区", "未央区"}},
        {"苏州市", "512", {"姑苏区", "工业园区", "吴中区"}},
};
const char *const roads[] = {"人民路",
                             "解放路",
                             "中山路",
                             "建设路",
                             "和平路",
                             "文化路",
                             "长江路",
                             "新华路",
                             "科技路",
                             "滨河路"};
const char *const companyWords[] = {"华信",
                                    "恒达",
                                    "鼎盛",
                                    "新元",
                                    "宏图",
                                    "瑞丰",
                                    "嘉禾",
                                    "天成",
                                    "中科",
                                    "联创",
                                    "金桥",
                                    "博远",
                                    "通达",
                                    "启明"};
const char *const companyTrades[]
        = {"科技", "贸易", "电子", "物流", "餐饮", "医疗器械", "文化传媒", "建材", "软件", "家居"};
const char *const titles[]
        = {"经理", "采购经理", "总监", "行政主管", "工程师", "总经理", "财务", "店长"};
const char *const sources[]
        = {"门店", "电话", "官网", "微信", "朋友推荐", "展会", "电商平台", "广告"};
const char *const tagNames[] = {"VIP",
                                "会员",
                                "企业客户",
                                "生日关怀",
                                "价格敏感",
                                "投诉敏感",
                                "大客户",
                                "团购",
                                "新品关注",
                                "需回访"};
const char *const staff[] = {"张丽",
                             "王强",
                             "李娜",
                             "陈杰",
                             "刘洋",
                             "赵敏",
                             "周婷",
                             "吴磊",
                             "孙浩",
                             "郑芳",
                             "前台一",
                             "前台二"};
const char *const mailDomains[]
        = {"qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "sina.com", "example.cn"};
const char *const mobilePrefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
                                      "150", "151", "152", "155", "156", "157", "158", "159", "166",
                                      "170", "176", "177", "178", "180", "181", "182", "185", "186",
                                      "187", "188", "189", "191", "198", "199"};
const char *const notes[] = {"偏好电话联系，工作日下午方便。",
                             "对价格比较敏感。",
                             "需要开具增值税专用发票。",
                             "喜欢新品，活动请通知。",
                             "Prefers email in English.",
                             "送货前请先电话确认。"};

template<typename T, std::size_t N>
const T &pick(std::mt19937_64 &rng, const T (&items)[N])
{
    return items[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

bool chance(std::mt19937_64 &rng, int percent)
{
    return std::uniform_int_distribution<int>(0, 99)(rng) < percent;
}

int between(std::mt19937_64 &rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

Customer makeCustomer(std::mt19937_64 &rng, const QDateTime &now)
{
    Customer c;
    const City &city = pick(rng, cities);
    QString mailName;
    c.kind = chance(rng, 12) ? CustomerKind::Organization : CustomerKind::Person;
    const QString companyName = u(city.name).left(2) + u(pick(rng, companyWords))
                                + u(pick(rng, companyTrades)) + u("有限公司");
    if (c.kind == CustomerKind::Organization) {
        c.name = companyName;
        c.company = companyName;
        mailName = QStringLiteral("service");
    } else if (chance(rng, 75)) {
        const Syllable &s = pick(rng, surnames);
        const Syllable &g1 = pick(rng, given);
        c.name = u(s.han) + u(g1.han);
        mailName = QString::fromLatin1(s.pinyin) + QLatin1Char('.')
                   + QString::fromLatin1(g1.pinyin);
        if (chance(rng, 55)) {
            const Syllable &g2 = pick(rng, given);
            c.name += u(g2.han);
            mailName += QString::fromLatin1(g2.pinyin);
        }
        c.gender = chance(rng, 50) ? Gender::Female : Gender::Male;
    } else {
        const QString first = u(pick(rng, latinFirst));
        const QString last = u(pick(rng, latinLast));
        c.name = first + QLatin1Char(' ') + last;
        mailName = (first + QLatin1Char('.') + last).toLower().replace(u("ü"), u("ue"));
        c.gender = chance(rng, 50) ? Gender::Female : Gender::Male;
    }
    if (c.kind == CustomerKind::Person && chance(rng, 35)) {
        c.company = companyName;
        c.title = u(pick(rng, titles));
    }
    if (c.kind == CustomerKind::Person && chance(rng, 60))
        c.birthday = QDate(between(rng, 1950, 2006), between(rng, 1, 12), between(rng, 1, 28));

    if (chance(rng, 96)) {
        c.phones.append(Phone {PhoneKind::Mobile,
                               u("+86") + u(pick(rng, mobilePrefixes))
                                       + QStringLiteral("%1").arg(between(rng, 0, 99999999),
                                                                  8,
                                                                  10,
                                                                  QLatin1Char('0')),
                               true});
    }
    if (chance(rng, c.kind == CustomerKind::Organization ? 90 : 20)) {
        const QString area = QString::fromLatin1(city.area);
        const int localDigits = area.size() == 2 ? 8 : (chance(rng, 50) ? 7 : 8);
        QString local = QString::number(between(rng, 2, 8));
        while (local.size() < localDigits)
            local += QString::number(between(rng, 0, 9));
        QString number = u("+86") + area + local;
        if (c.kind == CustomerKind::Organization && chance(rng, 30))
            number += QStringLiteral("x%1").arg(between(rng, 10, 899));
        c.phones.append(Phone {PhoneKind::Landline, number, c.phones.isEmpty()});
    }
    if (chance(rng, 70))
        c.email = mailName + QString::number(between(rng, 1, 9999)) + QLatin1Char('@')
                  + u(pick(rng, mailDomains));
    const QString street = u(city.name) + u(pick(rng, city.districts)) + u(pick(rng, roads))
                           + QString::number(between(rng, 1, 999)) + u("号");
    if (chance(rng, 80))
        c.mailingAddress = street;
    if (chance(rng, 60))
        c.shippingAddress = chance(rng, 70)
                                    ? street
                                    : u(city.name) + u(pick(rng, city.districts))
                                              + u(pick(rng, roads))
                                              + QString::number(between(rng, 1, 999)) + u("号");
    c.source = u(pick(rng, sources));
    c.lifecycle = Lifecycle(between(rng, 0, 3));
    c.valueTier = ValueTier(between(rng, 0, 3));
    const int tagCount = between(rng, 0, 3);
    for (int i = 0; i < tagCount; ++i) {
        const QString tag = u(pick(rng, tagNames));
        if (!c.tags.contains(tag))
            c.tags.append(tag);
    }
    c.owner = u(pick(rng, staff));
    if (chance(rng, 15))
        c.notes = u(pick(rng, notes));
    c.marketingConsent = chance(rng, 40);
    c.createdAt = now.addSecs(-qint64(between(rng, 3600, 3 * 365 * 86400)));
    c.updatedAt = c.createdAt.addSecs(between(rng, 0, 200 * 86400));
    if (c.updatedAt > now)
        c.updatedAt = now;
    if (c.marketingConsent)
        c.consentDate = c.createdAt.date();
    if (chance(rng, 50))
        c.lastVerifiedAt = c.updatedAt;
    return c;
}

// The logins who serve the demo customers: the archive's enabled accounts (a demo archive's are
// DemoAccounts'), front desks more often; the acting user when there are none. Supervisors
// assign and close complaints.
struct Staff
{
    QStringList serving;
    QStringList supervising;
};

Result<Staff> staffLogins(Database &db, const Actor &actor)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT login, roles FROM users WHERE disabled = 0 ORDER BY id")))
        return Database::storageError(q.lastError());
    Staff staff;
    while (q.next()) {
        const int roles = q.value(1).toInt();
        const int times = (roles & int(Role::FrontDesk)) ? 3 : 1;
        for (int i = 0; i < times; ++i)
            staff.serving.append(q.value(0).toString());
        if (roles & int(Role::Supervisor))
            staff.supervising.append(q.value(0).toString());
    }
    if (staff.serving.isEmpty())
        staff.serving.append(actor.login);
    return staff;
}

Result<qint64> nextId(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table)) || !q.next())
        return Database::storageError(q.lastError());
    return q.value(0).toLongLong() + 1;
}

} // namespace

Status DemoGenerator::run(Database &db,
                          const Actor &actor,
                          const Options &options,
                          const std::function<bool(qint64, qint64)> &progress)
{
    if (Status s = Permissions::require(actor, Operation::Create); !s)
        return s;
    if (options.customers < 0)
        return makeError(Error::Code::Invalid, tr("The number of customers cannot be negative."));
    std::mt19937_64 rng(options.seed);
    // A reference time that does not move during the run: the same seed and day give the same
    // archive.
    const QDateTime now(options.asOf.isValid() ? options.asOf : QDate::currentDate(),
                        QTime(9, 0),
                        Qt::UTC);

    QSqlQuery pragma(db.connection());
    if (db.sqliteHandle())
        pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));

    const Status status = WriteTransaction::run(db, [&]() -> Status {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'customer_code'"))
            || !q.next())
            return Database::storageError(q.lastError());
        const qint64 firstCode = q.value(0).toLongLong() + 1;
        q.finish();
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM customers")) || !q.next())
            return Database::storageError(q.lastError());
        const qint64 firstId = q.value(0).toLongLong() + 1;
        q.finish();

        if (firstId + options.customers > qint64(0xFFFFFFFF))
            return makeError(Error::Code::Invalid,
                             tr("The archive cannot hold that many customers."));
        const Result<Staff> staff = staffLogins(db, actor);
        if (!staff)
            return staff.error();
        const Result<qint64> firstPurchaseId = nextId(db, QStringLiteral("purchases"));
        if (!firstPurchaseId)
            return firstPurchaseId.error();
        const Result<qint64> firstRequestId = nextId(db, QStringLiteral("service_requests"));
        if (!firstRequestId)
            return firstRequestId.error();
        const Result<qint64> firstComplaintId = nextId(db, QStringLiteral("complaints"));
        if (!firstComplaintId)
            return firstComplaintId.error();
        const bool bulk = options.customers >= 20000;
        BulkLoadScope scope(db,
                            QStringList {QStringLiteral("customers"),
                                         QStringLiteral("customer_phones"),
                                         QStringLiteral("customer_tags"),
                                         QStringLiteral("customer_grams")}
                                    + DemoHistory::tables());
        if (bulk)
            if (Status s = scope.begin(); !s)
                return s;

        BulkLoader loader(db);
        const int customers = loader.addTable(QStringLiteral("customers"),
                                              {QStringLiteral("id"),
                                               QStringLiteral("code"),
                                               QStringLiteral("kind"),
                                               QStringLiteral("name"),
                                               QStringLiteral("name_key"),
                                               QStringLiteral("gender"),
                                               QStringLiteral("birthday"),
                                               QStringLiteral("company"),
                                               QStringLiteral("title"),
                                               QStringLiteral("email"),
                                               QStringLiteral("mailing_address"),
                                               QStringLiteral("shipping_address"),
                                               QStringLiteral("source"),
                                               QStringLiteral("lifecycle"),
                                               QStringLiteral("value_tier"),
                                               QStringLiteral("owner"),
                                               QStringLiteral("notes"),
                                               QStringLiteral("marketing_consent"),
                                               QStringLiteral("consent_date"),
                                               QStringLiteral("last_verified_at"),
                                               QStringLiteral("primary_phone"),
                                               QStringLiteral("search_text"),
                                               QStringLiteral("created_at"),
                                               QStringLiteral("created_by"),
                                               QStringLiteral("updated_at"),
                                               QStringLiteral("updated_by"),
                                               QStringLiteral("version")});
        const int phones = loader.addTable(QStringLiteral("customer_phones"),
                                           {QStringLiteral("customer_id"),
                                            QStringLiteral("position"),
                                            QStringLiteral("kind"),
                                            QStringLiteral("number"),
                                            QStringLiteral("is_primary")});
        const int tags = loader.addTable(QStringLiteral("customer_tags"),
                                         {QStringLiteral("customer_id"), QStringLiteral("tag")});
        const int grams = loader.addTable(QStringLiteral("customer_grams"),
                                          {QStringLiteral("gram"), QStringLiteral("customer_id")});
        DemoHistory history(loader,
                            options.seed,
                            staff->serving,
                            staff->supervising,
                            now,
                            {firstPurchaseId.value(),
                             firstRequestId.value(),
                             firstComplaintId.value()});
        if (!loader.status())
            return loader.status();

        // Each customer's history is made before its row (and written after it), so the row
        // carries the lifecycle and tier that history gives it: a million updates afterwards
        // would cost minutes on PostgreSQL.
        const Result<ClassificationRules> rules = Classification::rules(db);
        if (!rules)
            return rules.error();
        std::vector<quint64> gramKeys;
        gramKeys.reserve(std::size_t(options.customers) * 8);
        for (qint64 i = 0; i < options.customers; ++i) {
            Customer c = makeCustomer(rng, now);
            c.id = firstId + i;
            c.code = QStringLiteral("C%1").arg(firstCode + i, 6, 10, QLatin1Char('0'));
            if (Status s = history.add(c.id,
                                       c.kind == CustomerKind::Organization,
                                       c.createdAt,
                                       c.birthday);
                !s)
                return s;
            const ClassificationResult classified = Classification::classify(history.facts(),
                                                                             rules.value(),
                                                                             now.date());
            c.lifecycle = classified.lifecycle;
            c.valueTier = classified.tier;
            const Phone *primary = c.primaryPhone();
            Status s = loader.add(customers,
                                  {c.id,
                                   c.code,
                                   int(c.kind),
                                   c.name,
                                   CustomerSearchIndex::nameKey(c.name),
                                   int(c.gender),
                                   StoredTime::fromDate(c.birthday),
                                   c.company,
                                   c.title,
                                   c.email,
                                   c.mailingAddress,
                                   c.shippingAddress,
                                   c.source,
                                   int(c.lifecycle),
                                   int(c.valueTier),
                                   c.owner,
                                   c.notes,
                                   c.marketingConsent ? 1 : 0,
                                   StoredTime::fromDate(c.consentDate),
                                   StoredTime::fromDateTime(c.lastVerifiedAt),
                                   primary ? primary->number : QString(),
                                   CustomerSearchIndex::searchText(c),
                                   StoredTime::fromDateTime(c.createdAt),
                                   actor.login,
                                   StoredTime::fromDateTime(c.updatedAt),
                                   actor.login,
                                   1});
            if (s)
                s = history.write();
            for (int p = 0; s && p < c.phones.size(); ++p)
                s = loader.add(phones,
                               {c.id,
                                p,
                                int(c.phones.at(p).kind),
                                c.phones.at(p).number,
                                c.phones.at(p).primary ? 1 : 0});
            for (int t = 0; s && t < c.tags.size(); ++t)
                s = loader.add(tags, {c.id, c.tags.at(t)});
            // Collected and written in key order at the end: sorted inserts are several times
            // faster than inserts all over the b-tree.
            for (const QString &gram : CustomerSearchIndex::grams(c)) {
                if (CustomerSearchIndex::packable(gram, c.id))
                    gramKeys.push_back(CustomerSearchIndex::packGram(gram, c.id));
                else if (s)
                    s = loader.add(grams, {gram, c.id}); // characters beyond the BMP
            }
            if (!s)
                return s;
            if (progress && (i % 10000 == 0) && !progress(i, options.customers))
                return makeError(Error::Code::Cancelled, tr("Cancelled; the archive is unchanged."));
        }
        std::sort(gramKeys.begin(), gramKeys.end());
        for (quint64 key : gramKeys)
            if (Status s = loader.add(grams,
                                      {CustomerSearchIndex::unpackedGram(key),
                                       CustomerSearchIndex::unpackedId(key)});
                !s)
                return s;
        if (Status s = loader.finish(); !s)
            return s;
        if (bulk)
            if (Status s = scope.end({QStringLiteral("customer_fts")}); !s)
                return s;
        // One entry for the whole generated batch, not one per made-up customer.
        const DemoHistory::Counts made = history.counts();
        if (Status s = AuditLog::append(db,
                                        actor,
                                        QStringLiteral("demo"),
                                        CustomerAudit::Entity,
                                        0,
                                        {{QStringLiteral("customers"), options.customers},
                                         {QStringLiteral("seed"), QString::number(options.seed)},
                                         {QStringLiteral("first_code"), firstCode},
                                         {QStringLiteral("purchases"), made.purchases},
                                         {QStringLiteral("returns"), made.returns},
                                         {QStringLiteral("interactions"), made.interactions},
                                         {QStringLiteral("service_requests"), made.requests},
                                         {QStringLiteral("complaints"), made.complaints},
                                         {QStringLiteral("follow_ups"), made.followUps}});
            !s)
            return s;
        const std::pair<QString, qint64> explicitIds[]
                = {{QStringLiteral("customers"),
                    options.customers > 0 ? firstId + options.customers - 1 : 0},
                   {QStringLiteral("purchases"), made.purchases > 0 ? history.lastPurchaseId() : 0},
                   {QStringLiteral("service_requests"),
                    made.requests > 0 ? history.lastRequestId() : 0},
                   {QStringLiteral("complaints"),
                    made.complaints > 0 ? history.lastComplaintId() : 0}};
        for (const auto &[table, lastId] : explicitIds) {
            const QString record = db.dialect().recordExplicitId(table);
            if (record.isEmpty() || lastId == 0)
                continue;
            q.prepare(record);
            q.addBindValue(lastId);
            if (!q.exec())
                return Database::storageError(q.lastError());
            q.finish();
        }
        q.prepare(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'customer_code'"));
        q.addBindValue(firstCode + options.customers - 1);
        if (!q.exec())
            return Database::storageError(q.lastError());
        return Done {};
    });
    if (db.sqliteHandle())
        pragma.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    if (!status)
        return status;
    if (progress)
        progress(options.customers, options.customers);
    return Done {};
}
