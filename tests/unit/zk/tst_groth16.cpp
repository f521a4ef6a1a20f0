// SPDX-License-Identifier: GPL-3.0-or-later
// The Groth16 prover against snarkjs on the fixture circuit:
// - with blinding r = s = 0, proof.json and the Solidity calldata are byte-identical to
//   snarkjs's (its RNG forced to zero, tests/data/zk-prover/prove-zero-blinding.cjs);
// - with random blinding, `snarkjs groth16 verify` accepts the proof (and rejects a tampered
//   public signal);
// - the quotient scalars equal a direct O(n^2) polynomial computation from the .r1cs (not from
//   the zkey's coefficient section).

#include "zk/groth16.h"
#include "zk/ntt.h"
#include "zk/proof_encoding.h"
#include "zk/wtns.h"
#include "zk_fixture.h"

#include <QTemporaryDir>
#include <QtTest>

using bs::crypto::Fr;
using namespace bs::zk;

namespace {

struct R1cs
{
    struct Term
    {
        uint32_t wire;
        Fr coeff;
    };
    using Lc = std::vector<Term>;
    uint32_t nConstraints = 0;
    std::vector<std::array<Lc, 3>> constraints;
};

// Minimal reader of circom's .r1cs (zk-formats.md section 5), written for this test only.
R1cs readR1cs(const QByteArray& f)
{
    auto u32 = [&](qsizetype o) {
        uint32_t v = 0;
        for (int i = 3; i >= 0; --i)
            v = (v << 8) | uint8_t(f[o + i]);
        return v;
    };
    auto fr = [&](qsizetype o) {
        std::array<uint64_t, 4> l{};
        for (int i = 0; i < 32; ++i)
            l[i / 8] |= uint64_t(uint8_t(f[o + i])) << (8 * (i % 8));
        return Fr::fromCanonicalLimbs(l);
    };
    R1cs r;
    qsizetype pos = 12;
    qsizetype hdr = -1;
    qsizetype cons = -1;
    for (uint32_t i = 0, n = u32(8); i < n; ++i) {
        const uint32_t id = u32(pos);
        const qsizetype len = qsizetype(u32(pos + 4));
        if (id == 1)
            hdr = pos + 12;
        if (id == 2)
            cons = pos + 12;
        pos += 12 + len;
    }
    if (hdr < 0 || cons < 0)
        qFatal("bad r1cs");
    // n8, prime, nWires, nOutputs, nPubIn, nPrvIn, nLabels (u64), nConstraints
    r.nConstraints = u32(hdr + 4 + 32 + 4 * 4 + 8);
    pos = cons;
    for (uint32_t c = 0; c < r.nConstraints; ++c) {
        std::array<R1cs::Lc, 3> abc;
        for (auto& lc : abc) {
            const uint32_t terms = u32(pos);
            pos += 4;
            for (uint32_t t = 0; t < terms; ++t) {
                lc.push_back({u32(pos), fr(pos + 4)});
                pos += 36;
            }
        }
        r.constraints.push_back(std::move(abc));
    }
    return r;
}

Fr dot(const R1cs::Lc& lc, const std::vector<Fr>& w)
{
    Fr acc;
    for (const auto& t : lc)
        acc += t.coeff * w[t.wire];
    return acc;
}

std::vector<Fr> loadWitness()
{
    auto w = readWtnsFile(zkfixture::file("witness.wtns"));
    if (!w)
        qFatal("%s", w.error().message.c_str());
    return std::move(w).value();
}

QByteArray fileText(const QString& name)
{
    return zkfixture::readAll(zkfixture::file(name));
}

} // namespace

class TestGroth16 : public QObject
{
    Q_OBJECT

private:
    std::optional<Groth16Prover> m_prover;

private slots:
    void initTestCase()
    {
        BS_REQUIRE_ZK_FIXTURE();
        auto p = Groth16Prover::load(zkfixture::file("circuit.zkey"), 2);
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
        m_prover.emplace(std::move(p).value());
    }

    void zeroBlindingMatchesSnarkjsByteForByte()
    {
        const auto w = loadWitness();
        auto proof = m_prover->proveWithBlinding(w, Fr::zero(), Fr::zero());
        QVERIFY(proof.ok());
        QCOMPARE(QByteArray::fromStdString(proofToSnarkjsJson(*proof)),
                 fileText("proof_r0s0.json"));
        const auto pub = m_prover->publicSignals(w);
        QCOMPARE(QByteArray::fromStdString(publicSignalsToSnarkjsJson(pub)),
                 fileText("public.json"));
        QCOMPARE(QByteArray::fromStdString(proofToSolidityCalldata(*proof, pub)),
                 fileText("calldata_r0s0.txt").trimmed());
    }

    void randomProofVerifiesWithSnarkjs()
    {
        const auto w = loadWitness();
        auto proof = m_prover->prove(w);
        QVERIFY(proof.ok());
        auto again = m_prover->prove(w);
        QVERIFY(!(again->a == proof->a)); // fresh blinding each time

        QTemporaryDir dir;
        auto save = [&](const QString& name, const std::string& text) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.data(), qint64(text.size()));
        };
        auto pub = m_prover->publicSignals(w);
        save("proof.json", proofToSnarkjsJson(*proof));
        save("public.json", publicSignalsToSnarkjsJson(pub));
        auto run =
            zkfixture::snarkjs({"groth16", "verify", zkfixture::file("verification_key.json"),
                                dir.filePath("public.json"), dir.filePath("proof.json")});
        QVERIFY2(run.exitCode == 0 && run.output.contains("OK!"), run.output.constData());

        // Negative control: the same proof for another public signal must be rejected.
        pub[0] += Fr::one();
        save("public.json", publicSignalsToSnarkjsJson(pub));
        run = zkfixture::snarkjs({"groth16", "verify", zkfixture::file("verification_key.json"),
                                  dir.filePath("public.json"), dir.filePath("proof.json")});
        QVERIFY(!run.output.contains("OK!"));
    }

    void freshSetupKeyProvesToo()
    {
        // Sections in setup order (1,2,4,3,9,8,5,6,7,10) and no phase-2 contribution.
        auto prover = Groth16Prover::load(zkfixture::file("circuit_setup.zkey"), 2);
        QVERIFY2(prover.ok(), prover.ok() ? "" : prover.error().message.c_str());
        const auto w = loadWitness();
        auto proof = prover->prove(w);
        QVERIFY(proof.ok());
        QTemporaryDir dir;
        QFile pf(dir.filePath("proof.json")), pubf(dir.filePath("public.json"));
        QVERIFY(pf.open(QIODevice::WriteOnly) && pubf.open(QIODevice::WriteOnly));
        pf.write(QByteArray::fromStdString(proofToSnarkjsJson(*proof)));
        pubf.write(QByteArray::fromStdString(publicSignalsToSnarkjsJson(prover->publicSignals(w))));
        pf.close();
        pubf.close();
        const auto run =
            zkfixture::snarkjs({"groth16", "verify", zkfixture::file("verification_key_setup.json"),
                                pubf.fileName(), pf.fileName()});
        QVERIFY2(run.exitCode == 0 && run.output.contains("OK!"), run.output.constData());
    }

    void quotientMatchesDirectPolynomialComputation()
    {
        const auto w = loadWitness();
        const R1cs r1cs = readR1cs(fileText("circuit.r1cs"));
        const ZkeyHeader& h = m_prover->header();
        const std::size_t n = h.domainSize;
        QVERIFY(r1cs.nConstraints + h.nPublic + 1 <= n);

        // Constraint evaluations from the r1cs plus setup's public rows A[nC + s] = w[s].
        std::vector<Fr> a(n), b(n), c(n);
        for (uint32_t i = 0; i < r1cs.nConstraints; ++i) {
            a[i] = dot(r1cs.constraints[i][0], w);
            b[i] = dot(r1cs.constraints[i][1], w);
            c[i] = dot(r1cs.constraints[i][2], w);
            QCOMPARE(a[i] * b[i], c[i]); // the fixture witness satisfies the circuit
        }
        for (uint32_t s = 0; s <= h.nPublic; ++s)
            a[r1cs.nConstraints + s] = w[s];

        // Coefficients by the naive inverse DFT, then p(x) = A(x)B(x) - C(x) by Horner at
        // every x = omega_2n^(2j+1).
        unsigned k = 0;
        while ((std::size_t{1} << k) < n)
            ++k;
        const Fr wInv = EvaluationDomain::rootOfUnity(k).inverse();
        const Fr nInv = Fr::fromU64(n).inverse();
        auto interpolate = [&](const std::vector<Fr>& ev) {
            std::vector<Fr> coeffs(n);
            Fr wj = Fr::one();
            for (std::size_t j = 0; j < n; ++j) {
                Fr acc, x = Fr::one();
                for (std::size_t i = 0; i < n; ++i) {
                    acc += ev[i] * x;
                    x *= wj;
                }
                coeffs[j] = acc * nInv;
                wj *= wInv;
            }
            return coeffs;
        };
        const auto ca = interpolate(a), cb = interpolate(b), cc = interpolate(c);
        auto horner = [](const std::vector<Fr>& p, const Fr& x) {
            Fr acc;
            for (std::size_t i = p.size(); i-- > 0;)
                acc = acc * x + p[i];
            return acc;
        };
        const Fr g = EvaluationDomain::rootOfUnity(k + 1);
        const auto got = m_prover->quotientEvaluations(w);
        QCOMPARE(got.size(), n);
        Fr x = g;
        const Fr g2 = g.square();
        for (std::size_t j = 0; j < n; ++j) {
            QCOMPARE(got[j], horner(ca, x) * horner(cb, x) - horner(cc, x));
            x *= g2;
        }
    }

    void rejectsWrongWitnessAndHonoursCancel()
    {
        auto w = loadWitness();
        auto shortW = w;
        shortW.pop_back();
        QVERIFY(!m_prover->prove(shortW).ok());
        auto badFirst = w;
        badFirst[0] = Fr::fromU64(2);
        QVERIFY(!m_prover->prove(badFirst).ok());
        int calls = 0;
        auto r = m_prover->prove(w, [&](int) { return ++calls < 3; });
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("cancelled") != std::string::npos);
        std::vector<int> seen;
        QVERIFY(m_prover
                    ->prove(w,
                            [&](int p) {
                                seen.push_back(p);
                                return true;
                            })
                    .ok());
        QVERIFY(std::is_sorted(seen.begin(), seen.end()) && seen.back() == 100);
    }

    void proofEncodings()
    {
        // Identity points (never produced by an honest prover) use snarkjs's projective form.
        const Groth16Proof zero{};
        const std::string json = proofToSnarkjsJson(zero);
        QVERIFY(json.find("\"pi_a\": [\n  \"0\",\n  \"1\",\n  \"0\"\n ]") != std::string::npos);
        QCOMPARE(publicSignalsToSnarkjsJson({}), std::string("[]"));
        const auto words = proofToSolidityWords(
            {g1Generator(), g2Generator(), G1(g1Generator()).dbl().toAffine()});
        // b.x.c1 first: the G2 pairs are swapped for the EVM precompile.
        QCOMPARE(words[2], g2Generator().x.c1.toBytesBE());
        QCOMPARE(words[3], g2Generator().x.c0.toBytesBE());
        QCOMPARE(words[0][31], uint8_t(1));
        QCOMPARE(words[1][31], uint8_t(2));
    }
};

QTEST_GUILESS_MAIN(TestGroth16)
#include "tst_groth16.moc"
