// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PCT: an amount encrypted to a BabyJubJub public key with the Poseidon cipher, in the
// 7-word on-chain layout [c0, c1, c2, c3, authKey.x, authKey.y, nonce]
// (spec eerc-protocol.md section 3.3). The cipher key is the ECDH point r*PK = s*authKey.

#include "crypto/babyjubjub.h"
#include "crypto/fr.h"
#include "util/result.h"

#include <array>

namespace bs::crypto {

struct Pct
{
    std::array<Fr, 7> words;

    // All seven words zero: the contracts' marker for "no PCT".
    bool isEmpty() const;
};

// Encrypts `amount` to `recipientPk` with caller-chosen randomness (for reproducing vectors
// and proofs whose witness fixes r and the nonce).
// Preconditions (std::invalid_argument otherwise, they are bugs): r != 0 (the circuits allow
// r = 0, which would make the key public), nonce < 2^128.
// r is secret: anyone who knows it can decrypt. Runs in time independent of r and amount.
Pct encryptAmount(const Point& recipientPk, const Fr& amount, const Scalar& r, const Fr& nonce);

// Same with fresh randomness from the system CSPRNG: r uniform in [1, l), nonce uniform in
// [0, 2^128). Throws RandomFailure (crypto/random.h) if the CSPRNG fails.
Pct encryptAmount(const Point& recipientPk, const Fr& amount);

// Decrypts with the recipient's private scalar s. Fails with a message, without decrypting,
// for an empty PCT, an authKey that is not a point of the prime-order subgroup, or a nonce
// >= 2^128; fails after decrypting when the tag does not match (wrong key, altered word) or
// the padding does not decrypt to zero. Constant time in s.
Result<Fr> decryptAmount(const Pct& pct, const Scalar& s);

} // namespace bs::crypto
