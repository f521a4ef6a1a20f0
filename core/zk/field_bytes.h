// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Little-endian byte <-> limb helpers for the snarkjs binary formats (.zkey, .wtns), which
// store 32-byte little-endian integers at arbitrary (unaligned) offsets.

#include "zk/fq.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace bs::zk {

using Limbs = std::array<uint64_t, 4>;

inline Limbs limbsFromBytesLE(std::span<const uint8_t, 32> b)
{
    Limbs v{};
    for (int i = 0; i < 32; ++i)
        v[i / 8] |= static_cast<uint64_t>(b[i]) << (8 * (i % 8));
    return v;
}

inline void limbsToBytesLE(const Limbs& v, std::span<uint8_t, 32> out)
{
    for (int i = 0; i < 32; ++i)
        out[i] = static_cast<uint8_t>(v[i / 8] >> (8 * (i % 8)));
}

inline bool allZero(std::span<const uint8_t> b)
{
    return std::all_of(b.begin(), b.end(), [](uint8_t x) { return x == 0; });
}

// An Fq element from its Montgomery representation (32 bytes LE); nullopt if >= q.
inline std::optional<Fq> fqFromMontgomeryBytesLE(std::span<const uint8_t, 32> b)
{
    const Limbs v = limbsFromBytesLE(b);
    if (!Fq::isBelowModulus(v))
        return std::nullopt;
    return Fq::fromMontgomeryLimbs(v);
}

} // namespace bs::zk
