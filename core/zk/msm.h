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

// The window width (bits) that minimises the estimated group additions for n points.
unsigned msmWindowBits(std::size_t n);

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

    unsigned windowBits() const { return m_c; }
    unsigned windows() const { return m_windows; }
    // windows() of a plan for n points, known before the scalars are.
    static unsigned windowsFor(std::size_t n);

    // sum_i d_i,w * bases[i] for the signed digits d_i,w of window w; const and safe to call
    // concurrently for different (or equal) w. Precondition: w < windows() (else
    // std::invalid_argument).
    Point window(unsigned w) const;

    // sum_w 2^(c w) sums[w]. Precondition: sums.size() == windows() (else
    // std::invalid_argument).
    Point combine(std::span<const Point> sums) const;

private:
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
