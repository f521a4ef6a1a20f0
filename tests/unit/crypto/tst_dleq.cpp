// SPDX-License-Identifier: GPL-3.0-or-later
// The Chaum-Pedersen proof that a payout ciphertext decrypts to its amount (crypto/dleq.h):
// round trips, every part of the claim tampered with, false and degenerate claims, and a proof
// made by an independent implementation (circomlibjs babyjub + node:crypto SHA-512, see
// tests/e2e/statement_dleq.test.mjs, which also re-verifies our proofs).

#include "crypto/dleq.h"

#include <QtTest>

using bs::U256;
using bs::crypto::EthAddress;
using bs::crypto::Fr;
using bs::crypto::Point;
using bs::crypto::Scalar;
namespace dleq = bs::crypto::dleq;
namespace elgamal = bs::crypto::elgamal;

// Made by `node tests/e2e/statement_dleq.mjs --vector` (fixed key, nonce and randomness).
#define JS_PK_X "4661731272548210268934679694492718649546845081895075773691618466099879388427"
#define JS_PK_Y "3290609614172515332642185865547505469634102916982786515489698289950378021620"
#define JS_C1_X "13765328393946137070090592349853556878558204381704874712674770801554432006748"
#define JS_C1_Y "1246611650806131989543763594475643559554962640422498787155234964346603639977"
#define JS_C2_X "20283405333331153538351138772196415051027389253789359043741998024165813171322"
#define JS_C2_Y "18586039338690604854759981071812304288289221521195333661256144629834949951476"
#define JS_C "1800533200183584804287049495481459849032594094288911668313046758562225067798"
#define JS_Z "2021190533934864384043315446147772915339624312941478802987106786597064612600"

namespace {

Scalar sc(const char* decimal)
{
    return *Scalar::fromDecimal(decimal);
}

Point pt(const char* x, const char* y)
{
    const auto p = Point::fromAffine(*Fr::fromDecimal(x), *Fr::fromDecimal(y));
    if (!p)
        qFatal("not a subgroup point");
    return *p;
}

EthAddress address(std::uint8_t fill)
{
    EthAddress::Bytes b{};
    b.fill(fill);
    return EthAddress(b);
}

struct Fixture
{
    Scalar s;
    dleq::DecryptionClaim claim;
};

// A receiver's ElGamal copy of `amount` under a fresh key, as a transfer proof carries it.
Fixture fixture(std::uint64_t amount)
{
    Fixture f{bs::crypto::randomNonZeroScalar(), {}};
    f.claim.chainId = 43113;
    f.claim.contract = address(0x11);
    f.claim.account = address(0x22);
    f.claim.txHash.fill(0x33);
    f.claim.logIndex = 4;
    f.claim.amount = U256::fromU64(amount);
    f.claim.publicKey = Point::mulBase(f.s);
    f.claim.ciphertext = elgamal::encrypt(f.claim.publicKey, Scalar::fromU64(amount));
    return f;
}

} // namespace

class TestDleq : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        for (std::uint64_t amount : {0ull, 1ull, 1500000ull, (1ull << 40) + 7}) {
            const Fixture f = fixture(amount);
            const auto proof = dleq::prove(f.claim, f.s);
            QVERIFY(proof);
            QVERIFY(dleq::verify(f.claim, *proof));
        }
    }

    void freshNonceEveryTime()
    {
        const Fixture f = fixture(42);
        const auto a = dleq::prove(f.claim, f.s);
        const auto b = dleq::prove(f.claim, f.s);
        QVERIFY(a && b);
        QVERIFY(!(a->challenge == b->challenge));
        QVERIFY(dleq::verify(f.claim, *a) && dleq::verify(f.claim, *b));
    }

    void tamperedClaimsAreRejected()
    {
        const Fixture f = fixture(1234567);
        const auto proof = dleq::prove(f.claim, f.s);
        QVERIFY(proof);
        auto rejected = [&](auto change) {
            dleq::DecryptionClaim c = f.claim;
            change(c);
            return !dleq::verify(c, *proof);
        };
        QVERIFY(rejected([](auto& c) { c.amount = U256::fromU64(1234568); }));
        QVERIFY(rejected([](auto& c) { c.amount = U256::fromU64(1234566); }));
        QVERIFY(rejected([](auto& c) { c.txHash[31] ^= 1; }));
        QVERIFY(rejected([](auto& c) { c.chainId = 43114; }));
        QVERIFY(rejected([](auto& c) { c.contract = address(0x12); }));
        QVERIFY(rejected([](auto& c) { c.account = address(0x23); }));
        QVERIFY(rejected([](auto& c) { c.logIndex = 5; }));
        QVERIFY(rejected([](auto& c) { c.publicKey = Point::mulBase(Scalar::fromU64(7)); }));
        QVERIFY(rejected([](auto& c) { c.publicKey = c.publicKey + Point::base8(); }));
        QVERIFY(rejected([](auto& c) { c.ciphertext.c1 = c.ciphertext.c1 + Point::base8(); }));
        QVERIFY(rejected([](auto& c) { c.ciphertext.c2 = c.ciphertext.c2 + Point::base8(); }));
        // Shifting C2 and the amount together keeps the decryption true, but the transcript
        // binds C2 itself: the proof is for the ciphertext on chain, nothing else.
        QVERIFY(rejected([](auto& c) {
            c.ciphertext.c2 = c.ciphertext.c2 + Point::base8();
            c.amount = U256::fromU64(1234568);
        }));
        // The proof itself.
        dleq::Proof p = *proof;
        p.response = p.response + Scalar::one();
        QVERIFY(!dleq::verify(f.claim, p));
        p = *proof;
        p.challenge = p.challenge + Scalar::one();
        QVERIFY(!dleq::verify(f.claim, p));
    }

    void falseClaimsCannotBeProven()
    {
        const Fixture f = fixture(100);
        dleq::DecryptionClaim wrongAmount = f.claim;
        wrongAmount.amount = U256::fromU64(101);
        QVERIFY(!dleq::prove(wrongAmount, f.s));
        // Another key: its public key is not the claim's.
        QVERIFY(!dleq::prove(f.claim, f.s + Scalar::one()));
        // Another key whose public key is stated, but the ciphertext is not to it.
        dleq::DecryptionClaim otherKey = f.claim;
        const Scalar other = f.s + Scalar::one();
        otherKey.publicKey = Point::mulBase(other);
        QVERIFY(!dleq::prove(otherKey, other));
    }

    void degenerateClaimsAreRejected()
    {
        Fixture f = fixture(5);
        // C1 = identity: C2 = v*B decrypts to v under every key, so it proves nothing.
        dleq::DecryptionClaim c = f.claim;
        c.ciphertext = {Point::identity(), Point::mulBase(Scalar::fromU64(5))};
        QVERIFY(!dleq::prove(c, f.s));
        // Even with a proof crafted for it (z = k + c*s with any s), the verifier refuses.
        dleq::Proof forged{Scalar::one(), Scalar::one()};
        QVERIFY(!dleq::verify(c, forged));
        // An amount >= l is not an amount the ciphertext can carry.
        c = f.claim;
        c.amount = U256::max();
        QVERIFY(!dleq::prove(c, f.s));
    }

    void transcriptLayout()
    {
        const Fixture f = fixture(9);
        const auto t = dleq::transcript(f.claim, Point::base8(), Point::base8());
        // tag + NUL, chain id, two addresses, tx hash, log index, amount, 6 points.
        QCOMPARE(t.size(), sizeof(dleq::kDomainTag) + 32 + 20 + 20 + 32 + 32 + 32 + 6 * 64);
        QCOMPARE(std::string(reinterpret_cast<const char*>(t.data())),
                 std::string("BackendShield/statement/dleq/v1"));
    }

    // A proof made by tests/e2e/statement_dleq.test.mjs (circomlibjs babyjub, node:crypto),
    // printed by `node statement_dleq.test.mjs --vector`: our verifier must accept it, and
    // reject it once any bound field changes.
    void independentProofIsAccepted()
    {
        dleq::DecryptionClaim c;
        c.chainId = 31337;
        c.contract = *EthAddress::fromString("0x5fbdb2315678afecb367f032d93f642f64180aa3");
        c.account = *EthAddress::fromString("0x70997970c51812dc3a010c7d01b50e20d6dc79c8");
        c.txHash.fill(0xab);
        c.logIndex = 2;
        c.amount = U256::fromU64(2500000);
        c.publicKey = pt(JS_PK_X, JS_PK_Y);
        c.ciphertext = {pt(JS_C1_X, JS_C1_Y), pt(JS_C2_X, JS_C2_Y)};
        const dleq::Proof p{sc(JS_C), sc(JS_Z)};
        QVERIFY(dleq::verify(c, p));
        c.amount = U256::fromU64(2500001);
        QVERIFY(!dleq::verify(c, p));
    }
};

QTEST_GUILESS_MAIN(TestDleq)
#include "tst_dleq.moc"
