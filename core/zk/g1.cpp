// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/g1.h"

#include "zk/field_bytes.h"

namespace bs::zk {

std::optional<G1Affine> g1FromZkeyBytes(std::span<const uint8_t, 64> bytes)
{
    if (allZero(bytes))
        return G1Affine::identity();
    const auto x = fqFromMontgomeryBytesLE(bytes.subspan<0, 32>());
    const auto y = fqFromMontgomeryBytesLE(bytes.subspan<32, 32>());
    if (!x || !y)
        return std::nullopt;
    const auto p = G1Affine::fromXY(*x, *y);
    if (!p.isOnCurve())
        return std::nullopt;
    return p;
}

} // namespace bs::zk
