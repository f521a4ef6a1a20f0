// SPDX-License-Identifier: GPL-3.0-or-later
// eERC wallet key derivation (spec eerc-protocol.md 2.1) and registration hash (2.3),
// against key-derivation.json (computed with ethers v6, Node Buffer, npm blake-hash,
// @zk-kit/baby-jubjub and poseidon-lite; the SDK's own test inputs included) and the
// registration witnesses of circuit-inputs.json (checked by the reference circuit WASM).
#include "../testing.h"
#include "eerc/key_derivation.h"
#include "eerc/registration.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <gmpxx.h>
#include <sstream>
#include <type_traits>

using namespace bs;
using namespace bs::crypto;
using bs::eerc::EercKey;
using bs::test::fr;
using bs::test::loadJson;

static_assert(!std::is_copy_constructible_v<EercKey>, "keys are copied explicitly");

namespace {

QString text(const SecureBuffer& b)
{
    return QString::fromLatin1(reinterpret_cast<const char*>(b.data()), qsizetype(b.size()));
}

QString hexOf(const SecureBuffer& b)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size())).toHex());
}

QString dec(const Scalar& s)
{
    return QString::fromStdString(s.toDecimal());
}

QString dec(const Fr& s)
{
    return QString::fromStdString(s.toDecimal());
}

void comparePoint(const Point& p, const QJsonArray& xy)
{
    const AffinePoint a = p.toAffine();
    QCOMPARE(dec(a.x), xy[0].toString());
    QCOMPARE(dec(a.y), xy[1].toString());
}

} // namespace

class TestKeyDerivation : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_kd;
    QJsonObject m_ci;

private slots:
    void initTestCase()
    {
        m_kd = loadJson("key-derivation.json");
        m_ci = loadJson("circuit-inputs.json");
        QVERIFY(m_kd[QStringLiteral("derivations")].toArray().size() == 8);
    }

    void grindMaxAllowedMatchesGmpAndVectors()
    {
        const mpz_class l(m_kd[QStringLiteral("subgroupOrder_l")].toString().toStdString());
        mpz_class two256;
        mpz_ui_pow_ui(two256.get_mpz_t(), 2, 256);
        const mpz_class expected = two256 - (two256 % l);
        QCOMPARE(QString::fromStdString(expected.get_str()),
                 m_kd[QStringLiteral("grindMaxAllowed")].toString());
        mpz_class ours;
        const auto& b = eerc::grindMaxAllowed();
        mpz_import(ours.get_mpz_t(), b.size(), 1, 1, 1, 0, b.data());
        QVERIFY(ours == expected);
    }

    void grindCounterPadding()
    {
        // JS: i.toString(16), padded with a leading "0" to even length.
        QCOMPARE(QString::fromStdString(eerc::grindCounterHex(0)), QStringLiteral("00"));
        QCOMPARE(QString::fromStdString(eerc::grindCounterHex(1)), QStringLiteral("01"));
        QCOMPARE(QString::fromStdString(eerc::grindCounterHex(15)), QStringLiteral("0f"));
        QCOMPARE(QString::fromStdString(eerc::grindCounterHex(16)), QStringLiteral("10"));
        QCOMPARE(QString::fromStdString(eerc::grindCounterHex(255)), QStringLiteral("ff"));
        QCOMPARE(QString::fromStdString(eerc::grindCounterHex(256)), QStringLiteral("0100"));
        QCOMPARE(QString::fromStdString(eerc::grindCounterHex(999)), QStringLiteral("03e7"));
        QCOMPARE(QString::fromStdString(eerc::grindCounterHex(4096)), QStringLiteral("1000"));
    }

    void nodeHexDecodeMatchesNodeBuffer()
    {
        // Outputs of Buffer.from(s, "hex").toString("hex") with Node 20.20.2.
        const std::pair<std::string_view, const char*> cases[] = {
            {"abc", "ab"},
            {"abzz12", "ab"},
            {"a", ""},
            {"", ""},
            {"0x12", ""},
            {"12 34", "12"},
            {"ABcd", "abcd"},
            {"1g23", ""},
            {"\xc3\xa9"
             "12",
             ""},
            {"12\xc3\xa9", "12"},
        };
        for (const auto& [in, out] : cases)
            QCOMPARE(hexOf(eerc::nodeHexDecode(in)), QString::fromLatin1(out));
        // Consequence for formatKeyForCurve: everything after the first bad pair is ignored.
        QVERIFY(eerc::formatKeyForCurve("abzz12") == eerc::formatKeyForCurve("ab"));
        QVERIFY(eerc::formatKeyForCurve("abc") == eerc::formatKeyForCurve("ab"));
    }

    void registrationMessage()
    {
        for (const auto& d : m_kd[QStringLiteral("derivations")].toArray()) {
            const QJsonObject o = d.toObject();
            const auto address =
                EthAddress::fromString(o[QStringLiteral("ethAddress")].toString().toStdString());
            QVERIFY(address.ok());
            const std::string msg = eerc::registrationMessage(*address);
            QCOMPARE(QString::fromStdString(msg), o[QStringLiteral("message")].toString());
            QCOMPARE(QString::fromLatin1(QByteArray::fromStdString(msg).toHex()),
                     o[QStringLiteral("messageUtf8Hex")].toString());
        }
    }

    void derivations_data()
    {
        QTest::addColumn<QJsonObject>("v");
        for (const auto& d : m_kd[QStringLiteral("derivations")].toArray()) {
            const QJsonObject o = d.toObject();
            QTest::newRow(qPrintable(o[QStringLiteral("ethAddress")].toString())) << o;
        }
    }

    void derivations()
    {
        QFETCH(QJsonObject, v);
        const QString expectedKey = v[QStringLiteral("decryptionKeyHex")].toString();
        QCOMPARE(expectedKey.size(), v[QStringLiteral("decryptionKeyHexLength")].toInt());

        // Each grind try: the hashed bytes are the hex decoding of r_hex || counter.
        const QString rHex = v[QStringLiteral("r_hex")].toString();
        for (const auto& t : v[QStringLiteral("grindTries")].toArray()) {
            const QJsonObject tryObj = t.toObject();
            const std::string input =
                rHex.toStdString() + eerc::grindCounterHex(tryObj[QStringLiteral("index")].toInt());
            QCOMPARE(hexOf(eerc::nodeHexDecode(input)),
                     tryObj[QStringLiteral("sha256InputHex")].toString());
        }

        auto grind = eerc::grindKey(rHex.toStdString());
        QVERIFY(grind.ok());
        QCOMPARE(text(*grind), expectedKey);

        const QByteArray sig =
            QByteArray::fromHex(v[QStringLiteral("signature")].toString().mid(2).toLatin1());
        QCOMPARE(sig.size(), 65);
        const std::span<const std::uint8_t, 65> sigSpan(
            reinterpret_cast<const std::uint8_t*>(sig.constData()), 65);
        auto fromSig = eerc::decryptionKeyFromSignature(sigSpan);
        QVERIFY(fromSig.ok());
        QCOMPARE(text(*fromSig), expectedKey);

        // formatKeyForCurve intermediate: the hashed bytes.
        const QJsonObject fk = v[QStringLiteral("formatKeyForCurve")].toObject();
        QCOMPARE(hexOf(eerc::nodeHexDecode(expectedKey.toStdString())),
                 fk[QStringLiteral("bytesHashedHex")].toString());
        QCOMPARE(dec(eerc::formatKeyForCurve(expectedKey.toStdString())),
                 v[QStringLiteral("privateScalar")].toString());

        // End to end from the wallet key.
        auto wallet =
            EcdsaPrivateKey::fromHex(v[QStringLiteral("ethPrivateKey")].toString().toStdString());
        QVERIFY(wallet.ok());
        auto key = EercKey::deriveFromWallet(*wallet);
        QVERIFY(key.ok());
        QCOMPARE(text(key->decryptionKey()), expectedKey);
        QCOMPARE(dec(*key->privateScalar()), v[QStringLiteral("privateScalar")].toString());
        comparePoint(key->publicKey(), v[QStringLiteral("publicKey")].toArray());

        // Import of the stored decryption key gives the same key pair.
        auto imported = EercKey::fromDecryptionKey(expectedKey.toStdString());
        QVERIFY(imported.ok());
        QVERIFY(*imported->privateScalar() == *key->privateScalar());
        QVERIFY(imported->publicKey() == key->publicKey());

        // Registration hashes for each chain, and the circuit's public signals.
        const auto address =
            EthAddress::fromString(v[QStringLiteral("ethAddress")].toString().toStdString());
        QVERIFY(address.ok());
        for (const auto& r : v[QStringLiteral("registrationHashes")].toArray()) {
            const QJsonObject ro = r.toObject();
            const Fr h = eerc::registrationHash(fr(ro[QStringLiteral("chainId")].toString()),
                                                *key->privateScalar(), *address);
            QCOMPARE(dec(h), ro[QStringLiteral("registrationHash")].toString());
        }
        const QJsonArray publicSignals =
            v[QStringLiteral("registrationPublicSignals_chain43114")].toArray();
        QCOMPARE(dec(eerc::addressToField(*address)), publicSignals[2].toString());
    }

    void sdkPublishedCases()
    {
        const QJsonObject sdk = m_kd[QStringLiteral("sdkPublishedCases")].toObject();

        const QJsonObject fromSig = sdk[QStringLiteral("getPrivateKeyFromSignature")].toObject();
        const QByteArray sig =
            QByteArray::fromHex(fromSig[QStringLiteral("signature")].toString().mid(2).toLatin1());
        QCOMPARE(sig.size(), 65);
        auto k1 = eerc::decryptionKeyFromSignature(std::span<const std::uint8_t, 65>(
            reinterpret_cast<const std::uint8_t*>(sig.constData()), 65));
        QVERIFY(k1.ok());
        QCOMPARE(text(*k1), fromSig[QStringLiteral("decryptionKeyHex")].toString());
        auto viaKey = EercKey::fromSignature(
            std::span(reinterpret_cast<const std::uint8_t*>(sig.constData()), 65));
        QVERIFY(viaKey.ok());
        QCOMPARE(text(viaKey->decryptionKey()),
                 fromSig[QStringLiteral("decryptionKeyHex")].toString());

        // grindKey with an uppercase seed: Node's hex decoding is case-insensitive.
        const QJsonObject gk = sdk[QStringLiteral("grindKey")].toObject();
        auto k2 = eerc::grindKey(gk[QStringLiteral("seedHex")].toString().toStdString());
        QVERIFY(k2.ok());
        QCOMPARE(text(*k2), gk[QStringLiteral("decryptionKeyHex")].toString());

        const QJsonArray fks = sdk[QStringLiteral("formatKeyForCurve")].toArray();
        QVERIFY(fks.size() >= 8);
        for (const auto& f : fks) {
            const QJsonObject o = f.toObject();
            const std::string keyHex = o[QStringLiteral("keyHex")].toString().toStdString();
            QCOMPARE(hexOf(eerc::nodeHexDecode(keyHex)),
                     o[QStringLiteral("bytesHashedHex")].toString());
            const Scalar s = eerc::formatKeyForCurve(keyHex);
            QCOMPARE(dec(s), o[QStringLiteral("scalar")].toString());
            comparePoint(Point::mulBase(s), o[QStringLiteral("publicKey")].toArray());
            // Non-empty hex keys also import (the empty string is not a key).
            if (!keyHex.empty()) {
                auto k = EercKey::fromDecryptionKey(keyHex);
                QVERIFY(k.ok());
                QCOMPARE(dec(*k->privateScalar()), o[QStringLiteral("scalar")].toString());
            }
        }
    }

    void circuitInputsRegistration()
    {
        const QString chainId = m_ci[QStringLiteral("chainId")].toString();
        const QJsonArray ds = m_kd[QStringLiteral("derivations")].toArray();
        // alice = derivations[0], bob = [1], auditor = [2] (see circuit-inputs.json "about").
        const char* names[] = {"alice", "bob", "auditor"};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject who = m_ci[QLatin1String(names[i])].toObject();
            auto wallet = EcdsaPrivateKey::fromHex(
                ds[i].toObject()[QStringLiteral("ethPrivateKey")].toString().toStdString());
            QVERIFY(wallet.ok());
            QCOMPARE(QString::fromStdString(wallet->address().toChecksumHex()),
                     who[QStringLiteral("address")].toString());
            auto key = EercKey::deriveFromWallet(*wallet);
            QVERIFY(key.ok());
            comparePoint(key->publicKey(), who[QStringLiteral("publicKey")].toArray());
        }
        int checked = 0;
        for (const auto& step : m_ci[QStringLiteral("steps")].toArray()) {
            const QJsonObject so = step.toObject();
            if (so[QStringLiteral("circuit")].toString() != QLatin1String("registration"))
                continue;
            const QJsonObject in = so[QStringLiteral("witnessInput")].toObject();
            const auto s = Scalar::fromDecimal(
                in[QStringLiteral("SenderPrivateKey")].toString().toStdString());
            QVERIFY(s.has_value());
            comparePoint(Point::mulBase(*s), in[QStringLiteral("SenderPublicKey")].toArray());
            mpz_class addr(in[QStringLiteral("SenderAddress")].toString().toStdString());
            std::array<std::uint8_t, 20> addrBytes{};
            size_t count = 0;
            mpz_export(addrBytes.data() + 0, &count, 1, 1, 1, 0, addr.get_mpz_t());
            // Right-align the exported big-endian bytes into 20.
            std::array<std::uint8_t, 20> aligned{};
            std::copy_n(addrBytes.begin(), count, aligned.begin() + (20 - count));
            const EthAddress address(aligned);
            QCOMPARE(dec(eerc::addressToField(address)),
                     in[QStringLiteral("SenderAddress")].toString());
            QCOMPARE(dec(eerc::registrationHash(fr(in[QStringLiteral("ChainID")].toString()), *s,
                                                address)),
                     in[QStringLiteral("RegistrationHash")].toString());
            QCOMPARE(in[QStringLiteral("ChainID")].toString(), chainId);
            ++checked;
        }
        QVERIFY(checked >= 1);
    }

    void importKeepsTheStringExactly()
    {
        const std::string key = "1d78423757195ab4f2c36f81e14ab30916a04f98158d3cbca09344477383c4d";
        auto a = EercKey::fromDecryptionKey(key);
        auto padded = EercKey::fromDecryptionKey("0" + key);
        auto upper =
            EercKey::fromDecryptionKey(QString::fromStdString(key).toUpper().toStdString());
        QVERIFY(a.ok() && padded.ok() && upper.ok());
        // Re-padding changes the hashed bytes, hence the key; case does not.
        QVERIFY(!(*a->privateScalar() == *padded->privateScalar()));
        QVERIFY(*a->privateScalar() == *upper->privateScalar());
        QCOMPARE(text(padded->decryptionKey()), QString::fromStdString("0" + key));
    }

    void importRejectsNonKeys()
    {
        for (const char* bad :
             {"", "0x1d78", "1d78 ", "zz",
              "00000000000000000000000000000000000000000000000000000000000000000"}) {
            QVERIFY2(!EercKey::fromDecryptionKey(bad).ok(), bad);
        }
        QVERIFY(!EercKey::fromSignature(std::span<const std::uint8_t>()).ok());
    }

    void keyPrintsRedacted()
    {
        auto k = EercKey::fromDecryptionKey("abc");
        QVERIFY(k.ok());
        std::ostringstream os;
        os << *k << ' ' << k->privateScalar() << ' ' << k->decryptionKey();
        QCOMPARE(QString::fromStdString(os.str()),
                 QStringLiteral("<redacted> <redacted> <redacted>"));
    }
};

QTEST_APPLESS_MAIN(TestKeyDerivation)
#include "tst_key_derivation.moc"
