// SPDX-License-Identifier: GPL-3.0-or-later
// The converter's decimals rule (spec 5.3): conversions refuse what the contract would
// truncate or keep as dust; the conversion cases of tests/data/decimals.json (from the eERC
// reference) must hold.
#include "../testing.h"
#include "eerc/units.h"

#include <QtTest>

using bs::U256;
using namespace bs::eerc;

namespace {
U256 u(std::uint64_t v)
{
    return U256::fromU64(v);
}
} // namespace

class TestUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
