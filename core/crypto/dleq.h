// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A proof that an on-chain ElGamal ciphertext decrypts to a stated amount under a registered
// eERC public key, without the key: a Chaum-Pedersen proof of equal discrete logs on the
// BabyJubJub subgroup (generator Base8 = B, order l),
//
//     log_B(PK) == log_C1(C2 - m*B)          (both equal the private scalar s),
//
// made non-interactive by Fiat-Shamir. The challenge hashes a domain tag and everything the
// proof speaks about (chain id, contract, account, transaction hash, log index, amount and
// the points), so a proof for one payout cannot be replayed for another chain, contract,
// transaction, event, account or amount. Exact transcript: docs/statement.md; an
// independent implementation in JS (tests/e2e/statement_dleq.test.mjs) checks both ways.
//
// Soundness needs every point in the prime-order subgroup; crypto::Point guarantees it.

#include "crypto/babyjubjub.h"
#include "crypto/elgamal.h"
#include "crypto/keccak.h"
#include "crypto/secp256k1.h"
#include "util/u256.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace bs::crypto::dleq {

// The ASCII domain tag that starts every transcript (followed by one 0x00 byte).
inline constexpr char kDomainTag[] = "BackendShield/statement/dleq/v1";

// What is claimed: `ciphertext`, carried by the event `logIndex` of transaction `txHash` of the
// contract `contract` on chain `chainId`, decrypts under `publicKey` (the key registered for
// `account`) to `amount` (eERC base units, < l).
struct DecryptionClaim
{
    std::uint64_t chainId = 0;
    EthAddress contract{EthAddress::Bytes{}};
    EthAddress account{EthAddress::Bytes{}};
    Hash256 txHash{};
    std::uint64_t logIndex = 0;
    U256 amount;
    Point publicKey;
    elgamal::Ciphertext ciphertext;
};

// (challenge, response): c = H(transcript) mod l, z = k + c*s mod l.
struct Proof
{
    Scalar challenge;
    Scalar response;
    bool operator==(const Proof&) const = default;
};

// The proof for `claim` with private scalar `s`, or nullopt when the claim is false for this
// key (publicKey != s*B, or the ciphertext does not decrypt to the amount) or degenerate (see
// verify). The nonce is fresh from the CSPRNG (throws RandomFailure if it fails), the secret
// enters only constant-time operations, and the nonce is wiped afterwards.
std::optional<Proof> prove(const DecryptionClaim& claim, const Scalar& s);

// True iff `proof` shows that the claim holds. Rejects degenerate claims: the identity as
// public key or as C1 (a ciphertext that does not depend on the key), an amount >= l.
bool verify(const DecryptionClaim& claim, const Proof& proof);

// The bytes hashed into the challenge for the commitments A1 = k*B, A2 = k*C1 (exposed for
// the tests; docs/statement.md spells the layout out).
std::vector<std::uint8_t>
transcript(const DecryptionClaim& claim, const Point& commitment1, const Point& commitment2);

// SHA-512 of the transcript read as a big-endian integer, reduced mod l.
Scalar
challengeOf(const DecryptionClaim& claim, const Point& commitment1, const Point& commitment2);

} // namespace bs::crypto::dleq
