// SPDX-License-Identifier: GPL-3.0-or-later
// Fr (BN254 scalar field) against GMP as the independent reference.

#include "crypto/fr.h"

#include <QtTest>

#include <gmp.h>
#include <random>
#include <string>
#include <vector>

using bs::crypto::Fr;
using Limbs = std::array<uint64_t, 4>;

namespace {

// RAII wrapper so every test value is freed.
struct Z
{
    mpz_t v;
    Z() { mpz_init(v); }
    explicit Z(const char* dec) { mpz_init_set_str(v, dec, 10); }
    Z(const Z& o) { mpz_init_set(v, o.v); }
    Z& operator=(const Z& o)
    {
        mpz_set(v, o.v);
        return *this;
    }
    ~Z() { mpz_clear(v); }
    std::string dec() const
    {
        std::vector<char> buf(mpz_sizeinbase(v, 10) + 2);
        mpz_get_str(buf.data(), 10, v);
        return buf.data();
    }
};

const char* kP = "21888242871839275222246405745257275088548364400416034343698204186575808495617";

Z modulus()
{
    return Z(kP);
}

Limbs toLimbs(const Z& z)
{
    Limbs l{};
    size_t count = 0;
    if (mpz_sgn(z.v) < 0 || mpz_sizeinbase(z.v, 2) > 256)
        throw std::logic_error("test bug: value outside [0, 2^256)");
    mpz_export(l.data(), &count, -1, sizeof(uint64_t), 0, 0, z.v);
    return l;
}

Z fromLimbs(const Limbs& l)
{
    Z z;
    mpz_import(z.v, 4, -1, sizeof(uint64_t), 0, 0, l.data());
    return z;
}

Fr toFr(const Z& z)
{
    return Fr::fromCanonicalLimbs(toLimbs(z));
}

Z toZ(const Fr& f)
{
    return fromLimbs(f.canonicalLimbs());
}

bool same(const Fr& f, const Z& z)
{
    return mpz_cmp(toZ(f).v, z.v) == 0;
}

class Rng
{
public:
    Rng()
    {
        gmp_randinit_mt(m_state);
        gmp_randseed_ui(m_state, 20261122);
    }
    ~Rng() { gmp_randclear(m_state); }
    Z below(const Z& bound)
    {
        Z z;
        mpz_urandomm(z.v, m_state, bound.v);
        return z;
    }
    Z bits(unsigned n)
    {
        Z z;
        mpz_urandomb(z.v, m_state, n);
        return z;
    }

private:
    gmp_randstate_t m_state;
};

// Random values plus the edge cases 0, 1, 2, p-1, p-2, (p-1)/2.
std::vector<Z> sampleValues(Rng& rng, int randomCount)
{
    const Z p = modulus();
    std::vector<Z> out;
    for (long k : {0L, 1L, 2L}) {
        Z z;
        mpz_set_si(z.v, k);
        out.push_back(z);
    }
    for (long k : {1L, 2L}) {
        Z z;
        mpz_sub_ui(z.v, p.v, static_cast<unsigned long>(k));
        out.push_back(z);
    }
    Z half;
    mpz_sub_ui(half.v, p.v, 1);
    mpz_fdiv_q_2exp(half.v, half.v, 1);
    out.push_back(half);
    for (int i = 0; i < randomCount; ++i)
        out.push_back(rng.below(p));
    // A few small values (one limb) exercise the carry paths differently.
    for (int i = 0; i < 20; ++i)
        out.push_back(rng.bits(64));
    return out;
}

// The lazily reduced dot product against GMP, for 1..4 terms, including all-(p-1)
// inputs (the largest unreduced sum).
template <std::size_t N>
void checkSumOfProducts(const std::vector<Z>& values, std::size_t offset)
{
    const Z p = modulus();
    for (std::size_t i = 0; i + 2 * N < values.size(); ++i) {
        std::array<Fr, N> a;
        std::array<Fr, N> b;
        Z e;
        for (std::size_t k = 0; k < N; ++k) {
            const Z& za = values[(i + k) % values.size()];
            const Z& zb = values[(i * 3 + k + offset) % values.size()];
            a[k] = toFr(za);
            b[k] = toFr(zb);
            mpz_addmul(e.v, za.v, zb.v);
        }
        mpz_mod(e.v, e.v, p.v);
        QVERIFY(same(Fr::sumOfProducts<N>(a.data(), b.data()), e));
        // The portable fallback (other targets) computes the same.
        Limbs la[N];
        Limbs lb[N];
        for (std::size_t k = 0; k < N; ++k) {
            la[k] = a[k].montgomeryLimbs();
            lb[k] = b[k].montgomeryLimbs();
        }
        const Limbs portable =
            bs::crypto::mont_detail::montSumOfProductsPortable<bs::crypto::FrParams::kModulus,
                                                               Fr::kInv, N>(la, lb);
        QVERIFY(same(Fr::fromMontgomeryLimbs(portable), e));
    }
    std::array<Fr, N> top;
    top.fill(-Fr::one());
    Z e;
    mpz_sub_ui(e.v, p.v, 1);
    mpz_mul(e.v, e.v, e.v);
    mpz_mul_ui(e.v, e.v, N);
    mpz_mod(e.v, e.v, p.v);
    QVERIFY(same(Fr::sumOfProducts<N>(top.data(), top.data()), e));
}

} // namespace

class TestFr : public QObject
{
    Q_OBJECT

private slots:
    void constantsMatchGmp()
    {
        const Z p = modulus();
        QVERIFY(same(Fr::zero(), Z("0")));
        QVERIFY(same(Fr::one(), Z("1")));
        QVERIFY(mpz_cmp(fromLimbs(Fr::kModulus).v, p.v) == 0);

        Z r;
        mpz_setbit(r.v, 256);
        mpz_mod(r.v, r.v, p.v);
        QVERIFY(mpz_cmp(fromLimbs(Fr::kR).v, r.v) == 0);
        Z r2;
        mpz_mul(r2.v, r.v, r.v);
        mpz_mod(r2.v, r2.v, p.v);
        QVERIFY(mpz_cmp(fromLimbs(Fr::kR2).v, r2.v) == 0);
        // kInv * p == -1 mod 2^64.
        QCOMPARE(static_cast<uint64_t>(Fr::kInv * Fr::kModulus[0]), ~uint64_t{0});

        Z pm1;
        mpz_sub_ui(pm1.v, p.v, 1);
        const auto s = mpz_scan1(pm1.v, 0);
        QCOMPARE(static_cast<unsigned long>(Fr::kTwoAdicity), static_cast<unsigned long>(s));
        Z odd;
        mpz_fdiv_q_2exp(odd.v, pm1.v, s);
        QVERIFY(mpz_cmp(fromLimbs(Fr::kOddPart).v, odd.v) == 0);

        Z nr;
        mpz_set_ui(nr.v, bs::crypto::FrParams::kNonResidue);
        QCOMPARE(mpz_legendre(nr.v, p.v), -1);
        QVERIFY(mpz_probab_prime_p(p.v, 30) > 0);
    }

    void montgomeryRepresentation()
    {
        Rng rng;
        const Z p = modulus();
        Z r;
        mpz_setbit(r.v, 256);
        for (const Z& a : sampleValues(rng, 200)) {
            const Fr f = toFr(a);
            Z mont;
            mpz_mul(mont.v, a.v, r.v);
            mpz_mod(mont.v, mont.v, p.v);
            QVERIFY(mpz_cmp(fromLimbs(f.montgomeryLimbs()).v, mont.v) == 0);
            QCOMPARE(Fr::fromMontgomeryLimbs(f.montgomeryLimbs()), f);
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Fr::fromMontgomeryLimbs(Fr::kModulus));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Fr::fromCanonicalLimbs(Fr::kModulus));
        QVERIFY(!Fr::isBelowModulus(Fr::kModulus));
        QVERIFY(Fr::isBelowModulus(toLimbs(
            Z("21888242871839275222246405745257275088548364400416034343698204186575808495616"))));
    }

    void arithmeticMatchesGmp()
    {
        Rng rng;
        const Z p = modulus();
        const auto values = sampleValues(rng, 2000);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const Z& a = values[i];
            const Z& b = values[(i * 7 + 3) % values.size()];
            const Fr fa = toFr(a);
            const Fr fb = toFr(b);
            Z e;
            mpz_add(e.v, a.v, b.v);
            mpz_mod(e.v, e.v, p.v);
            QVERIFY(same(fa + fb, e));
            Fr acc = fa;
            acc += fb;
            QVERIFY(same(acc, e));

            mpz_sub(e.v, a.v, b.v);
            mpz_mod(e.v, e.v, p.v);
            QVERIFY(same(fa - fb, e));
            acc = fa;
            acc -= fb;
            QVERIFY(same(acc, e));

            mpz_neg(e.v, a.v);
            mpz_mod(e.v, e.v, p.v);
            QVERIFY(same(-fa, e));

            mpz_mul(e.v, a.v, b.v);
            mpz_mod(e.v, e.v, p.v);
            QVERIFY(same(fa * fb, e));
            acc = fa;
            acc *= fb;
            QVERIFY(same(acc, e));

            mpz_mul(e.v, a.v, a.v);
            mpz_mod(e.v, e.v, p.v);
            QVERIFY(same(fa.square(), e));

            mpz_add(e.v, a.v, a.v);
            mpz_mod(e.v, e.v, p.v);
            QVERIFY(same(fa.dbl(), e));

            QCOMPARE(fa.isZero(), mpz_sgn(a.v) == 0);
            QCOMPARE(fa.isOdd(), mpz_odd_p(a.v) != 0);
        }
    }

    void sumOfProductsMatchesGmp()
    {
        Rng rng;
        const auto values = sampleValues(rng, 3000);
        checkSumOfProducts<1>(values, 11);
        checkSumOfProducts<2>(values, 5);
        checkSumOfProducts<3>(values, 17);
        checkSumOfProducts<4>(values, 1);
    }

    void inverseMatchesGmp()
    {
        Rng rng;
        const Z p = modulus();
        for (const Z& a : sampleValues(rng, 500)) {
            const Fr fa = toFr(a);
            if (mpz_sgn(a.v) == 0) {
                QVERIFY(fa.inverse().isZero()); // documented: inverse(0) == 0
                continue;
            }
            Z e;
            QVERIFY(mpz_invert(e.v, a.v, p.v) != 0);
            QVERIFY(same(fa.inverse(), e));
            QCOMPARE(fa * fa.inverse(), Fr::one());
        }
    }

    void powMatchesGmp()
    {
        Rng rng;
        const Z p = modulus();
        const auto values = sampleValues(rng, 300);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const Z& a = values[i];
            const Z exp = rng.bits(256);
            Z e;
            mpz_powm(e.v, a.v, exp.v, p.v);
            QVERIFY(same(toFr(a).pow(toLimbs(exp)), e));
            const unsigned long small = static_cast<unsigned long>(i * 2654435761u);
            mpz_powm_ui(e.v, a.v, small, p.v);
            QVERIFY(same(toFr(a).pow(static_cast<uint64_t>(small)), e));
        }
        QCOMPARE(Fr::zero().pow(0), Fr::one()); // 0^0 == 1 by convention
    }

    void sqrtMatchesGmp()
    {
        Rng rng;
        const Z p = modulus();
        int residues = 0;
        int nonResidues = 0;
        for (const Z& a : sampleValues(rng, 600)) {
            const auto root = toFr(a).sqrt();
            const int legendre = mpz_legendre(a.v, p.v);
            if (legendre == -1) {
                QVERIFY(!root.has_value());
                ++nonResidues;
                continue;
            }
            QVERIFY(root.has_value());
            QCOMPARE(root->square(), toFr(a));
            ++residues;
            // The square of anything is a residue.
            const Fr sq = toFr(a).square();
            const auto r2 = sq.sqrt();
            QVERIFY(r2.has_value());
            QCOMPARE(r2->square(), sq);
        }
        QVERIFY(residues > 100);
        QVERIFY(nonResidues > 100);
        // Elements of high 2-power order stress the Tonelli-Shanks loop: z^(odd*2^k).
        Fr z = Fr::fromU64(bs::crypto::FrParams::kNonResidue).pow(Fr::kOddPart);
        for (int k = 0; k < 28; ++k) {
            const Fr x = z.square();
            const auto root = x.sqrt();
            QVERIFY(root.has_value());
            QCOMPARE(root->square(), x);
            z = x;
        }
    }

    void decimalRoundTrip()
    {
        Rng rng;
        for (const Z& a : sampleValues(rng, 500)) {
            const std::string dec = a.dec();
            const auto f = Fr::fromDecimal(dec);
            QVERIFY(f.has_value());
            QVERIFY(same(*f, a));
            QCOMPARE(f->toDecimal(), dec);
        }
        QCOMPARE(Fr::fromDecimal("000123")->toDecimal(), std::string("123"));
        QCOMPARE(Fr::zero().toDecimal(), std::string("0"));
        QCOMPARE(Fr::fromU64(10000000000000000000ull).toDecimal(),
                 std::string("10000000000000000000"));
    }

    void hexAndBytesRoundTrip()
    {
        Rng rng;
        const Z p = modulus();
        for (const Z& a : sampleValues(rng, 500)) {
            const Fr f = toFr(a);
            std::vector<char> buf(80);
            gmp_snprintf(buf.data(), buf.size(), "0x%064Zx", a.v);
            QCOMPARE(f.toHex(), std::string(buf.data()));
            QCOMPARE(*Fr::fromHex(buf.data()), f);
            QCOMPARE(*Fr::fromHex(buf.data() + 2), f); // without 0x
            std::string upper = buf.data() + 2;
            for (char& c : upper)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            QCOMPARE(*Fr::fromHex("0X" + upper), f);

            const auto bytes = f.toBytesBE();
            Z back;
            mpz_import(back.v, 32, 1, 1, 1, 0, bytes.data());
            QVERIFY(mpz_cmp(back.v, a.v) == 0);
            QCOMPARE(*Fr::fromBytesBE(bytes), f);
            QCOMPARE(Fr::fromBytesBEReduce(bytes), f);
        }
        QCOMPARE(*Fr::fromHex("0x1"), Fr::one());
        QCOMPARE(*Fr::fromHex("0"), Fr::zero());
    }

    void bytesReduceMatchesGmp()
    {
        Rng rng;
        const Z p = modulus();
        std::mt19937_64 gen(7);
        for (std::size_t len : {0u, 1u, 7u, 8u, 9u, 31u, 32u, 33u, 48u, 64u, 65u, 100u}) {
            for (int rep = 0; rep < 50; ++rep) {
                std::vector<uint8_t> bytes(len);
                for (auto& b : bytes)
                    b = static_cast<uint8_t>(gen());
                if (rep == 0)
                    std::fill(bytes.begin(), bytes.end(), 0xff);
                Z e;
                if (len > 0)
                    mpz_import(e.v, len, 1, 1, 1, 0, bytes.data());
                mpz_mod(e.v, e.v, p.v);
                QVERIFY(same(Fr::fromBytesBEReduce(bytes), e));
            }
        }
    }

    void limbsReduceMatchesGmp()
    {
        Rng rng;
        const Z p = modulus();
        std::vector<Z> values;
        for (int i = 0; i < 500; ++i)
            values.push_back(rng.bits(256));
        Z max;
        mpz_setbit(max.v, 256);
        mpz_sub_ui(max.v, max.v, 1);
        values.push_back(max);
        values.push_back(p);
        values.push_back(Z("0"));
        for (const Z& a : values) {
            Z e;
            mpz_mod(e.v, a.v, p.v);
            QVERIFY(same(Fr::fromLimbsReduce(toLimbs(a)), e));
        }
    }

    void parsersRejectNonCanonical()
    {
        const Z p = modulus();
        Z p1;
        mpz_add_ui(p1.v, p.v, 1);
        Z big;
        mpz_setbit(big.v, 256); // 2^256: overflows the 4 limbs
        Z max256;
        mpz_sub_ui(max256.v, big.v, 1);
        for (const std::string& s :
             {p.dec(), p1.dec(), big.dec(), max256.dec(), std::string("-1"), std::string("+1"),
              std::string(""), std::string(" 1"), std::string("1 "), std::string("12a"),
              std::string("0x10"), std::string("1e3"), std::string(200, '9'),
              std::string("1\0"
                          "2",
                          3)}) {
            QVERIFY2(!Fr::fromDecimal(s).has_value(), s.c_str());
        }
        std::vector<char> buf(100);
        gmp_snprintf(buf.data(), buf.size(), "0x%Zx", p.v);
        QVERIFY(!Fr::fromHex(buf.data()).has_value());
        gmp_snprintf(buf.data(), buf.size(), "0x%Zx", p1.v);
        QVERIFY(!Fr::fromHex(buf.data()).has_value());
        for (const char* s : {"", "0x", "0X", "-0x1", "0xg", "x1", "0x 1", "0x1 ", "+1", "0x-1"})
            QVERIFY2(!Fr::fromHex(s).has_value(), s);
        QVERIFY(!Fr::fromHex("0x1" + std::string(64, '0')).has_value());     // 2^256
        QVERIFY(Fr::fromHex("0x" + std::string(70, '0') + "1").has_value()); // leading zeros fine

        std::array<uint8_t, 32> bytes{};
        mpz_export(bytes.data(), nullptr, 1, 1, 1, 0, p.v);
        QVERIFY(!Fr::fromBytesBE(bytes).has_value());
        bytes.fill(0xff);
        QVERIFY(!Fr::fromBytesBE(bytes).has_value());
    }

    void batchInverseHandlesZeros()
    {
        Rng rng;
        const Z p = modulus();
        std::vector<Fr> xs;
        for (int i = 0; i < 50; ++i)
            xs.push_back(i % 7 == 3 ? Fr::zero() : toFr(rng.below(p)));
        std::vector<Fr> inv = xs;
        bs::crypto::batchInverse(std::span<Fr>(inv));
        for (std::size_t i = 0; i < xs.size(); ++i)
            QCOMPARE(inv[i], xs[i].inverse());
        std::vector<Fr> empty;
        bs::crypto::batchInverse(std::span<Fr>(empty));
    }

    void conditionalAssign()
    {
        Fr a = Fr::fromU64(5);
        a.conditionalAssign(Fr::fromU64(9), 0);
        QCOMPARE(a, Fr::fromU64(5));
        a.conditionalAssign(Fr::fromU64(9), 1);
        QCOMPARE(a, Fr::fromU64(9));
    }

    // U256 <-> Fr: values below r convert both ways unchanged, r and above are refused.
    void u256Conversions()
    {
        using bs::U256;
        const U256 r = *U256::fromDecimal(
            "21888242871839275222246405745257275088548364400416034343698204186575808495617");
        QVERIFY(!bs::crypto::toFr(r));
        QVERIFY(!bs::crypto::toFr(U256::max()));
        const U256 rm1 = *r.checkedSub(U256::fromU64(1));
        QCOMPARE(*bs::crypto::toFr(rm1), Fr::zero() - Fr::one());
        QCOMPARE(bs::crypto::toU256(Fr::zero() - Fr::one()), rm1);
        QCOMPARE(*bs::crypto::toFr(U256()), Fr::zero());
        std::mt19937_64 rng(42);
        for (int i = 0; i < 2000; ++i) {
            U256::Limbs limbs{rng(), rng(), rng(), rng()};
            limbs[3] >>= (i % 3) * 2; // about a third of the values below r, the rest mixed
            const U256 v = U256::fromLimbs(limbs);
            const auto f = bs::crypto::toFr(v);
            QCOMPARE(f.has_value(), v < r);
            if (f) {
                QCOMPARE(bs::crypto::toU256(*f), v);
                QCOMPARE(*f, *Fr::fromDecimal(v.toDecimal()));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestFr)
#include "tst_fr.moc"
