// SPDX-License-Identifier: GPL-3.0-or-later
// 7-word PCTs against tests/data/pct.json (@zk-kit/poseidon-cipher + circomlibjs BabyJubJub,
// the eERC SDK's construction), and every way decryptAmount must refuse a PCT.

#include "../testing.h"
#include "crypto/pct.h"
#include "crypto/poseidon.h"
#include "crypto/poseidon_cipher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <vector>

using namespace bs::crypto;
using bs::test::affine;
using bs::test::fr;
using bs::test::loadJson;
using bs::test::point;
using bs::test::scalar;

namespace {

Pct pctOf(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 7)
        qFatal("pct7 must have 7 words");
    Pct p;
    for (int i = 0; i < 7; ++i)
        p.words[i] = fr(a[i]);
    return p;
}

const Fr kTwo128 = Fr::fromCanonicalLimbs({0, 0, 1, 0});

} // namespace

class TestPct : public QObject
{
    Q_OBJECT

private slots:
    void encryptMatchesVectors()
    {
        const QJsonArray cases = loadJson("pct.json")["singleAmountPCTs"].toArray();
        QCOMPARE(cases.size(), 7);
        for (const QJsonValue& c : cases) {
            const Pct got = encryptAmount(point(c["recipientPublicKey"]), fr(c["amount"]),
                                          scalar(c["encRandom_r"]), fr(c["nonce"]));
            QVERIFY(got.words == pctOf(c["pct7"]).words);
        }
    }

    void ecdhIntermediatesMatchVectors()
    {
        const QJsonObject root = loadJson("pct.json");
        QJsonArray all = root["singleAmountPCTs"].toArray();
        for (const QJsonValue& c : root["multiElementCipher"].toArray())
            all.append(c);
        for (const QJsonValue& c : all) {
            const Scalar r = scalar(c["encRandom_r"]);
            const Scalar s = scalar(c["recipientPrivateScalar"]);
            QVERIFY(Point::mulBase(s).toAffine() == affine(c["recipientPublicKey"]));
            QVERIFY(Point::mulBase(r).toAffine() == affine(c["authKey"]));
            QVERIFY(point(c["recipientPublicKey"]).mul(r).toAffine() == affine(c["sharedKey"]));
            QVERIFY(point(c["authKey"]).mul(s).toAffine() == affine(c["sharedKey"]));
        }
    }

    void decryptMatchesVectors()
    {
        for (const QJsonValue& c : loadJson("pct.json")["singleAmountPCTs"].toArray()) {
            const bs::Result<Fr> v =
                decryptAmount(pctOf(c["pct7"]), scalar(c["recipientPrivateScalar"]));
            QVERIFY2(v.ok(), v.ok() ? "" : v.error().message.c_str());
            QCOMPARE(v->toDecimal(), c["amount"].toString().toStdString());
            QCOMPARE(v->toDecimal(), c["decrypted"].toArray()[0].toString().toStdString());
        }
    }

    void multiElementDecryptWithEcdhKey()
    {
        // Longer messages (SDK metadata) use the same ECDH key derivation from the private
        // scalar; decrypt them the way a recipient would.
        for (const QJsonValue& c : loadJson("pct.json")["multiElementCipher"].toArray()) {
            const AffinePoint k =
                point(c["authKey"]).mul(scalar(c["recipientPrivateScalar"])).toAffine();
            std::vector<Fr> ct;
            for (const QJsonValue& w : c["ciphertext"].toArray())
                ct.push_back(fr(w));
            const auto m = poseidonDecrypt(ct, PoseidonKey{k.x, k.y}, fr(c["nonce"]),
                                           std::size_t(c["length"].toInt()));
            QVERIFY(m.ok());
            std::vector<Fr> expected;
            for (const QJsonValue& w : c["decrypted"].toArray())
                expected.push_back(fr(w));
            QVERIFY(*m == expected);
        }
    }

    void auditorNullifierIsPoseidon5OfCiphertext()
    {
        // The mint circuit's nullifier, Poseidon5(chainId, c0..c3): a t=6 check that ties
        // the PCT words to the circuit's expectations.
        for (const QJsonValue& c : loadJson("pct.json")["singleAmountPCTs"].toArray()) {
            const Pct p = pctOf(c["pct7"]);
            const Fr in[5] = {Fr::fromU64(43114), p.words[0], p.words[1], p.words[2], p.words[3]};
            QCOMPARE(poseidon(in).toDecimal(),
                     c["nullifierIfAuditorPCT_chain43114"].toString().toStdString());
        }
    }

    void wrongKeyIsRejected()
    {
        const QJsonArray cases = loadJson("pct.json")["singleAmountPCTs"].toArray();
        for (const QJsonValue& c : cases) {
            QVERIFY(c["wrongKeyTagCheckFails"].toBool());
            const Scalar wrong = scalar(c["recipientPrivateScalar"]) + Scalar::one();
            QVERIFY(!decryptAmount(pctOf(c["pct7"]), wrong).ok());
        }
    }

    void tamperedWordsAreRejected()
    {
        for (const QJsonValue& c : loadJson("pct.json")["singleAmountPCTs"].toArray()) {
            const Scalar s = scalar(c["recipientPrivateScalar"]);
            for (int i = 0; i < 7; ++i) {
                Pct bad = pctOf(c["pct7"]);
                bad.words[i] += Fr::one();
                QVERIFY2(!decryptAmount(bad, s).ok(), qPrintable(QStringLiteral("word %1").arg(i)));
            }
            // A different valid authKey (still in the subgroup) gives a different shared key.
            Pct other = pctOf(c["pct7"]);
            const AffinePoint a = (point(c["authKey"]) + Point::base8()).toAffine();
            other.words[4] = a.x;
            other.words[5] = a.y;
            QVERIFY(!decryptAmount(other, s).ok());
        }
    }

    void emptyAndInvalidPointsAreRejected()
    {
        const Scalar s = Scalar::fromU64(12345);
        Pct empty{};
        QVERIFY(empty.isEmpty());
        QVERIFY(!decryptAmount(empty, s).ok());

        const Pct valid = encryptAmount(Point::mulBase(s), Fr::fromU64(7));
        QVERIFY(!valid.isEmpty());
        QVERIFY(decryptAmount(valid, s).ok());

        auto withAuthKey = [&](const Fr& x, const Fr& y) {
            Pct p = valid;
            p.words[4] = x;
            p.words[5] = y;
            return decryptAmount(p, s);
        };
        // (0, 0): the contracts' "unset" marker, not on the curve.
        QVERIFY(!withAuthKey(Fr::zero(), Fr::zero()).ok());
        QVERIFY(!withAuthKey(Fr::fromU64(1), Fr::fromU64(2)).ok());
        // (0, -1): on the curve, order 2, outside the prime-order subgroup.
        QVERIFY(!withAuthKey(Fr::zero(), -Fr::one()).ok());
        // The full-group generator G (order 8*l): on the curve, not in the subgroup.
        QVERIFY(!withAuthKey(*Fr::fromDecimal("99520344158219574957829117978743643650554643027830"
                                              "5826713579947235728471134"),
                             *Fr::fromDecimal("54720607179598188055616014363143187721370911001040"
                                              "08585924551046643952123905"))
                     .ok());
        // Nonce of 2^128 or more.
        Pct bigNonce = valid;
        bigNonce.words[6] = kTwo128;
        QVERIFY(!decryptAmount(bigNonce, s).ok());
    }

    void freshRandomnessRoundTrips()
    {
        const Scalar s = Scalar::fromU64(987654321);
        const Point pk = Point::mulBase(s);
        const Fr amounts[] = {Fr::zero(), Fr::one(), Fr::fromU64(1000000),
                              *Fr::fromDecimal("2736030358979909402780800718157159386076813972158"
                                               "567259200215660948447373040")}; // l - 1
        for (const Fr& v : amounts) {
            const Pct a = encryptAmount(pk, v);
            const Pct b = encryptAmount(pk, v);
            QVERIFY(a.words != b.words); // fresh r and nonce each time
            QVERIFY(isValidPoseidonNonce(a.words[6]));
            QVERIFY(Point::fromAffine(a.words[4], a.words[5]).has_value());
            QVERIFY(!(Point::fromAffine(a.words[4], a.words[5])->isIdentity()));
            const bs::Result<Fr> d = decryptAmount(a, s);
            QVERIFY(d.ok() && *d == v);
        }
    }

    void preconditionsAreEnforced()
    {
        const Point pk = Point::mulBase(Scalar::fromU64(5));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 encryptAmount(pk, Fr::one(), Scalar::zero(), Fr::one()));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 encryptAmount(pk, Fr::one(), Scalar::one(), kTwo128));
    }
};

QTEST_APPLESS_MAIN(TestPct)
#include "tst_pct.moc"
