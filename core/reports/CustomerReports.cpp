// The customer reports besides the list: stale profiles, upcoming birthdays, customer value and
// customer segmentation.
#include "ReportSupport.h"
#include "SqlReportRows.h"
#include "customers/CustomerAudit.h"
#include "customers/CustomerLabels.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace ReportSupport;

namespace {

ReportColumn col(const char *key, const QString &header, CsvColumnType type, bool sensitive = false)
{
    return ReportColumn {QString::fromLatin1(key), header, type, sensitive};
}

SqlReportRows::SortKey key(const char *expression, bool inverted = false)
{
    return SqlReportRows::SortKey {QString::fromLatin1(expression), false, inverted};
}

ReportParameter integerParameter(
        const char *k, const QString &label, qint64 def, qint64 min, qint64 max)
{
    ReportParameter p;
    p.key = QString::fromLatin1(k);
    p.label = label;
    p.type = ReportParameterType::Integer;
    p.defaultValue = def;
    p.required = true;
    p.minimum = min;
    p.maximum = max;
    return p;
}

QList<ReportChoice> tierChoices()
{
    static const char *const codes[] = {"unrated", "high", "medium", "low"};
    QList<ReportChoice> out;
    for (ValueTier t : CustomerLabels::valueTiers())
        out.append({QString::fromLatin1(codes[int(t)]), CustomerLabels::valueTier(t)});
    return out;
}

void ownerCondition(const ReportContext &c,
                    const QString &column,
                    QStringList &where,
                    QVariantList &binds)
{
    if (c.params.has(QStringLiteral("owner"))) {
        where.append(column + QStringLiteral(" = ?"));
        binds.append(c.params.text(QStringLiteral("owner")));
    }
}

QString ownerName(const StaffNames &staff, const QVariant &login)
{
    return login.toString().isEmpty() ? QString() : staff.name(login.toString());
}

// Completeness of a profile: six things a complete one has. A person: phone, email, birthday,
// gender, an address (mailing or shipping), source channel. An organization: company and title
// instead of birthday and gender.
const char *const CompletenessFlags
        = "CASE WHEN primary_phone <> '' THEN 1 ELSE 0 END AS f_phone,"
          " CASE WHEN email <> '' THEN 1 ELSE 0 END AS f_email,"
          " CASE WHEN kind = 1 THEN (CASE WHEN company <> '' THEN 1 ELSE 0 END)"
          " ELSE (CASE WHEN birthday IS NOT NULL THEN 1 ELSE 0 END) END AS f_third,"
          " CASE WHEN kind = 1 THEN (CASE WHEN title <> '' THEN 1 ELSE 0 END)"
          " ELSE (CASE WHEN gender <> 0 THEN 1 ELSE 0 END) END AS f_fourth,"
          " CASE WHEN mailing_address <> '' OR shipping_address <> '' THEN 1 ELSE 0 END AS "
          "f_address,"
          " CASE WHEN source <> '' THEN 1 ELSE 0 END AS f_source";
constexpr int CompletenessItems = 6;

class StaleProfiles : public Report
{
public:
    QString name() const override { return QStringLiteral("stale-profiles"); }
    QString title() const override { return tr("Stale profiles"); }
    QString description() const override
    {
        return tr(
                "Active customers whose profile was not verified in the last N months (or never), "
                "with how complete it is and what is missing: the list to call and check.");
    }
    Operation requiredOperation() const override { return Operation::View; }
    QList<ReportParameter> parameters() const override
    {
        ReportParameter months = integerParameter("months",
                                                  tr("Not verified for (months)"),
                                                  12,
                                                  1,
                                                  120);
        months.help = tr("Profiles last verified this many months ago or earlier, or never.");
        return {months, staff(QStringLiteral("owner"), tr("Owner"))};
    }
    QList<ReportColumn> columns() const override
    {
        using T = CsvColumnType;
        return {col("code", tr("Code"), T::Text),
                col("name", tr("Name"), T::Text),
                col("phone", tr("Phone"), T::Identifier, true),
                col("owner", tr("Owner"), T::Text),
                col("last_verified_at", tr("Last verified"), T::DateTime),
                col("completeness", tr("Complete (%)"), T::Percent),
                col("missing", tr("Missing"), T::Text)};
    }

protected:
    Result<std::unique_ptr<ReportRows>> execute(const ReportContext &c) const override
    {
        Result<StaffNames> names = StaffNames::load(c.db);
        if (!names)
            return names.error();
        const QDate cutoff = c.today.addMonths(-int(c.params.integer(QStringLiteral("months"))));
        QStringList where {QStringLiteral("archived_at IS NULL"),
                           QStringLiteral("(last_verified_at IS NULL OR last_verified_at < ?)")};
        // Verified on the cutoff day itself or later counts as recent.
        QVariantList binds {startOfDay(cutoff)};
        ownerCondition(c, QStringLiteral("owner"), where, binds);
        SqlReportRows::Query q;
        q.select = QStringLiteral(
                           "SELECT id AS row_key, code, name, name_key, primary_phone, owner,"
                           " last_verified_at,"
                           " kind, %1 FROM customers WHERE %2")
                           .arg(QLatin1String(CompletenessFlags),
                                where.join(QStringLiteral(" AND ")));
        q.binds = binds;
        const QString filled = QStringLiteral(
                "(r.f_phone + r.f_email + r.f_third + r.f_fourth + r.f_address + r.f_source)");
        q.sortKeys = {key("r.row_key"),
                      key("r.name_key"),
                      key("r.primary_phone"),
                      key("r.owner"),
                      {QStringLiteral("r.last_verified_at"), true}, // never verified last
                      {filled},
                      {filled}};
        q.defaultSort = 4;
        const bool reveal = c.reveal;
        q.read = [reveal, staff = names.value()](const QSqlQuery &r) {
            const bool organization = r.value(7).toInt() == 1;
            const QStringList fields {QStringLiteral("phones"),
                                      QStringLiteral("email"),
                                      organization ? QStringLiteral("company")
                                                   : QStringLiteral("birthday"),
                                      organization ? QStringLiteral("title")
                                                   : QStringLiteral("gender"),
                                      QStringLiteral("mailing_address"),
                                      QStringLiteral("source")};
            int have = 0;
            QStringList missing;
            for (int i = 0; i < CompletenessItems; ++i) {
                if (r.value(8 + i).toInt() == 1)
                    ++have;
                else
                    missing.append(CustomerAudit::fieldLabel(fields.at(i)));
            }
            return ReportRows::Row {text(r.value(1)),
                                    text(r.value(2)),
                                    phone(r.value(4), reveal),
                                    ownerName(staff, r.value(5)),
                                    time(r.value(6)),
                                    100.0 * have / CompletenessItems,
                                    missing.join(QStringLiteral(", "))};
        };
        return std::unique_ptr<ReportRows>(
                std::make_unique<SqlReportRows>(c.db, columns(), std::move(q), !c.reveal));
    }
};

// The day a birthday falls on in a year (29 February on the 28th in other years).
QDate birthdayIn(int year, int month, int day)
{
    const QDate d(year, month, day);
    return d.isValid() ? d : QDate(year, month, day - 1);
}

class UpcomingBirthdays : public Report
{
public:
    QString name() const override { return QStringLiteral("upcoming-birthdays"); }
    QString title() const override { return tr("Upcoming birthdays"); }
    QString description() const override
    {
        return tr("Active customers whose birthday falls within the next N days (today "
                  "included), soonest first, with the age they turn.");
    }
    Operation requiredOperation() const override { return Operation::View; }
    QList<ReportParameter> parameters() const override
    {
        ReportParameter days = integerParameter("days", tr("Within (days)"), 30, 0, 365);
        days.help = tr("0: today's birthdays only.");
        return {days, staff(QStringLiteral("owner"), tr("Owner"))};
    }
    QList<ReportColumn> columns() const override
    {
        using T = CsvColumnType;
        return {col("birthday", tr("Birthday"), T::Date),
                col("days_until", tr("In days"), T::Integer),
                col("turns", tr("Turns"), T::Integer),
                col("code", tr("Code"), T::Text),
                col("name", tr("Name"), T::Text),
                col("phone", tr("Phone"), T::Identifier, true),
                col("owner", tr("Owner"), T::Text)};
    }

protected:
    Result<std::unique_ptr<ReportRows>> execute(const ReportContext &c) const override
    {
        Result<StaffNames> names = StaffNames::load(c.db);
        if (!names)
            return names.error();
        const QDate today = c.today;
        const QDate last = today.addDays(c.params.integer(QStringLiteral("days")));
        const QString start = today.toString(QStringLiteral("MM-dd"));
        const QString end = last.toString(QStringLiteral("MM-dd"));
        // Month and day compared as text (the customers_birthday index); a window that runs
        // past the year's end takes the days from today on and those up to its end.
        const QString md = QStringLiteral("substr(birthday, 6, 5)");
        // This year's birthdays still to come sort before next year's (prefix '0' / '1').
        QVariantList binds {start, today.year(), start};
        QStringList where {QStringLiteral("archived_at IS NULL"),
                           QStringLiteral("birthday IS NOT NULL")};
        if (last.year() == today.year()) {
            where.append(md + QStringLiteral(" >= ? AND ") + md + QStringLiteral(" <= ?"));
        } else {
            where.append(QStringLiteral("(") + md + QStringLiteral(" >= ? OR ") + md
                         + QStringLiteral(" <= ?)"));
        }
        binds << start << end;
        ownerCondition(c, QStringLiteral("owner"), where, binds);
        SqlReportRows::Query q;
        q.select = QStringLiteral(
                           "SELECT id AS row_key, birthday,"
                           " CASE WHEN %1 >= ? THEN '0' ELSE '1' END || %1 AS upcoming,"
                           " (? + CASE WHEN %1 >= ? THEN 0 ELSE 1 END)"
                           " - CAST(substr(birthday, 1, 4) AS INTEGER) AS turns,"
                           " code, name, name_key, primary_phone, owner FROM customers WHERE %2")
                           .arg(md, where.join(QStringLiteral(" AND ")));
        q.binds = binds;
        q.sortKeys = {key("r.upcoming"),
                      key("r.upcoming"),
                      key("r.turns"),
                      key("r.code"),
                      key("r.name_key"),
                      key("r.primary_phone"),
                      key("r.owner")};
        q.defaultSort = 0;
        const bool reveal = c.reveal;
        q.read = [reveal, today, staff = names.value()](const QSqlQuery &r) {
            const QDate born = StoredTime::toDate(r.value(1));
            QDate next = birthdayIn(today.year(), born.month(), born.day());
            if (next < today)
                next = birthdayIn(today.year() + 1, born.month(), born.day());
            return ReportRows::Row {next,
                                    today.daysTo(next),
                                    qint64(next.year() - born.year()),
                                    text(r.value(4)),
                                    text(r.value(5)),
                                    phone(r.value(7), reveal),
                                    ownerName(staff, r.value(8))};
        };
        return std::unique_ptr<ReportRows>(
                std::make_unique<SqlReportRows>(c.db, columns(), std::move(q), !c.reveal));
    }
};

class CustomerValue : public Report
{
public:
    QString name() const override { return QStringLiteral("customer-value"); }
    QString title() const override { return tr("Customer value"); }
    QString description() const override
    {
        return tr("Per customer who bought in the period: net spend (refunds taken off), number of "
                  "purchases, the last purchase and days since, and the average order value.");
    }
    Operation requiredOperation() const override { return Operation::Supervise; }
    QList<ReportParameter> parameters() const override
    {
        ReportParameter tier;
        tier.key = QStringLiteral("value_tier");
        tier.label = tr("Value tier");
        tier.type = ReportParameterType::Choice;
        tier.choices = tierChoices();
        return rangeParameters(tr("Bought from"), tr("Bought until"))
               << tier << staff(QStringLiteral("owner"), tr("Owner"));
    }
    QList<ReportColumn> columns() const override
    {
        using T = CsvColumnType;
        return {col("code", tr("Code"), T::Text),
                col("name", tr("Name"), T::Text),
                col("lifecycle", tr("Lifecycle"), T::Text),
                col("value_tier", tr("Value tier"), T::Text),
                col("net_spend", tr("Net spend"), T::Money),
                col("purchases", tr("Purchases"), T::Integer),
                col("last_purchase", tr("Last purchase"), T::Date),
                col("recency_days", tr("Days since"), T::Integer),
                col("average_order", tr("Average order"), T::Money)};
    }

protected:
    Result<std::unique_ptr<ReportRows>> execute(const ReportContext &c) const override
    {
        QStringList range {QStringLiteral("1 = 1")};
        QVariantList binds;
        timeRange(c, QStringLiteral("purchased_at"), range, binds);
        QStringList where {QStringLiteral("cu.archived_at IS NULL")};
        if (c.params.has(QStringLiteral("value_tier"))) {
            int tier = 0;
            const QList<ReportChoice> choices = tierChoices();
            for (int i = 0; i < choices.size(); ++i)
                if (choices.at(i).code == c.params.text(QStringLiteral("value_tier")))
                    tier = i;
            where.append(QStringLiteral("cu.value_tier = ?"));
            binds.append(tier);
        }
        ownerCondition(c, QStringLiteral("cu.owner"), where, binds);
        SqlReportRows::Query q;
        q.select = QStringLiteral(
                           "SELECT cu.id AS row_key, cu.code, cu.name, cu.name_key, cu.lifecycle,"
                           " cu.value_tier, p.spend, p.orders, p.last_at,"
                           " p.spend * 1.0 / p.orders AS average"
                           " FROM customers cu JOIN (SELECT customer_id,"
                           " CAST(sum(amount - refunded) AS BIGINT) AS spend, count(*) AS orders,"
                           " max(purchased_at) AS last_at FROM purchases WHERE %1"
                           " GROUP BY customer_id) p ON p.customer_id = cu.id WHERE %2")
                           .arg(range.join(QStringLiteral(" AND ")),
                                where.join(QStringLiteral(" AND ")));
        q.binds = binds;
        q.sortKeys = {key("r.code"),
                      key("r.name_key"),
                      key("r.lifecycle"),
                      key("r.value_tier"),
                      key("r.spend"),
                      key("r.orders"),
                      key("r.last_at"),
                      key("r.last_at", true), // more days since = an older last purchase
                      key("r.average")};
        q.defaultSort = 4;
        q.defaultDescending = true;
        const QDate today = c.today;
        q.read = [today](const QSqlQuery &r) {
            const qint64 spend = r.value(6).toLongLong();
            const qint64 orders = r.value(7).toLongLong();
            const QDate last = StoredTime::toDateTime(r.value(8)).toLocalTime().date();
            return ReportRows::Row {text(r.value(1)),
                                    text(r.value(2)),
                                    CustomerLabels::lifecycle(Lifecycle(r.value(4).toInt())),
                                    CustomerLabels::valueTier(ValueTier(r.value(5).toInt())),
                                    spend,
                                    orders,
                                    last,
                                    last.daysTo(today),
                                    orders > 0 ? qRound64(double(spend) / double(orders)) : 0};
        };
        return std::unique_ptr<ReportRows>(
                std::make_unique<SqlReportRows>(c.db, columns(), std::move(q), false));
    }
};

class CustomerSegments : public Report
{
public:
    QString name() const override { return QStringLiteral("customer-segments"); }
    QString title() const override { return tr("Customer segmentation"); }
    QString description() const override
    {
        return tr("Active customers by lifecycle and value tier: how many in each segment and "
                  "their share of all.");
    }
    Operation requiredOperation() const override { return Operation::Supervise; }
    QList<ReportParameter> parameters() const override
    {
        return {staff(QStringLiteral("owner"), tr("Owner"))};
    }
    QList<ReportColumn> columns() const override
    {
        using T = CsvColumnType;
        return {col("lifecycle", tr("Lifecycle"), T::Text),
                col("value_tier", tr("Value tier"), T::Text),
                col("customers", tr("Customers"), T::Integer),
                col("share", tr("Share (%)"), T::Percent)};
    }

protected:
    Result<std::unique_ptr<ReportRows>> execute(const ReportContext &c) const override
    {
        QStringList where {QStringLiteral("archived_at IS NULL")};
        QVariantList binds;
        ownerCondition(c, QStringLiteral("owner"), where, binds);
        QSqlQuery q(c.db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT lifecycle, value_tier, count(*) FROM customers WHERE %1"
                                 " GROUP BY lifecycle, value_tier")
                          .arg(where.join(QStringLiteral(" AND "))));
        for (const QVariant &v : std::as_const(binds))
            q.addBindValue(v);
        if (!q.exec())
            return Database::storageError(q.lastError());
        QHash<QPair<int, int>, qint64> counts;
        qint64 total = 0;
        while (q.next()) {
            const qint64 n = q.value(2).toLongLong();
            counts.insert({q.value(0).toInt(), q.value(1).toInt()}, n);
            total += n;
        }
        if (q.lastError().isValid())
            return Database::storageError(q.lastError());
        if (c.cancelled())
            return ReportRows::cancelled();
        // Every segment, empty ones too: the grid reads the same from one month to the next.
        QList<ReportRows::Row> rows;
        for (Lifecycle l : CustomerLabels::lifecycles())
            for (ValueTier t : CustomerLabels::valueTiers()) {
                const qint64 n = counts.value({int(l), int(t)});
                rows.append({CustomerLabels::lifecycle(l),
                             CustomerLabels::valueTier(t),
                             n,
                             percent(n, total)});
            }
        return std::unique_ptr<ReportRows>(std::make_unique<MaterializedRows>(columns(), rows));
    }
};

} // namespace

std::unique_ptr<Report> Reports::staleProfiles()
{
    return std::make_unique<StaleProfiles>();
}

std::unique_ptr<Report> Reports::upcomingBirthdays()
{
    return std::make_unique<UpcomingBirthdays>();
}

std::unique_ptr<Report> Reports::customerValue()
{
    return std::make_unique<CustomerValue>();
}

std::unique_ptr<Report> Reports::customerSegments()
{
    return std::make_unique<CustomerSegments>();
}
