// SPDX-License-Identifier: GPL-3.0-or-later
// Baby-step giant-step: targets are v*Base8 from the (vector-checked) fixed-base
// multiplication; results must be exactly v below the bound and nullopt at or above it.

#include "crypto/discrete_log.h"
#include "crypto/elgamal.h"

#include <QtTest>

#include <random>

using bs::crypto::DiscreteLogTable;
using bs::crypto::Point;
using bs::crypto::Scalar;

namespace {

Point vB(uint64_t v)
{
    return Point::mulBase(Scalar::fromU64(v));
}

} // namespace

class TestDiscreteLog : public QObject
{
    Q_OBJECT

private slots:
    void exhaustiveSmallBound()
    {
        // Tiny baby table (m = 4, S = 7): every v in [0, 2^10) crosses many giant steps.
        const DiscreteLogTable table(10, 2, 1);
        QCOMPARE(table.babySteps(), std::size_t(4));
        Point p;
        for (uint64_t v = 0; v < 1024; ++v) {
            QCOMPARE(table.solve(p), std::optional<uint64_t>(v));
            p += Point::base8();
        }
        // 1024 .. 1100 are above the bound.
        for (uint64_t v = 1024; v < 1100; ++v) {
            QVERIFY(!table.solve(p).has_value());
            p += Point::base8();
        }
    }

    void boundary24Bits_data()
    {
        QTest::addColumn<unsigned>("threads");
        QTest::newRow("1 thread") << 1u;
        QTest::newRow("2 threads") << 2u;
        QTest::newRow("3 threads") << 3u;
    }

    void boundary24Bits()
    {
        QFETCH(unsigned, threads);
        const DiscreteLogTable table(24, 0, threads);
        QCOMPARE(table.bits(), 24);
        const uint64_t m = table.babySteps();
        const uint64_t s = 2 * m - 1;
        const uint64_t bound = uint64_t{1} << 24;
        std::vector<uint64_t> values = {0,
                                        1,
                                        2,
                                        3,
                                        1000,
                                        m - 1,
                                        m,
                                        m + 1,
                                        s - 1,
                                        s,
                                        s + 1,
                                        2 * s - (m - 1),
                                        2 * s + (m - 1),
                                        5 * s,
                                        bound / 2,
                                        bound - 2,
                                        bound - 1};
        std::mt19937_64 gen(3);
        for (int i = 0; i < 30; ++i)
            values.push_back(gen() % bound);
        for (uint64_t v : values)
            QCOMPARE(table.solve(vB(v)), std::optional<uint64_t>(v));

        for (uint64_t v : {bound, bound + 1, bound + m, 2 * bound, uint64_t{1} << 40})
            QVERIFY2(!table.solve(vB(v)).has_value(), qPrintable(QString::number(v)));
        // Negative amounts (l - v) and random points are not small multiples.
        QVERIFY(!table.solve(-vB(5)).has_value());
        QVERIFY(!table.solve(-vB(m + 3)).has_value());
        QVERIFY(!table.solve(Point::mulBase(-Scalar::one())).has_value());
        QVERIFY(!table
                     .solve(Point::mulBase(
                         Scalar::fromDecimal("123456789012345678901234567890").value()))
                     .has_value());
    }

    void around2To32()
    {
        const DiscreteLogTable table(34, 16, 2);
        for (uint64_t v : {uint64_t{4294967295}, uint64_t{4294967296}, uint64_t{4294967297},
                           uint64_t{12345678901}, (uint64_t{1} << 34) - 1})
            QCOMPARE(table.solve(vB(v)), std::optional<uint64_t>(v));
        QVERIFY(!table.solve(vB(uint64_t{1} << 34)).has_value());
    }

    void decryptsElGamalBalance()
    {
        const DiscreteLogTable table(24);
        const Scalar s = Scalar::fromU64(987654321);
        const Point pk = Point::mulBase(s);
        auto ct = bs::crypto::elgamal::encrypt(pk, Scalar::fromU64(700000));
        ct = bs::crypto::elgamal::add(
            ct, bs::crypto::elgamal::encryptOnChain(pk, Scalar::fromU64(12345)));
        const Point m = bs::crypto::elgamal::decryptToPoint(ct, s);
        QCOMPARE(table.solve(m), std::optional<uint64_t>(712345));
    }

    void cancel()
    {
        const DiscreteLogTable table(24, 4, 2);
        std::atomic<bool> cancelled = true;
        QVERIFY(!table.solve(vB((uint64_t{1} << 24) - 1), &cancelled).has_value());
        std::atomic<bool> notCancelled = false;
        QCOMPARE(table.solve(vB((uint64_t{1} << 24) - 1), &notCancelled),
                 std::optional<uint64_t>((uint64_t{1} << 24) - 1));
    }

    void sharedTableIsReused()
    {
        const auto a = DiscreteLogTable::shared(20);
        const auto b = DiscreteLogTable::shared(20);
        QCOMPARE(a.get(), b.get());
        QCOMPARE(a->solve(vB(777777)), std::optional<uint64_t>(777777));
        QVERIFY(a->memoryBytes() < 64u * 1024 * 1024);
    }

    void rejectsBadParameters()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, DiscreteLogTable(0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 DiscreteLogTable(DiscreteLogTable::kMaxBits + 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 DiscreteLogTable(20, DiscreteLogTable::kMaxBabyLog + 1));
        // Smallest bound: v in {0, 1}.
        const DiscreteLogTable one(1);
        QCOMPARE(one.solve(vB(0)), std::optional<uint64_t>(0));
        QCOMPARE(one.solve(vB(1)), std::optional<uint64_t>(1));
        QVERIFY(!one.solve(vB(2)).has_value());
    }
};

QTEST_APPLESS_MAIN(TestDiscreteLog)
#include "tst_discrete_log.moc"
