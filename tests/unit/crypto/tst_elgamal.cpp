// SPDX-License-Identifier: GPL-3.0-or-later
// ElGamal on BabyJubJub against tests/data/elgamal.json (@zk-kit/baby-jubjub, cross-checked
// with circomlibjs; EGCT hashes as the contract's keccak256(abi.encode(...))).

#include "../testing.h"
#include "crypto/elgamal.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <gmp.h>

using bs::crypto::AffinePoint;
using bs::crypto::Fr;
using bs::crypto::Point;
using bs::crypto::Scalar;
using bs::test::affine;
using bs::test::bytes;
using bs::test::fr;
using bs::test::point;
using bs::test::scalar;
namespace elgamal = bs::crypto::elgamal;

namespace {

// A decimal uint256 as 32 big-endian bytes (GMP as the independent parser).
QByteArray word(const QString& dec)
{
    mpz_t z;
    mpz_init_set_str(z, dec.toStdString().c_str(), dec.startsWith(QLatin1String("0x")) ? 0 : 10);
    QByteArray out(32, '\0');
    size_t count = 0;
    if (mpz_sizeinbase(z, 2) > 256)
        qFatal("word too wide");
    std::array<uint8_t, 32> buf{};
    mpz_export(buf.data(), &count, 1, 1, 1, 0, z);
    std::copy(buf.begin(), buf.begin() + static_cast<long>(count),
              out.end() - static_cast<long>(count));
    mpz_clear(z);
    return out;
}

} // namespace

class TestElGamal : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_v;

private slots:
    void initTestCase() { m_v = bs::test::loadJson("elgamal.json"); }

    void keccakIsEthereumKeccak()
    {
        // keccak256("") as used by Ethereum (not SHA3-256).
        QCOMPARE(QCryptographicHash::hash(QByteArray(), QCryptographicHash::Keccak_256).toHex(),
                 QByteArray("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
    }

    void encryptionsMatchVectors()
    {
        const QJsonArray cases = m_v["encryptions"].toArray();
        QVERIFY(cases.size() >= 6);
        for (const QJsonValue& c : cases) {
            const QJsonObject o = c.toObject();
            const Point pk = point(o["publicKey"]);
            const Scalar s = scalar(o["privateScalar"]);
            const Scalar v = scalar(o["message"]);
            const Scalar r = scalar(o["random"]);
            QCOMPARE(Point::mulBase(s), pk);

            const elgamal::Ciphertext ct = elgamal::encrypt(pk, v, r);
            QCOMPARE(ct.c1.toAffine(), affine(o["c1"]));
            QCOMPARE(ct.c2.toAffine(), affine(o["c2"]));

            const Point m = elgamal::decryptToPoint(ct, s);
            QCOMPARE(m.toAffine(), affine(o["decryptedPoint"]));
            QCOMPARE(m.toAffine(), affine(o["messagePoint_mTimesBase8"]));
            QCOMPARE(m, Point::mulBase(v));

            // egctHash = keccak256(abi.encode(c1.x, c1.y, c2.x, c2.y)).
            const QByteArray hash = bytes(elgamal::egctHash(ct));
            QCOMPARE(hash.toHex(), word(o["egctHash_keccakAbiEncode"].toString()).toHex());
            // balanceList key = keccak256(abi.encode(egctHash, nonce)): checks the ABI word layout.
            for (int nonce : {0, 1}) {
                const QByteArray key = QCryptographicHash::hash(hash + word(QString::number(nonce)),
                                                                QCryptographicHash::Keccak_256);
                const QString field = QStringLiteral("balanceListKey_nonce%1").arg(nonce);
                QCOMPARE(QByteArray("0x") + key.toHex(), o[field].toString().toLatin1());
            }
        }
    }

    void onChainDeterministicEncryption()
    {
        const QJsonArray cases = m_v["onChainDeterministicEncryption"].toArray();
        QVERIFY(!cases.isEmpty());
        for (const QJsonValue& c : cases) {
            const QJsonObject o = c.toObject();
            const Point pk = point(o["publicKey"]);
            const Scalar v = scalar(o["value"]);
            const elgamal::Ciphertext ct = elgamal::encryptOnChain(pk, v);
            QCOMPARE(ct.c1.toAffine(), affine(o["c1"]));
            QCOMPARE(ct.c2.toAffine(), affine(o["c2"]));
            QCOMPARE(ct, elgamal::encrypt(pk, v, Scalar::one()));
        }
    }

    void homomorphicSumAndDifference()
    {
        const QJsonObject h = m_v["homomorphic"].toObject();
        const Scalar s = scalar(h["privateScalar"]);
        const auto ct = [](const QJsonObject& o) {
            return elgamal::Ciphertext{point(o["c1"]), point(o["c2"])};
        };
        const QJsonObject a = h["a"].toObject();
        const QJsonObject b = h["b"].toObject();
        const elgamal::Ciphertext ca = ct(a);
        const elgamal::Ciphertext cb = ct(b);
        QCOMPARE(elgamal::decryptToPoint(ca, s), Point::mulBase(scalar(a["m"])));
        QCOMPARE(elgamal::decryptToPoint(cb, s), Point::mulBase(scalar(b["m"])));

        const QJsonObject sum = h["sum"].toObject();
        const elgamal::Ciphertext cs = elgamal::add(ca, cb);
        QCOMPARE(cs.c1.toAffine(), affine(sum["c1"]));
        QCOMPARE(cs.c2.toAffine(), affine(sum["c2"]));
        QCOMPARE(elgamal::decryptToPoint(cs, s),
                 Point::mulBase(scalar(sum["decryptsTo_mTimesBase8_m"])));

        const QJsonObject diff = h["difference"].toObject();
        const elgamal::Ciphertext cd = elgamal::sub(ca, cb);
        QCOMPARE(cd.c1.toAffine(), affine(diff["c1"]));
        QCOMPARE(cd.c2.toAffine(), affine(diff["c2"]));
        QCOMPARE(elgamal::decryptToPoint(cd, s),
                 Point::mulBase(scalar(diff["decryptsTo_mTimesBase8_m"])));
    }

    void smallMultiplesOfBase8()
    {
        const QJsonArray cases = m_v["smallMultiplesOfBase8"].toArray();
        QVERIFY(cases.size() >= 17);
        for (const QJsonValue& c : cases) {
            const QJsonObject o = c.toObject();
            const Scalar m = scalar(o["m"]);
            QCOMPARE(Point::mulBase(m).toAffine(), affine(o["point"]));
        }
    }

    void freshRandomness()
    {
        const Scalar s = Scalar::fromU64(123456789);
        const Point pk = Point::mulBase(s);
        const Scalar v = Scalar::fromU64(1000000);
        const elgamal::Ciphertext a = elgamal::encrypt(pk, v);
        const elgamal::Ciphertext b = elgamal::encrypt(pk, v);
        QVERIFY(!(a == b)); // a collision would mean broken randomness (chance ~2^-250)
        QVERIFY(!a.c1.isIdentity());
        QCOMPARE(elgamal::decryptToPoint(a, s), Point::mulBase(v));
        QCOMPARE(elgamal::decryptToPoint(b, s), Point::mulBase(v));
        // Wrong key decrypts to something else.
        QVERIFY(!(elgamal::decryptToPoint(a, Scalar::fromU64(42)) == Point::mulBase(v)));
        for (int i = 0; i < 100; ++i)
            QVERIFY(!bs::crypto::randomNonZeroScalar().isZero());
    }
};

QTEST_APPLESS_MAIN(TestElGamal)
#include "tst_elgamal.moc"
