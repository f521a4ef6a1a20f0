// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Poseidon over the BN254 scalar field, circomlib variant (compatible with circomlib's
// Poseidon(n) template, circomlibjs and poseidon-lite): S-box x^5, 8 full rounds (4 before
// and 4 after the partial rounds), circomlib's partial round counts, constants from
// crypto/poseidon_constants.h. Every round is add-constants, S-box, MDS mix.
//
// Runs in time independent of the element values (inputs may be secret, e.g. a private key
// in the registration hash).

#include "crypto/fr.h"

#include <span>

namespace bs::crypto {

inline constexpr std::size_t kPoseidonMinWidth = 2;
inline constexpr std::size_t kPoseidonMaxWidth = 17;

// Applies the Poseidon permutation of width t = state.size() in place.
// Precondition: 2 <= t <= 17 (std::invalid_argument otherwise: a bug, not a user error).
void poseidonPermute(std::span<Fr> state);

// circomlib Poseidon(n) hash of n = inputs.size() elements: the first cell of the width
// n+1 permutation of [0, inputs...].
// Precondition: 1 <= n <= 16 (std::invalid_argument otherwise).
Fr poseidon(std::span<const Fr> inputs);

} // namespace bs::crypto
