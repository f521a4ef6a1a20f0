// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/role_keys.h"

#include "eerc/key_derivation.h"
#include "eerc/reader.h"
#include "wallet/wallet.h"

namespace bs::wallet {

namespace {

std::string hex(const crypto::EthAddress& address)
{
    return address.toChecksumHex();
}

std::string networkName(const chain::Network& network)
{
    return network.name.isEmpty() ? std::string("this network") : network.name.toStdString();
}

} // namespace

Result<void> checkRoleKeyOffline(vault::Role role,
                                 const crypto::EcdsaPrivateKey& key,
                                 const chain::Network& network)
{
    const crypto::EthAddress address = key.address();
    switch (role) {
    case vault::Role::Provider:
        return {};
    case vault::Role::Operator:
        if (!network.operatorAddress)
            return fail("the network's description names no operator account, so this key "
                        "cannot be checked; connect through the operator's server (its "
                        "GET /network names the account).");
        if (address != *network.operatorAddress)
            return fail("this key belongs to " + hex(address) + ", but the operator of " +
                        networkName(network) + " is " + hex(*network.operatorAddress) +
                        " (the account that sends the payouts); import that account's wallet "
                        "key.");
        return {};
    case vault::Role::Auditor: {
        if (!network.auditor)
            return fail("the network's description names no auditor, so this key cannot be "
                        "checked; ask the operator for the current description.");
        if (address != network.auditor->address)
            return fail("this key belongs to " + hex(address) + ", but the auditor registered "
                        "on " + networkName(network) + " is " + hex(network.auditor->address) +
                        "; import the wallet key of the auditor's account.");
        auto eerc = eerc::EercKey::deriveFromWallet(key);
        if (!eerc)
            return eerc.error();
        if (!(eerc->publicKey() == network.auditor->publicKey))
            return fail("this is the auditor account's wallet key, but the eERC key derived "
                        "from it is not the auditor key " + networkName(network) +
                        " names; the auditor key was set from another key. Ask the operator "
                        "which key the auditor registered with.");
        return {};
    }
    }
    return fail("unknown role.");
}

Result<void> checkRoleKey(vault::Role role,
                          const crypto::EcdsaPrivateKey& key,
                          const chain::Network& network,
                          std::stop_token stop)
{
    if (auto ok = checkRoleKeyOffline(role, key, network); !ok)
        return ok;
    if (role != vault::Role::Auditor)
        return {};
    auto connection = connect(network);
    if (!connection)
        return connection.error();
    auto auditor = connection->reader->auditor(stop);
    if (!auditor)
        return auditor.error();
    auto onChain = connection->reader->auditorPublicKey(stop);
    if (!onChain)
        return onChain.error();
    const crypto::EthAddress address = key.address();
    if (*auditor != address || !*onChain)
        return fail("the auditor of the contract on " + networkName(network) + " is now " +
                    hex(*auditor) + ", not " + hex(address) +
                    " as the operator's description says; the auditor has changed. Import the "
                    "current auditor's wallet key.");
    auto eerc = eerc::EercKey::deriveFromWallet(key);
    if (!eerc)
        return eerc.error();
    if (!(**onChain == eerc->publicKey()))
        return fail("the contract's auditor public key is not the eERC key of this wallet key; "
                    "the auditor key was set from another key. Ask the operator which key the "
                    "auditor registered with.");
    return {};
}

Result<vault::InitialKeys> initialKeys(vault::Role role, const crypto::EcdsaPrivateKey& key)
{
    auto eerc = eerc::EercKey::deriveFromWallet(key);
    if (!eerc)
        return eerc.error();
    vault::InitialKeys keys;
    keys.walletKey = key.clone();
    keys.eercDecryptionKey = eerc->decryptionKey().clone();
    if (role == vault::Role::Auditor)
        keys.auditorKey = eerc->decryptionKey().clone();
    return keys;
}

} // namespace bs::wallet
