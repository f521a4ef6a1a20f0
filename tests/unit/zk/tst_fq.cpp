// SPDX-License-Identifier: GPL-3.0-or-later
// Fq and Fq2 against GMP: every operation on random and edge-case operands.

#include "zk/fq.h"
#include "zk/fq2.h"

#include <QtTest>

#include <gmpxx.h>
#include <random>

using bs::zk::Fq;
using bs::zk::Fq2;

namespace {

const mpz_class kQ("21888242871839275222246405745257275088696311157297823662689037894645226208583");

mpz_class toMpz(const Fq& x)
{
    const auto l = x.canonicalLimbs();
    mpz_class r;
    mpz_import(r.get_mpz_t(), 4, -1, sizeof(uint64_t), 0, 0, l.data());
    return r;
}

Fq fromMpz(const mpz_class& v)
{
    std::array<uint64_t, 4> l{};
    mpz_class m = v % kQ;
    if (m < 0)
        m += kQ;
    mpz_export(l.data(), nullptr, -1, sizeof(uint64_t), 0, 0, m.get_mpz_t());
    return Fq::fromCanonicalLimbs(l);
}

mpz_class mod(const mpz_class& v)
{
    mpz_class m = v % kQ;
    if (m < 0)
        m += kQ;
    return m;
}

} // namespace

class TestFq : public QObject
{
    Q_OBJECT

private:
    std::mt19937_64 m_rng{20261122};
    mpz_class randomElement()
    {
        mpz_class v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 64) + mpz_class(std::to_string(m_rng()));
        return v % kQ;
    }
    std::vector<mpz_class> samples()
    {
        std::vector<mpz_class> s = {0, 1, 2, kQ - 1, kQ - 2, (kQ - 1) / 2, (kQ + 1) / 2};
        for (int i = 0; i < 200; ++i)
            s.push_back(randomElement());
        return s;
    }

private slots:
    void constants()
    {
        QCOMPARE(toMpz(Fq::fromMontgomeryLimbs(Fq::kR)), mpz_class(1));
        mpz_class r = (mpz_class(1) << 256) % kQ;
        mpz_class r2 = (r * r) % kQ;
        QCOMPARE(toMpz(Fq::fromCanonicalLimbs(Fq::kR)), r);
        QCOMPARE(toMpz(Fq::fromCanonicalLimbs(Fq::kR2)), r2);
        // zk-formats.md section 1.
        QCOMPARE(r,
                 mpz_class("0x0e0a77c19a07df2f666ea36f7879462c0a78eb28f5c70b3dd35d438dc58f0d9d"));
        QCOMPARE(r2,
                 mpz_class("0x06d89f71cab8351f47ab1eff0a417ff6b5e71911d44501fbf32cfc5b538afa89"));
        // kNonResidue really is a non-residue (Euler's criterion).
        mpz_class e;
        mpz_powm(e.get_mpz_t(), mpz_class(bs::zk::FqParams::kNonResidue).get_mpz_t(),
                 mpz_class((kQ - 1) / 2).get_mpz_t(), kQ.get_mpz_t());
        QCOMPARE(e, kQ - 1);
    }

    void arithmeticAgainstGmp()
    {
        const auto s = samples();
        for (std::size_t i = 0; i < s.size(); ++i) {
            const mpz_class& a = s[i];
            const mpz_class& b = s[(i * 7 + 3) % s.size()];
            const Fq fa = fromMpz(a);
            const Fq fb = fromMpz(b);
            QCOMPARE(toMpz(fa), a);
            QCOMPARE(toMpz(fa + fb), mod(a + b));
            QCOMPARE(toMpz(fa - fb), mod(a - b));
            QCOMPARE(toMpz(-fa), mod(-a));
            QCOMPARE(toMpz(fa * fb), mod(a * b));
            QCOMPARE(toMpz(fa.square()), mod(a * a));
            if (a != 0) {
                mpz_class inv;
                mpz_invert(inv.get_mpz_t(), a.get_mpz_t(), kQ.get_mpz_t());
                QCOMPARE(toMpz(fa.inverse()), inv);
                QCOMPARE(toMpz(bs::zk::inverseVartime(fa)), inv);
            }
            QCOMPARE(Fq::fromDecimal(a.get_str()).value(), fa);
        }
    }

    void montgomeryEncoding()
    {
        // A zkey stores x * 2^256 mod q; fromMontgomeryLimbs must read back x.
        const mpz_class x = randomElement();
        const mpz_class xr = mod(x << 256);
        std::array<uint64_t, 4> l{};
        mpz_export(l.data(), nullptr, -1, sizeof(uint64_t), 0, 0, xr.get_mpz_t());
        QCOMPARE(toMpz(Fq::fromMontgomeryLimbs(l)), x);
    }

    void fq2AgainstGmp()
    {
        const auto s = samples();
        for (std::size_t i = 0; i + 3 < s.size(); i += 3) {
            const mpz_class a0 = s[i], a1 = s[i + 1], b0 = s[i + 2], b1 = s[i + 3];
            const Fq2 a{fromMpz(a0), fromMpz(a1)};
            const Fq2 b{fromMpz(b0), fromMpz(b1)};
            // (a0 + a1 u)(b0 + b1 u) with u^2 = -1
            const Fq2 p = a * b;
            QCOMPARE(toMpz(p.c0), mod(a0 * b0 - a1 * b1));
            QCOMPARE(toMpz(p.c1), mod(a0 * b1 + a1 * b0));
            const Fq2 sq = a.square();
            QCOMPARE(toMpz(sq.c0), mod(a0 * a0 - a1 * a1));
            QCOMPARE(toMpz(sq.c1), mod(2 * a0 * a1));
            QCOMPARE(toMpz((a + b).c1), mod(a1 + b1));
            QCOMPARE(toMpz((a - b).c0), mod(a0 - b0));
            if (!a.isZero()) {
                const Fq2 inv = a.inverse();
                QCOMPARE(a * inv, Fq2::one());
                // Independent formula: conj(a) / norm(a), norm computed by GMP.
                mpz_class norm = mod(a0 * a0 + a1 * a1), ninv;
                mpz_invert(ninv.get_mpz_t(), norm.get_mpz_t(), kQ.get_mpz_t());
                QCOMPARE(toMpz(inv.c0), mod(a0 * ninv));
                QCOMPARE(toMpz(inv.c1), mod(-a1 * ninv));
            }
        }
        QCOMPARE(Fq2::zero().inverse(), Fq2::zero());
        QCOMPARE(bs::zk::inverseVartime(Fq::zero()), Fq::zero());
        const Fq2 x{Fq::fromU64(3), Fq::fromU64(4)};
        QCOMPARE(x.inverseVartime(), x.inverse());
        // inverseVartime (GMP's extended GCD) against Fermat's little theorem on many values.
        for (int i = 0; i < 2000; ++i) {
            const Fq v = fromMpz(randomElement());
            QCOMPARE(bs::zk::inverseVartime(v), v.inverse());
        }
        for (const mpz_class& v : samples())
            QCOMPARE(bs::zk::inverseVartime(fromMpz(v)), fromMpz(v).inverse());
    }
};

QTEST_APPLESS_MAIN(TestFq)
#include "tst_fq.moc"
