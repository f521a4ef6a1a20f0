// SPDX-License-Identifier: GPL-3.0-or-later
// The circuit inputs we build must be exactly the reference ones: with the randomness of
// tests/data/circuit-inputs.json fixed, the withdraw and registration inputs must equal the
// vectors signal for signal (those were checked against the reference circuit WASMs). And
// the refusals that protect the user: zero, more than the balance, no auditor, no balance.
#include "../testing.h"
#include "eerc/proof_inputs.h"

#include <QtTest>

using namespace bs;
using bs::U256;

namespace {

QJsonObject step(const char* circuit)
{
    for (const QJsonValue& v : bs::test::loadJson("circuit-inputs.json").value("steps").toArray())
        if (v.toObject().value("circuit").toString() == QLatin1String(circuit))
            return v.toObject();
    qFatal("no %s step", circuit);
}

eerc::EercKey alice()
{
    // circuit-inputs.json: alice = key-derivation.json derivations[0].
    const QJsonObject d =
        bs::test::loadJson("key-derivation.json").value("derivations").toArray().at(0).toObject();
    auto key =
        eerc::EercKey::fromDecryptionKey(d.value("decryptionKeyHex").toString().toStdString());
    if (!key)
        qFatal("bad decryption key in vectors");
    return std::move(*key);
}

U256 dec(const QJsonValue& v)
{
    return *U256::fromDecimal(v.toString().toStdString());
}

// True when `ours` has exactly the signals of the reference witness input, value for value.
bool sameAsReference(const eerc::CircuitInput& ours, const QJsonObject& ref)
{
    if (ours.inputs().size() != std::size_t(ref.size())) {
        qWarning("%zu signals, the reference has %lld", ours.inputs().size(),
                 qlonglong(ref.size()));
        return false;
    }
    for (auto it = ref.begin(); it != ref.end(); ++it) {
        std::vector<crypto::Fr> expected;
        if (it.value().isArray())
            expected = bs::test::frs(it.value());
        else
            expected.push_back(bs::test::fr(it.value()));
        const auto* values = ours.find(it.key().toStdString());
        if (!values || *values != expected) {
            qWarning("signal %s differs", qPrintable(it.key()));
            return false;
        }
    }
    return true;
}

} // namespace

class TestProofInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withdrawInputMatchesReference()
    {
        const QJsonObject s = step("withdraw");
        const QJsonObject ref = s.value("witnessInput").toObject();
        const eerc::EercKey key = alice();

        eerc::EncryptedBalance snapshot;
        snapshot.egct = crypto::elgamal::Ciphertext{bs::test::point(ref.value("SenderBalanceC1")),
                                                    bs::test::point(ref.value("SenderBalanceC2"))};
        eerc::WithdrawRandomness randomness;
        randomness.auditor.r = bs::test::scalar(ref.value("AuditorPCTRandom"));
        randomness.auditor.nonce = bs::test::fr(ref.value("AuditorPCTNonce"));

        const auto w = eerc::withdrawWitness(
            key, snapshot, dec(ref.value("SenderBalance")), dec(ref.value("ValueToWithdraw")),
            bs::test::point(ref.value("AuditorPublicKey")), randomness);
        QVERIFY(w.ok());
        QCOMPARE(ref.size(), 11);
        QVERIFY(sameAsReference(w->input, ref));

        // The new balancePCT encrypts SenderBalance - v = 500 to Alice herself.
        const auto left = crypto::decryptAmount(w->balancePct, key.privateScalar().get());
        QVERIFY(left.ok());
        QCOMPARE(*left, crypto::Fr::fromU64(500));
        // And the contract emits the auditor PCT: the 7 words of the public signals 9..15.
        const QJsonArray publicSignals = s.value("publicSignals").toArray();
        for (int i = 0; i < 7; ++i)
            QCOMPARE(QString::fromStdString(w->auditorPct.words[std::size_t(i)].toDecimal()),
                     publicSignals.at(9 + i).toString());
    }

    void registrationInputMatchesReference()
    {
        const QJsonObject ref = step("registration").value("witnessInput").toObject();
        const QJsonObject root = bs::test::loadJson("circuit-inputs.json");
        const auto address = crypto::EthAddress::fromString(
            root.value("alice").toObject().value("address").toString().toStdString());
        QVERIFY(address.ok());
        const eerc::CircuitInput ours = eerc::registrationWitness(
            alice(), *address, root.value("chainId").toVariant().toULongLong());
        QVERIFY(sameAsReference(ours, ref));
    }

    void refusals()
    {
        const eerc::EercKey key = alice();
        const QJsonObject ref = step("withdraw").value("witnessInput").toObject();
        eerc::EncryptedBalance snapshot;
        snapshot.egct = crypto::elgamal::Ciphertext{bs::test::point(ref.value("SenderBalanceC1")),
                                                    bs::test::point(ref.value("SenderBalanceC2"))};
        const crypto::Point auditor = bs::test::point(ref.value("AuditorPublicKey"));
        const U256 balance = U256::fromU64(700);

        QVERIFY(!eerc::withdrawWitness(key, snapshot, balance, U256::fromU64(0), auditor).ok());
        QVERIFY(!eerc::withdrawWitness(key, snapshot, balance, U256::fromU64(701), auditor).ok());
        QVERIFY(eerc::withdrawWitness(key, snapshot, balance, U256::fromU64(700), auditor).ok());
        QVERIFY(!eerc::withdrawWitness(key, snapshot, balance, U256::fromU64(1),
                                       crypto::Point::identity())
                     .ok());
        QVERIFY(!eerc::withdrawWitness(key, eerc::EncryptedBalance{}, balance, U256::fromU64(1),
                                       auditor)
                     .ok());
    }

    void wipeClearsTheValues()
    {
        eerc::CircuitInput in;
        in.add("SenderPrivateKey", {crypto::Fr::fromU64(42)});
        QVERIFY(in.find("SenderPrivateKey"));
        in.wipe();
        QVERIFY(in.inputs().empty());
        QVERIFY(!in.find("SenderPrivateKey"));
    }

    void freshRandomnessDiffersAndStaysInRange()
    {
        const auto a = eerc::PctRandomness::fresh();
        const auto b = eerc::PctRandomness::fresh();
        QVERIFY(!(a.r == b.r));
        QVERIFY(!(a.r == crypto::Scalar::zero()));
        // nonce < 2^128: the top 16 bytes of its big-endian form are zero.
        const auto bytes = a.nonce.toBytesBE();
        for (int i = 0; i < 16; ++i)
            QCOMPARE(bytes[std::size_t(i)], std::uint8_t(0));
    }
};

QTEST_GUILESS_MAIN(TestProofInputs)
#include "tst_proof_inputs.moc"
