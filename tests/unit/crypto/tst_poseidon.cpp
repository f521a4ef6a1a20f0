// SPDX-License-Identifier: GPL-3.0-or-later
// Poseidon hash and permutation against circomlibjs / poseidon-lite / zk-kit outputs
// (tests/data/poseidon.json) and circomlibjs for every width (tests/data/poseidon-wide.json).

#include "../testing.h"
#include "crypto/poseidon.h"
#include "crypto/poseidon_grain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <map>
#include <stdexcept>
#include <vector>

using bs::crypto::Fr;
using bs::test::fr;
using bs::test::frs;
using bs::test::loadJson;

namespace {

// The textbook permutation (add constants, S-box, dense MDS in every round) in GMP with the
// parameters straight from the Grain generator: an independent evaluation for the
// rearranged (sparse partial round) form of poseidonPermute.
std::vector<mpz_class> referencePermute(std::vector<mpz_class> s)
{
    namespace grain = bs::crypto::poseidon_grain;
    const unsigned t = unsigned(s.size());
    const grain::Instance inst = grain::circomlibInstance(t);
    static std::map<unsigned, grain::Parameters> cache;
    if (!cache.count(t))
        cache.emplace(t, grain::generate(inst));
    const grain::Parameters& par = cache.at(t);
    const mpz_class& p = inst.prime;
    const unsigned rounds = inst.fullRounds + inst.partialRounds;
    for (unsigned r = 0; r < rounds; ++r) {
        const bool full = r < inst.fullRounds / 2 || r >= inst.fullRounds / 2 + inst.partialRounds;
        for (unsigned i = 0; i < t; ++i) {
            s[i] = (s[i] + par.roundConstants[r * t + i]) % p;
            if (full || i == 0)
                mpz_powm_ui(s[i].get_mpz_t(), s[i].get_mpz_t(), 5, p.get_mpz_t());
        }
        std::vector<mpz_class> out(t, 0);
        for (unsigned i = 0; i < t; ++i) {
            for (unsigned j = 0; j < t; ++j)
                out[i] += par.mds[i][j] * s[j];
            out[i] %= p;
        }
        s = out;
    }
    return s;
}

} // namespace

class TestPoseidon : public QObject
{
    Q_OBJECT

private slots:
    void hashesMatchVectors()
    {
        const QJsonArray cases = loadJson("poseidon.json")["hashes"].toArray();
        QVERIFY(cases.size() >= 24);
        for (const QJsonValue& c : cases) {
            const std::vector<Fr> in = frs(c["inputs"]);
            QCOMPARE(int(in.size()) + 1, c["t"].toInt());
            QCOMPARE(bs::crypto::poseidon(in).toDecimal(), c["output"].toString().toStdString());
        }
    }

    void permutationT4MatchesVectors()
    {
        const QJsonArray cases = loadJson("poseidon.json")["permutationT4"].toArray();
        QVERIFY(!cases.isEmpty());
        for (const QJsonValue& c : cases) {
            std::vector<Fr> state = frs(c["stateIn"]);
            const std::vector<Fr> expected = frs(c["stateOut"]);
            QCOMPARE(state.size(), std::size_t(4));
            bs::crypto::poseidonPermute(state);
            QVERIFY(state == expected);
        }
    }

    void everyWidthMatchesCircomlibjs()
    {
        const QJsonArray cases = loadJson("poseidon-wide.json")["cases"].toArray();
        QVector<int> seen(18, 0);
        for (const QJsonValue& c : cases) {
            const std::vector<Fr> in = frs(c["inputs"]);
            const int t = c["t"].toInt();
            QCOMPARE(int(in.size()) + 1, t);
            QCOMPARE(bs::crypto::poseidon(in).toDecimal(), c["output"].toString().toStdString());
            ++seen[t];
        }
        for (int t = 2; t <= 17; ++t)
            QVERIFY2(seen[t] > 0, qPrintable(QStringLiteral("no vector for t=%1").arg(t)));
    }

    void hashIsFirstCellOfPermutation()
    {
        // poseidon(in) is defined as perm([0, in...])[0]; check the public entry points agree
        // for every width, including the state cells the hash discards being mixed.
        for (std::size_t n = 1; n <= 16; ++n) {
            std::vector<Fr> in;
            for (std::size_t i = 0; i < n; ++i)
                in.push_back(Fr::fromU64(1000 + 7 * i));
            std::vector<Fr> state(n + 1);
            std::copy(in.begin(), in.end(), state.begin() + 1);
            bs::crypto::poseidonPermute(state);
            QVERIFY(bs::crypto::poseidon(in) == state[0]);
            QVERIFY(!(state[1] == in[0]));
        }
    }

    void matchesPlainGmpReferenceOnRandomStates()
    {
        gmp_randclass rng(gmp_randinit_default);
        rng.seed(20261122);
        const mpz_class p(
            "21888242871839275222246405745257275088548364400416034343698204186575808495617");
        for (std::size_t t = 2; t <= 17; ++t) {
            for (int trial = 0; trial < 4; ++trial) {
                std::vector<mpz_class> ref(t);
                std::vector<Fr> state(t);
                for (std::size_t i = 0; i < t; ++i) {
                    // Trial 0 uses p-1 everywhere, the others random field elements.
                    ref[i] = trial == 0 ? mpz_class(p - 1) : mpz_class(rng.get_z_range(p));
                    state[i] = *Fr::fromDecimal(ref[i].get_str());
                }
                ref = referencePermute(ref);
                bs::crypto::poseidonPermute(state);
                for (std::size_t i = 0; i < t; ++i)
                    QCOMPARE(state[i].toDecimal(), ref[i].get_str());
            }
        }
    }

    void rejectsUnsupportedWidths()
    {
        std::vector<Fr> one(1), eighteen(18);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, bs::crypto::poseidonPermute(one));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, bs::crypto::poseidonPermute(eighteen));
        std::vector<Fr> none, seventeen(17);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, bs::crypto::poseidon(none));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, bs::crypto::poseidon(seventeen));
    }
};

QTEST_APPLESS_MAIN(TestPoseidon)
#include "tst_poseidon.moc"
