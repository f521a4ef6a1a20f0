// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/poseidon.h"

#include "crypto/poseidon_constants.h"

#include <array>
#include <stdexcept>
#include <utility>
#include <vector>

namespace bs::crypto {

namespace {

namespace pc = poseidon_constants;

constexpr unsigned kHalfFull = pc::kFullRounds / 2;

// Round constants and matrices of one width, rearranged for a faster evaluation of the same
// permutation (the "optimized" form of the Poseidon paper, appendix B):
//  1. In a partial round only cell 0 goes through the S-box, so the constants of cells
//     1..t-1 commute with it and are pushed through the MDS matrix into the next round's
//     constants; each partial round then adds a single constant.
//  2. The MDS matrix of a partial round is factored as M = P * S with
//     P = diag(1, M11) and S = [[m00, m01], [M11^-1 m10, I]] (block form, cell 0 first).
//     P leaves cell 0 alone and so commutes with the partial S-box; it is carried into the
//     next round's matrix (M * P), which is factored again. Every partial round but the last
//     then multiplies by a sparse S (2t-1 multiplications instead of t^2); the last uses the
//     dense accumulated matrix.
// The result is the identical permutation; tst_poseidon checks it against circomlibjs for
// every width.
struct Params
{
    unsigned partialRounds = 0;
    std::vector<Fr> fullConstants;     // kFullRounds * t, constants of the full rounds in order
    std::vector<Fr> partialConstants;  // R_P, the constant of cell 0 in each partial round
    std::vector<Fr> mds;               // t * t, row-major, for the full rounds
    std::vector<Fr> sparse;            // (R_P - 1) * (2t - 1): s00, s01..s0(t-1), s10..s(t-1)0
    std::vector<Fr> lastPartialMatrix; // t * t, row-major
};

// Solves a * x = b for an invertible n x n matrix a (row-major) by Gauss-Jordan elimination.
// Variable time: only ever applied to public constants.
std::vector<Fr> solve(std::vector<Fr> a, std::vector<Fr> b, std::size_t n)
{
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        while (pivot < n && a[pivot * n + col].isZero())
            ++pivot;
        if (pivot == n)
            throw std::logic_error("poseidon: MDS submatrix is singular");
        if (pivot != col) {
            for (std::size_t j = 0; j < n; ++j)
                std::swap(a[pivot * n + j], a[col * n + j]);
            std::swap(b[pivot], b[col]);
        }
        const Fr inv = a[col * n + col].inverse();
        for (std::size_t j = 0; j < n; ++j)
            a[col * n + j] *= inv;
        b[col] *= inv;
        for (std::size_t row = 0; row < n; ++row) {
            if (row == col || a[row * n + col].isZero())
                continue;
            const Fr f = a[row * n + col];
            for (std::size_t j = 0; j < n; ++j)
                a[row * n + j] -= f * a[col * n + j];
            b[row] -= f * b[col];
        }
    }
    return b;
}

Params load(std::size_t t)
{
    const pc::Table table = pc::table(unsigned(t));
    const std::size_t rp = table.partialRounds;
    const std::size_t rounds = pc::kFullRounds + rp;

    std::vector<Fr> c;
    c.reserve(table.roundConstants.size());
    for (const pc::Limbs& l : table.roundConstants)
        c.push_back(Fr::fromCanonicalLimbs(l));
    std::vector<Fr> m;
    m.reserve(table.mds.size());
    for (const pc::Limbs& l : table.mds)
        m.push_back(Fr::fromCanonicalLimbs(l));

    Params p;
    p.partialRounds = unsigned(rp);
    p.mds = m;

    // 1. Push the constants of cells 1..t-1 of each partial round into the next round.
    for (std::size_t r = kHalfFull; r < kHalfFull + rp; ++r) {
        for (std::size_t i = 0; i < t; ++i) {
            Fr acc = Fr::zero();
            for (std::size_t j = 1; j < t; ++j)
                acc += m[i * t + j] * c[r * t + j];
            c[(r + 1) * t + i] += acc;
        }
        p.partialConstants.push_back(c[r * t]);
    }
    for (std::size_t r = 0; r < rounds; ++r) {
        if (r >= kHalfFull && r < kHalfFull + rp)
            continue;
        p.fullConstants.insert(p.fullConstants.end(), c.begin() + r * t, c.begin() + (r + 1) * t);
    }

    // 2. Factor the partial rounds' matrices.
    const std::size_t n = t - 1;
    std::vector<Fr> acc = m; // the matrix of the current partial round, A_k
    for (std::size_t k = 0; k + 1 < rp; ++k) {
        std::vector<Fr> a11(n * n), a10(n);
        for (std::size_t i = 0; i < n; ++i) {
            a10[i] = acc[(i + 1) * t];
            for (std::size_t j = 0; j < n; ++j)
                a11[i * n + j] = acc[(i + 1) * t + j + 1];
        }
        const std::vector<Fr> w = solve(a11, a10, n);
        for (std::size_t j = 0; j < t; ++j)
            p.sparse.push_back(acc[j]); // first row of S = first row of A_k
        p.sparse.insert(p.sparse.end(), w.begin(), w.end());

        // A_{k+1} = M * diag(1, A11).
        std::vector<Fr> next(t * t);
        for (std::size_t i = 0; i < t; ++i) {
            next[i * t] = m[i * t];
            for (std::size_t j = 0; j < n; ++j) {
                Fr sum = Fr::zero();
                for (std::size_t k2 = 0; k2 < n; ++k2)
                    sum += m[i * t + k2 + 1] * a11[k2 * n + j];
                next[i * t + j + 1] = sum;
            }
        }
        acc = std::move(next);
    }
    p.lastPartialMatrix = std::move(acc);
    return p;
}

inline Fr pow5(const Fr& x)
{
    const Fr x2 = x.square();
    return x2.square() * x;
}

// m[0]*s[0] + ... + m[T-1]*s[T-1], in chunks of up to four products that share one
// Montgomery reduction (Fr::sumOfProducts).
template <std::size_t T>
inline Fr dot(const Fr* m, const Fr* s)
{
    constexpr std::size_t kChunk = 4;
    constexpr std::size_t kHead = T % kChunk == 0 ? kChunk : T % kChunk;
    Fr acc = Fr::sumOfProducts<kHead>(m, s);
    for (std::size_t j = kHead; j < T; j += kChunk)
        acc += Fr::sumOfProducts<kChunk>(m + j, s + j);
    return acc;
}

template <std::size_t T>
inline void mixDense(std::array<Fr, T>& s, const Fr* m)
{
    std::array<Fr, T> out;
    for (std::size_t i = 0; i < T; ++i)
        out[i] = dot<T>(m + i * T, s.data());
    s = out;
}

template <std::size_t T>
inline void fullRound(std::array<Fr, T>& s, const Fr* constants, const Fr* m)
{
    for (std::size_t i = 0; i < T; ++i)
        s[i] = pow5(s[i] + constants[i]);
    mixDense<T>(s, m);
}

// The permutation with the width known at compile time, so that the state lives in
// registers/stack and the loops unroll. Which cells get the S-box depends on the round
// number only, never on the values.
template <std::size_t T>
void permute(Fr* state)
{
    // One table per width, built on first use (thread-safe).
    static const Params p = load(T);
    const Fr* fc = p.fullConstants.data();
    const Fr* m = p.mds.data();

    std::array<Fr, T> s;
    for (std::size_t i = 0; i < T; ++i)
        s[i] = state[i];

    for (unsigned r = 0; r < kHalfFull; ++r)
        fullRound<T>(s, fc + r * T, m);

    const Fr* sp = p.sparse.data();
    for (unsigned k = 0; k + 1 < p.partialRounds; ++k, sp += 2 * T - 1) {
        s[0] = pow5(s[0] + p.partialConstants[k]);
        const Fr x0 = s[0];
        const Fr y0 = dot<T>(sp, s.data());
        for (std::size_t i = 1; i < T; ++i)
            s[i] += sp[T + i - 1] * x0;
        s[0] = y0;
    }
    s[0] = pow5(s[0] + p.partialConstants[p.partialRounds - 1]);
    mixDense<T>(s, p.lastPartialMatrix.data());

    for (unsigned r = kHalfFull; r < pc::kFullRounds; ++r)
        fullRound<T>(s, fc + r * T, m);

    for (std::size_t i = 0; i < T; ++i)
        state[i] = s[i];
}

template <std::size_t... W>
constexpr auto makeDispatch(std::index_sequence<W...>)
{
    return std::array<void (*)(Fr*), sizeof...(W)>{&permute<W + kPoseidonMinWidth>...};
}

constexpr auto kDispatch =
    makeDispatch(std::make_index_sequence<kPoseidonMaxWidth - kPoseidonMinWidth + 1>());

} // namespace

void poseidonPermute(std::span<Fr> state)
{
    if (state.size() < kPoseidonMinWidth || state.size() > kPoseidonMaxWidth)
        throw std::invalid_argument("poseidonPermute: width must be 2..17");
    kDispatch[state.size() - kPoseidonMinWidth](state.data());
}

Fr poseidon(std::span<const Fr> inputs)
{
    if (inputs.empty() || inputs.size() > kPoseidonMaxWidth - 1)
        throw std::invalid_argument("poseidon: 1..16 inputs");
    std::array<Fr, kPoseidonMaxWidth> state{};
    for (std::size_t i = 0; i < inputs.size(); ++i)
        state[i + 1] = inputs[i];
    poseidonPermute(std::span<Fr>(state.data(), inputs.size() + 1));
    return state[0];
}

} // namespace bs::crypto
