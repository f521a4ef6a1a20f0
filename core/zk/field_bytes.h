// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Little-endian byte <-> limb helpers for the snarkjs binary formats (.zkey, .wtns), which
// store 32-byte little-endian integers at arbitrary (unaligned) offsets.

#include "zk/fq.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>

namespace bs::zk {

using Limbs = std::array<uint64_t, 4>;

inline Limbs limbsFromBytesLE(std::span<const uint8_t, 32> b)
{
    Limbs v{};
    if constexpr (std::endian::native == std::endian::little) {
        // The limbs' own layout: one unaligned copy (zkey decoding reads ~10^5 of these).
        std::memcpy(v.data(), b.data(), 32);
    } else {
        for (int i = 0; i < 32; ++i)
            v[i / 8] |= static_cast<uint64_t>(b[i]) << (8 * (i % 8));
    }
    return v;
}

inline void limbsToBytesLE(const Limbs& v, std::span<uint8_t, 32> out)
{
    for (int i = 0; i < 32; ++i)
        out[i] = static_cast<uint8_t>(v[i / 8] >> (8 * (i % 8)));
}

inline bool allZero(std::span<const uint8_t> b)
{
    // Eight bytes at a time (every point of a zkey is tested), then the tail.
    uint64_t acc = 0;
    std::size_t i = 0;
    for (; i + 8 <= b.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, b.data() + i, 8);
        acc |= w;
    }
    for (; i < b.size(); ++i)
        acc |= b[i];
    return acc == 0;
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
