// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// EIP-1559 (type 2) transactions with an empty access list: signing hash, signing with
// libsecp256k1 (RFC 6979, so the same key and transaction always give the same bytes, as
// with ethers), and decoding of signed raw transactions with sender recovery.

#include "crypto/keccak.h"
#include "crypto/secp256k1.h"
#include "util/result.h"
#include "util/u256.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace bs::chain {

struct Eip1559Transaction
{
    uint64_t chainId = 0;
    uint64_t nonce = 0;
    U256 maxPriorityFeePerGas;
    U256 maxFeePerGas;
    uint64_t gasLimit = 0;
    std::optional<crypto::EthAddress> to; // nullopt: contract creation
    U256 value;
    std::vector<uint8_t> data;
    // The access list is always empty.

    // Fails when nodes would refuse the transaction whatever the chain state: a priority fee
    // above the maximum fee (ethers refuses to sign those too).
    Result<void> validate() const;

    // 0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value,
    // data, []]): the bytes that are signed.
    std::vector<uint8_t> signingPayload() const;
    // keccak256(signingPayload()).
    crypto::Hash256 signingHash() const;
    // The raw signed transaction for eth_sendRawTransaction:
    // 0x02 || rlp([...the 9 fields..., yParity, r, s]), r and s as minimal big-endian integers.
    std::vector<uint8_t> sign(const crypto::EcdsaPrivateKey& key) const;

    bool operator==(const Eip1559Transaction&) const = default;
};

// The transaction hash of a raw signed transaction: keccak256(raw).
crypto::Hash256 transactionHash(std::span<const uint8_t> rawSigned);

struct DecodedTransaction
{
    Eip1559Transaction tx;
    crypto::EthAddress from;
    crypto::Hash256 hash;
};

// Decodes a raw signed type-2 transaction (as accepted by eth_sendRawTransaction) and
// recovers its sender. Strict: canonical RLP with exactly 12 fields and nothing after them,
// canonical integers (chain id, nonce and gas limit below 2^64), `to` empty or 20 bytes,
// yParity 0 or 1, 1 <= r < n, 1 <= s <= n/2 (EIP-2), priority fee <= max fee. Transactions
// with a non-empty access list are refused (this struct cannot carry one), as are other
// transaction types.
Result<DecodedTransaction> decodeSignedTransaction(std::span<const uint8_t> raw);

} // namespace bs::chain
