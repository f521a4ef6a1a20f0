// SPDX-License-Identifier: GPL-3.0-or-later
// NTT against the naive O(n^2) DFT, and the root chain against zk-formats.md section 1.

#include "zk/ntt.h"

#include <QtTest>

#include <random>

using bs::crypto::Fr;
using bs::zk::EvaluationDomain;

namespace {

Fr naiveEval(const std::vector<Fr>& coeffs, const Fr& x)
{
    Fr acc;
    for (std::size_t i = coeffs.size(); i-- > 0;)
        acc = acc * x + coeffs[i];
    return acc;
}

// out[i] = sum_j a[j] w^(ij)
std::vector<Fr> naiveDft(const std::vector<Fr>& a, const Fr& w)
{
    std::vector<Fr> out(a.size());
    Fr wi = Fr::one();
    for (std::size_t i = 0; i < a.size(); ++i) {
        out[i] = naiveEval(a, wi);
        wi *= w;
    }
    return out;
}

} // namespace

class TestNtt : public QObject
{
    Q_OBJECT

private:
    std::mt19937_64 m_rng{11};
    std::vector<Fr> randomVector(std::size_t n)
    {
        std::vector<Fr> v(n);
        for (auto& x : v) {
            std::array<uint8_t, 40> b{};
            for (auto& c : b)
                c = static_cast<uint8_t>(m_rng());
            x = Fr::fromBytesBEReduce(b);
        }
        return v;
    }

private slots:
    void rootChain()
    {
        QCOMPARE(
            EvaluationDomain::rootOfUnity(28).toDecimal(),
            std::string(
                "19103219067921713944291392827692070036145651957329286315305642004821462161904"));
        QCOMPARE(
            EvaluationDomain::rootOfUnity(11).toDecimal(),
            std::string(
                "1120550406532664055539694724667294622065367841900378087843176726913374367458"));
        QCOMPARE(
            EvaluationDomain::rootOfUnity(12).toDecimal(),
            std::string(
                "4158865282786404163413953114870269622875596290766033564087307867933865333818"));
        QCOMPARE(EvaluationDomain::rootOfUnity(0), Fr::one());
        for (unsigned k = 1; k <= 28; ++k) {
            Fr w = EvaluationDomain::rootOfUnity(k);
            for (unsigned i = 1; i < k; ++i)
                w = w.square();
            QCOMPARE(w, -Fr::one()); // primitive: w^(2^(k-1)) = -1
        }
    }

    void forwardAndInverseMatchNaiveDft()
    {
        for (unsigned k = 1; k <= 6; ++k) {
            const EvaluationDomain d(k);
            const std::size_t n = d.size();
            const Fr w = EvaluationDomain::rootOfUnity(k);
            const auto a = randomVector(n);
            auto f = a;
            d.forward(f);
            QVERIFY(f == naiveDft(a, w));
            auto inv = a;
            d.inverse(inv);
            auto expect = naiveDft(a, w.inverse());
            const Fr nInv = Fr::fromU64(n).inverse();
            for (auto& x : expect)
                x *= nInv;
            QVERIFY(inv == expect);
            d.forward(inv);
            QVERIFY(inv == a);
        }
    }

    void oddCosetMatchesDirectEvaluation()
    {
        for (unsigned k = 1; k <= 6; ++k) {
            const EvaluationDomain d(k);
            const std::size_t n = d.size();
            const Fr wn = EvaluationDomain::rootOfUnity(k);
            const Fr w2n = EvaluationDomain::rootOfUnity(k + 1);
            const auto coeffs = randomVector(n); // a polynomial of degree < n
            auto values = naiveDft(coeffs, wn);  // its values on the n-domain
            d.toOddCoset(values);
            for (std::size_t i = 0; i < n; ++i)
                QCOMPARE(values[i], naiveEval(coeffs, w2n.pow(2 * i + 1)));
        }
    }

    void rejectsBadSizes()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, EvaluationDomain(0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, EvaluationDomain(28));
        const EvaluationDomain d(3);
        std::vector<Fr> v(4);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, d.forward(v));
    }
};

QTEST_APPLESS_MAIN(TestNtt)
#include "tst_ntt.moc"
