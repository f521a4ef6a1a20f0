// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Use case: the wallet key an auditor or an operator brings to a new profile, checked against
// the network before a vault is made with it (the app's onboarding; the command line can do
// the same). A provider's key is anyone's: it is not checked here. The auditor's key must be
// the registered auditor's: its address the description's auditor.address, its eERC key
// (derived from the wallet key, as the SDK does) the description's auditor.publicKey and the
// contract's auditorPublicKey(). The operator's key must be the account the operator's server
// names as the one that sends the payouts (operatorAddress).
#include "chain/network.h"
#include "crypto/secp256k1.h"
#include "util/result.h"
#include "vault/records.h"
#include "vault/vault.h"

#include <stop_token>

namespace bs::wallet {

// The checks that need no connection: the key against the accounts `network` names for
// `role`. Fails with a sentence that names both addresses and says what to import instead.
Result<void> checkRoleKeyOffline(vault::Role role,
                                 const crypto::EcdsaPrivateKey& key,
                                 const chain::Network& network);

// checkRoleKeyOffline, then, for an auditor, the chain: the contract's auditor and its public
// key must be this key's (a description may be older than the last auditor change). Blocking
// (an RPC round trip).
Result<void> checkRoleKey(vault::Role role,
                          const crypto::EcdsaPrivateKey& key,
                          const chain::Network& network,
                          std::stop_token stop = {});

// The keys a new vault for `role` starts with: the wallet key and the eERC decryption key
// derived from it; for an auditor that key is also the auditor key (it decrypts the
// auditor's copy of every amount).
Result<vault::InitialKeys> initialKeys(vault::Role role, const crypto::EcdsaPrivateKey& key);

} // namespace bs::wallet
