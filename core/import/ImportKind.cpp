#include "ImportKind.h"

namespace {

ImportField field(const char *key, QString label, bool required, QStringList aliases)
{
    return ImportField {QString::fromLatin1(key), std::move(label), required, std::move(aliases)};
}

QStringList aliases(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out.append(QString::fromUtf8(name));
    return out;
}

// The customer keys that start the fields of purchases, interactions and complaints.
QList<ImportField> customerKeys()
{
    return {field("customer_code",
                  ImportFields::tr("Customer code"),
                  false,
                  aliases({"customer code", "客户编号", "客户编码", "客户代码"})),
            field("customer_phone",
                  ImportFields::tr("Customer phone"),
                  false,
                  aliases({"customer phone",
                           "phone",
                           "mobile",
                           "手机",
                           "手机号",
                           "电话",
                           "联系电话",
                           "客户电话",
                           "客户手机"})),
            field("customer_email",
                  ImportFields::tr("Customer email"),
                  false,
                  aliases({"customer email", "email", "e-mail", "邮箱", "电子邮件", "客户邮箱"})),
            field("customer_external_id",
                  ImportFields::tr("Customer's id in the source system"),
                  false,
                  aliases({"customer id", "customerid", "client id", "用户id", "会员id", "客户id"})),
            field("customer_name",
                  ImportFields::tr("Customer name (to create missing customers)"),
                  false,
                  aliases({"customer name",
                           "customer",
                           "name",
                           "客户名称",
                           "客户姓名",
                           "姓名",
                           "客户",
                           "昵称"}))};
}

} // namespace

QList<ImportField> ImportFields::fields(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return {field("name",
                      tr("Name"),
                      true,
                      aliases({"name",
                               "customer name",
                               "full name",
                               "客户名称",
                               "客户姓名",
                               "姓名",
                               "名称",
                               "昵称"})),
                field("kind",
                      tr("Person or organization"),
                      false,
                      aliases({"kind", "customer type", "客户类型", "类型"})),
                field("gender", tr("Gender"), false, aliases({"gender", "sex", "性别"})),
                field("birthday",
                      tr("Birthday"),
                      false,
                      aliases({"birthday", "date of birth", "birth date", "生日", "出生日期"})),
                field("company",
                      tr("Company"),
                      false,
                      aliases({"company", "organization", "公司", "单位", "工作单位"})),
                field("title",
                      tr("Job title"),
                      false,
                      aliases({"title", "job title", "职位", "职务"})),
                field("phone",
                      tr("Phone"),
                      false,
                      aliases({"phone",
                               "mobile",
                               "telephone",
                               "phone number",
                               "手机",
                               "手机号",
                               "手机号码",
                               "电话",
                               "联系电话"})),
                field("phone2",
                      tr("Second phone"),
                      false,
                      aliases({"phone 2", "phone2", "landline", "座机", "备用电话"})),
                field("email",
                      tr("Email"),
                      false,
                      aliases({"email", "e-mail", "email address", "邮箱", "电子邮件"})),
                field("mailing_address",
                      tr("Mailing address"),
                      false,
                      aliases({"address", "mailing address", "地址", "通讯地址", "联系地址"})),
                field("shipping_address",
                      tr("Shipping address"),
                      false,
                      aliases({"shipping address", "delivery address", "收货地址", "送货地址"})),
                field("source", tr("Source"), false, aliases({"source", "来源", "客户来源"})),
                field("tags", tr("Tags"), false, aliases({"tags", "tag", "标签"})),
                field("owner", tr("Owner"), false, aliases({"owner", "负责人", "归属"})),
                field("notes",
                      tr("Notes"),
                      false,
                      aliases({"notes", "note", "remarks", "comment", "备注", "说明"})),
                field("marketing_consent",
                      tr("Marketing consent"),
                      false,
                      aliases({"marketing consent", "consent", "营销同意", "同意营销"})),
                field("external_id",
                      tr("Id in the source system"),
                      false,
                      aliases({"customer id",
                               "customerid",
                               "customer_id",
                               "external id",
                               "client id",
                               "用户id",
                               "会员id",
                               "客户id"}))};
    case ImportKind::Purchases:
        return customerKeys()
               + QList<ImportField> {
                       field("purchased_at",
                             tr("Purchase date"),
                             true,
                             aliases({"purchased at",
                                      "purchase date",
                                      "order date",
                                      "date",
                                      "购买时间",
                                      "购买日期",
                                      "下单时间",
                                      "订单日期"})),
                       field("product",
                             tr("Product"),
                             true,
                             aliases({"product",
                                      "product name",
                                      "item",
                                      "商品",
                                      "商品名称",
                                      "产品",
                                      "产品名称"})),
                       field("category",
                             tr("Category"),
                             false,
                             aliases({"category", "product category", "类别", "商品类别", "品类"})),
                       field("quantity", tr("Quantity"), false, aliases({"quantity", "qty", "数量"})),
                       field("unit_price",
                             tr("Unit price"),
                             false,
                             aliases({"unit price", "price", "单价"})),
                       field("amount",
                             tr("Amount"),
                             false,
                             aliases({"amount", "sales", "total", "金额", "总价", "实付金额"})),
                       field("payment_method",
                             tr("Payment method"),
                             false,
                             aliases({"payment method", "payment", "支付方式", "付款方式"})),
                       field("channel",
                             tr("Sales channel"),
                             false,
                             aliases({"channel", "sales channel", "渠道", "销售渠道"})),
                       field("notes", tr("Notes"), false, aliases({"notes", "备注"})),
                       field("order_no",
                             tr("Order number"),
                             false,
                             aliases({"order id", "order no", "order number", "订单号", "订单编号"}))};
    case ImportKind::Interactions:
        return customerKeys()
               + QList<ImportField> {
                       field("occurred_at",
                             tr("Date and time"),
                             true,
                             aliases({"occurred at",
                                      "date",
                                      "time",
                                      "时间",
                                      "日期",
                                      "购买时间",
                                      "联系时间"})),
                       field("channel", tr("Channel"), false, aliases({"channel", "渠道", "方式"})),
                       field("direction",
                             tr("Direction"),
                             false,
                             aliases({"direction", "方向", "呼入呼出"})),
                       field("type", tr("Type"), false, aliases({"type", "类型"})),
                       field("summary",
                             tr("Summary"),
                             true,
                             aliases({"summary", "review", "content", "评论内容", "内容", "摘要"})),
                       field("result", tr("Result"), false, aliases({"result", "结果"})),
                       field("staff",
                             tr("Staff"),
                             false,
                             aliases({"staff", "agent", "员工", "客服"})),
                       field("duration",
                             tr("Duration"),
                             false,
                             aliases({"duration", "时长", "通话时长"}))};
    case ImportKind::Complaints:
        return customerKeys()
               + QList<ImportField> {
                       field("received_at",
                             tr("Received"),
                             true,
                             aliases({"received at",
                                      "date received",
                                      "received",
                                      "投诉时间",
                                      "受理时间"})),
                       field("channel",
                             tr("Channel"),
                             false,
                             aliases({"channel", "submitted via", "渠道", "投诉渠道"})),
                       field("reason", tr("Reason"), false, aliases({"reason", "投诉原因", "原因"})),
                       field("sub_reason",
                             tr("Sub-reason"),
                             false,
                             aliases({"sub-reason", "子原因"})),
                       field("severity",
                             tr("Severity"),
                             false,
                             aliases({"severity", "严重程度", "级别"})),
                       field("description",
                             tr("Description"),
                             true,
                             aliases({"description",
                                      "consumer complaint narrative",
                                      "narrative",
                                      "投诉内容",
                                      "描述"})),
                       field("handler", tr("Handler"), false, aliases({"handler", "处理人"})),
                       field("resolution",
                             tr("Resolution"),
                             false,
                             aliases({"resolution", "处理结果", "解决方案"}))};
    }
    return {};
}

QString ImportFields::kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return tr("Customers");
    case ImportKind::Purchases:
        return tr("Purchases");
    case ImportKind::Interactions:
        return tr("Interactions");
    case ImportKind::Complaints:
        return tr("Complaints");
    }
    return {};
}

QString ImportFields::kindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return QStringLiteral("customers");
    case ImportKind::Purchases:
        return QStringLiteral("purchases");
    case ImportKind::Interactions:
        return QStringLiteral("interactions");
    case ImportKind::Complaints:
        return QStringLiteral("complaints");
    }
    return {};
}

std::optional<ImportKind> ImportFields::kindFromKey(const QString &key)
{
    for (ImportKind kind : {ImportKind::Customers,
                            ImportKind::Purchases,
                            ImportKind::Interactions,
                            ImportKind::Complaints})
        if (kindKey(kind) == key.trimmed().toLower())
            return kind;
    return std::nullopt;
}
