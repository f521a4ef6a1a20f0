// SPDX-License-Identifier: GPL-3.0-or-later
// Money parsing and printing are exact (no doubles anywhere); rescaling between decimals
// rounds down and says when it dropped something.
#include "../testing.h"
#include "ledger/money.h"

#include <QtTest>

using bs::U256;
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

    void rescaleRoundsDownAndSaysSo()
    {
        QCOMPARE(rescale(u(123), 6, 6)->value, u(123));
        QVERIFY(rescale(u(123), 6, 6)->exact);
        auto r = rescale(u(123456789), 8, 6);
        QCOMPARE(r->value, u(1234567));
        QVERIFY(!r->exact);
        r = rescale(u(12), 2, 6);
        QCOMPARE(r->value, u(120000));
        QVERIFY(r->exact);
        // More than 19 decimals apart: divided in steps, remainder seen in any step.
        r = rescale(*U256::fromDecimal("100000000000000000000000000000"), 30, 1);
        QCOMPARE(r->value, u(1));
        QVERIFY(r->exact);
        r = rescale(*U256::fromDecimal("100000000000000000000000000001"), 30, 1);
        QCOMPARE(r->value, u(1));
        QVERIFY(!r->exact);
        QVERIFY(!rescale(U256::max(), 2, 6));
        QCOMPARE(rescale(U256(), 0, 200)->value, U256());
    }

    void unitScaleStatesTheGranularity()
    {
        // Ava Labs' deployments: 2 eERC decimals for a 6-decimal USDC.
        const UnitScale reference{6, 2};
        QVERIFY(reference.keepsDust());
        QCOMPARE(reference.granularity(), u(10000)); // 0.01 USDC
        QCOMPARE(*reference.tokenUnits(u(1234)), u(12340000)); // 12.34 USDC
        const UnitScale same{6, 6};
        QVERIFY(!same.keepsDust());
        QCOMPARE(same.granularity(), u(1));
        QCOMPARE(*same.tokenUnits(u(1234)), u(1234));
        // A contract with more decimals than the token: what a withdraw pays, rounded down.
        const UnitScale finer{6, 8};
        QVERIFY(!finer.keepsDust());
        QCOMPARE(*finer.tokenUnits(u(123456789)), u(1234567));
        QVERIFY(!UnitScale({6, 2}).tokenUnits(U256::max()));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
