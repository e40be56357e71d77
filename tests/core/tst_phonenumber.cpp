#include "customers/PhoneNumber.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What people type and what the archive stores (empty: refused).
struct Case
{
    const char *name;
    QString typed;
    QString normalized;
};

const Case cases[] = {
        // Chinese mobiles, however they are typed.
        {"mobile digits", u"13812345678"_s, u"+8613812345678"_s},
        {"mobile spaces", u"138 1234 5678"_s, u"+8613812345678"_s},
        {"mobile dashes", u"138-1234-5678"_s, u"+8613812345678"_s},
        {"mobile +86", u"+86 138 1234 5678"_s, u"+8613812345678"_s},
        {"mobile +86 dashes", u"+86-138-1234-5678"_s, u"+8613812345678"_s},
        {"mobile 0086", u"0086 13812345678"_s, u"+8613812345678"_s},
        {"mobile full-width", u"１３８１２３４５６７８"_s, u"+8613812345678"_s},
        {"mobile full-width +86",
         u"＋８６\u3000１３８\u3000１２３４\u3000５６７８"_s,
         u"+8613812345678"_s},
        {"mobile surrounding blanks", u"  19912345678 "_s, u"+8619912345678"_s},

        // Not mobiles.
        {"mobile prefix 12", u"12812345678"_s, QString()},
        {"mobile 10 digits", u"1381234567"_s, QString()},
        {"mobile 12 digits", u"138123456789"_s, QString()},
        {"mobile with extension", u"138 1234 5678 转 12"_s, QString()},
        {"+86 mobile 10 digits", u"+86 138 1234 567"_s, QString()},

        // Landlines: area code, local number (it starts with 2 to 9), optional extension.
        {"landline 010", u"010-62345678"_s, u"+861062345678"_s},
        {"landline 0755 ext group", u"0755-2345678-89"_s, u"+867552345678x89"_s},
        {"landline parentheses", u"(010)62345678"_s, u"+861062345678"_s},
        {"landline parentheses space", u"(0755) 82345678"_s, u"+8675582345678"_s},
        {"landline 021 spaced", u"021 6234 5678"_s, u"+862162345678"_s},
        {"landline 0755 spaced", u"0755 8888 6666"_s, u"+8675588886666"_s},
        {"landline 转", u"0755-82345678 转 123"_s, u"+8675582345678x123"_s},
        {"landline 分机", u"0755-2345678分机89"_s, u"+867552345678x89"_s},
        {"landline ext.", u"0755-2345678 ext. 89"_s, u"+867552345678x89"_s},
        {"landline #", u"0755-2345678#89"_s, u"+867552345678x89"_s},
        {"landline full-width", u"０１０－６２３４５６７８"_s, u"+861062345678"_s},
        {"landline undivided 010", u"01062345678"_s, u"+861062345678"_s},
        {"landline undivided 0755", u"075582345678"_s, u"+8675582345678"_s},
        {"landline +86 10", u"+86 10 6234 5678"_s, u"+861062345678"_s},
        {"landline +86 755", u"+86 755 8234 5678"_s, u"+8675582345678"_s},

        // Not landlines.
        {"landline without area code 1", u"12345678"_s, QString()},
        {"landline without area code 2", u"62345678"_s, QString()},
        {"landline 010 too short", u"010-6234567"_s, QString()},
        {"landline 0755 too short", u"0755-234567"_s, QString()},
        {"landline 0755 too long", u"0755-823456789"_s, QString()},
        {"landline local starts 0", u"020-02345678"_s, QString()},
        {"landline local starts 1", u"010-12345678"_s, QString()},
        {"landline bad area", u"07-62345678"_s, QString()},
        {"landline area 013", u"013-81234567"_s, QString()}, // of 01x, only 010 exists
        {"landline ext too long", u"0755-2345678-1234567"_s, QString()},
        {"landline four groups", u"0755-234-5678-89"_s, QString()},

        // International.
        {"intl US", u"+1 415 555 2671"_s, u"+14155552671"_s},
        {"intl UK", u"+44 20 7946 0958"_s, u"+442079460958"_s},
        {"intl UK 0044", u"0044 20 7946 0958"_s, u"+442079460958"_s},
        {"intl with ext", u"+1 415 555 2671 ext. 12"_s, u"+14155552671x12"_s},
        {"intl too short", u"+1 23"_s, QString()},
        {"intl too long", u"+1 2345 6789 0123 456"_s, QString()},

        // Not numbers at all.
        {"empty", QString(), QString()},
        {"blank", u"   "_s, QString()},
        {"letters inside", u"138abcd5678"_s, QString()},
        {"letters only", u"phone"_s, QString()},
        {"trailing letter", u"13812345678a"_s, QString()},
        {"plus inside", u"138+12345678"_s, QString()},
        {"chinese words", u"打电话"_s, QString()},
};

} // namespace

class tst_PhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalized"); // empty: refused
        for (const Case &c : cases)
            QTest::newRow(c.name) << c.typed << c.normalized;
    }

    void normalize()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalized);
        const Result<QString> result = PhoneNumber::normalize(typed);
        if (normalized.isEmpty()) {
            QVERIFY2(!result, qPrintable(result ? result.value() : QString()));
            QCOMPARE(result.error().code, Error::Code::Invalid);
            QVERIFY(!result.error().message.isEmpty());
        } else {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
            QCOMPARE(result.value(), normalized);
        }
    }

    void format_data()
    {
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("shown");
        QTest::newRow("mobile") << u"+8613812345678"_s << u"138 1234 5678"_s;
        QTest::newRow("beijing") << u"+861062345678"_s << u"010-62345678"_s;
        QTest::newRow("shanghai") << u"+862162345678"_s << u"021-62345678"_s;
        QTest::newRow("shenzhen ext") << u"+867552345678x89"_s << u"0755-2345678-89"_s;
        QTest::newRow("shenzhen 8 digits") << u"+8675582345678"_s << u"0755-82345678"_s;
        QTest::newRow("US") << u"+14155552671"_s << u"+1 4155552671"_s;
        QTest::newRow("UK") << u"+442079460958"_s << u"+44 2079460958"_s;
        QTest::newRow("three-digit country") << u"+3531234567"_s << u"+353 1234567"_s;
    }

    void format()
    {
        QFETCH(QString, normalized);
        QFETCH(QString, shown);
        QCOMPARE(PhoneNumber::format(normalized), shown);
    }

    // What the list shows can be typed back (or pasted) and means the same number.
    void formatRoundTrip_data()
    {
        QTest::addColumn<QString>("typed");
        for (const Case &c : cases)
            if (!c.normalized.isEmpty())
                QTest::newRow(c.name) << c.typed;
    }

    void formatRoundTrip()
    {
        QFETCH(QString, typed);
        const Result<QString> first = PhoneNumber::normalize(typed);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        const QString shown = PhoneNumber::format(first.value());
        const Result<QString> again = PhoneNumber::normalize(shown);
        QVERIFY2(again, qPrintable(shown + u": "_s + (again ? QString() : again.error().message)));
        QCOMPARE(again.value(), first.value());
    }

    void searchForms()
    {
        QCOMPARE(PhoneNumber::searchForms(u"+8613812345678"_s), QStringList {u"8613812345678"_s});
        // A landline is found as dialled at home (with the 0) and by its extension.
        QCOMPARE(PhoneNumber::searchForms(u"+867552345678x89"_s),
                 (QStringList {u"867552345678"_s, u"07552345678"_s, u"89"_s}));
        QCOMPARE(PhoneNumber::searchForms(u"+14155552671"_s), QStringList {u"14155552671"_s});
    }

    void searchTermHelpers()
    {
        QVERIFY(PhoneNumber::looksLikeDigits(u"138-1234"_s));
        QVERIFY(PhoneNumber::looksLikeDigits(u"５６７８"_s));
        QVERIFY(PhoneNumber::looksLikeDigits(u"+86 138"_s));
        QVERIFY(!PhoneNumber::looksLikeDigits(u"c000003"_s));
        QVERIFY(!PhoneNumber::looksLikeDigits(u"王芳"_s));
        QVERIFY(!PhoneNumber::looksLikeDigits(u"--"_s));
        QCOMPARE(PhoneNumber::digitsOnly(u"+86 (138) 1234-5678"_s), u"8613812345678"_s);
        QCOMPARE(PhoneNumber::toHalfWidth(u"１３８－１２３４　ＡＢ"_s), u"138-1234 AB"_s);
    }

    void mask_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("masked");
        QTest::newRow("mobile") << u"+8613812345678"_s << u"138****5678"_s;
        QTest::newRow("landline with extension") << u"+867552345678x89"_s << u"0755-****5678"_s;
        QTest::newRow("Beijing") << u"+861062345678"_s << u"010-****5678"_s;
        QTest::newRow("US") << u"+14155552671"_s << u"+1 415****2671"_s;
        QTest::newRow("short foreign") << u"+3531234567"_s << u"+353 ****4567"_s;
    }

    void mask()
    {
        QFETCH(QString, stored);
        QFETCH(QString, masked);
        QCOMPARE(PhoneNumber::mask(stored), masked);
        // The hidden digits are really gone from the masked form.
        QVERIFY(!PhoneNumber::digitsOnly(PhoneNumber::mask(stored)).contains(u"123"_s));
    }
};

QTEST_GUILESS_MAIN(tst_PhoneNumber)
#include "tst_phonenumber.moc"
