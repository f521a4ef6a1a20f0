// SPDX-License-Identifier: GPL-3.0-or-later
// Pippenger MSM against the naive sum of double-and-add products, with the edge cases that
// break bucket methods: zero scalars, identity bases, equal and opposite bases (bucket
// doubling / cancellation), scalars with long runs of ones (signed-digit carries).

#include "crypto/fr.h"
#include "zk/msm.h"

#include <QtTest>

#include <random>

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
    }

private slots:
    void g1AgainstNaive()
    {
        for (std::size_t n : {0, 1, 2, 3, 7, 31, 100, 600})
            check<G1Curve>(n, g1Generator());
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
