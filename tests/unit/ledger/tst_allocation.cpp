// SPDX-License-Identifier: GPL-3.0-or-later
// The revenue rule for a whole cycle (ledger::allocate) against the reference server's own
// allocations (tests/data/ledger/allocation.json, made by devnet/server/src/revenue.mjs with
// BigInt), in any input order; hand-computed cases with ties, the tie order of JavaScript
// strings (UTF-16 code units, not code points), W = 0, duplicates, weights beyond 256 bits;
// and the dust a transfer cannot carry with fewer eERC decimals than the token's.
#include "../testing.h"
#include "ledger/allocation.h"

#include <QJsonArray>
#include <QtTest>

#include <algorithm>
#include <random>

using bs::U256;
using namespace bs::ledger;

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

std::vector<WeightEntry> entries(std::initializer_list<std::pair<const char*, std::uint64_t>> list)
{
    std::vector<WeightEntry> out;
    for (const auto& [id, w] : list)
        out.push_back({QString::fromUtf8(id), u(w)});
    return out;
}

// "id=amount" per share, in the allocation's order.
QStringList shown(const Allocation& a)
{
    QStringList out;
    for (const Share& s : a.shares)
        out << s.providerId + QLatin1Char('=') + QString::fromStdString(s.amount.toDecimal());
    return out;
}

} // namespace

class TestAllocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceServerAllocations()
    {
        const QJsonArray cases = bs::test::loadJson("ledger/allocation.json")["cases"].toArray();
        QVERIFY(cases.size() >= 40);
        std::mt19937 shuffle(20261101);
        for (const QJsonValue& cv : cases) {
            const QJsonObject c = cv.toObject();
            const QString name = c["name"].toString();
            const U256 pool = dec(c["pool"].toString());
            std::vector<WeightEntry> input;
            QStringList expected;
            for (const QJsonValue& pv : c["providers"].toArray()) {
                const QJsonObject p = pv.toObject();
                input.push_back({p["providerId"].toString(), dec(p["weight"].toString())});
                expected << p["providerId"].toString() + QLatin1Char('=') + p["amount"].toString();
            }
            // The rule does not depend on the order the weights come in.
            std::shuffle(input.begin(), input.end(), shuffle);
            const auto a = allocate(pool, input);
            QVERIFY2(a.ok(), qPrintable(name));
            QCOMPARE(shown(*a), expected); // the reference lists providerId order too
            U256 sum;
            for (const Share& s : a->shares)
                sum = *sum.checkedAdd(s.amount);
            QCOMPARE(sum, pool);
        }
    }

    void handComputedWithTies()
    {
        // 10 over 1,1,1: floors 3,3,3, leftover 1, equal remainders: the smallest id wins.
        auto a = allocate(u(10), entries({{"prv_c", 1}, {"prv_a", 1}, {"prv_b", 1}}));
        QVERIFY(a.ok());
        QCOMPARE(shown(*a), QStringList({"prv_a=4", "prv_b=3", "prv_c=3"}));
        QCOMPARE(a->totalWeight, u(3));

        // 100 over 1,2,4 (W = 7): floors 14, 28, 57 (sum 99); remainders 2, 4, 1: b gets +1.
        a = allocate(u(100), entries({{"a", 1}, {"b", 2}, {"c", 4}}));
        QCOMPARE(shown(*a), QStringList({"a=14", "b=29", "c=57"}));

        // 2 over five equal weights: the two smallest ids get a unit each, the rest nothing.
        a = allocate(u(2), entries({{"e", 1}, {"d", 1}, {"c", 1}, {"b", 1}, {"a", 1}}));
        QCOMPARE(shown(*a), QStringList({"a=1", "b=1", "c=0", "d=0", "e=0"}));

        // A zero weight gets nothing but keeps its line.
        a = allocate(u(1000), entries({{"x", 0}, {"y", 5}, {"z", 7}}));
        QCOMPARE(shown(*a), QStringList({"x=0", "y=417", "z=583"}));
    }

    void tiesFollowJavaScriptStringOrder()
    {
        // JavaScript compares strings by UTF-16 code units: U+1F600 (D83D DE00) sorts before
        // U+FFFF, although its code point is larger; and "Z" (0x5A) before "a" (0x61).
        const QString emoji = QString::fromUtf8("prv_\xF0\x9F\x98\x80");
        const QString high = QString::fromUtf8("prv_\xEF\xBF\xBF");
        auto a = allocate(u(1), {{high, u(1)}, {emoji, u(1)}});
        QVERIFY(a.ok());
        QCOMPARE(a->shares.at(0).providerId, emoji);
        QCOMPARE(a->shares.at(0).amount, u(1));
        QCOMPARE(a->shares.at(1).amount, u(0));

        a = allocate(u(1), entries({{"prv_a", 1}, {"prv_Z", 1}}));
        QCOMPARE(shown(*a), QStringList({"prv_Z=1", "prv_a=0"}));
    }

    void largeProductsAreExact()
    {
        // P * w needs more than 256 bits: P = 2^255, w = 2^200 + 1, W = w + 3.
        const U256 pool = U256::fromLimbs({0, 0, 0, 1ull << 63});
        const U256 w = U256::fromLimbs({1, 0, 0, 1ull << 8});
        const U256 three = u(3);
        auto a = allocate(pool, {{QStringLiteral("big"), w}, {QStringLiteral("small"), three}});
        QVERIFY(a.ok());
        const U256 sum = *a->shares[0].amount.checkedAdd(a->shares[1].amount);
        QCOMPARE(sum, pool);
        // small's share is floor(2^255 * 3 / (2^200 + 4)) or one more: about 3 * 2^55.
        QVERIFY(a->shares[1].amount.bitLength() == 57);
    }

    void undefinedInputIsRefused()
    {
        auto dup = allocate(u(10), entries({{"a", 1}, {"a", 2}}));
        QVERIFY(!dup.ok());
        QVERIFY(dup.error().message.find("listed twice") != std::string::npos);

        const U256 half = U256::fromLimbs({0, 0, 0, 1ull << 63});
        auto over = allocate(u(10), {{QStringLiteral("a"), half}, {QStringLiteral("b"), half}});
        QVERIFY(!over.ok());
        QVERIFY(over.error().message.find("2^256") != std::string::npos);

        // W = 0: skipped, no shares (the server records skipped_insufficient_usage).
        auto none = allocate(u(10), entries({{"a", 0}, {"b", 0}}));
        QVERIFY(none.ok());
        QVERIFY(none->skipped());
        QVERIFY(none->shares.empty());
        QVERIFY(allocate(u(10), {})->skipped());
    }

    void dustOfFewerEercDecimals()
    {
        // USDC (6) over an eERC of 2 decimals: one eERC unit is 10^4 base units.
        QCOMPARE(transferDust(u(1234567), 6, 2), u(4567));
        QCOMPARE(transferDust(u(1230000), 6, 2), u(0));
        QCOMPARE(transferDust(u(9999), 6, 2), u(9999)); // less than one unit: no transfer
        QCOMPARE(transferDust(u(1234567), 6, 6), u(0));
        QCOMPARE(transferDust(u(1234567), 6, 18), u(0)); // more eERC decimals carry everything
        QCOMPARE(transferDust(U256::max(), 78, 0), U256::max()); // beyond 10^77: nothing fits
        QCOMPARE(transferDust(u(123), 30, 0), u(123));
    }
};

QTEST_GUILESS_MAIN(TestAllocation)
#include "tst_allocation.moc"
