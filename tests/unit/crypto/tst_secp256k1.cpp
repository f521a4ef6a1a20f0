// SPDX-License-Identifier: GPL-3.0-or-later
// secp256k1 keys, Ethereum addresses (EIP-55), EIP-191 personal_sign and recovery.
// References: key-derivation.json (signatures and digests made with ethers v6
// Wallet.signMessage), the EIP-55 specification's examples, and the Keccak-256 KAT of "".
#include "../testing.h"
#include "crypto/keccak.h"
#include "crypto/secp256k1.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <sstream>
#include <type_traits>

using namespace bs::crypto;
using bs::test::bytes;
using bs::test::loadJson;
using bs::test::span;

static_assert(!std::is_copy_constructible_v<EcdsaPrivateKey>, "keys are copied explicitly");

namespace {

QByteArray unhex(const QString& s)
{
    return QByteArray::fromHex((s.startsWith(QLatin1String("0x")) ? s.mid(2) : s).toLatin1());
}

} // namespace

class TestSecp256k1 : public QObject
{
    Q_OBJECT

private slots:
    void keccakKnownAnswers()
    {
        QCOMPARE(bytes(keccak256(std::string_view())),
                 unhex("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
        // Ethereum's Transfer event topic.
        QCOMPARE(bytes(keccak256(std::string_view("Transfer(address,address,uint256)"))),
                 unhex("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"));
    }

    void derivationVectors_data()
    {
        QTest::addColumn<QJsonObject>("v");
        const QJsonArray ds =
            loadJson("key-derivation.json")[QStringLiteral("derivations")].toArray();
        QVERIFY(ds.size() >= 8);
        for (const auto& d : ds) {
            const QJsonObject o = d.toObject();
            QTest::newRow(qPrintable(o[QStringLiteral("ethAddress")].toString())) << o;
        }
    }

    void derivationVectors()
    {
        QFETCH(QJsonObject, v);
        auto key =
            EcdsaPrivateKey::fromHex(v[QStringLiteral("ethPrivateKey")].toString().toStdString());
        QVERIFY(key.ok());
        const QString address = v[QStringLiteral("ethAddress")].toString();
        QCOMPARE(QString::fromStdString(key->address().toChecksumHex()), address);
        QCOMPARE(QString::fromStdString(key->address().toLowerHex()), address.toLower());

        const std::string message = v[QStringLiteral("message")].toString().toStdString();
        const Hash256 digest = eip191Digest(message);
        QCOMPARE(bytes(digest), unhex(v[QStringLiteral("eip191Digest")].toString()));

        const QByteArray expectedSig = unhex(v[QStringLiteral("signature")].toString());
        const auto sig = personalSign(*key, message);
        QCOMPARE(bytes(sig), expectedSig);

        const RecoverableSignature rs = signDigest(*key, digest);
        QCOMPARE(bytes(rs.r), expectedSig.left(32));
        QCOMPARE(bytes(rs.s), expectedSig.mid(32, 32));
        QCOMPARE(rs.recid + 27, int(std::uint8_t(expectedSig[64])));

        auto recovered = recoverAddress(digest, span(expectedSig));
        QVERIFY(recovered.ok());
        QVERIFY(*recovered == key->address());

        // v given as 0/1 recovers the same signer.
        QByteArray v01 = expectedSig;
        v01[64] = char(v01[64] - 27);
        auto recovered01 = recoverAddress(digest, span(v01));
        QVERIFY(recovered01.ok());
        QVERIFY(*recovered01 == key->address());

        // A different digest recovers someone else (or nothing).
        Hash256 other = digest;
        other[0] ^= 1;
        auto wrong = recoverAddress(other, span(expectedSig));
        QVERIFY(!wrong.ok() || !(*wrong == key->address()));
    }

    void recoverRejectsMalformedSignatures()
    {
        const Hash256 digest = eip191Digest(std::string_view("x"));
        auto key = EcdsaPrivateKey::generate();
        QByteArray sig = bytes(personalSign(key, "x"));
        QVERIFY(recoverAddress(digest, span(sig)).ok());
        QVERIFY(!recoverAddress(digest, span(sig.left(64))).ok());
        QByteArray badV = sig;
        badV[64] = char(29);
        QVERIFY(!recoverAddress(digest, span(badV)).ok());
        badV[64] = char(2);
        QVERIFY(!recoverAddress(digest, span(badV)).ok());
        // r = n (the curve order) is out of range.
        QByteArray badR = sig;
        badR.replace(0, 32,
                     unhex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"));
        QVERIFY(!recoverAddress(digest, span(badR)).ok());
        QByteArray zero(65, '\0');
        zero[64] = char(27);
        QVERIFY(!recoverAddress(digest, span(zero)).ok());
    }

    void privateKeyValidation()
    {
        // 1 and n-1 are the extreme valid keys; 0, n, n+1 and 2^256-1 are not.
        QVERIFY(EcdsaPrivateKey::fromHex(
                    "0000000000000000000000000000000000000000000000000000000000000001")
                    .ok());
        QVERIFY(EcdsaPrivateKey::fromHex(
                    "0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364140")
                    .ok());
        for (const char* bad : {
                 "0000000000000000000000000000000000000000000000000000000000000000",
                 "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141",
                 "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364142",
                 "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
                 "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff8",   // 63 digits
                 "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff800", // 65 digits
                 "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ffg0",
                 "0x",
                 "",
             }) {
            QVERIFY2(!EcdsaPrivateKey::fromHex(bad).ok(), bad);
        }
        const std::array<std::uint8_t, 31> short31{};
        QVERIFY(!EcdsaPrivateKey::fromBytes(short31).ok());
    }

    void generatedKeysSignAndRecover()
    {
        auto a = EcdsaPrivateKey::generate();
        auto b = EcdsaPrivateKey::generate();
        QVERIFY(!(a.address() == b.address()));
        const Hash256 digest = keccak256(std::string_view("payload"));
        const RecoverableSignature sig = signDigest(a, digest);
        // Deterministic (RFC 6979): same key and digest, same signature.
        const RecoverableSignature again = signDigest(a, digest);
        QCOMPARE(bytes(sig.toRsv27()), bytes(again.toRsv27()));
        // Low s (EIP-2): s <= n/2, i.e. its top byte is at most 0x7f.
        QVERIFY(sig.s[0] <= 0x7f);
        auto pk = recoverPublicKey(digest, sig.toRsv27());
        QVERIFY(pk.ok());
        QVERIFY(*pk == a.publicKey());

        auto exported = a.exportSecret();
        auto reimported = EcdsaPrivateKey::fromBytes(exported.bytes());
        QVERIFY(reimported.ok());
        QVERIFY(reimported->address() == a.address());
        QVERIFY(a.clone().address() == a.address());
    }

    void publicKeyParsing()
    {
        auto key = EcdsaPrivateKey::fromHex(
            "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        QVERIFY(key.ok());
        const auto u = key->publicKey().uncompressed();
        QCOMPARE(u[0], std::uint8_t{4});
        auto parsed = EcdsaPublicKey::fromBytes(u);
        QVERIFY(parsed.ok());
        QVERIFY(*parsed == key->publicKey());
        // Compressed form of the same point: 02/03 by the parity of y.
        std::array<std::uint8_t, 33> c{};
        c[0] = std::uint8_t(2 + (u[64] & 1));
        std::copy(u.begin() + 1, u.begin() + 33, c.begin() + 1);
        auto fromCompressed = EcdsaPublicKey::fromBytes(c);
        QVERIFY(fromCompressed.ok());
        QVERIFY(*fromCompressed == key->publicKey());
        // Flip a bit of y: no longer on the curve.
        auto bad = u;
        bad[64] ^= 1;
        QVERIFY(!EcdsaPublicKey::fromBytes(bad).ok());
        QVERIFY(!EcdsaPublicKey::fromBytes(std::span(u).first(64)).ok());
    }

    void eip55Checksums()
    {
        // The examples of the EIP-55 specification (also checked with ethers 6 getAddress).
        for (const char* a : {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                              "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                              "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
                              "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
                              "0x52908400098527886E0F7030069857D2E4169EE7",
                              "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
                              "0xde709f2102306220921060314715629080e2fb77",
                              "0x27b1fdb04752bbc536007a920d24acb045561c26"}) {
            auto parsed = EthAddress::fromString(a);
            QVERIFY2(parsed.ok(), a);
            QCOMPARE(QString::fromStdString(parsed->toChecksumHex()), QString::fromLatin1(a));
            QCOMPARE(QString::fromStdString(parsed->toLowerHex()),
                     QString::fromLatin1(a).toLower());
            auto lower = EthAddress::fromString(QString::fromLatin1(a).toLower().toStdString());
            QVERIFY(lower.ok());
            QVERIFY(*lower == *parsed);
            auto upper = EthAddress::fromString(
                "0x" + QString::fromLatin1(a).mid(2).toUpper().toStdString());
            QVERIFY(upper.ok());
        }
        QCOMPARE(QString::fromStdString(
                     EthAddress::fromString("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
                         ->toChecksumHex()),
                 QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        // One letter with the wrong case: a checksum error.
        QVERIFY(!EthAddress::fromString("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD").ok());
        QVERIFY(!EthAddress::fromString("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").ok());
        // Shape errors.
        QVERIFY(!EthAddress::fromString("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").ok());
        QVERIFY(!EthAddress::fromString("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe").ok());
        QVERIFY(!EthAddress::fromString("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd").ok());
        QVERIFY(!EthAddress::fromString("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg").ok());
    }

    void privateKeyPrintsRedacted()
    {
        auto key = EcdsaPrivateKey::generate();
        std::ostringstream os;
        os << key;
        QCOMPARE(QString::fromStdString(os.str()), QStringLiteral("<redacted>"));
        QString text;
        QDebug(&text) << key;
        QCOMPARE(text.trimmed(), QStringLiteral("<redacted>"));
    }
};

QTEST_APPLESS_MAIN(TestSecp256k1)
#include "tst_secp256k1.moc"
