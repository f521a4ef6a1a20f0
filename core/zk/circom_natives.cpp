// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/circom_natives.h"

#include "crypto/fr.h"

#include <array>
#include <cstring>
#include <gmp.h>
#include <optional>

namespace bs::zk {

using wasm::FuncType;
using wasm::NativeContext;
using wasm::ValType;

namespace {

__extension__ typedef unsigned __int128 u128;

constexpr const char* kOutOfBounds = "out of bounds memory access";

// The BN254 scalar field prime r (circom's p), 64-bit limbs LE, and -r^-1 mod 2^64.
constexpr std::array<uint64_t, 4> kP = {0x43e1f593f0000001ull, 0x2833e84879b97091ull,
                                        0xb85045b68181585dull, 0x30644e72e131a029ull};
constexpr uint64_t kNp = 0xc2e1f593efffffffull;
static_assert(kP == crypto::FrParams::kModulus && kNp == crypto::Fr::kInv);

// Addresses are i32 values, zero-extended; `len` bytes from `addr` must lie in the memory.
inline bool fits(const NativeContext& c, uint64_t addr, uint64_t len)
{
    return addr + len <= c.memorySize;
}

inline uint32_t ptr(uint64_t arg)
{
    return uint32_t(arg);
}

inline uint32_t ld32(const NativeContext& c, uint64_t a)
{
    uint32_t v;
    std::memcpy(&v, c.memory + a, 4);
    return v;
}
inline void st32(NativeContext& c, uint64_t a, uint32_t v)
{
    std::memcpy(c.memory + a, &v, 4);
}
inline uint64_t ld64(const NativeContext& c, uint64_t a)
{
    uint64_t v;
    std::memcpy(&v, c.memory + a, 8);
    return v;
}
inline void st64(NativeContext& c, uint64_t a, uint64_t v)
{
    std::memcpy(c.memory + a, &v, 8);
}

using Limbs = std::array<uint64_t, 4>;

inline Limbs load256(const NativeContext& c, uint64_t a)
{
    Limbs l;
    std::memcpy(l.data(), c.memory + a, 32);
    return l;
}
inline void store256(NativeContext& c, uint64_t a, const Limbs& l)
{
    std::memcpy(c.memory + a, l.data(), 32);
}

// a >= b as 256-bit integers.
inline bool gte(const Limbs& a, const Limbs& b)
{
    for (int i = 3; i >= 0; --i) {
        if (a[i] != b[i])
            return a[i] > b[i];
    }
    return true;
}

// a - b mod 2^256.
inline Limbs sub(const Limbs& a, const Limbs& b)
{
    Limbs r;
    uint64_t borrow = 0;
    for (int i = 0; i < 4; ++i) {
        const u128 d = u128(a[i]) - b[i] - borrow;
        r[i] = uint64_t(d);
        borrow = uint64_t(d >> 64) & 1;
    }
    return r;
}

// a + p mod 2^256: the correction after a subtraction borrowed.
inline Limbs plusP(const Limbs& a)
{
    Limbs s;
    uint64_t carry = 0;
    for (int i = 0; i < 4; ++i) {
        const u128 t = u128(a[i]) + kP[i] + carry;
        s[i] = uint64_t(t);
        carry = uint64_t(t >> 64);
    }
    return s;
}

// The helpers' own 32-bit limb loops, word by word in their order (reads of word i before its
// write), so that overlapping operands give the same bytes as the wasm body.
inline uint32_t intAddWords(NativeContext& c, uint64_t x, uint64_t y, uint64_t r)
{
    uint64_t carry = 0;
    for (int i = 0; i < 8; ++i) {
        const uint64_t s = uint64_t(ld32(c, x + 4 * i)) + ld32(c, y + 4 * i) + carry;
        st32(c, r + 4 * i, uint32_t(s));
        carry = s >> 32;
    }
    return uint32_t(carry);
}

// Returns 0, or 0xffffffff on borrow (the body's arithmetic shift of the running difference).
inline uint32_t intSubWords(NativeContext& c, uint64_t x, uint64_t y, uint64_t r)
{
    int64_t d = 0;
    for (int i = 0; i < 8; ++i) {
        d = int64_t(uint64_t(ld32(c, x + 4 * i))) - int64_t(uint64_t(ld32(c, y + 4 * i))) +
            (d >> 32);
        st32(c, r + 4 * i, uint32_t(uint64_t(d)));
    }
    return uint32_t(uint64_t(d >> 32));
}

// Montgomery product t = (x*y + m*p) / 2^256 with m in [0, 2^256) such that the sum is
// divisible; m is unique, so this equals the body's 32-bit-limb result for any 256-bit x, y.
// Then the body's final step: subtract p on carry out of 256 bits, or when t >= p.
inline Limbs montMul(const Limbs& x, const Limbs& y)
{
    // Reduced operands, nearly always the case: the library's multiplication (MULX/ADX where
    // the CPU has them) gives the same, fully reduced, number.
    if (!gte(x, kP) && !gte(y, kP))
        return crypto::mont_detail::montMul<crypto::FrParams::kModulus, crypto::Fr::kInv>(x, y);
    uint64_t t[6] = {0, 0, 0, 0, 0, 0};
    for (int i = 0; i < 4; ++i) {
        uint64_t carry = 0;
        for (int j = 0; j < 4; ++j) {
            const u128 s = u128(x[j]) * y[i] + t[j] + carry;
            t[j] = uint64_t(s);
            carry = uint64_t(s >> 64);
        }
        u128 s = u128(t[4]) + carry;
        t[4] = uint64_t(s);
        t[5] = uint64_t(s >> 64);
        const uint64_t m = t[0] * kNp;
        s = u128(m) * kP[0] + t[0];
        carry = uint64_t(s >> 64);
        for (int j = 1; j < 4; ++j) {
            s = u128(m) * kP[j] + t[j] + carry;
            t[j - 1] = uint64_t(s);
            carry = uint64_t(s >> 64);
        }
        s = u128(t[4]) + carry;
        t[3] = uint64_t(s);
        t[4] = t[5] + uint64_t(s >> 64);
    }
    const Limbs r{t[0], t[1], t[2], t[3]};
    if (t[4] != 0 || gte(r, kP))
        return sub(r, kP);
    return r;
}

// --- the helpers -----------------------------------------------------------------------------

const char* intCopy(NativeContext& c, const uint64_t* a, uint64_t*) // (px, pr)
{
    const uint64_t x = ptr(a[0]), r = ptr(a[1]);
    if (!fits(c, x, 32) || !fits(c, r, 32))
        return kOutOfBounds;
    for (int i = 0; i < 4; ++i)
        st64(c, r + 8 * i, ld64(c, x + 8 * i));
    return nullptr;
}

const char* intZero(NativeContext& c, const uint64_t* a, uint64_t*)
{
    const uint64_t r = ptr(a[0]);
    if (!fits(c, r, 32))
        return kOutOfBounds;
    store256(c, r, {0, 0, 0, 0});
    return nullptr;
}

const char* intOne(NativeContext& c, const uint64_t* a, uint64_t*)
{
    const uint64_t r = ptr(a[0]);
    if (!fits(c, r, 32))
        return kOutOfBounds;
    store256(c, r, {1, 0, 0, 0});
    return nullptr;
}

const char* intIsZero(NativeContext& c, const uint64_t* a, uint64_t* res)
{
    const uint64_t x = ptr(a[0]);
    if (!fits(c, x, 32))
        return kOutOfBounds;
    const Limbs l = load256(c, x);
    *res = (l[0] | l[1] | l[2] | l[3]) == 0;
    return nullptr;
}

const char* intEq(NativeContext& c, const uint64_t* a, uint64_t* res)
{
    const uint64_t x = ptr(a[0]), y = ptr(a[1]);
    if (!fits(c, x, 32) || !fits(c, y, 32))
        return kOutOfBounds;
    *res = load256(c, x) == load256(c, y);
    return nullptr;
}

const char* intGt(NativeContext& c, const uint64_t* a, uint64_t* res)
{
    const uint64_t x = ptr(a[0]), y = ptr(a[1]);
    if (!fits(c, x, 32) || !fits(c, y, 32))
        return kOutOfBounds;
    const Limbs lx = load256(c, x), ly = load256(c, y);
    *res = lx != ly && gte(lx, ly);
    return nullptr;
}

const char* intGte(NativeContext& c, const uint64_t* a, uint64_t* res)
{
    const uint64_t x = ptr(a[0]), y = ptr(a[1]);
    if (!fits(c, x, 32) || !fits(c, y, 32))
        return kOutOfBounds;
    *res = gte(load256(c, x), load256(c, y));
    return nullptr;
}

const char* intAdd(NativeContext& c, const uint64_t* a, uint64_t* res)
{
    const uint64_t x = ptr(a[0]), y = ptr(a[1]), r = ptr(a[2]);
    if (!fits(c, x, 32) || !fits(c, y, 32) || !fits(c, r, 32))
        return kOutOfBounds;
    *res = intAddWords(c, x, y, r);
    return nullptr;
}

const char* intSub(NativeContext& c, const uint64_t* a, uint64_t* res)
{
    const uint64_t x = ptr(a[0]), y = ptr(a[1]), r = ptr(a[2]);
    if (!fits(c, x, 32) || !fits(c, y, 32) || !fits(c, r, 32))
        return kOutOfBounds;
    *res = intSubWords(c, x, y, r);
    return nullptr;
}

// r = x + y, then minus p on carry or when r >= p (the body calls int_add, int_gte, int_sub).
const char* f1mAdd(NativeContext& c, const uint64_t* a, uint64_t*)
{
    const uint64_t x = ptr(a[0]), y = ptr(a[1]), r = ptr(a[2]);
    if (!fits(c, x, 32) || !fits(c, y, 32) || !fits(c, r, 32))
        return kOutOfBounds;
    const uint32_t carry = intAddWords(c, x, y, r);
    const Limbs l = load256(c, r);
    if (carry || gte(l, kP))
        store256(c, r, sub(l, kP));
    return nullptr;
}

// r = x - y, plus p on borrow.
inline void f1mSubAt(NativeContext& c, uint64_t x, uint64_t y, uint64_t r)
{
    if (intSubWords(c, x, y, r) != 0)
        store256(c, r, plusP(load256(c, r)));
}

const char* f1mSub(NativeContext& c, const uint64_t* a, uint64_t*)
{
    const uint64_t x = ptr(a[0]), y = ptr(a[1]), r = ptr(a[2]);
    if (!fits(c, x, 32) || !fits(c, y, 32) || !fits(c, r, 32))
        return kOutOfBounds;
    f1mSubAt(c, x, y, r);
    return nullptr;
}

// r = 0 - x (+ p on borrow). The body subtracts x from a zero constant in memory; a native
// zero gives the same words.
const char* f1mNeg(NativeContext& c, const uint64_t* a, uint64_t*)
{
    const uint64_t x = ptr(a[0]), r = ptr(a[1]);
    if (!fits(c, x, 32) || !fits(c, r, 32))
        return kOutOfBounds;
    int64_t d = 0;
    for (int i = 0; i < 8; ++i) {
        d = -int64_t(uint64_t(ld32(c, x + 4 * i))) + (d >> 32);
        st32(c, r + 4 * i, uint32_t(uint64_t(d)));
    }
    if ((d >> 32) != 0)
        store256(c, r, plusP(load256(c, r)));
    return nullptr;
}

// Both read all of x and y before writing r, so any aliasing is fine.
const char* f1mMul(NativeContext& c, const uint64_t* a, uint64_t*)
{
    const uint64_t x = ptr(a[0]), y = ptr(a[1]), r = ptr(a[2]);
    if (!fits(c, x, 32) || !fits(c, y, 32) || !fits(c, r, 32))
        return kOutOfBounds;
    store256(c, r, montMul(load256(c, x), load256(c, y)));
    return nullptr;
}

const char* f1mSquare(NativeContext& c, const uint64_t* a, uint64_t*)
{
    const uint64_t x = ptr(a[0]), r = ptr(a[1]);
    if (!fits(c, x, 32) || !fits(c, r, 32))
        return kOutOfBounds;
    const Limbs l = load256(c, x);
    store256(c, r, montMul(l, l));
    return nullptr;
}

// R^2 mod p, for the conversion to Montgomery form.
constexpr Limbs kR2 = {0x1bb8e645ae216da7ull, 0x53fe3ab1e35c59e3ull, 0x8c49833d53bb8085ull,
                       0x0216d0b17f4e44a5ull};

const char* f1mToMontgomery(NativeContext& c, const uint64_t* a, uint64_t*) // (x, r)
{
    const uint64_t x = ptr(a[0]), r = ptr(a[1]);
    if (!fits(c, x, 32) || !fits(c, r, 32))
        return kOutOfBounds;
    store256(c, r, montMul(load256(c, x), kR2));
    return nullptr;
}

// The body reduces a copy of x extended to 512 bits, (x + m p) / 2^256, and adds the halves
// with F1m_add's conditional subtraction: the same number as montMul(x, 1).
const char* f1mFromMontgomery(NativeContext& c, const uint64_t* a, uint64_t*) // (x, r)
{
    const uint64_t x = ptr(a[0]), r = ptr(a[1]);
    if (!fits(c, x, 32) || !fits(c, r, 32))
        return kOutOfBounds;
    store256(c, r, montMul(load256(c, x), {1, 0, 0, 0}));
    return nullptr;
}

struct Mpz
{
    mpz_t v;
    Mpz() { mpz_init(v); }
    ~Mpz() { mpz_clear(v); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
    void set(const Limbs& l) { mpz_import(v, 4, -1, 8, 0, 0, l.data()); }
    Limbs get() const // v mod 2^256
    {
        Limbs l{0, 0, 0, 0};
        Mpz low;
        mpz_fdiv_r_2exp(low.v, v, 256);
        size_t n = 0;
        mpz_export(l.data(), &n, -1, 8, 0, 0, low.v);
        return l;
    }
};

// Fr_int_inverseMod(px, pm, pr): the body runs the extended Euclidean algorithm on (m, x) with
// sign-magnitude Bezout coefficients and writes t (t >= 0) or m - |t| (mod 2^256). For m = p
// and x not a multiple of p that is the inverse of x in [0, p), which GMP computes much faster;
// every other case replays the algorithm itself. (Its scratch buffers are not reproduced.)
const char* intInverseMod(NativeContext& c, const uint64_t* a, uint64_t*)
{
    const uint64_t x = ptr(a[0]), m = ptr(a[1]), r = ptr(a[2]);
    if (!fits(c, x, 32) || !fits(c, m, 32) || !fits(c, r, 32))
        return kOutOfBounds;
    const Limbs lm = load256(c, m);
    Mpz vx, vm, res;
    vx.set(load256(c, x));
    vm.set(lm);
    if (lm == kP && mpz_invert(res.v, vx.v, vm.v) != 0) {
        store256(c, r, res.get());
        return nullptr;
    }
    Mpz t, newt, rr, newr, q, tmp;
    mpz_set_ui(newt.v, 1);
    mpz_set(rr.v, vm.v);
    mpz_set(newr.v, vx.v);
    while (mpz_sgn(newr.v) != 0) {
        mpz_fdiv_qr(q.v, tmp.v, rr.v, newr.v);
        mpz_swap(rr.v, newr.v);
        mpz_swap(newr.v, tmp.v);
        mpz_mul(tmp.v, q.v, newt.v);
        mpz_sub(tmp.v, t.v, tmp.v);
        mpz_swap(t.v, newt.v);
        mpz_swap(newt.v, tmp.v);
    }
    if (mpz_sgn(t.v) < 0)
        mpz_add(t.v, vm.v, t.v); // m - |t|, wrapped to 256 bits by get()
    store256(c, r, t.get());
    return nullptr;
}

// Fr_copy(pr, px): the 40-byte element, 8 bytes at a time in ascending order.
const char* frCopy(NativeContext& c, const uint64_t* a, uint64_t*)
{
    const uint64_t r = ptr(a[0]), x = ptr(a[1]);
    if (!fits(c, x, 40) || !fits(c, r, 40))
        return kOutOfBounds;
    for (int i = 0; i < 5; ++i)
        st64(c, r + 8 * i, ld64(c, x + 8 * i));
    return nullptr;
}

// Fr_copyn(pr, px, n): n elements, 8 bytes per loop iteration in ascending order; the body's
// addresses are i32 and wrap, and each iteration costs one unit of fuel, as interpreted.
const char* frCopyn(NativeContext& c, const uint64_t* a, uint64_t*)
{
    uint32_t d = ptr(a[0]), s = ptr(a[1]);
    const uint32_t end = s + uint32_t(a[2]) * 40u;
    while (s != end) {
        if (c.fuel == 0)
            return "fuel exhausted";
        --c.fuel;
        if (!fits(c, s, 8) || !fits(c, d, 8))
            return kOutOfBounds;
        st64(c, d, ld64(c, s));
        d += 8;
        s += 8;
    }
    return nullptr;
}

// --- the element helpers (40-byte elements: short value, flags word, long value) ---------------
//
// Flags, in the element's byte 7: 0x80 long form (the value is bytes 8..39), 0x40 Montgomery.

constexpr uint8_t kLong = 0x80;
constexpr uint8_t kMontgomery = 0x40;

// (p - 1) / 2, which circom's runtime keeps in its data and compares against for the sign.
constexpr Limbs kHalfP = {0xa1f0fac9f8000000ull, 0x9419f4243cdcb848ull, 0xdc2822db40c0ac2eull,
                          0x183227397098d014ull};
static_assert(kHalfP == crypto::mont_detail::shr1(kP)); // p is odd: p >> 1 = (p - 1) / 2

// The body of Fr_toNormal at element e, whose 8-byte header is known to be in bounds: a long
// Montgomery value becomes long normal (flags word 0x80000000, value fromMontgomery in place).
inline const char* toNormalAt(NativeContext& c, uint64_t e)
{
    const uint8_t flags = c.memory[e + 7];
    if ((flags & kMontgomery) && (flags & kLong)) {
        if (!fits(c, e + 8, 32))
            return kOutOfBounds;
        st32(c, e + 4, 0x80000000u);
        store256(c, e + 8, montMul(load256(c, e + 8), {1, 0, 0, 0}));
    }
    return nullptr;
}

const char* frToNormal(NativeContext& c, const uint64_t* a, uint64_t*) // (pR)
{
    const uint64_t e = ptr(a[0]);
    if (!fits(c, e, 8))
        return kOutOfBounds;
    return toNormalAt(c, e);
}

// What the one-operand element helpers do first: read element e's header and, for a long
// element, normalise it in place (Fr_toNormal) if asked and check the `valueBytes` of its
// value the helper reads. *isLong tells which part to read.
const char*
prepareElement(NativeContext& c, uint64_t e, bool normalise, uint64_t valueBytes, bool* isLong)
{
    if (!fits(c, e, 8))
        return kOutOfBounds;
    *isLong = c.memory[e + 7] & kLong;
    if (!*isLong)
        return nullptr;
    if (normalise) {
        if (const char* trap = toNormalAt(c, e))
            return trap;
    }
    return fits(c, e + 8, valueBytes) ? nullptr : kOutOfBounds;
}

// Long: normalised in place, then value > (p - 1) / 2. Short: the short value < 0.
const char* frIsNegative(NativeContext& c, const uint64_t* a, uint64_t* res) // (pA) -> i32
{
    const uint64_t e = ptr(a[0]);
    bool isLong = false;
    if (const char* trap = prepareElement(c, e, true, 32, &isLong))
        return trap;
    if (isLong) {
        const Limbs v = load256(c, e + 8);
        *res = v != kHalfP && gte(v, kHalfP);
    } else {
        *res = int32_t(ld32(c, e)) < 0;
    }
    return nullptr;
}

// The low 32 bits: of the long value (normalised in place first) or the short one.
const char* frGetLsb32(NativeContext& c, const uint64_t* a, uint64_t* res) // (pA) -> i32
{
    const uint64_t e = ptr(a[0]);
    bool isLong = false;
    if (const char* trap = prepareElement(c, e, true, 4, &isLong))
        return trap;
    *res = ld32(c, isLong ? e + 8 : e);
    return nullptr;
}

// Nonzero: the long value is not all zero bits, or the short value is not 0.
const char* frIsTrue(NativeContext& c, const uint64_t* a, uint64_t* res) // (pA) -> i32
{
    const uint64_t e = ptr(a[0]);
    bool isLong = false;
    if (const char* trap = prepareElement(c, e, false, 32, &isLong))
        return trap;
    if (isLong) {
        const Limbs v = load256(c, e + 8);
        *res = (v[0] | v[1] | v[2] | v[3]) != 0;
    } else {
        *res = ld32(c, e) != 0;
    }
    return nullptr;
}

// --- Fr_add, Fr_sub, Fr_mul: the element operations ------------------------------------------
//
// Two short elements: the 64-bit result, short when it fits in 32 bits, else long normal. Any
// long operand: the short one is converted (in place to Montgomery form by Fr_toMontgomery, or
// into a scratch long value), the result's form follows from the operands' forms, and the
// field operation is the F1m_* helper's on the long values. Which conversion and which result
// form depend on the operation and are spelled out below, case by case as in the bodies.
// These natives read their long operands after writing the result's flags and before writing
// its value: as the bodies do for operands that are the result or disjoint from it; operands
// overlapping the result partially (never so for circom's 40-byte element slots) could differ.

enum class ElementOp
{
    Add,
    Sub,
    Mul
};

// R^3 mod p, which circom's runtime keeps in its data: mul of two long normal values gives
// a b / R, and a second mul by R^3 makes it the Montgomery form a b R.
constexpr Limbs kR3 = {0x5e94d8e1b4bf0040ull, 0x2a489cbe1cfbb6b8ull, 0x893cc664a19fcfedull,
                       0x0cf8594b7fcc657cull};

// F1m_add / F1m_sub / F1m_neg on values (see f1mAdd / f1mSubAt: one conditional correction).
Limbs addModBody(const Limbs& x, const Limbs& y)
{
    Limbs s;
    uint64_t carry = 0;
    for (int i = 0; i < 4; ++i) {
        const u128 t = u128(x[i]) + y[i] + carry;
        s[i] = uint64_t(t);
        carry = uint64_t(t >> 64);
    }
    return carry || gte(s, kP) ? sub(s, kP) : s;
}

Limbs subModBody(const Limbs& x, const Limbs& y)
{
    const Limbs d = sub(x, y);
    return gte(x, y) ? d : plusP(d); // on borrow add p back, modulo 2^256
}

// Fr_rawCopyS2L's value for a 64-bit short result: v itself when positive, else F1m_neg(-v).
Limbs shortToLong(int64_t v)
{
    if (v > 0)
        return {uint64_t(v), 0, 0, 0};
    return subModBody({0, 0, 0, 0}, {uint64_t(0) - uint64_t(v), 0, 0, 0});
}

// Fr_toMontgomery on the element at e (40 bytes in bounds): nothing if already Montgomery; a
// long value is converted in place (flags 0xC0000000); a short one gets its Montgomery form in
// the long part and flags 0x40000000 (short Montgomery).
void toMontgomeryAt(NativeContext& c, uint64_t e)
{
    const uint8_t flags = c.memory[e + 7];
    if (flags & kMontgomery)
        return;
    if (flags & kLong) {
        st32(c, e + 4, 0xc0000000u);
        store256(c, e + 8, montMul(load256(c, e + 8), kR2));
    } else {
        store256(c, e + 8, montMul(shortToLong(int32_t(ld32(c, e))), kR2));
        st32(c, e + 4, 0x40000000u);
    }
}

template <ElementOp Op>
const char* frElementOp(NativeContext& c, const uint64_t* a, uint64_t*) // (pR, pA, pB)
{
    const uint64_t r = ptr(a[0]), x = ptr(a[1]), y = ptr(a[2]);
    if (!fits(c, r, 8) || !fits(c, x, 8) || !fits(c, y, 8))
        return kOutOfBounds;
    const uint8_t fx = c.memory[x + 7], fy = c.memory[y + 7];
    const bool lx = fx & kLong, ly = fy & kLong, mx = fx & kMontgomery, my = fy & kMontgomery;

    if (!lx && !ly) {
        const int64_t vx = int32_t(ld32(c, x)), vy = int32_t(ld32(c, y));
        const int64_t v = Op == ElementOp::Add ? vx + vy : Op == ElementOp::Sub ? vx - vy : vx * vy;
        const int64_t overflow = v >> 31;
        if (overflow == 0 || overflow == -1) {
            st32(c, r, uint32_t(uint64_t(v)));
            st32(c, r + 4, 0);
        } else {
            if (!fits(c, r + 8, 32))
                return kOutOfBounds;
            st32(c, r + 4, 0x80000000u);
            store256(c, r + 8, shortToLong(v));
        }
        return nullptr;
    }

    // At least one long operand. Bounds: the result's value, each long operand's value, and
    // all of a short operand that is converted in place.
    bool convertX = false, convertY = false; // Fr_toMontgomery in place
    bool scratchX = false, scratchY = false; // short value as a long one, memory untouched
    bool montgomeryResult = false;
    bool timesR3 = false;
    if (Op == ElementOp::Mul) {
        if (lx && ly) {
            montgomeryResult = mx == my;
            timesR3 = !mx && !my;
        } else if (lx) {
            convertY = true;
            montgomeryResult = mx;
        } else {
            convertX = true;
            montgomeryResult = my;
        }
    } else if (lx && ly) {
        montgomeryResult = mx || my;
        convertX = !mx && my;
        convertY = mx && !my;
    } else if (lx) {
        montgomeryResult = mx;
        convertY = mx;
        scratchY = !mx;
    } else {
        montgomeryResult = my;
        convertX = my;
        scratchX = !my;
    }
    if (!fits(c, r + 8, 32) || !fits(c, x, scratchX ? 8 : 40) || !fits(c, y, scratchY ? 8 : 40))
        return kOutOfBounds;
    if (convertX)
        toMontgomeryAt(c, x);
    if (convertY)
        toMontgomeryAt(c, y);
    st32(c, r + 4, montgomeryResult ? 0xc0000000u : 0x80000000u);
    const Limbs vx = scratchX ? shortToLong(int32_t(ld32(c, x))) : load256(c, x + 8);
    const Limbs vy = scratchY ? shortToLong(int32_t(ld32(c, y))) : load256(c, y + 8);
    Limbs v;
    if (Op == ElementOp::Add)
        v = addModBody(vx, vy);
    else if (Op == ElementOp::Sub)
        v = subModBody(vx, vy);
    else
        v = montMul(vx, vy);
    if (timesR3)
        v = montMul(kR3, v);
    store256(c, r + 8, v);
    return nullptr;
}

// Fr_toInt: Fr_isNegative (which normalises a long element in place), then the low 32 bits
// of the value, or 0 minus those of its negation (Fr_neg into a scratch element). For a short
// value both give the value itself modulo 2^32.
const char* frToInt(NativeContext& c, const uint64_t* a, uint64_t* res) // (pA) -> i32
{
    uint64_t negative = 0;
    if (const char* trap = frIsNegative(c, a, &negative))
        return trap;
    const uint64_t e = ptr(a[0]);
    if (!(c.memory[e + 7] & kLong)) {
        *res = ld32(c, e);
        return nullptr;
    }
    const Limbs v = load256(c, e + 8); // in bounds: Fr_isNegative read it
    const uint64_t low = negative ? subModBody({0, 0, 0, 0}, v)[0] : v[0];
    *res = negative ? uint32_t(0) - uint32_t(low) : uint32_t(low);
    return nullptr;
}

constexpr ValType I32 = ValType::I32;

} // namespace

const std::vector<CircomNative>& circomNatives()
{
    // Leaves first: the self-check of a helper calls the body, whose callees may already be
    // native (and checked) by then.
    static const std::vector<CircomNative> natives = {
        {"Fr_int_copy", intCopy, {{I32, I32}, {}}},
        {"Fr_int_zero", intZero, {{I32}, {}}},
        {"Fr_int_one", intOne, {{I32}, {}}},
        {"Fr_int_isZero", intIsZero, {{I32}, {I32}}},
        {"Fr_int_eq", intEq, {{I32, I32}, {I32}}},
        {"Fr_int_gt", intGt, {{I32, I32}, {I32}}},
        {"Fr_int_gte", intGte, {{I32, I32}, {I32}}},
        {"Fr_int_add", intAdd, {{I32, I32, I32}, {I32}}},
        {"Fr_int_sub", intSub, {{I32, I32, I32}, {I32}}},
        {"Fr_F1m_add", f1mAdd, {{I32, I32, I32}, {}}},
        {"Fr_F1m_sub", f1mSub, {{I32, I32, I32}, {}}},
        {"Fr_F1m_neg", f1mNeg, {{I32, I32}, {}}},
        {"Fr_F1m_mul", f1mMul, {{I32, I32, I32}, {}}},
        {"Fr_F1m_square", f1mSquare, {{I32, I32}, {}}},
        {"Fr_F1m_toMontgomery", f1mToMontgomery, {{I32, I32}, {}}},
        {"Fr_F1m_fromMontgomery", f1mFromMontgomery, {{I32, I32}, {}}},
        {"Fr_int_inverseMod", intInverseMod, {{I32, I32, I32}, {}}},
        {"Fr_copy", frCopy, {{I32, I32}, {}}},
        {"Fr_copyn", frCopyn, {{I32, I32, I32}, {}}},
        {"Fr_toNormal", frToNormal, {{I32}, {}}},
        {"Fr_isNegative", frIsNegative, {{I32}, {I32}}},
        {"Fr_getLsb32", frGetLsb32, {{I32}, {I32}}},
        {"Fr_add", frElementOp<ElementOp::Add>, {{I32, I32, I32}, {}}},
        {"Fr_sub", frElementOp<ElementOp::Sub>, {{I32, I32, I32}, {}}},
        {"Fr_mul", frElementOp<ElementOp::Mul>, {{I32, I32, I32}, {}}},
        {"Fr_isTrue", frIsTrue, {{I32}, {I32}}},
        {"Fr_toInt", frToInt, {{I32}, {I32}}},
    };
    return natives;
}

namespace {

// Deterministic test data (splitmix64): the self-check must not depend on chance.
struct Rng
{
    uint64_t s;
    uint64_t next()
    {
        uint64_t z = (s += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
};

// Operand k of test vector v: random 256-bit, random below p, or an edge value, at 40 bytes
// (the raw helpers read the first 32). Bytes 32..39 are random too.
void fillOperand(uint8_t* dst, Rng& rng, int v, int k)
{
    std::array<uint64_t, 5> w;
    for (auto& x : w)
        x = rng.next();
    switch ((v + 3 * k) % 8) {
    case 0:
    case 1:
    case 2:
        break; // full 256-bit
    case 3:
    case 4:
        w[3] &= 0x0fffffffffffffffull; // below p
        break;
    case 5:
        std::copy(kP.begin(), kP.end(), w.begin());
        if (v & 1)
            w[0] -= 1; // p - 1
        break;
    case 6:
        w[0] = w[1] = w[2] = w[3] = (v & 1) ? ~0ull : 0; // 2^256 - 1, 0
        break;
    case 7:
        w[1] = w[2] = w[3] = 0; // small
        w[0] &= 0xff;
        break;
    }
    std::memcpy(dst, w.data(), 40);
}

} // namespace

CircomNativesReport installCircomNatives(wasm::Instance& instance)
{
    CircomNativesReport report;
    const wasm::Module& m = instance.module();
    constexpr size_t kWindow = 512;
    constexpr size_t kSlot = 128; // operands at window + 0, 128, 256
    constexpr int kVectors = 24;

    for (const CircomNative& n : circomNatives()) {
        std::optional<uint32_t> index;
        for (uint32_t f = m.numImportedFunctions(); f < m.numFunctions(); ++f) {
            if (m.functionName(f) == n.name) {
                index = f;
                break;
            }
        }
        if (!index || !(m.functionType(*index) == n.type))
            continue;

        bool same = true;
        Rng rng{0x5eedull + *index};
        const size_t size = instance.memory().size();
        if (size < kWindow + 4096)
            continue;
        // The helpers never grow the memory; if one did, the check fails below.
        const uint64_t base = size - kWindow;
        const std::vector<uint8_t> saved(instance.memory().begin() + base,
                                         instance.memory().begin() + size);
        // Fr_int_inverseMod's body (a long division per step of Euclid's algorithm) takes
        // about 150 us interpreted, so 24 vectors would add 3.7 ms to every witness
        // calculator's creation; 8 still give every operand category of fillOperand once
        // and the aliased case.
        const int vectors = std::string_view(n.name) == "Fr_int_inverseMod" ? 8 : kVectors;
        for (int v = 0; v < vectors && same; ++v) {
            std::vector<uint8_t> input(kWindow);
            for (size_t i = 0; i < kWindow; i += 8) {
                const uint64_t x = rng.next();
                std::memcpy(input.data() + i, &x, 8);
            }
            for (int k = 0; k < 3; ++k)
                fillOperand(input.data() + k * kSlot, rng, v, k);
            if (std::string_view(n.name) == "Fr_int_inverseMod" && v % 2 == 0)
                std::memcpy(input.data() + kSlot, kP.data(), 32); // the modulus circom uses

            // Arguments: pointers to the slots; every third vector aliases the last pointer
            // with the first (result = operand), Fr_copyn gets a count 0..3 as its last.
            std::vector<uint64_t> args;
            for (size_t i = 0; i < n.type.params.size(); ++i)
                args.push_back(base + kSlot * i);
            if (v % 3 == 2 && args.size() >= 2)
                args.back() = args.front();
            if (std::string_view(n.name) == "Fr_copyn")
                args.back() = uint64_t(v % 4);

            std::memcpy(instance.memory().data() + base, input.data(), kWindow);
            const auto expected = instance.call(*index, args);
            const std::vector<uint8_t> afterBody(instance.memory().begin() + base,
                                                 instance.memory().begin() + size);
            std::memcpy(instance.memory().data() + base, input.data(), kWindow);
            instance.setNative(*index, n.function);
            const auto got = instance.call(*index, args);
            instance.setNative(*index, nullptr);
            same = expected && got && *expected == *got && instance.memory().size() == size &&
                   std::memcmp(instance.memory().data() + base, afterBody.data(), kWindow) == 0;
        }
        std::memcpy(instance.memory().data() + base, saved.data(), kWindow);
        if (same) {
            instance.setNative(*index, n.function);
            report.installed.push_back(n.name);
        } else {
            report.rejected.push_back(n.name);
        }
    }
    return report;
}

} // namespace bs::zk
