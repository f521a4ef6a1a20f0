// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Points of a short Weierstrass curve y^2 = x^3 + b (a = 0) over a field F, shared by G1
// (F = Fq) and G2 (F = Fq2). `Curve` provides `using Field = F;` and `static constexpr F kB`.
//
// Affine points carry an explicit infinity flag; Jacobian points (X, Y, Z) represent
// (X/Z^2, Y/Z^3) and infinity is Z = 0. The formulas are the a = 0 ones from the
// Explicit-Formulas Database (dbl-2009-l, madd-2007-bl, add-2007-bl); every exceptional
// case (infinity, P == Q, P == -Q) is handled, so the operations are complete.
//
// Not constant time: these points are public (proving-key bases) or the prover's own blinded
// results; scalar multiplication here is a variable-time double-and-add.

#include "crypto/montgomery.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace bs::zk {

template <class Curve>
struct AffinePoint
{
    using F = typename Curve::Field;
    F x;
    F y;
    bool infinity = true;

    static constexpr AffinePoint identity() { return {}; }
    static constexpr AffinePoint fromXY(const F& x, const F& y) { return {x, y, false}; }

    // y^2 == x^3 + b; the identity counts as on the curve.
    constexpr bool isOnCurve() const
    {
        return infinity || y.square() == x.square() * x + Curve::kB;
    }
    constexpr AffinePoint operator-() const { return infinity ? *this : AffinePoint{x, -y, false}; }
    constexpr bool operator==(const AffinePoint& o) const
    {
        return infinity == o.infinity && (infinity || (x == o.x && y == o.y));
    }
};

template <class Curve>
class JacobianPoint
{
public:
    using F = typename Curve::Field;
    using Affine = AffinePoint<Curve>;

    constexpr JacobianPoint() = default; // identity
    constexpr JacobianPoint(const Affine& a)
        : m_x(a.infinity ? F::one() : a.x)
        , m_y(a.infinity ? F::one() : a.y)
        , m_z(a.infinity ? F::zero() : F::one())
    {}

    static constexpr JacobianPoint identity() { return {}; }
    constexpr bool isIdentity() const { return m_z.isZero(); }

    constexpr JacobianPoint dbl() const
    {
        if (isIdentity())
            return *this;
        const F a = m_x.square();
        const F b = m_y.square();
        const F c = b.square();
        const F d = ((m_x + b).square() - a - c).dbl();
        const F e = a.dbl() + a;
        const F f = e.square();
        JacobianPoint r;
        r.m_x = f - d.dbl();
        r.m_y = e * (d - r.m_x) - c.dbl().dbl().dbl();
        r.m_z = (m_y * m_z).dbl();
        return r;
    }

    // this + q for an affine q (mixed addition, 7M + 4S).
    constexpr JacobianPoint addMixed(const Affine& q) const
    {
        if (q.infinity)
            return *this;
        if (isIdentity())
            return JacobianPoint(q);
        const F z1z1 = m_z.square();
        const F u2 = q.x * z1z1;
        const F s2 = q.y * m_z * z1z1;
        const F h = u2 - m_x;
        const F rr = (s2 - m_y).dbl();
        if (h.isZero())
            return rr.isZero() ? dbl() : JacobianPoint();
        const F hh = h.square();
        const F i = hh.dbl().dbl();
        const F j = h * i;
        const F v = m_x * i;
        JacobianPoint r;
        r.m_x = rr.square() - j - v.dbl();
        r.m_y = rr * (v - r.m_x) - (m_y * j).dbl();
        r.m_z = (m_z + h).square() - z1z1 - hh;
        return r;
    }

    constexpr JacobianPoint operator+(const JacobianPoint& q) const
    {
        if (isIdentity())
            return q;
        if (q.isIdentity())
            return *this;
        const F z1z1 = m_z.square();
        const F z2z2 = q.m_z.square();
        const F u1 = m_x * z2z2;
        const F u2 = q.m_x * z1z1;
        const F s1 = m_y * q.m_z * z2z2;
        const F s2 = q.m_y * m_z * z1z1;
        const F h = u2 - u1;
        const F rr = (s2 - s1).dbl();
        if (h.isZero())
            return rr.isZero() ? dbl() : JacobianPoint();
        const F i = h.dbl().square();
        const F j = h * i;
        const F v = u1 * i;
        JacobianPoint r;
        r.m_x = rr.square() - j - v.dbl();
        r.m_y = rr * (v - r.m_x) - (s1 * j).dbl();
        r.m_z = ((m_z + q.m_z).square() - z1z1 - z2z2) * h;
        return r;
    }

    constexpr JacobianPoint operator-() const
    {
        JacobianPoint r = *this;
        r.m_y = -r.m_y;
        return r;
    }
    constexpr JacobianPoint operator-(const JacobianPoint& q) const { return *this + (-q); }
    constexpr JacobianPoint& operator+=(const JacobianPoint& q) { return *this = *this + q; }

    // k * this for a 256-bit little-endian scalar k (any value; not reduced by the group
    // order, so multiplying by the order itself is a subgroup test).
    constexpr JacobianPoint mul(const std::array<uint64_t, 4>& k) const
    {
        JacobianPoint acc;
        for (int i = 255; i >= 0; --i) {
            acc = acc.dbl();
            if ((k[i / 64] >> (i % 64)) & 1)
                acc += *this;
        }
        return acc;
    }

    Affine toAffine() const
    {
        if (isIdentity())
            return Affine::identity();
        const F zi = m_z.inverse();
        const F zi2 = zi.square();
        return Affine::fromXY(m_x * zi2, m_y * zi2 * zi);
    }

    // Converts many points with a single field inversion (Montgomery's trick).
    static std::vector<Affine> batchToAffine(std::span<const JacobianPoint> pts)
    {
        std::vector<F> zs(pts.size());
        for (std::size_t i = 0; i < pts.size(); ++i)
            zs[i] = pts[i].m_z;
        crypto::batchInverse(std::span<F>(zs));
        std::vector<Affine> out(pts.size());
        for (std::size_t i = 0; i < pts.size(); ++i) {
            if (pts[i].isIdentity())
                continue;
            const F zi2 = zs[i].square();
            out[i] = Affine::fromXY(pts[i].m_x * zi2, pts[i].m_y * zi2 * zs[i]);
        }
        return out;
    }

    // Same point, possibly different representations.
    constexpr bool operator==(const JacobianPoint& q) const
    {
        if (isIdentity() || q.isIdentity())
            return isIdentity() && q.isIdentity();
        const F z1z1 = m_z.square();
        const F z2z2 = q.m_z.square();
        return m_x * z2z2 == q.m_x * z1z1 && m_y * q.m_z * z2z2 == q.m_y * m_z * z1z1;
    }

    constexpr bool isOnCurve() const
    {
        if (isIdentity())
            return true;
        // Y^2 = X^3 + b Z^6
        const F z2 = m_z.square();
        const F z6 = z2.square() * z2;
        return m_y.square() == m_x.square() * m_x + Curve::kB * z6;
    }

private:
    F m_x = F::one();
    F m_y = F::one();
    F m_z = F::zero();
};

} // namespace bs::zk
