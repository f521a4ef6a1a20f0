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
#include <vector>

namespace bs::zk {

using Scalar = std::array<uint64_t, 4>; // canonical little-endian integer < 2^254

// The window width (bits) that minimises the estimated group additions for n points with
// scalars of `scalarBits` bits.
unsigned msmWindowBits(std::size_t n, unsigned scalarBits = 254);

// The GLV endomorphism of BN254 G1: phi(x, y) = (beta x, y) with beta a primitive cube root of
// unity in Fq equals lambda * (x, y) for every point of G1, lambda a cube root of unity mod r.
// A scalar k splits as k = k1 + k2 lambda (mod r) with |k1|, |k2| < 2^128, so an MSM over n
// points with 254-bit scalars becomes one over 2n points (P_i, phi(P_i)) with 128-bit scalars:
// half the windows, half the bucket sums.
inline constexpr Fq kGlvBeta = Fq::fromCanonicalLimbs(
    {0x5763473177fffffeull, 0xd4f263f1acdb5c4full, 0x59e26bcea0d48bacull, 0});
inline constexpr Scalar kGlvLambda = {0x8b17ea66b99c90ddull, 0x5bfc41088d8daaa7ull,
                                      0xb3c4d79d41a91758ull, 0};

// phi(p) = (beta x, y); the identity maps to itself.
G1Affine glvEndomorphism(const G1Affine& p);

// On G2 (the twist over Fq2) the same kind of map, with beta^2 = -1 - beta in place of beta
// (checked in tst_msm: (beta x, y) is lambda^2 (x, y) there), is lambda * as well:
// phi(p) = (beta^2 x, y) = lambda p for every p in G2.
G2Affine glvEndomorphism(const G2Affine& p);

// The 2n bases of a GLV MSM: bases[0..n) followed by their images phi(bases[i]).
std::vector<G1Affine> glvBases(std::span<const G1Affine> bases);
std::vector<G2Affine> glvBases(std::span<const G2Affine> bases);

// k = (neg1 ? -k1 : k1) + (neg2 ? -k2 : k2) * lambda (mod r), with k1, k2 < 2^128, for any
// k < 2^256 (the lattice decomposition with the short basis of {(a, b) : a + b lambda = 0
// mod r}; the bound is proven in msm.cpp and checked in tst_msm).
struct GlvSplit
{
    Scalar k1{};
    Scalar k2{};
    bool neg1 = false;
    bool neg2 = false;
};
GlvSplit glvSplit(const Scalar& k);

// Tag of the GLV constructor of MsmPlan.
struct Glv
{};

// sum_i scalars[i] * bases[i], using up to `threads` threads (at least one). Identity bases
// and zero scalars are allowed. Preconditions (else std::invalid_argument): equal lengths,
// every scalar < 2^254.
template <class Curve>
JacobianPoint<Curve>
msm(std::span<const AffinePoint<Curve>> bases, std::span<const Scalar> scalars, unsigned threads);

// The same MSM cut into independent window jobs, so that a caller can schedule the windows of
// several MSMs (and other work) on one pool of threads and keep every core busy:
//   MsmPlan plan(bases, scalars);        // recodes the scalars (signed digits)
//   sums[w] = plan.window(w);            // any order, any thread, each w once
//   result  = plan.combine(sums);
// The plan keeps a view of `bases` (they must outlive it) and its own copy of the digits.
template <class Curve>
class MsmPlan
{
public:
    using Point = JacobianPoint<Curve>;

    // Same preconditions as msm() (else std::invalid_argument).
    MsmPlan(std::span<const AffinePoint<Curve>> bases, std::span<const Scalar> scalars);

    // The same MSM sum_i scalars[i] * bases[i] by GLV: `glvBases` is
    // glvBases(bases) (2n points), each scalar is split by glvSplit() and the plan runs over
    // the 2n points with 128-bit scalars. Preconditions (else std::invalid_argument):
    // glvBases.size() == 2 * scalars.size(), every scalar < 2^254.
    MsmPlan(std::span<const AffinePoint<Curve>> glvBases, std::span<const Scalar> scalars, Glv);

    unsigned windowBits() const { return m_c; }
    unsigned windows() const { return m_windows; }
    // windows() of a plan for n points (n scalars, also with Glv), known before the scalars
    // are.
    static unsigned windowsFor(std::size_t n, bool glv = false);

    // sum_i d_i,w * bases[i] for the signed digits d_i,w of window w; const and safe to call
    // concurrently for different (or equal) w. Precondition: w < windows() (else
    // std::invalid_argument).
    Point window(unsigned w) const;

    // sum_w 2^(c w) sums[w]. Precondition: sums.size() == windows() (else
    // std::invalid_argument).
    Point combine(std::span<const Point> sums) const;

    // Every window on up to `threads` threads (at least one, the calling one included), then
    // combine(): the whole MSM.
    Point run(unsigned threads) const;

private:
    void setWindows(std::size_t points, unsigned scalarBits);
    // Writes the signed digits of k (negated if neg) for point i.
    void recode(std::size_t i, const Scalar& k, bool neg);

    std::span<const AffinePoint<Curve>> m_bases;
    unsigned m_c = 1;
    unsigned m_windows = 0;
    std::vector<int32_t> m_digits; // window-major: m_digits[w * n + i]
};

extern template class MsmPlan<G1Curve>;
extern template class MsmPlan<G2Curve>;

extern template JacobianPoint<G1Curve>
msm<G1Curve>(std::span<const G1Affine>, std::span<const Scalar>, unsigned);
extern template JacobianPoint<G2Curve>
msm<G2Curve>(std::span<const G2Affine>, std::span<const Scalar>, unsigned);

} // namespace bs::zk
