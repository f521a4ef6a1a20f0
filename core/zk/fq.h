// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The BN254 base field Fq: coordinates of G1 points and the base of Fq2 (G2 coordinates).

#include "crypto/montgomery.h"

namespace bs::zk {

struct FqParams
{
    // q = 21888242871839275222246405745257275088696311157297823662689037894645226208583
    //   = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47
    static constexpr std::array<uint64_t, 4> kModulus = {
        0x3c208c16d87cfd47ull,
        0x97816a916871ca8dull,
        0xb85045b68181585dull,
        0x30644e72e131a029ull,
    };
    // q = 3 mod 4, so -1 is a non-residue; 3 is the smallest non-residue > 1 (checked in tst_fq).
    static constexpr uint64_t kNonResidue = 3;
};

using Fq = crypto::MontField<FqParams>;

static_assert(Fq::kInv == 0x87d20782e4866389ull, "-q^-1 mod 2^64 (zk-formats.md section 1)");

// 1/x by the binary extended Euclidean algorithm, several times faster than Fq::inverse()
// (Fermat) but VARIABLE TIME in x: only for values that are not secret, such as the batched
// slope denominators of the MSM. inverseVartime(0) == 0, like Fq::inverse().
Fq inverseVartime(const Fq& x);

} // namespace bs::zk
