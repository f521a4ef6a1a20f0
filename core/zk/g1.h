// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// BN254 G1: y^2 = x^3 + 3 over Fq, generator (1, 2). The group order is the scalar field
// prime r and the cofactor is 1, so every point on the curve is in the group.

#include "zk/fq.h"
#include "zk/jacobian.h"

#include <cstdint>
#include <optional>
#include <span>

namespace bs::zk {

struct G1Curve
{
    using Field = Fq;
    static constexpr Fq kB = Fq::fromU64(3);
};

using G1Affine = AffinePoint<G1Curve>;
using G1 = JacobianPoint<G1Curve>;

inline constexpr G1Affine g1Generator()
{
    return G1Affine::fromXY(Fq::fromU64(1), Fq::fromU64(2));
}

// Decodes a G1 point as snarkjs stores it in a .zkey: x then y, each 32 bytes little-endian in
// Montgomery form (value * 2^256 mod q); 64 zero bytes is the point at infinity. Returns
// nullopt if a coordinate is >= q or the point is not on the curve.
std::optional<G1Affine> g1FromZkeyBytes(std::span<const uint8_t, 64> bytes);

} // namespace bs::zk
