// The customer list as a report: the list's own filters (CustomerFilter), every matching customer.
#include "ReportSupport.h"
#include "SqlReportRows.h"
#include "customers/CustomerFilter.h"
#include "customers/CustomerLabels.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace ReportSupport;

namespace {

QList<ReportChoice> lifecycleChoices()
{
    static const char *const codes[] = {"potential", "new", "returning", "inactive"};
    QList<ReportChoice> out;
    for (Lifecycle l : CustomerLabels::lifecycles())
        out.append({QString::fromLatin1(codes[int(l)]), CustomerLabels::lifecycle(l)});
    return out;
}

QList<ReportChoice> tierChoices()
{
    static const char *const codes[] = {"unrated", "high", "medium", "low"};
    QList<ReportChoice> out;
    for (ValueTier t : CustomerLabels::valueTiers())
        out.append({QString::fromLatin1(codes[int(t)]), CustomerLabels::valueTier(t)});
    return out;
}

std::optional<int> choiceIndex(const QList<ReportChoice> &choices, const QString &code)
{
    for (int i = 0; i < choices.size(); ++i)
        if (choices.at(i).code == code)
            return i;
    return std::nullopt;
}

class CustomerList : public Report
{
public:
    QString name() const override { return QStringLiteral("customer-list"); }
    QString title() const override { return tr("Customer list"); }
    QString description() const override
    {
        return tr("The customers the customer list shows for the same search and filters, with "
                  "their contact details, lifecycle, value tier and owner.");
    }
    Operation requiredOperation() const override { return Operation::View; }

    QList<ReportParameter> parameters() const override
    {
        ReportParameter text;
        text.key = QStringLiteral("search");
        text.label = tr("Search");
        text.help = tr("Name, phone (any part), email, company or code, as in the list's search.");
        ReportParameter lifecycle;
        lifecycle.key = QStringLiteral("lifecycle");
        lifecycle.label = tr("Lifecycle");
        lifecycle.type = ReportParameterType::Choice;
        lifecycle.choices = lifecycleChoices();
        ReportParameter tier;
        tier.key = QStringLiteral("value_tier");
        tier.label = tr("Value tier");
        tier.type = ReportParameterType::Choice;
        tier.choices = tierChoices();
        ReportParameter tag;
        tag.key = QStringLiteral("tag");
        tag.label = tr("Tag");
        ReportParameter which;
        which.key = QStringLiteral("customers");
        which.label = tr("Customers");
        which.type = ReportParameterType::Choice;
        which.choices = {{QStringLiteral("active"), tr("Active")},
                         {QStringLiteral("archived"), tr("Archived")}};
        which.defaultValue = QStringLiteral("active");
        which.required = true;
        return {text, lifecycle, tier, tag, staff(QStringLiteral("owner"), tr("Owner")), which};
    }

    QList<ReportColumn> columns() const override
    {
        using T = CsvColumnType;
        return {{QStringLiteral("code"), tr("Code"), T::Text, false},
                {QStringLiteral("name"), tr("Name"), T::Text, false},
                {QStringLiteral("phone"), tr("Phone"), T::Identifier, true},
                {QStringLiteral("company"), tr("Company"), T::Text, false},
                {QStringLiteral("email"), tr("Email"), T::Text, false},
                {QStringLiteral("lifecycle"), tr("Lifecycle"), T::Text, false},
                {QStringLiteral("value_tier"), tr("Value tier"), T::Text, false},
                {QStringLiteral("owner"), tr("Owner"), T::Text, false},
                {QStringLiteral("updated_at"), tr("Updated"), T::DateTime, false}};
    }

protected:
    Result<std::unique_ptr<ReportRows>> execute(const ReportContext &c) const override
    {
        CustomerFilter filter;
        filter.text = c.params.text(QStringLiteral("search"));
        if (const auto l = choiceIndex(lifecycleChoices(),
                                       c.params.text(QStringLiteral("lifecycle"))))
            filter.lifecycle = Lifecycle(*l);
        if (const auto t = choiceIndex(tierChoices(), c.params.text(QStringLiteral("value_tier"))))
            filter.valueTier = ValueTier(*t);
        filter.tag = c.params.text(QStringLiteral("tag"));
        filter.owner = c.params.text(QStringLiteral("owner"));
        filter.archived = c.params.text(QStringLiteral("customers")) == QStringLiteral("archived");
        const CustomerFilter::Sql sql = filter.idQuery(c.db.dialect());

        Result<StaffNames> names = StaffNames::load(c.db);
        if (!names)
            return names.error();
        SqlReportRows::Query q;
        // The list's own conditions on customers; its sort indexes serve the pages (every
        // column here is NOT NULL, so ORDER BY stays plain).
        q.select = QStringLiteral("SELECT id AS row_key, code, name, name_key, primary_phone,"
                                  " company, email, lifecycle, value_tier, owner, updated_at"
                                  " FROM customers WHERE ")
                   + sql.where;
        q.binds = sql.binds;
        const auto key = [](const char *e) {
            return SqlReportRows::SortKey {QString::fromLatin1(e)};
        };
        q.sortKeys = {key("r.row_key"), // codes are handed out in id order
                      key("r.name_key"),
                      key("r.primary_phone"),
                      key("r.company"),
                      key("r.email"),
                      key("r.lifecycle"),
                      key("r.value_tier"),
                      key("r.owner"),
                      key("r.updated_at")};
        q.defaultSort = 1;
        const bool reveal = c.reveal;
        // The labels once, not a translation lookup per row.
        QStringList lifecycles(CustomerLabels::lifecycles().size());
        for (Lifecycle l : CustomerLabels::lifecycles())
            lifecycles[int(l)] = CustomerLabels::lifecycle(l);
        QStringList tiers(CustomerLabels::valueTiers().size());
        for (ValueTier t : CustomerLabels::valueTiers())
            tiers[int(t)] = CustomerLabels::valueTier(t);
        const auto label = [](const QStringList &labels, const QVariant &code) {
            const int i = code.toInt();
            return i >= 0 && i < labels.size() ? labels.at(i) : QString();
        };
        q.read = [reveal, staff = names.value(), lifecycles, tiers, label](const QSqlQuery &r) {
            const QString owner = r.value(9).toString();
            return ReportRows::Row {text(r.value(1)),
                                    text(r.value(2)),
                                    phone(r.value(4), reveal),
                                    text(r.value(5)),
                                    text(r.value(6)),
                                    label(lifecycles, r.value(7)),
                                    label(tiers, r.value(8)),
                                    owner.isEmpty() ? QString() : staff.name(owner),
                                    time(r.value(10))};
        };
        return std::unique_ptr<ReportRows>(
                std::make_unique<SqlReportRows>(c.db, columns(), std::move(q), !c.reveal));
    }
};

} // namespace

std::unique_ptr<Report> Reports::customerList()
{
    return std::make_unique<CustomerList>();
}
