// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Poseidon parameter generation as specified by the Poseidon paper (Grassi et al., appendix F)
// and its reference script `generate_parameters_grain`: an 80-bit Grain LFSR seeded with the
// instance description produces the round constants and then the Cauchy MDS matrix.
// circomlib's Poseidon tables are the output of this procedure for the BN254 scalar field,
// S-box x^5, 254-bit field size, R_F = 8 and the R_P of each width.
//
// This code is deliberately written with GMP and not with the fast field type: it is used by
// tools/poseidon-gen to produce core/crypto/poseidon_constants.cpp and by a unit test that
// regenerates tables, so it must not share arithmetic with the code it checks.

#include <cstdint>
#include <gmpxx.h>
#include <vector>

namespace bs::crypto::poseidon_grain {

// An instance description. Only prime fields and the x^alpha S-box are supported (the
// flags the reference script encodes as FIELD = 1 and SBOX = 0).
struct Instance
{
    mpz_class prime;        // field modulus p, odd prime
    unsigned fieldBits;     // n = bit length of p (254 for BN254)
    unsigned width;         // t, number of state cells, 2 <= t < 4096
    unsigned fullRounds;    // R_F, < 1024
    unsigned partialRounds; // R_P, < 1024
};

struct Parameters
{
    // (R_F + R_P) * t round constants in application order: round r, cell i at r*t + i.
    std::vector<mpz_class> roundConstants;
    // t x t Cauchy matrix, mds[i][j] = 1 / (x_i + y_j) mod p.
    // The mix layer computes new[i] = sum_j mds[i][j] * old[j].
    std::vector<std::vector<mpz_class>> mds;
};

// The Grain LFSR bit source of the reference procedure, exposed for tests.
class GrainLfsr
{
public:
    explicit GrainLfsr(const Instance& instance);

    // Next output bit after the "self-shrinking" step: bits are taken in pairs and the second
    // bit is emitted only when the first is 1.
    bool nextBit();

    // `bits` output bits read as an unsigned integer, most significant bit first.
    mpz_class nextInteger(unsigned bits);

private:
    bool clock();

    std::uint8_t m_state[80]; // m_state[m_head + k mod 80] is bit b_k of the current window
    unsigned m_head = 0;
};

// Generates the constants and the MDS matrix of `instance` exactly like the reference
// script: round constants by rejection sampling below p, then a Cauchy matrix from 2t
// elements (reduced mod p, resampled while any two coincide or some x_i + y_j = 0).
//
// The reference script also rejects MDS matrices that fail its invariant-subspace checks;
// those checks are not implemented here. For every circomlib width (t = 2..17) the first
// candidate is the published matrix (verified against circomlibjs when the table was
// generated, and by tst_poseidon_constants), so the shortcut does not change the result for
// the instances this program uses. Throws std::invalid_argument for unsupported instances.
Parameters generate(const Instance& instance);

// The BN254 scalar field instance used by circomlib for width t (2..17); R_P from circomlib.
Instance circomlibInstance(unsigned t);

// circomlib's partial round count for width t (2..17); throws std::out_of_range otherwise.
unsigned circomlibPartialRounds(unsigned t);

} // namespace bs::crypto::poseidon_grain
