// SPDX-License-Identifier: GPL-3.0-or-later
// Pippenger MSM against the naive sum of double-and-add products, with the edge cases that
// break bucket methods: zero scalars, identity bases, equal and opposite bases (bucket
// doubling / cancellation), scalars with long runs of ones (signed-digit carries). The GLV
// plans (G1 and G2) against the same naive sums, its constants against their defining equations and
// its scalar split against Fr arithmetic.

#include "crypto/fr.h"
#include "zk/msm.h"

#include <QtTest>

#include <random>
#include <type_traits>

using namespace bs::zk;
using bs::crypto::Fr;

class TestMsm : public QObject
{
    Q_OBJECT

private:
    std::mt19937_64 m_rng{3};
    Scalar randomScalar()
    {
        std::array<uint8_t, 64> b{};
        for (auto& x : b)
            x = static_cast<uint8_t>(m_rng());
        return Fr::fromBytesBEReduce(b).canonicalLimbs();
    }

    template <class Curve>
    void check(std::size_t n, const AffinePoint<Curve>& gen)
    {
        using P = JacobianPoint<Curve>;
        std::vector<AffinePoint<Curve>> bases;
        std::vector<Scalar> scalars;
        const Scalar allOnes = {~0ull, ~0ull, ~0ull, (1ull << 62) - 1}; // 2^254 - 1
        for (std::size_t i = 0; i < n; ++i) {
            AffinePoint<Curve> b = P(gen).mul(randomScalar()).toAffine();
            switch (i % 7) {
            case 3:
                b = AffinePoint<Curve>::identity();
                break;
            case 5:
                b = bases[i - 1];
                break; // equal to the previous base
            case 6:
                b = -bases[i - 2];
                break; // opposite of an earlier one
            default:
                break;
            }
            bases.push_back(b);
            Scalar k = randomScalar();
            if (i % 11 == 2)
                k = {};
            if (i % 13 == 4)
                k = allOnes;
            if (i % 17 == 8)
                k = {1, 0, 0, 0};
            scalars.push_back(k);
        }
        P naive;
        for (std::size_t i = 0; i < n; ++i)
            naive += P(bases[i]).mul(scalars[i]);
        QVERIFY2(msm<Curve>(bases, scalars, 1) == naive, qPrintable(QString::number(n)));
        QVERIFY2(msm<Curve>(bases, scalars, 2) == naive, qPrintable(QString::number(n)));
        QVERIFY2(msm<Curve>(bases, scalars, 5) == naive, qPrintable(QString::number(n)));
        QVERIFY2(runGlv<Curve>(bases, scalars) == naive, qPrintable(QString::number(n)));
    }

    // The GLV plan's result, its windows computed in reverse order.
    template <class Curve = G1Curve>
    static JacobianPoint<Curve> runGlv(std::span<const AffinePoint<Curve>> bases,
                                       std::span<const Scalar> scalars)
    {
        const std::vector<AffinePoint<Curve>> glv = glvBases(bases);
        const MsmPlan<Curve> plan(glv, scalars, Glv{});
        // A wrong window count returns a generator, never the expected sum in these tests.
        if (plan.windows() != MsmPlan<Curve>::windowsFor(scalars.size(), true)) {
            if constexpr (std::is_same_v<Curve, G1Curve>)
                return G1(g1Generator());
            else
                return G2(g2Generator());
        }
        std::vector<JacobianPoint<Curve>> sums(plan.windows());
        for (unsigned w = plan.windows(); w-- > 0;)
            sums[w] = plan.window(w);
        return plan.combine(sums);
    }

    static Fr signedFr(const Scalar& k, bool neg)
    {
        const Fr v = Fr::fromLimbsReduce(k);
        return neg ? -v : v;
    }

    // k1 and k2 below 2^128 and k1 + k2 lambda == k (mod r), checked in Fr.
    static bool splitOk(const Scalar& k)
    {
        const GlvSplit s = glvSplit(k);
        if ((s.k1[2] | s.k1[3] | s.k2[2] | s.k2[3]) != 0)
            return false;
        const Fr lambda = Fr::fromCanonicalLimbs(kGlvLambda);
        return signedFr(s.k1, s.neg1) + signedFr(s.k2, s.neg2) * lambda == Fr::fromLimbsReduce(k);
    }

private slots:
    void g1AgainstNaive()
    {
        for (std::size_t n : {0, 1, 2, 3, 7, 31, 100, 600})
            check<G1Curve>(n, g1Generator());
    }

    void glvConstants()
    {
        // beta a primitive cube root of unity in Fq, lambda one mod r, and phi = lambda * on G1.
        QVERIFY(kGlvBeta != Fq::one());
        QVERIFY(kGlvBeta.square() * kGlvBeta == Fq::one());
        const Fr lambda = Fr::fromCanonicalLimbs(kGlvLambda);
        QCOMPARE(lambda.canonicalLimbs(), kGlvLambda); // lambda < r
        QVERIFY(lambda != Fr::one());
        QVERIFY(lambda.square() * lambda == Fr::one());
        std::vector<G1Affine> points{g1Generator()};
        for (int i = 0; i < 20; ++i)
            points.push_back(G1(g1Generator()).mul(randomScalar()).toAffine());
        for (const G1Affine& p : points) {
            const G1Affine q = glvEndomorphism(p);
            QVERIFY(q.isOnCurve());
            QVERIFY(G1(q) == G1(p).mul(kGlvLambda));
        }
        QVERIFY(glvEndomorphism(G1Affine::identity()).infinity);
        // On G2 the map with beta^2 is lambda * (and the one with beta is lambda^2 *).
        std::vector<G2Affine> points2{g2Generator()};
        for (int i = 0; i < 8; ++i)
            points2.push_back(G2(g2Generator()).mul(randomScalar()).toAffine());
        for (const G2Affine& p : points2) {
            const G2Affine q = glvEndomorphism(p);
            QVERIFY(q.isOnCurve());
            QVERIFY(G2(q) == G2(p).mul(kGlvLambda));
            const G2Affine withBeta =
                G2Affine::fromXY(Fq2{p.x.c0 * kGlvBeta, p.x.c1 * kGlvBeta}, p.y);
            QVERIFY(G2(withBeta) == G2(p).mul((lambda * lambda).canonicalLimbs()));
        }
        QVERIFY(glvEndomorphism(G2Affine::identity()).infinity);
        QCOMPARE(glvBases(std::span(points2).first(1)).size(), std::size_t(2));
        const std::vector<G1Affine> two = glvBases(std::span(points).first(2));
        QCOMPARE(two.size(), std::size_t(4));
        QVERIFY(two[0] == points[0] && two[1] == points[1]);
        QVERIFY(two[2] == glvEndomorphism(points[0]) && two[3] == glvEndomorphism(points[1]));
    }

    void glvSplitEdgesAndRandom()
    {
        const Scalar r = {0x43e1f593f0000001ull, 0x2833e84879b97091ull, 0xb85045b68181585dull,
                          0x30644e72e131a029ull};
        QVERIFY(Fr::fromLimbsReduce(r).isZero());
        const Scalar lambda = kGlvLambda;
        std::vector<Scalar> edges = {
            {},
            {1, 0, 0, 0},
            {2, 0, 0, 0},
            {~0ull, ~0ull, 0, 0},                    // 2^128 - 1
            {0, 0, 1, 0},                            // 2^128
            {~0ull, ~0ull, ~0ull, (1ull << 62) - 1}, // 2^254 - 1
            {~0ull, ~0ull, ~0ull, ~0ull},            // 2^256 - 1
            r,
            lambda,
        };
        // r - 1, r - 2, lambda - 1, lambda + 1, r - lambda
        const Fr lam = Fr::fromCanonicalLimbs(lambda);
        for (const Fr& x : {-Fr::one(), -Fr::fromU64(2), lam - Fr::one(), lam + Fr::one(), -lam})
            edges.push_back(x.canonicalLimbs());
        // x + y lambda for small and for nearly 128-bit x, y (points near the lattice).
        for (int i = 0; i < 200; ++i) {
            Scalar x = randomScalar();
            Scalar y = randomScalar();
            x[2] = x[3] = 0;
            y[2] = y[3] = 0;
            if (i % 2) {
                x[1] = 0;
                y[1] = 0;
            }
            const Fr v = Fr::fromLimbsReduce(x) + Fr::fromLimbsReduce(y) * lam;
            edges.push_back(v.canonicalLimbs());
            edges.push_back((-v).canonicalLimbs());
        }
        for (const Scalar& k : edges)
            QVERIFY2(splitOk(k), qPrintable(QString::number(k[0], 16)));
        for (int i = 0; i < 100000; ++i) {
            Scalar k = randomScalar();
            QVERIFY(splitOk(k));
            for (auto& l : k)
                l = m_rng(); // any 256-bit integer
            QVERIFY(splitOk(k));
        }
        QCOMPARE(glvSplit(Scalar{}).k1, Scalar{});
        QCOMPARE(glvSplit(Scalar{}).k2, Scalar{});
    }

    void glvPlanPreconditions()
    {
        std::vector<G1Affine> glv(4, g1Generator());
        std::vector<Scalar> three(3);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MsmPlan<G1Curve>(glv, three, Glv{}));
        std::vector<Scalar> big(2, Scalar{0, 0, 0, 1ull << 62});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MsmPlan<G1Curve>(glv, big, Glv{}));
        QCOMPARE(MsmPlan<G1Curve>::windowsFor(0, true), 0u);
        QVERIFY(MsmPlan<G1Curve>::windowsFor(1 << 14, true) <
                MsmPlan<G1Curve>::windowsFor(1 << 14));
    }

    void g2AgainstNaive()
    {
        for (std::size_t n : {0, 1, 5, 40})
            check<G2Curve>(n, g2Generator());
    }

    void sameBaseManyTimes()
    {
        // All scalars on one base: the result is (sum of scalars) * base.
        const std::size_t n = 300;
        std::vector<G1Affine> bases(n, g1Generator());
        std::vector<Scalar> scalars;
        Fr sum;
        for (std::size_t i = 0; i < n; ++i) {
            scalars.push_back(randomScalar());
            sum += Fr::fromCanonicalLimbs(scalars.back());
        }
        QVERIFY(msm<G1Curve>(bases, scalars, 2) == G1(g1Generator()).mul(sum.canonicalLimbs()));
        QVERIFY(runGlv<G1Curve>(bases, scalars) == G1(g1Generator()).mul(sum.canonicalLimbs()));
    }

    void largeInputsUseFullBatches()
    {
        // Bases i*G (cheap to build), so the expected sum is (sum_i k_i * i) * G. Large enough
        // for a window of >= 9 bits, where the affine batches fill up.
        const std::size_t n = 6000;
        std::vector<G1> jac;
        G1 p;
        for (std::size_t i = 0; i < n; ++i) {
            jac.push_back(p);
            p = p.addMixed(g1Generator());
        }
        const auto bases = G1::batchToAffine(jac);
        std::vector<Scalar> scalars;
        Fr expect;
        for (std::size_t i = 0; i < n; ++i) {
            scalars.push_back(i % 5 == 0 ? Scalar{1, 0, 0, 0} : randomScalar());
            expect += Fr::fromCanonicalLimbs(scalars.back()) * Fr::fromU64(i);
        }
        QVERIFY(msmWindowBits(n) >= 9);
        const G1 want = G1(g1Generator()).mul(expect.canonicalLimbs());
        QVERIFY(msm<G1Curve>(bases, scalars, 2) == want);

        // The same as window jobs, computed in reverse order (the prover's pool runs them in
        // any order), with the window count known in advance.
        const MsmPlan<G1Curve> plan(bases, scalars);
        QCOMPARE(plan.windows(), MsmPlan<G1Curve>::windowsFor(n));
        std::vector<G1> sums(plan.windows());
        for (unsigned w = plan.windows(); w-- > 0;)
            sums[w] = plan.window(w);
        QVERIFY(plan.combine(sums) == want);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, plan.window(plan.windows()));
        sums.pop_back();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, plan.combine(sums));
        QVERIFY(runGlv<G1Curve>(bases, scalars) == want);
    }

    void windowSize()
    {
        QVERIFY(msmWindowBits(1) >= 1);
        QVERIFY(msmWindowBits(1 << 14) >= 8 && msmWindowBits(1 << 14) <= 14);
        QVERIFY(msmWindowBits(1 << 20) >= msmWindowBits(1 << 10));
    }

    void preconditions()
    {
        std::vector<G1Affine> bases(2, g1Generator());
        std::vector<Scalar> one(1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, msm<G1Curve>(bases, one, 1));
        std::vector<Scalar> big(2, Scalar{0, 0, 0, 1ull << 62});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, msm<G1Curve>(bases, big, 1));
    }
};

QTEST_APPLESS_MAIN(TestMsm)
#include "tst_msm.moc"
