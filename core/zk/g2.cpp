// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/g2.h"

#include "crypto/fr.h"
#include "zk/field_bytes.h"

namespace bs::zk {

G2Affine g2Generator()
{
    static constexpr G2Affine g =
        G2Affine::fromXY({Fq::fromCanonicalLimbs({0x46debd5cd992f6edull, 0x674322d4f75edaddull,
                                                  0x426a00665e5c4479ull, 0x1800deef121f1e76ull}),
                          Fq::fromCanonicalLimbs({0x97e485b7aef312c2ull, 0xf1aa493335a9e712ull,
                                                  0x7260bfb731fb5d25ull, 0x198e9393920d483aull})},
                         {Fq::fromCanonicalLimbs({0x4ce6cc0166fa7daaull, 0xe3d1e7690c43d37bull,
                                                  0x4aab71808dcb408full, 0x12c85ea5db8c6debull}),
                          Fq::fromCanonicalLimbs({0x55acdadcd122975bull, 0xbc4b313370b38ef3ull,
                                                  0xec9e99ad690c3395ull, 0x090689d0585ff075ull})});
    return g;
}

bool isInSubgroup(const G2Affine& p)
{
    return G2(p).mul(crypto::FrParams::kModulus).isIdentity();
}

std::optional<G2Affine> g2FromZkeyBytes(std::span<const uint8_t, 128> bytes)
{
    if (allZero(bytes))
        return G2Affine::identity();
    const auto x0 = fqFromMontgomeryBytesLE(bytes.subspan<0, 32>());
    const auto x1 = fqFromMontgomeryBytesLE(bytes.subspan<32, 32>());
    const auto y0 = fqFromMontgomeryBytesLE(bytes.subspan<64, 32>());
    const auto y1 = fqFromMontgomeryBytesLE(bytes.subspan<96, 32>());
    if (!x0 || !x1 || !y0 || !y1)
        return std::nullopt;
    const auto p = G2Affine::fromXY({*x0, *x1}, {*y0, *y1});
    if (!p.isOnCurve())
        return std::nullopt;
    return p;
}

} // namespace bs::zk
