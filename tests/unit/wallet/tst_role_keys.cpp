// SPDX-License-Identifier: GPL-3.0-or-later
// wallet::checkRoleKeyOffline and wallet::initialKeys: an auditor's or an operator's wallet key
// against the accounts a network description names. The keys, addresses and eERC public keys
// come from tests/data/key-derivation.json (Hardhat's accounts, derived by the SDK's rules with
// ethers and circomlibjs), not from our own derivation.
#include "../testing.h"
#include "../vault/vault_testing.h"
#include "eerc/key_derivation.h"
#include "wallet/role_keys.h"

#include <QtTest>

using namespace bs;

namespace {

struct Account
{
    crypto::EcdsaPrivateKey key;
    crypto::EthAddress address;
    crypto::Point publicKey;
};

Account account(int index)
{
    const QJsonObject d =
        test::loadJson("key-derivation.json")["derivations"].toArray().at(index).toObject();
    const QJsonArray pk = d["publicKey"].toArray();
    return {crypto::EcdsaPrivateKey::fromHex(d["ethPrivateKey"].toString().toStdString()).value(),
            *crypto::EthAddress::fromString(d["ethAddress"].toString().toStdString()),
            *crypto::Point::fromAffine(test::fr(pk.at(0)), test::fr(pk.at(1)))};
}

// The sample network with account `auditor` as its auditor and account `operator_` as the
// operator.
chain::Network network(const Account& auditor, const Account& operator_)
{
    chain::Network n = *test::sampleProfile().network;
    n.auditor = chain::AuditorInfo{auditor.address, auditor.publicKey};
    n.operatorAddress = operator_.address;
    return n;
}

QString message(const Result<void>& r)
{
    return r ? QString() : QString::fromStdString(r.error().message);
}

} // namespace

class TestRoleKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void auditorKeyMustBeTheRegisteredAuditors()
    {
        const Account a0 = account(0), a1 = account(1);
        const chain::Network n = network(a0, a1);
        QVERIFY2(wallet::checkRoleKeyOffline(vault::Role::Auditor, a0.key, n),
                 qPrintable(message(wallet::checkRoleKeyOffline(vault::Role::Auditor, a0.key, n))));

        // Another account: the sentence names both and says what to import.
        const QString wrong = message(wallet::checkRoleKeyOffline(vault::Role::Auditor, a1.key, n));
        QVERIFY(wrong.contains(QString::fromStdString(a1.address.toChecksumHex())));
        QVERIFY(wrong.contains(QString::fromStdString(a0.address.toChecksumHex())));
        QVERIFY2(wrong.contains(QStringLiteral("import the wallet key of the auditor")),
                 qPrintable(wrong));

        // The auditor's address, but the auditor key set from another key.
        chain::Network other = n;
        other.auditor->publicKey = a1.publicKey;
        const QString mismatch =
            message(wallet::checkRoleKeyOffline(vault::Role::Auditor, a0.key, other));
        QVERIFY2(mismatch.contains(QStringLiteral("not the auditor key")), qPrintable(mismatch));

        // A description without an auditor cannot vouch for any key.
        chain::Network none = n;
        none.auditor.reset();
        QVERIFY(message(wallet::checkRoleKeyOffline(vault::Role::Auditor, a0.key, none))
                    .contains(QStringLiteral("names no auditor")));
    }

    void operatorKeyMustBeTheOperatorsAccount()
    {
        const Account a0 = account(0), a1 = account(1), a2 = account(2);
        const chain::Network n = network(a0, a1);
        QVERIFY(wallet::checkRoleKeyOffline(vault::Role::Operator, a1.key, n));
        const QString wrong = message(wallet::checkRoleKeyOffline(vault::Role::Operator, a2.key, n));
        QVERIFY(wrong.contains(QString::fromStdString(a2.address.toChecksumHex())));
        QVERIFY(wrong.contains(QString::fromStdString(a1.address.toChecksumHex())));
        QVERIFY2(wrong.contains(QStringLiteral("sends the payouts")), qPrintable(wrong));
        chain::Network none = n;
        none.operatorAddress.reset();
        QVERIFY(message(wallet::checkRoleKeyOffline(vault::Role::Operator, a1.key, none))
                    .contains(QStringLiteral("names no operator")));
    }

    void providerKeyIsNotChecked()
    {
        const Account a0 = account(0), a1 = account(1), a2 = account(2);
        QVERIFY(wallet::checkRoleKeyOffline(vault::Role::Provider, a2.key, network(a0, a1)));
        // The online check adds nothing for a provider or an operator (no RPC is reached:
        // the sample network's node is not running).
        QVERIFY(wallet::checkRoleKey(vault::Role::Provider, a2.key, network(a0, a1)));
        QVERIFY(wallet::checkRoleKey(vault::Role::Operator, a1.key, network(a0, a1)));
    }

    void initialKeysCarryTheRolesKeys()
    {
        const Account a0 = account(0);
        auto auditor = wallet::initialKeys(vault::Role::Auditor, a0.key);
        QVERIFY(auditor);
        QCOMPARE(auditor->walletKey->address(), a0.address);
        auto eerc = eerc::EercKey::fromDecryptionKey(std::string_view(
            reinterpret_cast<const char*>(auditor->eercDecryptionKey.data()),
            auditor->eercDecryptionKey.size()));
        QVERIFY(eerc);
        QVERIFY(eerc->publicKey() == a0.publicKey);
        QVERIFY(auditor->auditorKey.size() == auditor->eercDecryptionKey.size());
        QVERIFY(std::equal(auditor->auditorKey.data(),
                           auditor->auditorKey.data() + auditor->auditorKey.size(),
                           auditor->eercDecryptionKey.data()));

        auto operatorKeys = wallet::initialKeys(vault::Role::Operator, a0.key);
        QVERIFY(operatorKeys);
        QVERIFY(operatorKeys->auditorKey.empty());
        QVERIFY(!operatorKeys->eercDecryptionKey.empty());
    }
};

QTEST_GUILESS_MAIN(TestRoleKeys)
#include "tst_role_keys.moc"
