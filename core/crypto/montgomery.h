// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Generic prime field of 4 x 64-bit limbs in Montgomery representation.
//
// `MontField<P>` is instantiated with a parameter struct P that provides
//     static constexpr std::array<uint64_t, 4> kModulus;  // odd prime m < 2^254, little-endian
//     static constexpr uint64_t kNonResidue;              // a small quadratic non-residue mod m
// Every other constant (R = 2^256 mod m, R^2 mod m, -m^-1 mod 2^64, the 2-adic decomposition
// of m - 1 used by sqrt) is derived from kModulus at compile time, so a wrong hand-copied
// constant cannot exist; tst_fr recomputes them independently with GMP.
//
// Timing: add, sub, neg, mul, square, inverse and the conversions from/to limbs and bytes run
// in time independent of the field values (no value-dependent branches or memory indices).
// pow() is variable time in the EXPONENT only, sqrt() and the text parsers/printers are
// variable time; operator== is not constant time. Do not feed them secrets where that matters.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <x86intrin.h>
#define BS_MONT_X86_64 1
// The MULX/ADX assembly (montMulAdx) needs eleven registers besides its memory operands;
// unoptimised builds give every operand a register of its own and run out, so they keep to
// montMulX86; so do AddressSanitizer builds (clang keeps the frame pointer and its own
// registers out of reach). The dev and release builds test and use the assembly.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BS_MONT_NO_ADX 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define BS_MONT_NO_ADX 1
#endif
#if defined(__OPTIMIZE__) && !defined(BS_MONT_NO_ADX)
#define BS_MONT_ADX 1
#endif
#endif

// Fully unroll the 4-limb loops: GCC does not at -O2, and the loop overhead and spilled
// carries would otherwise double the cost of a multiplication.
#if defined(__GNUC__)
#define BS_MONT_UNROLL _Pragma("GCC unroll 4")
#else
#define BS_MONT_UNROLL
#endif

namespace bs::crypto {

namespace mont_detail {

using Limbs = std::array<uint64_t, 4>;
// __extension__ silences -Wpedantic: 128-bit integers are a GCC/Clang extension we rely on.
__extension__ typedef unsigned __int128 u128;

// r = a + b + carry; returns the new carry (0 or 1).
constexpr uint64_t addc(uint64_t a, uint64_t b, uint64_t carry, uint64_t& r)
{
    const u128 t = static_cast<u128>(a) + b + carry;
    r = static_cast<uint64_t>(t);
    return static_cast<uint64_t>(t >> 64);
}

// r = a - b - borrow; returns the new borrow (0 or 1).
constexpr uint64_t subb(uint64_t a, uint64_t b, uint64_t borrow, uint64_t& r)
{
    const u128 t = static_cast<u128>(a) - b - borrow;
    r = static_cast<uint64_t>(t);
    return static_cast<uint64_t>(t >> 127);
}

// Returns a < b (as 256-bit little-endian integers), computed without branches.
constexpr bool lessThan(const Limbs& a, const Limbs& b)
{
    uint64_t borrow = 0;
    uint64_t unused = 0;
    BS_MONT_UNROLL
    for (int i = 0; i < 4; ++i)
        borrow = subb(a[i], b[i], borrow, unused);
    return borrow != 0;
}

// Constant-time select: mask must be all-ones (pick a) or zero (pick b).
constexpr Limbs select(uint64_t mask, const Limbs& a, const Limbs& b)
{
    Limbs r{};
    BS_MONT_UNROLL
    for (int i = 0; i < 4; ++i)
        r[i] = (a[i] & mask) | (b[i] & ~mask);
    return r;
}

constexpr Limbs shr1(const Limbs& a)
{
    Limbs r{};
    BS_MONT_UNROLL
    for (int i = 0; i < 4; ++i)
        r[i] = (a[i] >> 1) | (i < 3 ? a[i + 1] << 63 : 0);
    return r;
}

// a < 2m (fits in 256 bits) -> a mod m, constant time.
constexpr Limbs reduceOnce(const Limbs& a, const Limbs& m)
{
    Limbs d{};
    uint64_t b = 0;
    BS_MONT_UNROLL
    for (int i = 0; i < 4; ++i)
        b = subb(a[i], m[i], b, d[i]);
    // b == 1 means a < m: keep a.
    return select(0 - b, a, d);
}

// 2a mod m for a < m < 2^255 (used at compile time to derive R and R^2).
constexpr Limbs doubleMod(const Limbs& a, const Limbs& m)
{
    Limbs s{};
    uint64_t c = 0;
    BS_MONT_UNROLL
    for (int i = 0; i < 4; ++i)
        c = addc(a[i], a[i], c, s[i]);
    return reduceOnce(s, m);
}

// -m0^-1 mod 2^64 for odd m0 by Newton iteration (each step doubles the correct bits).
constexpr uint64_t negInverse64(uint64_t m0)
{
    uint64_t x = 1;
    for (int i = 0; i < 7; ++i)
        x *= 2 - m0 * x;
    return ~x + 1;
}

// Montgomery multiplication a * b * 2^-256 mod m for a, b < m, with inv = -m^-1 mod 2^64.
//
// CIOS (Koc, Acar, Kaliski 1996). Because m < 2^254, the running sum t + a*b[i] + q*m stays
// below 2^65 * m < 2^320 in every outer step, so five words suffice (textbook CIOS keeps six),
// and t < 2m after each step; one masked subtraction at the end makes the result canonical.
// No branches or memory indices depend on the values.
//
// The modulus is a template argument so that its limbs become immediate operands and the
// multiplication inlines into MontField::operator*: the earlier out-of-line version taking the
// modulus by reference cost 456 instructions per field multiplication, this one 336 (callgrind,
// x86-64 path below, call included).
template <const Limbs& M, uint64_t Inv>
[[gnu::always_inline]] constexpr inline Limbs montMulPortable(const Limbs& a, const Limbs& b)
{
    uint64_t t0 = 0, t1 = 0, t2 = 0, t3 = 0;
    BS_MONT_UNROLL
    for (int i = 0; i < 4; ++i) {
        const uint64_t bi = b[i];
        // (hi, t) = t + a * b[i]; each step fits: (2^64-1)^2 + 2 (2^64-1) = 2^128 - 1.
        u128 x = static_cast<u128>(a[0]) * bi + t0;
        t0 = static_cast<uint64_t>(x);
        x = static_cast<u128>(a[1]) * bi + t1 + static_cast<uint64_t>(x >> 64);
        t1 = static_cast<uint64_t>(x);
        x = static_cast<u128>(a[2]) * bi + t2 + static_cast<uint64_t>(x >> 64);
        t2 = static_cast<uint64_t>(x);
        x = static_cast<u128>(a[3]) * bi + t3 + static_cast<uint64_t>(x >> 64);
        t3 = static_cast<uint64_t>(x);
        const uint64_t hi = static_cast<uint64_t>(x >> 64);

        // t = (t + q m) / 2^64 with q chosen so that the low word vanishes.
        const uint64_t q = t0 * Inv;
        x = static_cast<u128>(q) * M[0] + t0;
        x = static_cast<u128>(q) * M[1] + t1 + static_cast<uint64_t>(x >> 64);
        t0 = static_cast<uint64_t>(x);
        x = static_cast<u128>(q) * M[2] + t2 + static_cast<uint64_t>(x >> 64);
        t1 = static_cast<uint64_t>(x);
        x = static_cast<u128>(q) * M[3] + t3 + static_cast<uint64_t>(x >> 64);
        t2 = static_cast<uint64_t>(x);
        t3 = hi + static_cast<uint64_t>(x >> 64); // < 2^64 by the bound above
    }
    return reduceOnce(Limbs{t0, t1, t2, t3}, M);
}

#ifdef BS_MONT_X86_64
// The same CIOS with the additions written as explicit add-with-carry chains. GCC keeps
// 128-bit sums poorly (it spills them to the stack); split into 64-bit words with
// _addcarry_u64 the whole multiplication stays in registers.
template <const Limbs& M, uint64_t Inv>
[[gnu::always_inline]] inline Limbs montMulX86(const Limbs& a, const Limbs& b)
{
    using ull = unsigned long long;
    ull t0 = 0, t1 = 0, t2 = 0, t3 = 0;
    BS_MONT_UNROLL
    for (int i = 0; i < 4; ++i) {
        const uint64_t bi = b[i];
        const u128 p0 = static_cast<u128>(a[0]) * bi;
        const u128 p1 = static_cast<u128>(a[1]) * bi;
        const u128 p2 = static_cast<u128>(a[2]) * bi;
        const u128 p3 = static_cast<u128>(a[3]) * bi;
        // (hi, t) = t + a * b[i]: low halves first, then high halves shifted one word.
        ull hi = 0;
        unsigned char c = _addcarry_u64(0, t0, static_cast<uint64_t>(p0), &t0);
        c = _addcarry_u64(c, t1, static_cast<uint64_t>(p1), &t1);
        c = _addcarry_u64(c, t2, static_cast<uint64_t>(p2), &t2);
        c = _addcarry_u64(c, t3, static_cast<uint64_t>(p3), &t3);
        hi = c;
        c = _addcarry_u64(0, t1, static_cast<uint64_t>(p0 >> 64), &t1);
        c = _addcarry_u64(c, t2, static_cast<uint64_t>(p1 >> 64), &t2);
        c = _addcarry_u64(c, t3, static_cast<uint64_t>(p2 >> 64), &t3);
        (void)_addcarry_u64(c, hi, static_cast<uint64_t>(p3 >> 64), &hi); // no carry out

        // (t + q m) / 2^64; the low word becomes zero by the choice of q.
        const uint64_t q = static_cast<uint64_t>(t0) * Inv;
        const u128 r0 = static_cast<u128>(q) * M[0];
        const u128 r1 = static_cast<u128>(q) * M[1];
        const u128 r2 = static_cast<u128>(q) * M[2];
        const u128 r3 = static_cast<u128>(q) * M[3];
        ull zero = 0;
        c = _addcarry_u64(0, t0, static_cast<uint64_t>(r0), &zero);
        c = _addcarry_u64(c, t1, static_cast<uint64_t>(r1), &t1);
        c = _addcarry_u64(c, t2, static_cast<uint64_t>(r2), &t2);
        c = _addcarry_u64(c, t3, static_cast<uint64_t>(r3), &t3);
        (void)_addcarry_u64(c, hi, 0, &hi);
        c = _addcarry_u64(0, t1, static_cast<uint64_t>(r0 >> 64), &t0);
        c = _addcarry_u64(c, t2, static_cast<uint64_t>(r1 >> 64), &t1);
        c = _addcarry_u64(c, t3, static_cast<uint64_t>(r2 >> 64), &t2);
        (void)_addcarry_u64(c, hi, static_cast<uint64_t>(r3 >> 64), &t3); // no carry out
    }
    return reduceOnce(Limbs{t0, t1, t2, t3}, M);
}
#endif

#ifdef BS_MONT_X86_64
// sum_k a[k] * b[k] * 2^-256 mod m with ONE Montgomery reduction (lazy reduction): the N
// full 512-bit products are added first, then reduced. For N <= 4 and m < 2^254 the sum is
// below 4 m^2 < m * 2^256, the input range of the reduction, whose result is then < 2m.
// Saves 3 of every 4 reductions in a dot product (Poseidon's matrix rows). Constant time.
template <const Limbs& M, uint64_t Inv, std::size_t N>
[[gnu::always_inline]] inline Limbs montSumOfProductsX86(const Limbs* a, const Limbs* b)
{
    static_assert(N >= 1 && N <= 4, "the reduction bound holds for at most 4 products");
    using ull = unsigned long long;
    ull acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    BS_MONT_UNROLL
    for (std::size_t k = 0; k < N; ++k) {
        // r = a[k] * b[k], schoolbook, 8 words. Before row i, r[i + 4] is still zero, and
        // after it the partial product is < 2^(64 (i + 5)): no carry leaves word i + 4.
        ull r[8] = {0, 0, 0, 0, 0, 0, 0, 0};
        BS_MONT_UNROLL
        for (int i = 0; i < 4; ++i) {
            const uint64_t bi = b[k][i];
            const u128 p0 = static_cast<u128>(a[k][0]) * bi;
            const u128 p1 = static_cast<u128>(a[k][1]) * bi;
            const u128 p2 = static_cast<u128>(a[k][2]) * bi;
            const u128 p3 = static_cast<u128>(a[k][3]) * bi;
            unsigned char c = _addcarry_u64(0, r[i], static_cast<uint64_t>(p0), &r[i]);
            c = _addcarry_u64(c, r[i + 1], static_cast<uint64_t>(p1), &r[i + 1]);
            c = _addcarry_u64(c, r[i + 2], static_cast<uint64_t>(p2), &r[i + 2]);
            c = _addcarry_u64(c, r[i + 3], static_cast<uint64_t>(p3), &r[i + 3]);
            r[i + 4] = c;
            c = _addcarry_u64(0, r[i + 1], static_cast<uint64_t>(p0 >> 64), &r[i + 1]);
            c = _addcarry_u64(c, r[i + 2], static_cast<uint64_t>(p1 >> 64), &r[i + 2]);
            c = _addcarry_u64(c, r[i + 3], static_cast<uint64_t>(p2 >> 64), &r[i + 3]);
            (void)_addcarry_u64(c, r[i + 4], static_cast<uint64_t>(p3 >> 64), &r[i + 4]);
        }
        // acc += r; the sum stays below 4 m^2 < 2^510: no carry out of word 7.
        unsigned char c = 0;
        BS_MONT_UNROLL
        for (int j = 0; j < 8; ++j)
            c = _addcarry_u64(c, acc[j], r[j], &acc[j]);
    }
    // Montgomery reduction of the 8-word value: four times add q * m * 2^(64 i) so that word
    // i vanishes. acc + Q m < m 2^256 + 2^256 m < 2^511: no carry out of word 7.
    BS_MONT_UNROLL
    for (int i = 0; i < 4; ++i) {
        const uint64_t q = static_cast<uint64_t>(acc[i]) * Inv;
        const u128 r0 = static_cast<u128>(q) * M[0];
        const u128 r1 = static_cast<u128>(q) * M[1];
        const u128 r2 = static_cast<u128>(q) * M[2];
        const u128 r3 = static_cast<u128>(q) * M[3];
        unsigned char c = _addcarry_u64(0, acc[i], static_cast<uint64_t>(r0), &acc[i]);
        c = _addcarry_u64(c, acc[i + 1], static_cast<uint64_t>(r1), &acc[i + 1]);
        c = _addcarry_u64(c, acc[i + 2], static_cast<uint64_t>(r2), &acc[i + 2]);
        c = _addcarry_u64(c, acc[i + 3], static_cast<uint64_t>(r3), &acc[i + 3]);
        BS_MONT_UNROLL
        for (int j = i + 4; j < 8; ++j)
            c = _addcarry_u64(c, acc[j], 0, &acc[j]);
        c = _addcarry_u64(0, acc[i + 1], static_cast<uint64_t>(r0 >> 64), &acc[i + 1]);
        c = _addcarry_u64(c, acc[i + 2], static_cast<uint64_t>(r1 >> 64), &acc[i + 2]);
        c = _addcarry_u64(c, acc[i + 3], static_cast<uint64_t>(r2 >> 64), &acc[i + 3]);
        c = _addcarry_u64(c, acc[i + 4], static_cast<uint64_t>(r3 >> 64), &acc[i + 4]);
        BS_MONT_UNROLL
        for (int j = i + 5; j < 8; ++j)
            c = _addcarry_u64(c, acc[j], 0, &acc[j]);
    }
    return reduceOnce(Limbs{acc[4], acc[5], acc[6], acc[7]}, M);
}
#endif

#ifdef BS_MONT_ADX
// True if the CPU has MULX (BMI2) and ADCX/ADOX (ADX): Intel since Broadwell (2014), AMD since
// Zen (2017). The binaries are built for baseline x86-64, so montMulAdx is chosen at run time.
// BS_NO_MULX_ADX=1 in the environment makes it false, to measure the fallback.
inline bool cpuHasMulxAdx() noexcept
{
    if (const char* off = std::getenv("BS_NO_MULX_ADX"); off && *off && *off != '0')
        return false;
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) == 0)
        return false;
    constexpr unsigned kBmi2 = 1u << 8;
    constexpr unsigned kAdx = 1u << 19;
    return (ebx & kBmi2) != 0 && (ebx & kAdx) != 0;
}

// Read on every multiplication (a predictable branch). Static storage is zero before dynamic
// initialisation, so a multiplication made by another translation unit's static initialiser
// takes the intrinsics path, which gives the same result.
inline const bool kUseMulxAdx = cpuHasMulxAdx();

// One CIOS step i >= 1 of montMulAdx: (T0..T4) = (T0..T3) + a * b[i] (T4 is free on entry),
// MULX products added by two independent carry chains, ADOX for the low halves and ADCX for
// the high halves; Z is zeroed by the XOR, which also clears both carry flags.
#define BS_MONT_ADX_PRODUCT(I, T0, T1, T2, T3, T4)                                                 \
    "movq 8*" #I "(%[b]), %%rdx\n\t"                                                               \
    "xorl %k[z], %k[z]\n\t"                                                                        \
    "mulxq 0(%[a]), %[lo], %[hi]\n\t"                                                              \
    "adoxq %[lo], %[" #T0 "]\n\t"                                                                  \
    "adcxq %[hi], %[" #T1 "]\n\t"                                                                  \
    "mulxq 8(%[a]), %[lo], %[hi]\n\t"                                                              \
    "adoxq %[lo], %[" #T1 "]\n\t"                                                                  \
    "adcxq %[hi], %[" #T2 "]\n\t"                                                                  \
    "mulxq 16(%[a]), %[lo], %[hi]\n\t"                                                             \
    "adoxq %[lo], %[" #T2 "]\n\t"                                                                  \
    "adcxq %[hi], %[" #T3 "]\n\t"                                                                  \
    "mulxq 24(%[a]), %[lo], %[" #T4 "]\n\t"                                                        \
    "adoxq %[lo], %[" #T3 "]\n\t"                                                                  \
    "adcxq %[z], %[" #T4 "]\n\t"                                                                   \
    "adoxq %[z], %[" #T4 "]\n\t"

// The reduction of a step: (T0..T4) += q * m with q = T0 * inv mod 2^64, which zeroes T0 (the
// next step's free word); the value is then (T1..T4). No carry leaves T4 (see montMulPortable
// for the bound), so neither chain loses a bit.
#define BS_MONT_ADX_REDUCE(T0, T1, T2, T3, T4)                                                     \
    "movq %[" #T0 "], %%rdx\n\t"                                                                   \
    "imulq %[inv], %%rdx\n\t"                                                                      \
    "xorl %k[z], %k[z]\n\t"                                                                        \
    "mulxq %[m0], %[lo], %[hi]\n\t"                                                                \
    "adoxq %[lo], %[" #T0 "]\n\t"                                                                  \
    "adcxq %[hi], %[" #T1 "]\n\t"                                                                  \
    "mulxq %[m1], %[lo], %[hi]\n\t"                                                                \
    "adoxq %[lo], %[" #T1 "]\n\t"                                                                  \
    "adcxq %[hi], %[" #T2 "]\n\t"                                                                  \
    "mulxq %[m2], %[lo], %[hi]\n\t"                                                                \
    "adoxq %[lo], %[" #T2 "]\n\t"                                                                  \
    "adcxq %[hi], %[" #T3 "]\n\t"                                                                  \
    "mulxq %[m3], %[lo], %[hi]\n\t"                                                                \
    "adoxq %[lo], %[" #T3 "]\n\t"                                                                  \
    "adcxq %[hi], %[" #T4 "]\n\t"                                                                  \
    "adoxq %[z], %[" #T4 "]\n\t"

// A constant with an address, for a memory operand of the assembly (saves a register).
template <uint64_t V>
inline constexpr uint64_t kInMemory = V;

// The CIOS of montMulPortable (same bounds, same result) in MULX/ADCX/ADOX assembly: the
// products come from MULX (which leaves the flags alone) and every addition of a step is in
// one of two interleaved carry chains, so the whole multiplication stays in eleven registers
// with no spills (GCC's code for montMulX86 spills and runs one chain). The five words of
// the running sum rotate through r0..r4 instead of being moved. Constant time: no branches,
// the final subtraction is kept or dropped by CMOV. Only call it when kUseMulxAdx is true.
// Measured (dependent chain / two independent chains, 2.8 GHz Xeon): 22.5 / 16 ns per
// multiplication against 34 / 23 ns for montMulX86.
template <const Limbs& M, uint64_t Inv>
[[gnu::always_inline]] inline Limbs montMulAdx(const Limbs& a, const Limbs& b)
{
    uint64_t r0, r1, r2, r3, r4, lo, hi, z;
    // clang-format off
    __asm__(
        // Step 0: (r0..r4) = a * b[0], one carry chain.
        "movq 0(%[b]), %%rdx\n\t"
        "mulxq 0(%[a]), %[r0], %[r1]\n\t"
        "mulxq 8(%[a]), %[lo], %[r2]\n\t"
        "addq %[lo], %[r1]\n\t"
        "mulxq 16(%[a]), %[lo], %[r3]\n\t"
        "adcq %[lo], %[r2]\n\t"
        "mulxq 24(%[a]), %[lo], %[r4]\n\t"
        "adcq %[lo], %[r3]\n\t"
        "adcq $0, %[r4]\n\t"
        BS_MONT_ADX_REDUCE(r0, r1, r2, r3, r4)
        BS_MONT_ADX_PRODUCT(1, r1, r2, r3, r4, r0)
        BS_MONT_ADX_REDUCE(r1, r2, r3, r4, r0)
        BS_MONT_ADX_PRODUCT(2, r2, r3, r4, r0, r1)
        BS_MONT_ADX_REDUCE(r2, r3, r4, r0, r1)
        BS_MONT_ADX_PRODUCT(3, r3, r4, r0, r1, r2)
        BS_MONT_ADX_REDUCE(r3, r4, r0, r1, r2)
        // The value (r4, r0, r1, r2) < 2m: subtract m, keep the difference unless it borrowed.
        "movq %[r4], %[lo]\n\t"
        "subq %[m0], %[lo]\n\t"
        "movq %[r0], %[hi]\n\t"
        "sbbq %[m1], %[hi]\n\t"
        "movq %[r1], %[z]\n\t"
        "sbbq %[m2], %[z]\n\t"
        "movq %[r2], %[r3]\n\t"
        "sbbq %[m3], %[r3]\n\t"
        "cmovncq %[lo], %[r4]\n\t"
        "cmovncq %[hi], %[r0]\n\t"
        "cmovncq %[z], %[r1]\n\t"
        "cmovncq %[r3], %[r2]\n\t"
        : [r0] "=&r"(r0), [r1] "=&r"(r1), [r2] "=&r"(r2), [r3] "=&r"(r3), [r4] "=&r"(r4),
          [lo] "=&r"(lo), [hi] "=&r"(hi), [z] "=&r"(z)
        : [a] "r"(a.data()), [b] "r"(b.data()), [m0] "m"(M[0]), [m1] "m"(M[1]), [m2] "m"(M[2]),
          [m3] "m"(M[3]), [inv] "m"(kInMemory<Inv>),
          "m"(a), "m"(b) // the limbs read through the two pointers
        : "rdx", "cc");
    // clang-format on
    return Limbs{r4, r0, r1, r2};
}

// The fallback out of line, so that the inlined multiplication stays small.
template <const Limbs& M, uint64_t Inv>
[[gnu::noinline]] Limbs montMulX86Call(const Limbs& a, const Limbs& b)
{
    return montMulX86<M, Inv>(a, b);
}

#undef BS_MONT_ADX_PRODUCT
#undef BS_MONT_ADX_REDUCE
#endif // BS_MONT_ADX

template <const Limbs& M, uint64_t Inv>
[[gnu::always_inline]] constexpr inline Limbs montMul(const Limbs& a, const Limbs& b)
{
    static_assert(M[3] < (uint64_t{1} << 62), "the 5-word CIOS bound needs m < 2^254");
#ifdef BS_MONT_X86_64
    if (!std::is_constant_evaluated()) {
#ifdef BS_MONT_ADX
        if (kUseMulxAdx) [[likely]]
            return montMulAdx<M, Inv>(a, b);
        return montMulX86Call<M, Inv>(a, b);
#else
        return montMulX86<M, Inv>(a, b);
#endif
    }
#endif
    return montMulPortable<M, Inv>(a, b);
}

// The same without x86-64 intrinsics: N Montgomery multiplications and modular additions.
template <const Limbs& M, uint64_t Inv, std::size_t N>
inline Limbs montSumOfProductsPortable(const Limbs* a, const Limbs* b)
{
    Limbs acc = montMulPortable<M, Inv>(a[0], b[0]);
    for (std::size_t k = 1; k < N; ++k) {
        const Limbs p = montMulPortable<M, Inv>(a[k], b[k]);
        uint64_t c = 0;
        for (int i = 0; i < 4; ++i)
            c = addc(acc[i], p[i], c, acc[i]);
        acc = reduceOnce(acc, M);
    }
    return acc;
}

template <const Limbs& M, uint64_t Inv, std::size_t N>
inline Limbs montSumOfProducts(const Limbs* a, const Limbs* b)
{
    static_assert(M[3] < (uint64_t{1} << 62), "the reduction bound needs m < 2^254");
    static_assert(N >= 1 && N <= 4, "the reduction bound holds for at most 4 products");
#ifdef BS_MONT_X86_64
    return montSumOfProductsX86<M, Inv, N>(a, b);
#else
    return montSumOfProductsPortable<M, Inv, N>(a, b);
#endif
}

} // namespace mont_detail

template <class P>
class MontField
{
    using Limbs = mont_detail::Limbs;
    using u128 = mont_detail::u128;

public:
    // ---- constants derived from the modulus (all compile time) ----
    static constexpr Limbs kModulus = P::kModulus;
    static_assert((P::kModulus[0] & 1) == 1, "modulus must be odd");
    static_assert(P::kModulus[3] < (uint64_t{1} << 62), "modulus must be below 2^254");
    static_assert((P::kModulus[1] | P::kModulus[2] | P::kModulus[3]) != 0,
                  "modulus must exceed 2^64 (every uint64_t is then a canonical value)");

    // -m^-1 mod 2^64.
    static constexpr uint64_t kInv = mont_detail::negInverse64(P::kModulus[0]);

    // 2^k mod m for k = 256 (R) and k = 512 (R^2), by repeated modular doubling.
    static constexpr Limbs kR = [] {
        Limbs x{1, 0, 0, 0};
        for (int i = 0; i < 256; ++i)
            x = mont_detail::doubleMod(x, P::kModulus);
        return x;
    }();
    static constexpr Limbs kR2 = [] {
        Limbs x = kR;
        for (int i = 0; i < 256; ++i)
            x = mont_detail::doubleMod(x, P::kModulus);
        return x;
    }();

    // m - 1 = 2^kTwoAdicity * kOddPart with kOddPart odd.
    static constexpr int kTwoAdicity = [] {
        Limbs t = P::kModulus;
        t[0] -= 1; // m is odd: no borrow
        int s = 0;
        while ((t[0] & 1) == 0) {
            t = mont_detail::shr1(t);
            ++s;
        }
        return s;
    }();
    static constexpr Limbs kOddPart = [] {
        Limbs t = P::kModulus;
        t[0] -= 1;
        for (int i = 0; i < kTwoAdicity; ++i)
            t = mont_detail::shr1(t);
        return t;
    }();

    // ---- construction ----
    constexpr MontField() = default; // zero

    static constexpr MontField zero() { return MontField(); }
    static constexpr MontField one() { return fromRaw(kR); }

    static constexpr MontField fromU64(uint64_t v)
    {
        return fromRaw(montMul(Limbs{v, 0, 0, 0}, kR2));
    }

    // True iff limbs (little-endian) encode an integer < m. Use it to validate untrusted
    // data before fromCanonicalLimbs / fromMontgomeryLimbs.
    static constexpr bool isBelowModulus(const Limbs& limbs)
    {
        return mont_detail::lessThan(limbs, P::kModulus);
    }

    // The element with the given canonical value. Precondition: value < m (throws
    // std::invalid_argument otherwise; passing unreduced data is a bug).
    static constexpr MontField fromCanonicalLimbs(const Limbs& value)
    {
        if (!isBelowModulus(value))
            throw std::invalid_argument("MontField::fromCanonicalLimbs: value >= modulus");
        return fromRaw(montMul(value, kR2));
    }

    // The element whose Montgomery representation (value * R mod m) is `limbs`, as stored
    // by snarkjs .zkey files. Precondition: limbs < m (throws std::invalid_argument).
    static constexpr MontField fromMontgomeryLimbs(const Limbs& limbs)
    {
        if (!isBelowModulus(limbs))
            throw std::invalid_argument("MontField::fromMontgomeryLimbs: value >= modulus");
        return fromRaw(limbs);
    }

    // Canonical parsers: accept only plain digits of an integer < m (leading zeros allowed).
    // Reject the empty string, signs, whitespace, any other character and values >= m.
    static std::optional<MontField> fromDecimal(std::string_view s)
    {
        if (s.empty())
            return std::nullopt;
        Limbs acc{};
        for (char c : s) {
            if (c < '0' || c > '9')
                return std::nullopt;
            // acc = acc * 10 + digit, rejecting overflow beyond 256 bits.
            uint64_t carry = static_cast<uint64_t>(c - '0');
            for (auto& limb : acc) {
                const u128 t = static_cast<u128>(limb) * 10 + carry;
                limb = static_cast<uint64_t>(t);
                carry = static_cast<uint64_t>(t >> 64);
            }
            if (carry != 0)
                return std::nullopt;
        }
        if (!isBelowModulus(acc))
            return std::nullopt;
        return fromCanonicalLimbs(acc);
    }

    // Hex digits (either case), optionally prefixed by "0x" / "0X"; at least one digit.
    static std::optional<MontField> fromHex(std::string_view s)
    {
        if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
            s.remove_prefix(2);
        if (s.empty())
            return std::nullopt;
        Limbs acc{};
        for (char c : s) {
            uint64_t d = 0;
            if (c >= '0' && c <= '9')
                d = static_cast<uint64_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                d = static_cast<uint64_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                d = static_cast<uint64_t>(c - 'A' + 10);
            else
                return std::nullopt;
            if ((acc[3] >> 60) != 0) // shifting in another digit would overflow 256 bits
                return std::nullopt;
            for (int i = 3; i > 0; --i)
                acc[i] = (acc[i] << 4) | (acc[i - 1] >> 60);
            acc[0] = (acc[0] << 4) | d;
        }
        if (!isBelowModulus(acc))
            return std::nullopt;
        return fromCanonicalLimbs(acc);
    }

    // 32 big-endian bytes of an integer < m; nullopt if >= m.
    static std::optional<MontField> fromBytesBE(std::span<const uint8_t, 32> bytes)
    {
        const Limbs v = limbsFromBytesBE(bytes);
        if (!isBelowModulus(v))
            return std::nullopt;
        return fromCanonicalLimbs(v);
    }

    // Any 256-bit little-endian integer reduced mod m (constant time).
    static constexpr MontField fromLimbsReduce(const Limbs& value)
    {
        constexpr MontField kTwo64 = fromCanonicalLimbs(Limbs{0, 1, 0, 0});
        MontField acc = fromU64(value[3]);
        for (int i = 2; i >= 0; --i)
            acc = acc * kTwo64 + fromU64(value[i]);
        return acc;
    }

    // Any number of big-endian bytes (none = 0), interpreted as an integer and reduced mod m.
    static MontField fromBytesBEReduce(std::span<const uint8_t> bytes)
    {
        // Horner in base 2^64: acc = acc * 2^64 + word. 2^64 in Montgomery form is
        // 2^64 * R mod m = fromCanonicalLimbs(2^64 mod m) and 2^64 < m.
        constexpr MontField kTwo64 = fromCanonicalLimbs(Limbs{0, 1, 0, 0});
        MontField acc;
        std::size_t first = bytes.size() % 8;
        if (first != 0) {
            uint64_t w = 0;
            for (std::size_t i = 0; i < first; ++i)
                w = (w << 8) | bytes[i];
            acc = fromU64(w);
        }
        for (std::size_t off = first; off < bytes.size(); off += 8) {
            uint64_t w = 0;
            for (std::size_t i = 0; i < 8; ++i)
                w = (w << 8) | bytes[off + i];
            acc = acc * kTwo64 + fromU64(w);
        }
        return acc;
    }

    // ---- output ----
    // Canonical value, little-endian limbs, < m.
    constexpr Limbs canonicalLimbs() const { return montMul(m_limbs, Limbs{1, 0, 0, 0}); }
    // The internal Montgomery representation (value * R mod m).
    constexpr const Limbs& montgomeryLimbs() const { return m_limbs; }

    std::array<uint8_t, 32> toBytesBE() const
    {
        const Limbs v = canonicalLimbs();
        std::array<uint8_t, 32> out{};
        for (int i = 0; i < 32; ++i)
            out[31 - i] = static_cast<uint8_t>(v[i / 8] >> (8 * (i % 8)));
        return out;
    }

    // Lowercase, "0x" followed by exactly 64 hex digits.
    std::string toHex() const
    {
        static constexpr char kDigits[] = "0123456789abcdef";
        const auto bytes = toBytesBE();
        std::string out = "0x";
        out.reserve(66);
        for (uint8_t b : bytes) {
            out.push_back(kDigits[b >> 4]);
            out.push_back(kDigits[b & 15]);
        }
        return out;
    }

    // Decimal without leading zeros ("0" for zero).
    std::string toDecimal() const
    {
        Limbs v = canonicalLimbs();
        std::string rev;
        constexpr uint64_t kChunk = 10000000000000000000ull; // 10^19
        while ((v[0] | v[1] | v[2] | v[3]) != 0) {
            uint64_t rem = 0;
            for (int i = 3; i >= 0; --i) {
                const u128 cur = (static_cast<u128>(rem) << 64) | v[i];
                v[i] = static_cast<uint64_t>(cur / kChunk);
                rem = static_cast<uint64_t>(cur % kChunk);
            }
            const bool more = (v[0] | v[1] | v[2] | v[3]) != 0;
            for (int d = 0; d < 19 && (more || rem != 0); ++d) {
                rev.push_back(static_cast<char>('0' + rem % 10));
                rem /= 10;
            }
        }
        if (rev.empty())
            return "0";
        return std::string(rev.rbegin(), rev.rend());
    }

    // ---- arithmetic (constant time) ----
    [[gnu::always_inline]] constexpr MontField operator+(const MontField& o) const
    {
        // Both inputs < m < 2^254, so the sum fits in 256 bits.
        Limbs s{};
        uint64_t c = 0;
        BS_MONT_UNROLL
        for (int i = 0; i < 4; ++i)
            c = mont_detail::addc(m_limbs[i], o.m_limbs[i], c, s[i]);
        return fromRaw(reduceOnce(s));
    }

    [[gnu::always_inline]] constexpr MontField operator-(const MontField& o) const
    {
        Limbs d{};
        uint64_t b = 0;
        BS_MONT_UNROLL
        for (int i = 0; i < 4; ++i)
            b = mont_detail::subb(m_limbs[i], o.m_limbs[i], b, d[i]);
        // On borrow add m back; mask is all-ones iff b == 1.
        const uint64_t mask = 0 - b;
        uint64_t c = 0;
        BS_MONT_UNROLL
        for (int i = 0; i < 4; ++i)
            c = mont_detail::addc(d[i], P::kModulus[i] & mask, c, d[i]);
        return fromRaw(d);
    }

    [[gnu::always_inline]] constexpr MontField operator-() const { return MontField() - *this; }

    [[gnu::always_inline]] constexpr MontField operator*(const MontField& o) const
    {
        return fromRaw(montMul(m_limbs, o.m_limbs));
    }

    // a[0]*b[0] + ... + a[N-1]*b[N-1] for N <= 4 (static_assert), the same value as the sum
    // of the products; on x86-64 with a single Montgomery reduction (cheaper). Constant time.
    template <std::size_t N>
    static MontField sumOfProducts(const MontField* a, const MontField* b)
    {
        Limbs la[N];
        Limbs lb[N];
        for (std::size_t k = 0; k < N; ++k) {
            la[k] = a[k].m_limbs;
            lb[k] = b[k].m_limbs;
        }
        return fromRaw(mont_detail::montSumOfProducts<P::kModulus, kInv, N>(la, lb));
    }

    [[gnu::always_inline]] constexpr MontField& operator+=(const MontField& o)
    {
        return *this = *this + o;
    }
    [[gnu::always_inline]] constexpr MontField& operator-=(const MontField& o)
    {
        return *this = *this - o;
    }
    [[gnu::always_inline]] constexpr MontField& operator*=(const MontField& o)
    {
        return *this = *this * o;
    }

    [[gnu::always_inline]] constexpr MontField square() const { return *this * *this; }
    [[gnu::always_inline]] constexpr MontField dbl() const { return *this + *this; }

    // x^e for a 256-bit little-endian exponent. Variable time in e (never pass a secret
    // exponent); constant time in the base for a fixed e.
    constexpr MontField pow(const Limbs& e) const
    {
        MontField r = one();
        for (int i = 255; i >= 0; --i) {
            r = r.square();
            if ((e[i / 64] >> (i % 64)) & 1)
                r *= *this;
        }
        return r;
    }
    constexpr MontField pow(uint64_t e) const { return pow(Limbs{e, 0, 0, 0}); }

    // Multiplicative inverse by Fermat (x^(m-2)): constant time. inverse(0) == 0 (by
    // definition of x^(m-2)); callers that must not divide by zero check isZero() first.
    constexpr MontField inverse() const
    {
        Limbs e = P::kModulus;
        e[0] -= 2; // m is odd and > 2: no borrow
        return powWindowed(e);
    }

    // A square root (either one) if x is a quadratic residue, else nullopt. Tonelli-Shanks;
    // variable time.
    std::optional<MontField> sqrt() const
    {
        if (isZero())
            return MontField();
        // Legendre symbol x^((m-1)/2).
        Limbs half = P::kModulus;
        half[0] -= 1;
        half = shr1(half);
        if (pow(half) != one())
            return std::nullopt;

        constexpr MontField kZ = MontField::fromU64(P::kNonResidue);
        int m = kTwoAdicity;
        MontField c = kZ.pow(kOddPart);
        MontField t = pow(kOddPart);
        Limbs e = kOddPart; // (t_odd + 1) / 2
        {
            uint64_t carry = 1;
            BS_MONT_UNROLL
            for (int i = 0; i < 4; ++i)
                carry = mont_detail::addc(e[i], 0, carry, e[i]);
            e = shr1(e);
        }
        MontField r = pow(e);
        while (t != one()) {
            // Find the least i with t^(2^i) == 1.
            int i = 0;
            MontField t2 = t;
            while (t2 != one()) {
                t2 = t2.square();
                ++i;
                if (i == m)
                    return std::nullopt; // unreachable for a residue
            }
            MontField b = c;
            for (int j = 0; j < m - i - 1; ++j)
                b = b.square();
            m = i;
            c = b.square();
            t *= c;
            r *= b;
        }
        return r;
    }

    constexpr bool isZero() const
    {
        return (m_limbs[0] | m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0;
    }
    constexpr bool isOdd() const { return (canonicalLimbs()[0] & 1) != 0; }

    // Not constant time.
    constexpr bool operator==(const MontField&) const = default;

    // Constant-time conditional assignment: *this = cond ? a : *this. cond must be 0 or 1.
    constexpr void conditionalAssign(const MontField& a, uint64_t cond)
    {
        m_limbs = mont_detail::select(0 - cond, a.m_limbs, m_limbs);
    }

private:
    Limbs m_limbs{}; // value * R mod m, always < m

    static constexpr MontField fromRaw(const Limbs& l)
    {
        MontField f;
        f.m_limbs = l;
        return f;
    }

    static constexpr Limbs limbsFromBytesBE(std::span<const uint8_t, 32> b)
    {
        Limbs v{};
        for (int i = 0; i < 32; ++i)
            v[i / 8] |= static_cast<uint64_t>(b[31 - i]) << (8 * (i % 8));
        return v;
    }

    // x^e with fixed 4-bit windows: 14 multiplications for the table, then one per non-zero
    // window instead of one per set bit (for the inverse mod BN254 r: 74 instead of 126).
    // Which entry is used depends on e only, so for a public e (the inverse) the time and the
    // memory accesses do not depend on x.
    constexpr MontField powWindowed(const Limbs& e) const
    {
        std::array<MontField, 16> table{};
        table[0] = one();
        table[1] = *this;
        for (int j = 2; j < 16; ++j)
            table[j] = table[j - 1] * *this;
        MontField r = one();
        bool started = false;
        for (int i = 63; i >= 0; --i) {
            if (started)
                r = r.square().square().square().square();
            const uint64_t w = (e[i / 16] >> (4 * (i % 16))) & 15;
            if (w != 0) {
                r = started ? r * table[w] : table[w];
                started = true;
            }
        }
        return r;
    }

    static constexpr Limbs shr1(const Limbs& a) { return mont_detail::shr1(a); }
    static constexpr Limbs reduceOnce(const Limbs& a)
    {
        return mont_detail::reduceOnce(a, P::kModulus);
    }
    [[gnu::always_inline]] static constexpr Limbs montMul(const Limbs& a, const Limbs& b)
    {
        return mont_detail::montMul<P::kModulus, kInv>(a, b);
    }
};

// Replaces every element of `xs` by its inverse using one field inversion and 3(n-1)
// multiplications (Montgomery's trick). Zero elements stay zero and do not disturb the
// others. Not constant time in which elements are zero.
template <class F>
void batchInverse(std::span<F> xs)
{
    if (xs.empty())
        return;
    std::vector<F> prefix(xs.size());
    F acc = F::one();
    for (std::size_t i = 0; i < xs.size(); ++i) {
        prefix[i] = acc;
        if (!xs[i].isZero())
            acc *= xs[i];
    }
    F inv = acc.inverse();
    for (std::size_t i = xs.size(); i-- > 0;) {
        if (xs[i].isZero())
            continue;
        const F x = xs[i];
        xs[i] = inv * prefix[i];
        inv *= x;
    }
}

} // namespace bs::crypto

#undef BS_MONT_UNROLL
