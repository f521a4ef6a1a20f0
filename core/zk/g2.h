// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// BN254 G2: the sextic twist y^2 = x^3 + 3/(9+u) over Fq2. The curve's group has a large
// cofactor, so points from outside must pass isInSubgroup() (a multiplication by r, about a
// millisecond: apply it to a sample, not to every proving-key base).

#include "zk/fq2.h"
#include "zk/jacobian.h"

#include <cstdint>
#include <optional>
#include <span>

namespace bs::zk {

struct G2Curve
{
    using Field = Fq2;
    // b' = 3 / (9 + u)
    static constexpr Fq2 kB = {
        Fq::fromCanonicalLimbs({0x3267e6dc24a138e5ull, 0xb5b4c5e559dbefa3ull, 0x81be18991be06ac3ull,
                                0x2b149d40ceb8aaaeull}),
        Fq::fromCanonicalLimbs({0xe4a2bd0685c315d2ull, 0xa74fa084e52d1852ull, 0xcd2cafadeed8fdf4ull,
                                0x009713b03af0fed4ull}),
    };
};

using G2Affine = AffinePoint<G2Curve>;
using G2 = JacobianPoint<G2Curve>;

G2Affine g2Generator();

// True iff p is in the order-r subgroup (identity included). Precondition: p is on the curve.
bool isInSubgroup(const G2Affine& p);

// Decodes a G2 point as snarkjs stores it in a .zkey: x.c0, x.c1, y.c0, y.c1, each 32 bytes
// little-endian in Montgomery form mod q; 128 zero bytes is the point at infinity. Returns
// nullopt if a coordinate is >= q or the point is not on the twist (no subgroup check).
std::optional<G2Affine> g2FromZkeyBytes(std::span<const uint8_t, 128> bytes);

} // namespace bs::zk
