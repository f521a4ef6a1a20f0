// SPDX-License-Identifier: GPL-3.0-or-later
// Money parsing and printing are exact (no doubles anywhere), and the unit conversions of
// spec 5.3 refuse what the contract would truncate; the conversion cases of
// tests/data/decimals.json (from the eERC reference) must hold.
#include "../testing.h"
#include "ledger/money.h"

#include <QtTest>

using bs::chain::U256;
using namespace bs::ledger;

namespace {
U256 u(std::uint64_t v)
{
    return U256::fromU64(v);
}
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("baseUnits");
        QTest::newRow("whole") << "12"
                               << "12000000";
        QTest::newRow("half") << "12.5"
                              << "12500000";
        QTest::newRow("smallest") << "0.000001"
                                  << "1";
        QTest::newRow("all digits") << "12.500000"
                                    << "12500000";
        QTest::newRow("zero") << "0"
                              << "0";
        QTest::newRow("leading zeros") << "007.1"
                                       << "7100000";
        // Far beyond a double's 53 bits, still exact.
        QTest::newRow("large") << "123456789012345678901234.123456"
                               << "123456789012345678901234123456";
    }
    void parsesExactly()
    {
        QFETCH(QString, text);
        QFETCH(QString, baseUnits);
        const auto v = parseAmount(text.toStdString(), 6);
        QVERIFY2(v.ok(), v.ok() ? "" : v.error().message.c_str());
        QCOMPARE(QString::fromStdString(v->toDecimal()), baseUnits);
    }

    void refusesWhatIsNotAnAmount_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : {"", ".", "1.", ".5", "-1", "+1", "1e6", "1,5", " 1", "1 ", "0x10",
                                "1.2.3", "1.0000001", "abc"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void refusesWhatIsNotAnAmount()
    {
        QFETCH(QString, text);
        QVERIFY(!parseAmount(text.toStdString(), 6).ok());
    }

    void tooManyDecimalsSaysWhy()
    {
        const auto v = parseAmount("0.0000001", 6);
        QVERIFY(!v.ok());
        QVERIFY(v.error().message.find("6 decimals") != std::string::npos);
    }

    void formatsAllDecimals()
    {
        QCOMPARE(formatAmount(u(1234567), 6), std::string("1.234567"));
        QCOMPARE(formatAmount(u(5), 6), std::string("0.000005"));
        QCOMPARE(formatAmount(u(0), 6), std::string("0.000000"));
        QCOMPARE(formatAmount(u(1000000), 6), std::string("1.000000"));
        QCOMPARE(formatAmount(u(42), 0), std::string("42"));
        QCOMPARE(formatAmount(u(1), 18), std::string("0.000000000000000001"));
        // Round trip.
        for (std::uint64_t v : {0ull, 1ull, 999999ull, 1000000ull, 123456789012ull}) {
            const auto back = parseAmount(formatAmount(u(v), 6), 6);
            QVERIFY(back.ok());
            QCOMPARE(*back, u(v));
        }
    }

    void conversionsFollowTheContract()
    {
        // Same decimals: identity.
        QCOMPARE(*tokenToEercUnits(u(123), 6, 6), u(123));
        // Token has more decimals (e.g. 18 -> 2): only whole multiples are claimable/depositable.
        QCOMPARE(*tokenToEercUnits(u(5'000'000'000'000'000'000ull), 18, 2), u(500));
        QVERIFY(!tokenToEercUnits(u(5'000'000'000'000'000'001ull), 18, 2).ok());
        QCOMPARE(*eercToTokenUnits(u(500), 18, 2), *U256::fromDecimal("5000000000000000000"));
        // eERC has more decimals than the token (6 -> 10): withdraw truncates on chain, so
        // only multiples of 10^4 eERC units are allowed.
        QCOMPARE(*eercToTokenUnits(u(12340000), 6, 10), u(1234));
        QVERIFY(!eercToTokenUnits(u(12340001), 6, 10).ok());
        QCOMPARE(*tokenToEercUnits(u(1234), 6, 10), u(12340000));
    }

    void decimalsVectors()
    {
        // tests/data/decimals.json: the contract's withdraw scaling, re-evaluated in BigInt.
        // We pay out exactly what the contract pays, and refuse exactly where it would lose
        // a remainder.
        const QJsonObject root = bs::test::loadJson("decimals.json");
        const QJsonArray cases = root.value("withdraw").toArray();
        QVERIFY(cases.size() >= 3);
        for (const QJsonValue& v : cases) {
            const QJsonObject c = v.toObject();
            const unsigned td = unsigned(c.value("tokenDecimals").toInt());
            const unsigned ed = unsigned(c.value("eercDecimals").toInt());
            const auto dec = [&](const char* key) {
                return *U256::fromDecimal(c.value(QLatin1String(key)).toString().toStdString());
            };
            const auto ours = eercToTokenUnits(dec("withdrawAmount_eercUnits"), td, ed);
            if (dec("lostToTruncation_eercUnits").isZero()) {
                QVERIFY(ours.ok());
                QCOMPARE(*ours, dec("tokensPaidOut"));
            } else {
                QVERIFY(!ours.ok());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
