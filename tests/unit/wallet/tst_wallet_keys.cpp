// SPDX-License-Identifier: GPL-3.0-or-later
// wallet::keysOf: the keys of an unlocked vault. The eERC key is the stored decryption key
// when there is one (imported or saved at creation), else derived from the wallet key; both
// paths give the key of tests/data/key-derivation.json (the SDK's derivation, made with
// ethers) for Hardhat's account 0.
#include "../testing.h"
#include "../vault/vault_testing.h"
#include "eerc/key_derivation.h"
#include "vault/vault.h"
#include "wallet/wallet.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace bs;

namespace {

struct Expected
{
    std::string walletHex;
    std::string decryptionKey;
    crypto::AffinePoint publicKey;
};

Expected vector0()
{
    const QJsonObject d =
        test::loadJson("key-derivation.json")["derivations"].toArray().at(0).toObject();
    const QJsonArray pk = d["publicKey"].toArray();
    return {d["ethPrivateKey"].toString().toStdString(),
            d["decryptionKeyHex"].toString().toStdString(),
            {*crypto::Fr::fromDecimal(pk.at(0).toString().toStdString()),
             *crypto::Fr::fromDecimal(pk.at(1).toString().toStdString())}};
}

crypto::SecureBuffer secret(std::string_view s)
{
    return crypto::SecureBuffer::copyOf(
        std::span(reinterpret_cast<const std::uint8_t*>(s.data()), s.size()));
}

} // namespace

class TestWalletKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    vault::Vault freshVault(const char* name)
    {
        auto v = vault::Vault::create(m_dir.filePath(QLatin1String(name)), test::sampleProfile(),
                                      test::pass("pw"), test::kFastKdf);
        if (!v)
            qFatal("%s", v.error().message.c_str());
        return std::move(*v);
    }

private Q_SLOTS:
    void initTestCase() { vault::testing::allowWeakKdf(true); }

    void derivedWhenNoneIsStored()
    {
        const Expected e = vector0();
        vault::Vault v = freshVault("derived.bsvault");
        QVERIFY(v.setWalletKey(*crypto::EcdsaPrivateKey::fromHex(e.walletHex)).ok());
        auto keys = wallet::keysOf(v);
        QVERIFY2(keys.ok(), keys.ok() ? "" : keys.error().message.c_str());
        QCOMPARE(keys->eerc.publicKey().toAffine(), e.publicKey);
        QCOMPARE(keys->wallet.address().toChecksumHex(),
                 std::string("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    }

    void storedKeyRoundTrips()
    {
        const Expected e = vector0();
        vault::Vault v = freshVault("stored.bsvault");
        auto wallet = crypto::EcdsaPrivateKey::fromHex(e.walletHex);
        QVERIFY(v.setWalletKey(*wallet).ok());
        auto derived = eerc::EercKey::deriveFromWallet(*wallet);
        QCOMPARE(derived->decryptionKey().size(), e.decryptionKey.size());
        QVERIFY(v.setEercDecryptionKey(derived->decryptionKey()).ok());
        v.lock();
        QVERIFY(v.unlock(test::pass("pw")).ok());
        auto keys = wallet::keysOf(v);
        QVERIFY(keys.ok());
        QVERIFY(keys->eerc.decryptionKey().equals(secret(e.decryptionKey)));
        QCOMPARE(keys->eerc.publicKey().toAffine(), e.publicKey);
    }

    void importedKeyWins()
    {
        // An imported eERC key (another account's) is used as stored, not re-derived.
        const Expected e = vector0();
        vault::Vault v = freshVault("imported.bsvault");
        QVERIFY(
            v.setWalletKey(*crypto::EcdsaPrivateKey::fromHex(
                               "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"))
                .ok());
        QVERIFY(v.setEercDecryptionKey(secret(e.decryptionKey)).ok());
        auto keys = wallet::keysOf(v);
        QVERIFY(keys.ok());
        QCOMPARE(keys->eerc.publicKey().toAffine(), e.publicKey);
    }

    void noWalletKey()
    {
        vault::Vault v = freshVault("empty.bsvault");
        QVERIFY(!wallet::keysOf(v).ok());
    }
};

QTEST_GUILESS_MAIN(TestWalletKeys)
#include "tst_wallet_keys.moc"
