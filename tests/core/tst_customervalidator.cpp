#include "core/CustomerFixtures.h"
#include "customers/CustomerValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2025, 6, 15);

Customer valid()
{
    return Fixtures::person(u"王芳"_s, {u"13812345678"_s});
}

QStringList sortedKeys(const Error &error)
{
    QStringList keys = error.fieldErrors.keys();
    keys.sort();
    return keys;
}

// Phones from "number" or "number*" (marked primary).
QList<Phone> phoneRows(const QStringList &rows)
{
    QList<Phone> out;
    for (QString row : rows) {
        const bool primary = row.endsWith(QLatin1Char('*'));
        if (primary)
            row.chop(1);
        out.append(Phone {PhoneKind::Mobile, row, primary});
    }
    return out;
}

} // namespace

class tst_CustomerValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validProfileIsCleanedUp()
    {
        Customer c = valid();
        c.name = u"  王   芳 "_s;
        c.company = u" 深圳华信科技有限公司 "_s;
        c.email = u" ｗａｎｇ．ｆａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ "_s;
        c.phones = phoneRows({u"138-1234-5678"_s});
        const Result<Customer> r = CustomerValidator::validate(c, today);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->name, u"王 芳"_s);
        QCOMPARE(r->company, u"深圳华信科技有限公司"_s);
        QCOMPARE(r->email, u"wang.fang@example.com"_s);
        QCOMPARE(r->phones, (QList<Phone> {Phone {PhoneKind::Mobile, u"+8613812345678"_s, true}}));
    }

    // Saving a profile again without changes must not change it (the repository validates
    // every update, and what it validates then is the stored profile).
    void revalidationChangesNothing()
    {
        Customer c = valid();
        c.phones = phoneRows({u"138-1234-5678"_s, u"0755-2345678 转 89*"_s, u"+1 415 555 2671"_s});
        c.email = u" wang.fang@example.com"_s;
        c.tags = {u" VIP"_s, u"会员"_s};
        const Result<Customer> once = CustomerValidator::validate(c, today);
        QVERIFY2(once, qPrintable(once ? QString() : once.error().message));
        const Result<Customer> twice = CustomerValidator::validate(once.value(), today);
        QVERIFY2(twice, qPrintable(twice ? QString() : twice.error().message));
        QVERIFY(twice->sameContent(once.value()));
        QCOMPARE(twice->phones, once->phones);
    }

    void name_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("chinese") << u"王芳"_s << true;
        QTest::newRow("latin") << u"Emily Johnson"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces") << u"    "_s << false;
        QTest::newRow("tabs and newlines") << u"\t\n "_s << false;
        QTest::newRow("ideographic space") << u"\u3000"_s << false;
        QTest::newRow("100 characters") << QString(CustomerValidator::MaxNameLength, u'芳') << true;
        QTest::newRow("101 characters")
                << QString(CustomerValidator::MaxNameLength + 1, u'芳') << false;
    }

    void name()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        Customer c = valid();
        c.name = name;
        const Result<Customer> r = CustomerValidator::validate(c, today);
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QCOMPARE(r.error().code, Error::Code::Invalid);
            QCOMPARE(sortedKeys(r.error()), QStringList {CustomerValidator::Name});
            QVERIFY(!r.error().message.isEmpty());
        }
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("none") << QString() << true;
        QTest::newRow("plain") << u"wang.fang@example.com"_s << true;
        QTest::newRow("plus and subdomain") << u"li+crm@mail.example.com.cn"_s << true;
        QTest::newRow("surrounding blanks") << u"  emily.j@example.com "_s << true;
        QTest::newRow("no dot in domain") << u"a@b"_s << false;
        QTest::newRow("no at") << u"wang.fang.example.com"_s << false;
        QTest::newRow("two at") << u"wang@fang@example.com"_s << false;
        QTest::newRow("space inside") << u"wang fang@example.com"_s << false;
        QTest::newRow("double dot local") << u"wang..fang@example.com"_s << false;
        QTest::newRow("double dot domain") << u"wang@example..com"_s << false;
        QTest::newRow("leading dot") << u".wang@example.com"_s << false;
        QTest::newRow("dot before at") << u"wang.@example.com"_s << false;
        QTest::newRow("hyphen starts domain") << u"wang@-example.com"_s << false;
        QTest::newRow("nothing before at") << u"@example.com"_s << false;
    }

    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, accepted);
        Customer c = valid();
        c.email = email;
        const Result<Customer> r = CustomerValidator::validate(c, today);
        QCOMPARE(r.ok(), accepted);
        if (accepted)
            QCOMPARE(r->email, email.trimmed());
        else
            QCOMPARE(sortedKeys(r.error()), QStringList {CustomerValidator::Email});
    }

    void birthday_data()
    {
        QTest::addColumn<QDate>("birthday");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("unset") << QDate() << true;
        QTest::newRow("today") << today << true;
        QTest::newRow("tomorrow") << today.addDays(1) << false;
        QTest::newRow("next year") << today.addYears(1) << false;
        QTest::newRow("1900-01-01") << QDate(1900, 1, 1) << true;
        QTest::newRow("1899-12-31") << QDate(1899, 12, 31) << false;
        QTest::newRow("1985-03-08") << QDate(1985, 3, 8) << true;
    }

    void birthday()
    {
        QFETCH(QDate, birthday);
        QFETCH(bool, accepted);
        Customer c = valid();
        c.birthday = birthday;
        const Result<Customer> r = CustomerValidator::validate(c, today);
        QCOMPARE(r.ok(), accepted);
        if (accepted)
            QCOMPARE(r->birthday, birthday);
        else
            QCOMPARE(sortedKeys(r.error()), QStringList {CustomerValidator::Birthday});
    }

    void phones_data()
    {
        // Input rows ("*" marks the primary one); on success the stored numbers with the primary
        // marked, on failure the offending field keys.
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QStringList>("stored");
        QTest::addColumn<QStringList>("errorKeys");
        QTest::newRow("none") << QStringList() << QStringList() << QStringList();
        QTest::newRow("blank rows dropped")
                << QStringList {u""_s, u"  "_s, u"138 1234 5678"_s, u""_s}
                << QStringList {u"+8613812345678*"_s} << QStringList();
        QTest::newRow("first becomes primary")
                << QStringList {u"13812345678"_s, u"010-62345678"_s}
                << QStringList {u"+8613812345678*"_s, u"+861062345678"_s} << QStringList();
        QTest::newRow("marked primary kept")
                << QStringList {u"13812345678"_s, u"010-62345678*"_s}
                << QStringList {u"+8613812345678"_s, u"+861062345678*"_s} << QStringList();
        QTest::newRow("two primaries")
                << QStringList {u"13812345678*"_s, u"010-62345678*"_s} << QStringList()
                << QStringList {CustomerValidator::phoneKey(0)};
        QTest::newRow("same number twice")
                << QStringList {u"13812345678"_s, u"+86 138-1234-5678"_s} << QStringList()
                << QStringList {CustomerValidator::phoneKey(1)};
        QTest::newRow("same number after blank row")
                << QStringList {u"13812345678"_s, u""_s, u"138 1234 5678"_s} << QStringList()
                << QStringList {CustomerValidator::phoneKey(2)};
        QTest::newRow("invalid first")
                << QStringList {u"12345"_s, u"13812345678"_s} << QStringList()
                << QStringList {CustomerValidator::phoneKey(0)};
        QTest::newRow("invalid third")
                << QStringList {u"13812345678"_s, u"010-62345678"_s, u"0755-123"_s} << QStringList()
                << QStringList {CustomerValidator::phoneKey(2)};
        QTest::newRow("two invalid")
                << QStringList {u"abc"_s, u"13812345678"_s, u"+1 23"_s} << QStringList()
                << QStringList {CustomerValidator::phoneKey(0), CustomerValidator::phoneKey(2)};
    }

    void phones()
    {
        QFETCH(QStringList, rows);
        QFETCH(QStringList, stored);
        QFETCH(QStringList, errorKeys);
        Customer c = valid();
        c.phones = phoneRows(rows);
        const Result<Customer> r = CustomerValidator::validate(c, today);
        if (!errorKeys.isEmpty()) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::Invalid);
            QCOMPARE(sortedKeys(r.error()), errorKeys);
            return;
        }
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QStringList got;
        for (const Phone &p : r->phones)
            got.append(p.number + (p.primary ? u"*"_s : QString()));
        QCOMPARE(got, stored);
    }

    void tagsTrimmedAndDeduplicated()
    {
        Customer c = valid();
        c.tags = {u"  VIP "_s, u"VIP"_s, u""_s, u"   "_s, u"会员"_s, u" 会员"_s, u"大  客户"_s};
        const Result<Customer> r = CustomerValidator::validate(c, today);
        QVERIFY(r);
        QCOMPARE(r->tags, (QStringList {u"VIP"_s, u"会员"_s, u"大 客户"_s}));

        c.tags = {QString(41, u'标')};
        const Result<Customer> tooLong = CustomerValidator::validate(c, today);
        QVERIFY(!tooLong);
        QCOMPARE(sortedKeys(tooLong.error()), QStringList {CustomerValidator::Tags});
    }

    void consent()
    {
        Customer c = valid();
        c.marketingConsent = true;
        Result<Customer> r = CustomerValidator::validate(c, today);
        QVERIFY(r);
        QCOMPARE(r->consentDate, today); // consent without a date is given today

        c.consentDate = QDate(2024, 1, 2);
        r = CustomerValidator::validate(c, today);
        QVERIFY(r);
        QCOMPARE(r->consentDate, QDate(2024, 1, 2));

        c.marketingConsent = false; // no consent, no date
        r = CustomerValidator::validate(c, today);
        QVERIFY(r);
        QVERIFY(!r->consentDate.isValid());

        c.marketingConsent = true;
        c.consentDate = today.addDays(1);
        r = CustomerValidator::validate(c, today);
        QVERIFY(!r);
        QCOMPARE(sortedKeys(r.error()), QStringList {CustomerValidator::ConsentDate});
    }

    void fieldErrorsNameExactlyTheOffendingFields()
    {
        Customer c = valid();
        c.name = u" "_s;
        c.email = u"no-at"_s;
        c.birthday = today.addDays(3);
        c.phones = phoneRows({u"13812345678"_s, u"1381234567"_s});
        c.tags = {u"VIP"_s};
        const Result<Customer> r = CustomerValidator::validate(c, today);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QStringList expected {CustomerValidator::Name,
                              CustomerValidator::Email,
                              CustomerValidator::Birthday,
                              CustomerValidator::phoneKey(1)};
        expected.sort();
        QCOMPARE(sortedKeys(r.error()), expected);
        for (const QString &message : r.error().fieldErrors)
            QVERIFY(!message.isEmpty());
        QVERIFY(!r.error().message.isEmpty());
    }

    void overlongTextFields()
    {
        Customer c = valid();
        c.notes = QString(CustomerValidator::MaxNotesLength, u'注');
        QVERIFY(CustomerValidator::validate(c, today));
        c.notes += u'注';
        const Result<Customer> notes = CustomerValidator::validate(c, today);
        QVERIFY(!notes);
        QCOMPARE(sortedKeys(notes.error()), QStringList {u"notes"_s});

        c = valid();
        c.mailingAddress = QString(CustomerValidator::MaxTextLength + 1, u'路');
        const Result<Customer> address = CustomerValidator::validate(c, today);
        QVERIFY(!address);
        QCOMPARE(sortedKeys(address.error()), QStringList {u"address"_s});
    }
};

QTEST_GUILESS_MAIN(tst_CustomerValidator)
#include "tst_customervalidator.moc"
