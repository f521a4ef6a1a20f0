// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pieces every use case starts from: wallet keys from text or a file, the keys of an
// unlocked vault, and a connection to a network's chain checked to be that chain. The use
// cases themselves (one per user action) are the other headers of core/wallet; the app and
// the command line both call them.
#include "chain/eth_client.h"
#include "chain/json_rpc.h"
#include "chain/network.h"
#include "crypto/secp256k1.h"
#include "eerc/key_derivation.h"
#include "eerc/reader.h"
#include "util/result.h"
#include "vault/vault.h"

#include <memory>
#include <span>
#include <stop_token>

namespace bs::wallet {

// A wallet key typed or pasted as hex (64 digits, "0x" optional, surrounding white space
// ignored), or read from a file holding that text (at most 256 bytes are read; the copies
// are wiped).
Result<crypto::EcdsaPrivateKey> walletKeyFromText(std::span<const char> text);
Result<crypto::EcdsaPrivateKey> readWalletKeyFile(const QString& path);

// The keys of an unlocked vault: the wallet key, and the eERC key (the stored decryption
// key, which may have been imported; derived from the wallet key when none is stored).
struct Keys
{
    crypto::EcdsaPrivateKey wallet;
    eerc::EercKey eerc;
};
Result<Keys> keysOf(const vault::Vault& vault);

// An RPC connection to a network's chain, checked to be that chain (chain id and contracts)
// unless `check` is false. Blocking, like everything under it: it belongs to the thread that
// made it.
struct ChainConnection
{
    std::unique_ptr<chain::JsonRpcClient> rpc;
    std::unique_ptr<chain::EthClient> eth;
    std::unique_ptr<eerc::EercReader> reader;
};
// Plain http:// to a non-loopback host only when the network allows it (the profile's choice).
Result<ChainConnection> connect(const chain::Network& network, bool check = true);

} // namespace bs::wallet
