// SPDX-License-Identifier: GPL-3.0-or-later
// Every implementation of the Montgomery multiplication in crypto/montgomery.h against GMP,
// for both BN254 moduli: the portable C++ one (other targets, constant evaluation), the x86-64
// intrinsics one (CPUs without MULX/ADX) and the MULX/ADCX/ADOX assembly (chosen at run time
// where the CPU has them). The field tests (tst_fr, tst_fq) only see the path this machine
// takes, so each path is called here directly.

#include "crypto/fr.h"
#include "zk/fq.h"

#include <QtTest>

#include <gmpxx.h>
#include <random>
#include <vector>

namespace {

using Limbs = std::array<uint64_t, 4>;
namespace md = bs::crypto::mont_detail;

mpz_class toMpz(const Limbs& l)
{
    mpz_class r;
    mpz_import(r.get_mpz_t(), 4, -1, sizeof(uint64_t), 0, 0, l.data());
    return r;
}

Limbs toLimbs(const mpz_class& v)
{
    Limbs l{};
    mpz_export(l.data(), nullptr, -1, sizeof(uint64_t), 0, 0, v.get_mpz_t());
    return l;
}

// Operands below m: the edges (0, 1, m-1, m-2, (m-1)/2, values with all-ones or all-zero
// limbs below m), then uniformly random values.
std::vector<Limbs> operands(const Limbs& modulus, std::size_t randomCount, std::mt19937_64& rng)
{
    const mpz_class m = toMpz(modulus);
    std::vector<mpz_class> v = {0, 1, 2, m - 1, m - 2, (m - 1) / 2, (m + 1) / 2};
    for (int bits : {63, 64, 65, 127, 128, 129, 191, 192, 193, 253})
        v.push_back(((mpz_class(1) << bits) - 1) % m);
    for (int bits : {64, 128, 192, 253})
        v.push_back(mpz_class(1) << bits);
    std::vector<Limbs> out;
    for (const mpz_class& x : v)
        out.push_back(toLimbs(x));
    while (out.size() < v.size() + randomCount) {
        Limbs x{rng(), rng(), rng(), rng() >> 2};
        if (md::lessThan(x, modulus))
            out.push_back(x);
    }
    return out;
}

// a * b * 2^-256 mod m, the Montgomery product every path must return (fully reduced).
template <const Limbs& M, uint64_t Inv>
void checkPaths(std::size_t randomCount)
{
    std::mt19937_64 rng(20261129);
    const mpz_class m = toMpz(M);
    mpz_class rInv;
    const mpz_class r = mpz_class(1) << 256;
    QVERIFY(mpz_invert(rInv.get_mpz_t(), r.get_mpz_t(), m.get_mpz_t()) != 0);
    const auto xs = operands(M, randomCount, rng);
    const bool adx =
#ifdef BS_MONT_ADX
        md::kUseMulxAdx;
#else
        false;
#endif
    if (!adx)
        qInfo("MULX/ADX not used (no CPU support, BS_NO_MULX_ADX set, or an unoptimised "
              "build): the assembly is not tested");
    for (std::size_t i = 0; i < xs.size(); ++i) {
        // Each operand squared, times a pseudo-random other operand, and times two of the
        // first 22 operands (the 21 edge values and one random) in turn.
        for (std::size_t j : {i, (i * 7919 + 13) % xs.size(), i % 22, (i + 1) % 22}) {
            const Limbs& a = xs[i];
            const Limbs& b = xs[j];
            const Limbs want = toLimbs(toMpz(a) * toMpz(b) * rInv % m);
            if (md::montMulPortable<M, Inv>(a, b) != want)
                QFAIL(qPrintable(QStringLiteral("portable path wrong at %1, %2").arg(i).arg(j)));
#ifdef BS_MONT_X86_64
            if (md::montMulX86<M, Inv>(a, b) != want)
                QFAIL(qPrintable(QStringLiteral("intrinsics path wrong at %1, %2").arg(i).arg(j)));
#endif
#ifdef BS_MONT_ADX
            if (adx && md::montMulAdx<M, Inv>(a, b) != want)
                QFAIL(qPrintable(QStringLiteral("MULX/ADX path wrong at %1, %2").arg(i).arg(j)));
#endif
            if (md::montMul<M, Inv>(a, b) != want)
                QFAIL(qPrintable(QStringLiteral("montMul wrong at %1, %2").arg(i).arg(j)));
        }
    }
}

} // namespace

class TestMontgomery : public QObject
{
    Q_OBJECT

private slots:
    void frPathsAgainstGmp()
    {
        checkPaths<bs::crypto::FrParams::kModulus, bs::crypto::Fr::kInv>(50000);
    }

    void fqPathsAgainstGmp() { checkPaths<bs::zk::FqParams::kModulus, bs::zk::Fq::kInv>(50000); }

    // A dependent chain x <- x * y (y random, non-zero) through the path this CPU takes, as
    // the MSMs use it: a result correct in value but not fully reduced would break the bound
    // of a later step and show up at the end.
    void longChainAgrees()
    {
        constexpr const Limbs& q = bs::zk::FqParams::kModulus;
        constexpr uint64_t inv = bs::zk::Fq::kInv;
        std::mt19937_64 rng(7);
        const auto ys = operands(q, 64, rng);
        Limbs viaDefault = ys.back();
        Limbs viaPortable = ys.back();
        const std::size_t firstRandom = ys.size() - 64;
        for (int i = 0; i < 200000; ++i) {
            const Limbs& y = ys[firstRandom + std::size_t(i) % 64];
            viaDefault = md::montMul<q, inv>(viaDefault, y);
            viaPortable = md::montMulPortable<q, inv>(viaPortable, y);
        }
        QCOMPARE(viaDefault, viaPortable);
        QVERIFY(viaDefault != Limbs{});
    }
};

QTEST_APPLESS_MAIN(TestMontgomery)
#include "tst_montgomery.moc"
