// SPDX-License-Identifier: GPL-3.0-or-later
// U256 against GMP (an independent big-integer implementation): parsing, printing, byte
// conversions, checked arithmetic, division and comparisons, on
// random values biased towards the edges (zero limbs, all-ones limbs, 2^k boundaries).
#include "util/u256.h"

#include <QtTest>

#include <gmp.h>
#include <random>
#include <string>

using bs::U256;

namespace {

// RAII mpz_t.
struct Mpz
{
    mpz_t v;
    Mpz() { mpz_init(v); }
    explicit Mpz(const U256& x)
    {
        mpz_init(v);
        const auto be = x.toBigEndian();
        mpz_import(v, be.size(), 1, 1, 1, 0, be.data());
    }
    ~Mpz() { mpz_clear(v); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
    std::string dec() const
    {
        std::string s(mpz_sizeinbase(v, 10) + 2, '\0');
        mpz_get_str(s.data(), 10, v);
        s.resize(std::char_traits<char>::length(s.c_str()));
        return s;
    }
    std::string hex() const
    {
        std::string s(mpz_sizeinbase(v, 16) + 2, '\0');
        mpz_get_str(s.data(), 16, v);
        s.resize(std::char_traits<char>::length(s.c_str()));
        return s;
    }
};

// 2^256 as an mpz.
void setTwo256(Mpz& m)
{
    mpz_set_ui(m.v, 1);
    mpz_mul_2exp(m.v, m.v, 256);
}

class Gen
{
public:
    explicit Gen(uint64_t seed)
        : m_rng(seed)
    {}
    uint64_t limb()
    {
        switch (m_rng() % 6) {
        case 0:
            return 0;
        case 1:
            return ~0ull;
        case 2:
            return m_rng() % 16;
        default:
            return m_rng();
        }
    }
    U256 value()
    {
        // Random width too, so that small and mid-sized values are common.
        U256::Limbs l{limb(), limb(), limb(), limb()};
        const unsigned top = static_cast<unsigned>(m_rng() % 4);
        for (unsigned i = top + 1; i < 4; ++i)
            l[i] = 0;
        if (m_rng() % 8 == 0 && l[top] != 0)
            l[top] = 1ull << (m_rng() % 64); // exact power of two
        return U256::fromLimbs(l);
    }
    uint64_t u64() { return limb(); }

private:
    std::mt19937_64 m_rng;
};

constexpr int kRounds = 20000;

} // namespace

class TestU256 : public QObject
{
    Q_OBJECT

private slots:
    void constantsAndBasics()
    {
        QVERIFY(U256().isZero());
        QCOMPARE(U256::zero().toDecimal(), std::string("0"));
        QCOMPARE(U256::zero().toHex(), std::string("0x0"));
        QCOMPARE(U256::max().toHex(), "0x" + std::string(64, 'f'));
        QCOMPARE(U256::max().toDecimal(),
                 std::string("11579208923731619542357098500868790785326998466564056403945758400"
                             "7913129639935"));
        QCOMPARE(U256::fromU64(255).toHex(), std::string("0xff"));
        QCOMPARE(U256::fromU64(255).bitLength(), 8u);
        QVERIFY(U256::fromU64(7).fitsU64());
        QCOMPARE(U256::fromU64(7).toU64(), uint64_t{7});
        QVERIFY(!U256::fromLimbs({0, 1, 0, 0}).fitsU64());
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, (void)U256::fromLimbs({0, 1, 0, 0}).toU64());
        QVERIFY_THROWS_EXCEPTION(std::domain_error, (void)U256::fromU64(1).divmod(0));
        QVERIFY(U256::zero().toMinimalBigEndian().empty());
        QCOMPARE(U256::fromU64(0x0400).toMinimalBigEndian(), (std::vector<uint8_t>{4, 0}));
        static_assert(U256::fromU64(3) < U256::fromLimbs({0, 1, 0, 0}));
        static_assert(U256::max().bitLength() == 256);
    }

    void strictParsing()
    {
        // Rejected: empty, signs, spaces, prefixes in decimal, stray characters, overflow.
        for (const char* bad : {"", "+1", "-1", " 1", "1 ", "1_000", "0x10", "1e3", "１"})
            QVERIFY2(!U256::fromDecimal(bad), bad);
        QVERIFY(!U256::fromDecimal("115792089237316195423570985008687907853269984665640564039457584"
                                   "007913129639936")); // 2^256
        QVERIFY(U256::fromDecimal("115792089237316195423570985008687907853269984665640564039457584"
                                  "007913129639935") == U256::max());
        QCOMPARE(*U256::fromDecimal("000123"), U256::fromU64(123));
        for (const char* bad :
             {"", "0x", "0X", "x1", "0xg", "0x 1", " 0x1", "-0x1", "0x-1", "0x0x1", "+0x1"})
            QVERIFY2(!U256::fromHex(bad), bad);
        QVERIFY(!U256::fromHex("0x1" + std::string(64, '0'))); // 2^256
        QVERIFY(U256::fromHex("0x" + std::string(64, 'F')) == U256::max());
        QVERIFY(U256::fromHex("0x" + std::string(100, '0') + "ff") == U256::fromU64(255));
        QCOMPARE(*U256::fromHex("ABcd"), U256::fromU64(0xabcd));
        QCOMPARE(*U256::fromHex("0X10"), U256::fromU64(16));
        QVERIFY(!U256::fromBigEndianBytes(std::vector<uint8_t>(33, 0)));
        QCOMPARE(*U256::fromBigEndianBytes(std::vector<uint8_t>{}), U256::zero());
    }

    void againstGmp()
    {
        Gen g(0xC4A1F00Dull);
        Mpz two256;
        setTwo256(two256);
        for (int round = 0; round < kRounds; ++round) {
            const U256 a = g.value();
            const U256 b = g.value();
            const Mpz ma(a), mb(b);
            // Printing and parsing.
            QCOMPARE(a.toDecimal(), ma.dec());
            QCOMPARE(a.toHex(), "0x" + ma.hex());
            QCOMPARE(*U256::fromDecimal(ma.dec()), a);
            QCOMPARE(*U256::fromHex(ma.hex()), a);
            QCOMPARE(U256::fromBigEndian(a.toBigEndian()), a);
            QCOMPARE(*U256::fromBigEndianBytes(a.toMinimalBigEndian()), a);
            QCOMPARE(static_cast<std::size_t>(a.bitLength()),
                     a.isZero() ? std::size_t{0} : mpz_sizeinbase(ma.v, 2));
            // Comparisons.
            const int c = mpz_cmp(ma.v, mb.v);
            QCOMPARE(a < b, c < 0);
            QCOMPARE(a == b, c == 0);
            QCOMPARE(a > b, c > 0);
            // Checked arithmetic: result matches when it fits, nullopt exactly when not.
            Mpz r;
            mpz_add(r.v, ma.v, mb.v);
            auto s = a.checkedAdd(b);
            QCOMPARE(s.has_value(), mpz_cmp(r.v, two256.v) < 0);
            if (s)
                QCOMPARE(s->toDecimal(), r.dec());
            mpz_sub(r.v, ma.v, mb.v);
            auto d = a.checkedSub(b);
            QCOMPARE(d.has_value(), mpz_sgn(r.v) >= 0);
            if (d)
                QCOMPARE(d->toDecimal(), r.dec());
            mpz_mul(r.v, ma.v, mb.v);
            auto m = a.checkedMul(b);
            QCOMPARE(m.has_value(), mpz_cmp(r.v, two256.v) < 0);
            if (m)
                QCOMPARE(m->toDecimal(), r.dec());
            // Division by a 64-bit divisor.
            uint64_t div = g.u64();
            if (div == 0)
                div = 1 + round;
            const auto qr = a.divmod(div);
            Mpz q, rem, mdiv;
            mpz_import(mdiv.v, 1, 1, sizeof(div), 0, 0, &div);
            mpz_fdiv_qr(q.v, rem.v, ma.v, mdiv.v);
            QCOMPARE(qr.quotient.toDecimal(), q.dec());
            QCOMPARE(std::to_string(qr.remainder), rem.dec());
        }
    }

    void overflowEdges()
    {
        const U256 one = U256::fromU64(1);
        QVERIFY(!U256::max().checkedAdd(one));
        QCOMPARE(*U256::max().checkedAdd(U256::zero()), U256::max());
        QVERIFY(!U256::zero().checkedSub(one));
        QCOMPARE(*U256::max().checkedSub(U256::max()), U256::zero());
        QVERIFY(!U256::fromLimbs({0, 0, 1, 0}).checkedMul(U256::fromLimbs({0, 0, 1, 0})));
        QCOMPARE(*U256::fromLimbs({0, 1, 0, 0}).checkedMul(U256::fromLimbs({0, 0, 1, 0})),
                 U256::fromLimbs({0, 0, 0, 1}));
        QVERIFY(!U256::fromLimbs({2, 0, 0, 1ull << 63}).checkedMul(U256::fromU64(2)));
    }

    void pow10AgainstGmp()
    {
        Mpz r;
        for (unsigned e = 0; e <= 77; ++e) {
            mpz_ui_pow_ui(r.v, 10, e);
            QCOMPARE(U256::pow10(e)->toDecimal(), r.dec());
        }
        QVERIFY(!U256::pow10(78));
        QVERIFY(!U256::pow10(1000));
    }
};

QTEST_GUILESS_MAIN(TestU256)
#include "tst_u256.moc"
