// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The BN254 (alt_bn128) scalar field Fr: the field of circom signals, Poseidon and the
// coordinates of BabyJubJub points.

#include "crypto/montgomery.h"
#include "util/u256.h"

#include <optional>

namespace bs::crypto {

struct FrParams
{
    // r = 21888242871839275222246405745257275088548364400416034343698204186575808495617
    //   = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001
    static constexpr std::array<uint64_t, 4> kModulus = {
        0x43e1f593f0000001ull,
        0x2833e84879b97091ull,
        0xb85045b68181585dull,
        0x30644e72e131a029ull,
    };
    // 5 generates Fr* (as used by circom/snarkjs), hence it is a quadratic non-residue.
    static constexpr uint64_t kNonResidue = 5;
};

using Fr = MontField<FrParams>;

static_assert(Fr::kTwoAdicity == 28, "BN254 Fr has 2-adicity 28");

// A 256-bit integer as a field element; nullopt for values >= r (never reduced silently).
inline std::optional<Fr> toFr(const U256& value)
{
    if (!Fr::isBelowModulus(value.limbs()))
        return std::nullopt;
    return Fr::fromCanonicalLimbs(value.limbs());
}

// The canonical value of a field element.
inline U256 toU256(const Fr& x)
{
    return U256::fromLimbs(x.canonicalLimbs());
}

} // namespace bs::crypto
