// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/poseidon_grain.h"

#include <array>
#include <set>
#include <stdexcept>
#include <string>

namespace bs::crypto::poseidon_grain {

namespace {

constexpr std::array<unsigned, 16> kCircomlibPartialRounds = {56, 57, 56, 60, 60, 63, 64, 63,
                                                              60, 66, 60, 65, 70, 60, 64, 68};

const char* const kBn254ScalarField =
    "21888242871839275222246405745257275088548364400416034343698204186575808495617";

// Appends the `width` low bits of `value` to `bits`, most significant first.
void appendBits(std::vector<std::uint8_t>& bits, unsigned value, unsigned width)
{
    for (unsigned i = width; i-- > 0;)
        bits.push_back(static_cast<std::uint8_t>((value >> i) & 1u));
}

} // namespace

GrainLfsr::GrainLfsr(const Instance& instance)
{
    if (instance.width < 2 || instance.width >= 4096 || instance.fieldBits == 0 ||
        instance.fieldBits >= 4096 || instance.fullRounds >= 1024 || instance.partialRounds >= 1024)
        throw std::invalid_argument("poseidon_grain: instance out of range");

    // Seed layout of the paper: field type (2 bits, 1 = prime field), S-box (4 bits,
    // 0 = x^alpha), field size n (12), t (12), R_F (10), R_P (10), then 30 ones.
    std::vector<std::uint8_t> bits;
    bits.reserve(80);
    appendBits(bits, 1, 2);
    appendBits(bits, 0, 4);
    appendBits(bits, instance.fieldBits, 12);
    appendBits(bits, instance.width, 12);
    appendBits(bits, instance.fullRounds, 10);
    appendBits(bits, instance.partialRounds, 10);
    for (int i = 0; i < 30; ++i)
        bits.push_back(1);
    for (unsigned i = 0; i < 80; ++i)
        m_state[i] = bits[i];

    // The first 160 output bits are discarded to mix the seed.
    for (int i = 0; i < 160; ++i)
        clock();
}

bool GrainLfsr::clock()
{
    // b_{i+80} = b_{i+62} ^ b_{i+51} ^ b_{i+38} ^ b_{i+23} ^ b_{i+13} ^ b_i
    auto at = [this](unsigned k) { return m_state[(m_head + k) % 80]; };
    const std::uint8_t bit = at(62) ^ at(51) ^ at(38) ^ at(23) ^ at(13) ^ at(0);
    m_state[m_head] = bit; // b_i leaves the window, b_{i+80} takes its slot
    m_head = (m_head + 1) % 80;
    return bit != 0;
}

bool GrainLfsr::nextBit()
{
    for (;;) {
        const bool keep = clock();
        const bool bit = clock();
        if (keep)
            return bit;
    }
}

mpz_class GrainLfsr::nextInteger(unsigned bits)
{
    mpz_class value = 0;
    for (unsigned i = 0; i < bits; ++i) {
        value <<= 1;
        if (nextBit())
            value += 1;
    }
    return value;
}

Parameters generate(const Instance& instance)
{
    if (instance.prime < 3 || mpz_sizeinbase(instance.prime.get_mpz_t(), 2) != instance.fieldBits)
        throw std::invalid_argument("poseidon_grain: fieldBits must be the bit length of prime");

    GrainLfsr lfsr(instance);
    const unsigned t = instance.width;
    const mpz_class& p = instance.prime;

    Parameters out;
    const std::size_t count = std::size_t(instance.fullRounds + instance.partialRounds) * t;
    out.roundConstants.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        mpz_class c;
        do {
            c = lfsr.nextInteger(instance.fieldBits);
        } while (c >= p);
        out.roundConstants.push_back(c);
    }

    // Cauchy matrix: the script reduces the samples mod p (no rejection here) and redraws
    // the whole set of 2t values until they are pairwise distinct and no x_i + y_j is zero.
    for (;;) {
        std::vector<mpz_class> samples;
        for (;;) {
            samples.clear();
            std::set<mpz_class> seen;
            for (unsigned i = 0; i < 2 * t; ++i) {
                mpz_class v = lfsr.nextInteger(instance.fieldBits) % p;
                seen.insert(v);
                samples.push_back(v);
            }
            if (seen.size() == samples.size())
                break;
        }

        bool invertible = true;
        std::vector<std::vector<mpz_class>> m(t, std::vector<mpz_class>(t));
        for (unsigned i = 0; i < t && invertible; ++i) {
            for (unsigned j = 0; j < t; ++j) {
                mpz_class sum = (samples[i] + samples[t + j]) % p;
                if (sum == 0) {
                    invertible = false;
                    break;
                }
                if (mpz_invert(m[i][j].get_mpz_t(), sum.get_mpz_t(), p.get_mpz_t()) == 0)
                    throw std::logic_error("poseidon_grain: modulus is not prime");
            }
        }
        if (invertible) {
            out.mds = std::move(m);
            return out;
        }
    }
}

unsigned circomlibPartialRounds(unsigned t)
{
    if (t < 2 || t > 17)
        throw std::out_of_range("poseidon_grain: circomlib defines t = 2..17 only");
    return kCircomlibPartialRounds[t - 2];
}

Instance circomlibInstance(unsigned t)
{
    return Instance{mpz_class(kBn254ScalarField), 254, t, 8, circomlibPartialRounds(t)};
}

} // namespace bs::crypto::poseidon_grain
