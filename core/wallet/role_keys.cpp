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

// The network's name for the sentences that name it; a network without one is "this network"
// in a sentence of its own.
std::string nameOf(const chain::Network& network)
{
    return network.name.toStdString();
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
            return fail(BS_TR("wallet", "the network's description names no operator account, so "
                                        "this key cannot be checked; connect through the "
                                        "operator's server (its GET /network names the "
                                        "account)."));
        if (address != *network.operatorAddress)
            return network.name.isEmpty()
                       ? fail(BS_TR("wallet", "this key belongs to %1, but the operator of this "
                                              "network is %2 (the account that sends the "
                                              "payouts); import that account's wallet key."),
                              hex(address), hex(*network.operatorAddress))
                       : fail(BS_TR("wallet", "this key belongs to %1, but the operator of %2 is "
                                              "%3 (the account that sends the payouts); import "
                                              "that account's wallet key."),
                              hex(address), nameOf(network), hex(*network.operatorAddress));
        return {};
    case vault::Role::Auditor: {
        if (!network.auditor)
            return fail(BS_TR("wallet", "the network's description names no auditor, so this key "
                                        "cannot be checked; ask the operator for the current "
                                        "description."));
        if (address != network.auditor->address)
            return network.name.isEmpty()
                       ? fail(BS_TR("wallet", "this key belongs to %1, but the auditor "
                                              "registered on this network is %2; import the "
                                              "wallet key of the auditor's account."),
                              hex(address), hex(network.auditor->address))
                       : fail(BS_TR("wallet", "this key belongs to %1, but the auditor "
                                              "registered on %2 is %3; import the wallet key of "
                                              "the auditor's account."),
                              hex(address), nameOf(network), hex(network.auditor->address));
        auto eerc = eerc::EercKey::deriveFromWallet(key);
        if (!eerc)
            return eerc.error();
        if (!(eerc->publicKey() == network.auditor->publicKey))
            return network.name.isEmpty()
                       ? fail(BS_TR("wallet", "this is the auditor account's wallet key, but the "
                                              "eERC key derived from it is not the auditor key "
                                              "this network names; the auditor key was set from "
                                              "another key. Ask the operator which key the "
                                              "auditor registered with."))
                       : fail(BS_TR("wallet", "this is the auditor account's wallet key, but the "
                                              "eERC key derived from it is not the auditor key "
                                              "%1 names; the auditor key was set from another "
                                              "key. Ask the operator which key the auditor "
                                              "registered with."),
                              nameOf(network));
        return {};
    }
    }
    return fail(BS_TR("wallet", "unknown role."));
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
        return network.name.isEmpty()
                   ? fail(BS_TR("wallet", "the auditor of the contract on this network is now %1, "
                                          "not %2 as the operator's description says; the "
                                          "auditor has changed. Import the current auditor's "
                                          "wallet key."),
                          hex(*auditor), hex(address))
                   : fail(BS_TR("wallet", "the auditor of the contract on %1 is now %2, not %3 "
                                          "as the operator's description says; the auditor has "
                                          "changed. Import the current auditor's wallet key."),
                          nameOf(network), hex(*auditor), hex(address));
    auto eerc = eerc::EercKey::deriveFromWallet(key);
    if (!eerc)
        return eerc.error();
    if (!(**onChain == eerc->publicKey()))
        return fail(BS_TR("wallet", "the contract's auditor public key is not the eERC key of "
                                    "this wallet key; the auditor key was set from another key. "
                                    "Ask the operator which key the auditor registered with."));
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
