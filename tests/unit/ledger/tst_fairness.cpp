// SPDX-License-Identifier: GPL-3.0-or-later
// The fairness check against the spec's revenue rule: hand-computed largest-remainder
// allocations (with ties), every allocation the devnet's reference server computes in
// tests/data/ledger/allocation.json (each provider's amount must be judged fair, the +1
// exactly when the reference gave it), products beyond 128 bits, the unit scaling between
// token and eERC decimals, and every verdict.
#include "../testing.h"
#include "ledger/fairness.h"

#include <QJsonArray>
#include <QtTest>

using bs::U256;
using namespace bs::ledger;
using bs::ledger::EarningsCycle;
using bs::ledger::TransferRef;

namespace {

U256 u(std::uint64_t v)
{
    return U256::fromU64(v);
}

U256 dec(const QString& s)
{
    const auto v = U256::fromDecimal(s.toStdString());
    if (!v)
        qFatal("bad decimal %s", qPrintable(s));
    return *v;
}

EarningsCycle entry(U256 pool, U256 weight, U256 total, U256 stated, bool withTransfer = true)
{
    EarningsCycle c;
    c.cycleId = QStringLiteral("cyc_1");
    c.status = QStringLiteral("completed");
    c.pool = pool;
    c.weight = weight;
    c.totalWeight = total;
    c.amount = stated;
    if (withTransfer)
        c.transfer = TransferRef{{0xab}, 120, 3};
    return c;
}

constexpr UnitScale same{6, 6};

// The compiler's 128-bit integers: an independent floor(P*w/W) where the product fits.
__extension__ typedef unsigned __int128 U128;

} // namespace

class TestFairness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputedLargestRemainder()
    {
        // 5 USDC over weights 3, 3, 1 (W = 7): 15000000 = 7 * 2142857 + 1 twice, and
        // 5000000 = 7 * 714285 + 5. Floors sum to 4999999, so L = 1 and the largest remainder
        // (5, the weight-1 provider) gets the unit: 2142857 + 2142857 + 714286 = 5000000.
        const U256 pool = u(5000000);
        const auto a = fairRange(pool, u(3), u(7));
        const auto c = fairRange(pool, u(1), u(7));
        QVERIFY(a && c);
        QCOMPARE(a->min, u(2142857));
        QCOMPARE(a->max, u(2142858));
        QCOMPARE(c->min, u(714285));
        QCOMPARE(c->max, u(714286));

        const auto fa =
            checkPayout(entry(pool, u(3), u(7), u(2142857)), ChainAmount::known(u(2142857)), same);
        QCOMPARE(fa.verdict, Verdict::Fair);
        QVERIFY(fa.statedMatchesReceived);
        QCOMPARE(fa.receivedTokenUnits, std::optional<U256>(u(2142857)));
        const auto fc =
            checkPayout(entry(pool, u(1), u(7), u(714286)), ChainAmount::known(u(714286)), same);
        QCOMPARE(fc.verdict, Verdict::FairPlusRemainder);
        QVERIFY(!fc.difference);

        // Ties: 10 over 1, 1, 1 gives 3 each and one unit for the smallest providerId; the
        // check accepts 3 and 4 for every provider (it does not know the other ids).
        for (std::uint64_t got : {3, 4}) {
            const auto f =
                checkPayout(entry(u(10), u(1), u(3), u(got)), ChainAmount::known(u(got)), same);
            QCOMPARE(f.verdict, got == 3 ? Verdict::Fair : Verdict::FairPlusRemainder);
        }
    }

    void exactShareGetsNoExtraUnit()
    {
        // 900 over 1, 2, 6 (W = 9) divides exactly: no remainder, so no +1 is fair.
        const auto r = fairRange(u(900), u(2), u(9));
        QVERIFY(r);
        QCOMPARE(r->min, u(200));
        QCOMPARE(r->max, u(200));
        const auto f =
            checkPayout(entry(u(900), u(2), u(9), u(201)), ChainAmount::known(u(201)), same);
        QCOMPARE(f.verdict, Verdict::Discrepant);
        QVERIFY(f.difference);
        QCOMPARE(f.difference->magnitude, u(1));
        QVERIFY(!f.difference->negative);
    }

    void devnetReferenceAllocations()
    {
        const QJsonObject data = bs::test::loadJson("ledger/allocation.json");
        const QJsonArray cases = data["cases"].toArray();
        QVERIFY(cases.size() >= 40);
        int plusOnes = 0;
        int checked = 0;
        for (const QJsonValue& cv : cases) {
            const QJsonObject c = cv.toObject();
            const QString name = c["name"].toString();
            const U256 pool = dec(c["pool"].toString());
            const QJsonArray providers = c["providers"].toArray();
            U256 total;
            for (const QJsonValue& p : providers)
                total = total.checkedAdd(dec(p.toObject()["weight"].toString())).value();
            U256 sum;
            for (const QJsonValue& pv : providers) {
                const QJsonObject p = pv.toObject();
                const U256 w = dec(p["weight"].toString());
                const U256 amount = dec(p["amount"].toString());
                sum = sum.checkedAdd(amount).value();
                const auto range = fairRange(pool, w, total);
                QVERIFY2(range, qPrintable(name));
                // Independent floor where the product fits 128 bits.
                if (pool.bitLength() + w.bitLength() <= 127 && total.fitsU64() &&
                    pool.bitLength() <= 64 && w.fitsU64()) {
                    const U128 product = static_cast<U128>(pool.toU64()) * w.toU64();
                    const U128 floor = product / total.toU64();
                    QVERIFY(floor <= ~0ull);
                    QCOMPARE(range->min, u(static_cast<std::uint64_t>(floor)));
                    QCOMPARE(range->max == range->min, product % total.toU64() == 0);
                }
                const auto f =
                    checkPayout(entry(pool, w, total, amount), ChainAmount::known(amount), same);
                QVERIFY2(f.verdict == Verdict::Fair || f.verdict == Verdict::FairPlusRemainder,
                         qPrintable(name + ": " + QString::fromStdString(f.explanation)));
                QCOMPARE(f.verdict == Verdict::FairPlusRemainder, amount != range->min);
                plusOnes += f.verdict == Verdict::FairPlusRemainder;
                ++checked;
                // One unit less than the reference is never fair when the reference gave the
                // floor, nor one more than floor + 1.
                const auto over =
                    checkPayout(entry(pool, w, total, amount),
                                ChainAmount::known(range->max.checkedAdd(u(1)).value()), same);
                QCOMPARE(over.verdict, Verdict::Discrepant);
                if (!range->min.isZero()) {
                    const U256 less = range->min.checkedSub(u(1)).value();
                    const auto under =
                        checkPayout(entry(pool, w, total, less), ChainAmount::known(less), same);
                    QCOMPARE(under.verdict, Verdict::Discrepant);
                    QVERIFY(under.difference && under.difference->negative);
                    QCOMPARE(under.difference->magnitude, u(1));
                }
            }
            QVERIFY2(sum == pool, qPrintable(name));
        }
        QVERIFY(checked > 150);
        QVERIFY(plusOnes > 20); // the vectors exercise the remainder path
    }

    void productsBeyond256Bits()
    {
        // P * w needs up to 512 bits: nothing overflows, nothing wraps.
        const U256 max = U256::max();
        const auto whole = fairRange(max, u(1), u(1));
        QVERIFY(whole);
        QCOMPARE(whole->min, max);
        QCOMPARE(whole->max, max);
        // 2^256 - 1 is divisible by 3: (2^256 - 1) * 2 / 3 exactly.
        const auto two = fairRange(max, u(2), u(3));
        QVERIFY(two);
        const U256 third = max.divmod(3).quotient;
        QCOMPARE(max.divmod(3).remainder, 0u);
        QCOMPARE(two->min, third.checkedAdd(third).value());
        QCOMPARE(two->max, two->min);
        // Weights near 2^256 too: w = W - 1, so floor = P - ceil(P / W).
        const U256 w = max.checkedSub(u(1)).value();
        const auto near = fairRange(max, w, max);
        QVERIFY(near);
        QCOMPARE(near->min, w); // (2^256-1)(2^256-2)/(2^256-1) = 2^256 - 2
        QCOMPARE(near->max, w);
        const auto f = checkPayout(entry(max, w, max, w), ChainAmount::known(w), same);
        QCOMPARE(f.verdict, Verdict::Fair);
    }

    void unitsWithMoreEercDecimals()
    {
        // Token 6 decimals, eERC 8: 2142857 token units is 214285700 eERC units.
        const UnitScale units{6, 8};
        const auto e = entry(u(5000000), u(3), u(7), u(2142857));
        auto f = checkPayout(e, ChainAmount::known(u(214285700)), units);
        QCOMPARE(f.verdict, Verdict::Fair);
        QCOMPARE(f.receivedTokenUnits, std::optional<U256>(u(2142857)));
        f = checkPayout(entry(u(5000000), u(3), u(7), u(2142858)), ChainAmount::known(u(214285800)),
                        units);
        QCOMPARE(f.verdict, Verdict::FairPlusRemainder);
        // Between floor and floor + 1 is not a whole token unit: not fair.
        f = checkPayout(e, ChainAmount::known(u(214285701)), units);
        QCOMPARE(f.verdict, Verdict::Discrepant);
        QVERIFY(!f.receivedTokenUnits);
        QVERIFY(f.difference);
        QCOMPARE(f.difference->magnitude, u(1));
        QCOMPARE(f.difference->decimals, 8u);
        QVERIFY(!f.difference->negative);
    }

    void unitsWithFewerEercDecimals()
    {
        // Token 6 decimals, eERC 2: the fair 2.142857 USDC is carried as 214 eERC units
        // (2.14 USDC); the 0.002857 below one eERC unit stays with the operator as dust. That
        // is the fair share as the contract can pay it, stated as the allocation.
        const UnitScale units{6, 2};
        auto f = checkPayout(entry(u(5000000), u(3), u(7), u(2142857)), ChainAmount::known(u(214)),
                             units);
        QCOMPARE(f.verdict, Verdict::Fair);
        QVERIFY(f.statedMatchesReceived);
        QCOMPARE(f.receivedTokenUnits, std::optional<U256>(u(2140000)));
        QVERIFY(QString::fromStdString(f.explanation).contains("dust"));
        // One eERC unit short is a discrepancy of 0.01.
        f = checkPayout(entry(u(5000000), u(3), u(7), u(2142857)), ChainAmount::known(u(213)),
                        units);
        QCOMPARE(f.verdict, Verdict::Discrepant);
        QVERIFY(f.difference && f.difference->negative);
        QCOMPARE(f.difference->magnitude, u(10000));
        QCOMPARE(f.difference->decimals, 6u);
        // The remainder unit that crosses an eERC unit: 0.999999 or 1.000000 are both fair,
        // carried as 99 or 100 eERC units.
        f = checkPayout(entry(u(1999999), u(1), u(2), u(1000000)), ChainAmount::known(u(100)),
                        units);
        QCOMPARE(f.verdict, Verdict::FairPlusRemainder);
        f = checkPayout(entry(u(1999999), u(1), u(2), u(999999)), ChainAmount::known(u(99)), units);
        QCOMPARE(f.verdict, Verdict::Fair);
        // A statement that is not the allocation is still caught after carrying.
        f = checkPayout(entry(u(5000000), u(3), u(7), u(2130000)), ChainAmount::known(u(214)),
                        units);
        QCOMPARE(f.verdict, Verdict::StatedMismatch);
        // 1 USDC over 1 of 4: exactly 0.25 USDC, 25 eERC units.
        f = checkPayout(entry(u(1000000), u(1), u(4), u(250000)), ChainAmount::known(u(25)), units);
        QCOMPARE(f.verdict, Verdict::Fair);
    }

    void statedMismatch()
    {
        // The chain paid the fair amount, the operator's report says something else.
        const auto f = checkPayout(entry(u(5000000), u(1), u(7), u(714000)),
                                   ChainAmount::known(u(714286)), same);
        QCOMPARE(f.verdict, Verdict::StatedMismatch);
        QVERIFY(!f.statedMatchesReceived);
        QVERIFY(f.difference);
        QCOMPARE(f.difference->magnitude, u(286));
        QVERIFY(!f.difference->negative);
        QVERIFY(needsAttention(f.verdict));
        // An unfair payment is reported as such even when the statement matches it.
        const auto g = checkPayout(entry(u(5000000), u(1), u(7), u(700000)),
                                   ChainAmount::known(u(700000)), same);
        QCOMPARE(g.verdict, Verdict::Discrepant);
        QVERIFY(g.statedMatchesReceived);
        QCOMPARE(g.difference->magnitude, u(14285));
        QVERIFY(g.difference->negative);
        QVERIFY(QString::fromStdString(g.explanation).contains("0.714285"));
    }

    void missingPendingUnverifiable()
    {
        auto e = entry(u(5000000), u(1), u(7), u(714286));
        auto f = checkPayout(e, ChainAmount::notFound(), same);
        QCOMPARE(f.verdict, Verdict::Missing);
        QVERIFY(needsAttention(f.verdict));

        f = checkPayout(e, ChainAmount::notScannedYet(), same);
        QCOMPARE(f.verdict, Verdict::Pending);
        QVERIFY(!needsAttention(f.verdict));

        f = checkPayout(e, ChainAmount::unreadable(), same);
        QCOMPARE(f.verdict, Verdict::Unverifiable);
        QCOMPARE(f.expectedMin, std::optional<U256>(u(714285)));

        // No transfer yet in a cycle still distributing: pending, not missing.
        auto running = entry(u(5000000), u(1), u(7), u(714286), false);
        running.status = QStringLiteral("distributing_payments");
        QCOMPARE(checkPayout(running, ChainAmount::notFound(), same).verdict, Verdict::Pending);

        // A completed cycle without a transfer is fair only when the rule gives nothing.
        auto nothing = entry(u(2), u(1), u(5), u(0), false);
        QCOMPARE(checkPayout(nothing, ChainAmount::notFound(), same).verdict, Verdict::Fair);
        auto owed = entry(u(5000000), u(1), u(7), u(0), false);
        f = checkPayout(owed, ChainAmount::notFound(), same);
        QCOMPARE(f.verdict, Verdict::Discrepant);
        QCOMPARE(f.difference->magnitude, u(714285));
        QVERIFY(f.difference->negative);

        // W = 0, and weights that cannot be (w > W): no rule to check against.
        f = checkPayout(entry(u(5000000), u(0), u(0), u(0)), ChainAmount::known(u(5)), same);
        QCOMPARE(f.verdict, Verdict::Unverifiable);
        QVERIFY(!f.expectedMin);
        QVERIFY(!fairRange(u(1), u(0), u(0)));
        f = checkPayout(entry(u(5000000), u(8), u(7), u(5)), ChainAmount::known(u(5)), same);
        QCOMPARE(f.verdict, Verdict::Unverifiable);
        QVERIFY(!fairRange(u(1), u(8), u(7)));
    }

    void verdictNames()
    {
        QCOMPARE(QString(verdictName(Verdict::FairPlusRemainder)), "fair_plus_remainder");
        QCOMPARE(QString(verdictName(Verdict::StatedMismatch)), "stated_mismatch");
        QVERIFY(!needsAttention(Verdict::Unverifiable));
        QVERIFY(!needsAttention(Verdict::FairPlusRemainder));
    }

    void sharePercents()
    {
        QCOMPARE(sharePercent(u(3), u(7)), std::optional<std::string>("42.86"));
        QCOMPARE(sharePercent(u(1), u(3)), std::optional<std::string>("33.33"));
        QCOMPARE(sharePercent(u(2), u(3)), std::optional<std::string>("66.67"));
        QCOMPARE(sharePercent(u(1), u(8), 1), std::optional<std::string>("12.5"));
        QCOMPARE(sharePercent(u(1), u(8), 0), std::optional<std::string>("13")); // half up
        QCOMPARE(sharePercent(u(0), u(5)), std::optional<std::string>("0.00"));
        QCOMPARE(sharePercent(u(5), u(5)), std::optional<std::string>("100.00"));
        QCOMPARE(sharePercent(u(1), u(100000)), std::optional<std::string>("0.00"));
        QCOMPARE(sharePercent(u(1), u(100000), 3), std::optional<std::string>("0.001"));
        QVERIFY(!sharePercent(u(1), u(0)));
        QCOMPARE(sharePercent(U256::max(), U256::max()), std::optional<std::string>("100.00"));
    }

    void eercToTokenFloor()
    {
        auto t = eercToTokenUnitsFloor(u(123456789), {6, 8});
        QVERIFY(t);
        QCOMPARE(t->value, u(1234567));
        QVERIFY(!t->exact);
        t = eercToTokenUnitsFloor(u(123456700), {6, 8});
        QVERIFY(t && t->exact);
        t = eercToTokenUnitsFloor(u(12), {6, 2});
        QVERIFY(t && t->exact);
        QCOMPARE(t->value, u(120000));
        QVERIFY(!eercToTokenUnitsFloor(U256::max(), {6, 2}));
    }
};

QTEST_APPLESS_MAIN(TestFairness)
#include "tst_fairness.moc"
