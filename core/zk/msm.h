// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Multi-scalar multiplication sum_i k_i * P_i (Pippenger's bucket method with signed window
// digits), for G1 and G2. Variable time in the scalars (bucket choice, skipped zero digits),
// like snarkjs and rapidsnark: the witness is secret, so this suits a local prover, not a
// service where an attacker can measure its timing.

#include "zk/g1.h"
#include "zk/g2.h"
#include "zk/jacobian.h"

#include <array>
#include <cstdint>
#include <span>

namespace bs::zk {

using Scalar = std::array<uint64_t, 4>; // canonical little-endian integer < 2^254

// The window width (bits) that minimises the estimated group additions for n points.
unsigned msmWindowBits(std::size_t n);

// sum_i scalars[i] * bases[i], using up to `threads` threads (at least one). Identity bases
// and zero scalars are allowed. Preconditions (else std::invalid_argument): equal lengths,
// every scalar < 2^254.
template <class Curve>
JacobianPoint<Curve>
msm(std::span<const AffinePoint<Curve>> bases, std::span<const Scalar> scalars, unsigned threads);

extern template JacobianPoint<G1Curve>
msm<G1Curve>(std::span<const G1Affine>, std::span<const Scalar>, unsigned);
extern template JacobianPoint<G2Curve>
msm<G2Curve>(std::span<const G2Affine>, std::span<const Scalar>, unsigned);

} // namespace bs::zk
