// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/fq.h"

namespace bs::zk {

namespace {

using Limbs = std::array<uint64_t, 4>;
using u128 = crypto::mont_detail::u128;

bool isOne(const Limbs& a)
{
    return a[0] == 1 && (a[1] | a[2] | a[3]) == 0;
}
bool isEven(const Limbs& a)
{
    return (a[0] & 1) == 0;
}

void shr1(Limbs& a)
{
    for (int i = 0; i < 3; ++i)
        a[i] = (a[i] >> 1) | (a[i + 1] << 63);
    a[3] >>= 1;
}

// a >= b as integers.
bool geq(const Limbs& a, const Limbs& b)
{
    for (int i = 3; i >= 0; --i) {
        if (a[i] != b[i])
            return a[i] > b[i];
    }
    return true;
}

// a -= b; precondition a >= b.
void sub(Limbs& a, const Limbs& b)
{
    uint64_t borrow = 0;
    for (int i = 0; i < 4; ++i) {
        const u128 t = u128(a[i]) - b[i] - borrow;
        a[i] = uint64_t(t);
        borrow = uint64_t(t >> 127);
    }
}

// a = a / 2 mod q, for a < q (q is odd, so add q when a is odd; q < 2^254 so no overflow).
void halveMod(Limbs& a)
{
    if (!isEven(a)) {
        uint64_t carry = 0;
        for (int i = 0; i < 4; ++i) {
            const u128 t = u128(a[i]) + FqParams::kModulus[i] + carry;
            a[i] = uint64_t(t);
            carry = uint64_t(t >> 64);
        }
    }
    shr1(a);
}

// a = a - b mod q, for a, b < q.
void subMod(Limbs& a, const Limbs& b)
{
    if (geq(a, b)) {
        sub(a, b);
    } else {
        Limbs t = FqParams::kModulus;
        sub(t, b);
        uint64_t carry = 0;
        for (int i = 0; i < 4; ++i) {
            const u128 s = u128(a[i]) + t[i] + carry;
            a[i] = uint64_t(s);
            carry = uint64_t(s >> 64);
        }
    }
}

} // namespace

Fq inverseVartime(const Fq& x)
{
    if (x.isZero())
        return Fq();
    // Invariants: x1 * a = u and x2 * a = v (mod q), where a is the Montgomery representation
    // a = x * R. On exit x1 = (x R)^-1 = x^-1 R^-1 as a plain integer.
    Limbs u = x.montgomeryLimbs();
    Limbs v = FqParams::kModulus;
    Limbs x1 = {1, 0, 0, 0};
    Limbs x2 = {0, 0, 0, 0};
    while (!isOne(u) && !isOne(v)) {
        while (isEven(u)) {
            shr1(u);
            halveMod(x1);
        }
        while (isEven(v)) {
            shr1(v);
            halveMod(x2);
        }
        if (geq(u, v)) {
            sub(u, v);
            subMod(x1, x2);
        } else {
            sub(v, u);
            subMod(x2, x1);
        }
    }
    const Limbs& r = isOne(u) ? x1 : x2; // x^-1 R^-1
    // Read as a Montgomery representation, r is the element x^-1 R^-2; times the element R^2
    // that is x^-1.
    static constexpr Fq kRR = Fq::fromCanonicalLimbs(Fq::kR2);
    return Fq::fromMontgomeryLimbs(r) * kRR;
}

} // namespace bs::zk
