// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A profile put to work: its network as the eERC layer sees it, its keys out of the vault,
// a checked connection to its chain, and the claims it sent that must be followed to their
// end. Shared by the desktop app and the command line, so both open a profile the same way.
#include "chain/eth_client.h"
#include "chain/json_rpc.h"
#include "chain/network.h"
#include "chain/tx_sender.h"
#include "crypto/secp256k1.h"
#include "eerc/key_derivation.h"
#include "eerc/operations.h"
#include "eerc/reader.h"
#include "util/result.h"
#include "vault/records.h"
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

// The record of a claim transaction, made from the signed transaction before it is
// broadcast (state Sent, created at `now`, seconds since the epoch).
Result<vault::PendingClaim> pendingClaimOf(const chain::PreparedTransaction& signedTx, qint64 now);

// Follows a claim recorded as Sent to its end (confirmed, reverted or dropped). Errors only
// for what prevents knowing: the node unreachable, a malformed record, a timeout, a cancel.
Result<eerc::ResumedClaim> followClaim(eerc::EercReader& reader,
                                       chain::TransactionSender& sender,
                                       const crypto::EthAddress& me,
                                       const vault::PendingClaim& claim,
                                       const chain::SendOptions& options = {},
                                       std::stop_token stop = {});

// The state to record for a claim that ended as `resumed` says.
vault::ClaimState finalState(const eerc::ResumedClaim& resumed);

} // namespace bs::wallet
