// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Poseidon cipher (Khovratovich, "Encryption with Poseidon"), in the form used by
// circomlib's PoseidonDecrypt, @zk-kit/poseidon-cipher and the eERC circuits: an
// authenticated duplex over the width-4 Poseidon permutation, keyed by a BabyJubJub point.
// Spec: eerc-protocol.md section 3.2.

#include "crypto/fr.h"
#include "util/result.h"

#include <cstddef>
#include <span>
#include <vector>

namespace bs::crypto {

// The shared key: the affine coordinates of an ECDH point.
struct PoseidonKey
{
    Fr x;
    Fr y;
};

// Number of ciphertext elements for a message of `length` elements: 3*ceil(length/3) + 1.
std::size_t poseidonCiphertextLength(std::size_t length);

// True iff nonce < 2^128, the range the circuits accept.
bool isValidPoseidonNonce(const Fr& nonce);

// Encrypts `message` (any length >= 0) under `key` and `nonce`. Returns
// poseidonCiphertextLength(message.size()) elements: the padded blocks, then the tag.
// Precondition: isValidPoseidonNonce(nonce) (std::invalid_argument otherwise; nonces are
// chosen by our code, so a bad one is a bug).
std::vector<Fr>
poseidonEncrypt(std::span<const Fr> message, const PoseidonKey& key, const Fr& nonce);

// Decrypts a ciphertext of a message of `length` elements. Fails (with a message) unless
// the nonce is < 2^128, the ciphertext has exactly poseidonCiphertextLength(length)
// elements, the tag matches and every padding element decrypts to zero. A wrong key shows
// up as a tag mismatch. All checks are done before returning, whatever fails first; the
// plaintext is returned only when all pass.
Result<std::vector<Fr>> poseidonDecrypt(std::span<const Fr> ciphertext,
                                        const PoseidonKey& key,
                                        const Fr& nonce,
                                        std::size_t length);

} // namespace bs::crypto
