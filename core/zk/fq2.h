// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fq2 = Fq[u] / (u^2 + 1), the field of G2 coordinates. An element is c0 + c1*u; every
// external format (zkey, snarkjs JSON) lists (c0, c1), only Solidity calldata swaps them.

#include "zk/fq.h"

namespace bs::zk {

struct Fq2
{
    Fq c0;
    Fq c1;

    static constexpr Fq2 zero() { return {}; }
    static constexpr Fq2 one() { return {Fq::one(), Fq::zero()}; }

    constexpr Fq2 operator+(const Fq2& o) const { return {c0 + o.c0, c1 + o.c1}; }
    constexpr Fq2 operator-(const Fq2& o) const { return {c0 - o.c0, c1 - o.c1}; }
    constexpr Fq2 operator-() const { return {-c0, -c1}; }
    constexpr Fq2 dbl() const { return {c0.dbl(), c1.dbl()}; }

    // Karatsuba: 3 base multiplications.
    constexpr Fq2 operator*(const Fq2& o) const
    {
        const Fq t0 = c0 * o.c0;
        const Fq t1 = c1 * o.c1;
        return {t0 - t1, (c0 + c1) * (o.c0 + o.c1) - t0 - t1};
    }
    // (c0 + c1 u)^2 = (c0 + c1)(c0 - c1) + 2 c0 c1 u: 2 base multiplications.
    constexpr Fq2 square() const { return {(c0 + c1) * (c0 - c1), (c0 * c1).dbl()}; }
    constexpr Fq2 operator*(const Fq& k) const { return {c0 * k, c1 * k}; }

    constexpr Fq2& operator+=(const Fq2& o) { return *this = *this + o; }
    constexpr Fq2& operator-=(const Fq2& o) { return *this = *this - o; }
    constexpr Fq2& operator*=(const Fq2& o) { return *this = *this * o; }

    // 1 / (c0 + c1 u) = (c0 - c1 u) / (c0^2 + c1^2). inverse(0) == 0.
    constexpr Fq2 inverse() const
    {
        const Fq t = (c0.square() + c1.square()).inverse();
        return {c0 * t, -(c1 * t)};
    }

    // Same, variable time in the value (see inverseVartime(const Fq&)).
    Fq2 inverseVartime() const
    {
        const Fq t = zk::inverseVartime(c0.square() + c1.square());
        return {c0 * t, -(c1 * t)};
    }

    constexpr bool isZero() const { return c0.isZero() && c1.isZero(); }
    constexpr bool operator==(const Fq2&) const = default;
};

} // namespace bs::zk
