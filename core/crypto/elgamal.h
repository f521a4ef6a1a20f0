// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Exponential ElGamal on BabyJubJub with generator Base8, as used for eERC balances (EGCT):
//   Encrypt(PK, v, r) = (c1, c2) = (r*B, v*B + r*PK),   Decrypt(s) = c2 - s*c1 = v*B.
// Recovering v from v*B needs a discrete log (crypto/discrete_log.h).

#include "crypto/babyjubjub.h"

#include <array>
#include <cstdint>

namespace bs::crypto::elgamal {

struct Ciphertext
{
    Point c1;
    Point c2;
    bool operator==(const Ciphertext&) const = default;
};

// Encryption with caller-chosen randomness r (constant time in v and r). r must be secret
// and fresh for every ciphertext; r = 0 would publish v*B in c2. A multiplier given as a
// wider integer (the transfer circuit accepts r < 2^253) is reduced mod l first: because
// B and PK have order l, the ciphertext is identical.
Ciphertext encrypt(const Point& publicKey, const Scalar& v, const Scalar& r);

// Encryption with fresh randomness r in [1, l) (randomNonZeroScalar; throws RandomFailure
// if the system RNG fails).
Ciphertext encrypt(const Point& publicKey, const Scalar& v);

// The deterministic form the contracts compute on chain (deposit, withdraw): r = 1,
// c1 = B, c2 = PK + v*B. Only for public amounts.
Ciphertext encryptOnChain(const Point& publicKey, const Scalar& v);

// c2 - s*c1 (constant time in s): v*B for the owner of s.
Point decryptToPoint(const Ciphertext& ct, const Scalar& privateKey);

// Component-wise homomorphic sum / difference: encrypts v1 + v2 / v1 - v2 (mod l).
Ciphertext add(const Ciphertext& a, const Ciphertext& b);
Ciphertext sub(const Ciphertext& a, const Ciphertext& b);

// keccak256(abi.encode(c1.x, c1.y, c2.x, c2.y)) as EncryptedUserBalances._hashEGCT computes
// it: the 32-byte big-endian uint256 (it may exceed the field modulus).
std::array<uint8_t, 32> egctHash(const Ciphertext& ct);

} // namespace bs::crypto::elgamal
